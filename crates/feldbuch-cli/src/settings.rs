//! `retention …` and `audit`: the Einstellungen screen's data protection.

use crate::args::{ProfileCmd, RetentionCmd};
use crate::output::{self, json, say};
use feldbuch_core::app::settings::{self, ApplyRetention, AuditQuery, SetRetention};
use feldbuch_core::app::App;
use feldbuch_core::vocab::RetentionCategory;
use feldbuch_core::{Error, Localizer};

pub fn retention(app: &App, l: &Localizer, cmd: &RetentionCmd) -> Result<(), Error> {
    match cmd {
        RetentionCmd::Show { json: as_json } => {
            let rules = settings::retention(app, ())?;
            if *as_json {
                return json(&rules);
            }
            for r in &rules {
                let years = match r.years {
                    Some(y) => l.tr("cli-retention-years", &[("years", &y.to_string())]),
                    None => l.tr("cli-retention-unlimited", &[]),
                };
                println!("{}: {years}", l.tr(&r.category.fluent_id(), &[]));
            }
            Ok(())
        }
        RetentionCmd::Set {
            category,
            years,
            none,
        } => {
            let years = match (years, none) {
                (Some(_), true) | (None, false) => {
                    return Err(Error::invalid("error-retention-years-or-none", &[]))
                }
                (y, _) => *y,
            };
            let parsed = RetentionCategory::parse(category)?;
            settings::set_retention(
                app,
                SetRetention {
                    category: category.clone(),
                    years,
                },
            )?;
            say(
                l,
                "cli-retention-set",
                &[("category", &l.tr(&parsed.fluent_id(), &[]))],
            );
            Ok(())
        }
        RetentionCmd::Due { json: as_json } => {
            let due = settings::retention_due(app, ())?;
            if *as_json {
                return json(&due);
            }
            for d in &due {
                say(
                    l,
                    "cli-retention-due",
                    &[
                        ("category", &l.tr(&d.category.fluent_id(), &[])),
                        ("count", &d.count.to_string()),
                        ("cutoff", &d.cutoff.to_string()),
                    ],
                );
            }
            Ok(())
        }
        RetentionCmd::Apply {
            category,
            yes,
            json: as_json,
        } => {
            if !*yes {
                return Err(Error::invalid("error-confirm-required", &[]));
            }
            let applied = settings::apply_retention(
                app,
                ApplyRetention {
                    categories: category.clone(),
                },
            )?;
            if *as_json {
                return json(&applied.erased);
            }
            for d in &applied.erased {
                say(
                    l,
                    "cli-retention-erased",
                    &[
                        ("category", &l.tr(&d.category.fluent_id(), &[])),
                        ("count", &d.count.to_string()),
                    ],
                );
            }
            Ok(())
        }
        RetentionCmd::Log { json: as_json } => {
            let log = settings::deletion_log(app, ())?;
            if *as_json {
                return json(&log);
            }
            for e in &log {
                println!("{}  {}  {}  {}", e.at, e.reason, e.category, e.count);
            }
            Ok(())
        }
    }
}

pub fn audit(app: &App, l: &Localizer, query: AuditQuery, as_json: bool) -> Result<(), Error> {
    output::audit(l, &settings::audit_log(app, query)?, as_json)
}

/// `profile show|edit|team`: this device's worker and the workers it knows.
pub fn profile(app: &App, l: &Localizer, cmd: &ProfileCmd) -> Result<(), Error> {
    let p = match cmd {
        ProfileCmd::Team { json: as_json } => {
            let team = feldbuch_core::app::activities::team(app, ())?;
            if *as_json {
                return json(&team);
            }
            for w in &team {
                println!(
                    "{}  {}  {}  {}  [{}]",
                    w.id,
                    w.initials,
                    w.display_name,
                    w.team.as_deref().unwrap_or("–"),
                    l.tr(&w.role.fluent_id(), &[])
                );
            }
            return Ok(());
        }
        ProfileCmd::Show { json: as_json } => {
            let p = settings::profile(app, ())?;
            if *as_json {
                return json(&p);
            }
            p
        }
        ProfileCmd::Edit {
            name,
            initials,
            team,
            json: as_json,
        } => {
            let p = settings::edit_profile(
                app,
                settings::ProfilePatch {
                    display_name: name.clone(),
                    initials: initials.clone(),
                    team: team.clone(),
                },
            )?;
            if *as_json {
                return json(&p);
            }
            p
        }
    };
    println!(
        "{}  {}  {}  [{}]",
        p.display_name,
        p.initials,
        p.team.as_deref().unwrap_or("–"),
        l.tr(&format!("role-{}", p.role.id()), &[])
    );
    Ok(())
}

/// `vocab list`: every id of the vocabularies a record may name, with its label in each of the
/// five languages (the ids are what the CLI and the exchange format use).
pub fn vocab(
    app: &feldbuch_core::app::App,
    l: &feldbuch_core::Localizer,
    cmd: &crate::args::VocabCmd,
) -> Result<(), feldbuch_core::Error> {
    use feldbuch_core::app::sites::{self, VocabExtension};
    use feldbuch_core::vocab::{
        ActivityKind, ContactKind, Locale, Marker, Outcome, PartnerKind, SiteKind, Topic,
    };
    let as_json = match cmd {
        crate::args::VocabCmd::List { json } => *json,
        crate::args::VocabCmd::Add {
            kind,
            id,
            labels,
            parent,
            json,
        } => {
            let mut by_locale = std::collections::BTreeMap::new();
            for label in labels {
                let (locale, text) = label.split_once('=').ok_or_else(|| {
                    feldbuch_core::Error::invalid("error-vocab-label", &[("locale", label)])
                })?;
                by_locale.insert(locale.trim().to_string(), text.to_string());
            }
            let added = sites::add_vocab(
                app,
                VocabExtension {
                    kind: kind.clone(),
                    id: id.clone(),
                    parent: parent.clone(),
                    labels: by_locale,
                },
            )?;
            if *json {
                return crate::output::json(&added);
            }
            crate::output::say(
                l,
                "cli-vocab-added",
                &[
                    ("kind", &added.kind),
                    ("id", &added.id),
                    ("parent", added.parent.as_deref().unwrap_or("-")),
                ],
            );
            return Ok(());
        }
    };
    let extensions = sites::vocab_extensions(app, ())?;
    let kinds: [(&str, &str, Vec<&str>); 7] = [
        ("site-kind", SiteKind::FLUENT_PREFIX, SiteKind::ids()),
        (
            "contact-kind",
            ContactKind::FLUENT_PREFIX,
            ContactKind::ids(),
        ),
        ("topic", Topic::FLUENT_PREFIX, Topic::ids()),
        (
            "activity-kind",
            ActivityKind::FLUENT_PREFIX,
            ActivityKind::ids(),
        ),
        (
            "partner-kind",
            PartnerKind::FLUENT_PREFIX,
            PartnerKind::ids(),
        ),
        ("outcome", Outcome::FLUENT_PREFIX, Outcome::ids()),
        ("marker", Marker::FLUENT_PREFIX, Marker::ids()),
    ];
    let localizers: Vec<(Locale, feldbuch_core::Localizer)> = Locale::ALL
        .iter()
        .map(|&loc| (loc, feldbuch_core::Localizer::new(loc)))
        .collect();
    let own = |kind: &str| -> Vec<&VocabExtension> {
        extensions.iter().filter(|e| e.kind == kind).collect()
    };
    if as_json {
        let mut out = Vec::new();
        for (kind, prefix, ids) in &kinds {
            for id in ids {
                let labels: serde_json::Map<String, serde_json::Value> = localizers
                    .iter()
                    .map(|(loc, tl)| {
                        (
                            loc.id().to_string(),
                            tl.tr(&format!("{prefix}-{id}"), &[]).into(),
                        )
                    })
                    .collect();
                out.push(serde_json::json!({ "kind": kind, "id": id, "labels": labels }));
            }
            for e in own(kind) {
                out.push(serde_json::json!({
                    "kind": kind, "id": e.id, "labels": e.labels, "parent": e.parent,
                    "programme": true,
                }));
            }
        }
        return crate::output::json(&out);
    }
    for (kind, prefix, ids) in &kinds {
        println!("{kind}");
        for id in ids {
            println!("  {id}  {}", l.tr(&format!("{prefix}-{id}"), &[]));
        }
        for e in own(kind) {
            let label = e.labels.get(l.locale().id()).cloned().unwrap_or_default();
            println!(
                "  {}  {label}  (→ {})",
                e.id,
                e.parent.as_deref().unwrap_or("-")
            );
        }
    }
    Ok(())
}
