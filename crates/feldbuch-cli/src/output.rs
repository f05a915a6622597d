//! Human-readable (localized) and JSON output of the CLI.

use feldbuch_core::store::contacts::Contact;
use feldbuch_core::store::sites::Site;
use feldbuch_core::store::VerifyReport;
use feldbuch_core::{Error, Localizer};
use serde::Serialize;

pub fn json<T: Serialize>(v: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(v).map_err(|e| Error::Internal(e.to_string()))?;
    println!("{s}");
    Ok(())
}

pub fn sites(l: &Localizer, sites: &[Site], as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(&sites);
    }
    if sites.is_empty() {
        println!("{}", l.tr("cli-no-sites", &[]));
        return Ok(());
    }
    for s in sites {
        println!(
            "{}  {}  [{}]  {}",
            s.id,
            s.name,
            l.tr(&s.kind.fluent_id(), &[]),
            s.district.as_deref().unwrap_or("–")
        );
    }
    Ok(())
}

fn topics(l: &Localizer, c: &Contact) -> String {
    c.topics
        .iter()
        .map(|t| l.tr(&t.fluent_id(), &[]))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn contacts(l: &Localizer, list: &[Contact], as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(&list);
    }
    if list.is_empty() {
        println!("{}", l.tr("cli-no-contacts", &[]));
        return Ok(());
    }
    for c in list {
        println!(
            "{}  {} {:5}  {}  {}  {}′  {}  {}",
            c.id,
            c.date,
            c.start.as_deref().unwrap_or(""),
            c.site_name,
            l.tr(&c.kind.fluent_id(), &[]),
            c.duration_min,
            l.tr(
                "anonymous-people",
                &[("count", &c.anonymous_count.to_string())]
            ),
            topics(l, c)
        );
    }
    println!(
        "{}",
        l.tr("cli-contacts-count", &[("count", &list.len().to_string())])
    );
    Ok(())
}

pub fn contact(l: &Localizer, c: &Contact, as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(c);
    }
    let none = "–".to_string();
    let rows = [
        ("label-id", c.id.to_string()),
        ("label-date", c.date.to_string()),
        (
            "label-start",
            c.start.clone().unwrap_or_else(|| none.clone()),
        ),
        ("label-duration", c.duration_min.to_string()),
        ("label-site", c.site_name.clone()),
        ("label-kind", l.tr(&c.kind.fluent_id(), &[])),
        ("label-anonymous", c.anonymous_count.to_string()),
        (
            "label-age-band",
            c.anonymous_age_band
                .map(|a| l.tr(&a.fluent_id(), &[]))
                .unwrap_or_else(|| none.clone()),
        ),
        (
            "label-gender",
            c.anonymous_gender
                .map(|g| l.tr(&g.fluent_id(), &[]))
                .unwrap_or_else(|| none.clone()),
        ),
        ("label-topics", topics(l, c)),
        ("label-note", c.note.clone().unwrap_or_else(|| none.clone())),
        (
            "label-follow-up",
            c.follow_up
                .map(|d| d.to_string())
                .unwrap_or_else(|| none.clone()),
        ),
        ("label-revision", c.revision.to_string()),
    ];
    for (label, value) in rows {
        println!("{}: {}", l.tr(label, &[]), value);
    }
    Ok(())
}

pub fn verify(l: &Localizer, r: &VerifyReport, as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(r);
    }
    if r.ok() {
        println!(
            "{}",
            l.tr(
                "cli-verify-ok",
                &[("entries", &r.audit_entries.to_string())]
            )
        );
    } else {
        let word = |ok: bool| {
            l.tr(
                if ok {
                    "cli-check-ok"
                } else {
                    "cli-check-failed"
                },
                &[],
            )
        };
        println!(
            "{}",
            l.tr(
                "cli-verify-problem",
                &[
                    ("integrity", &word(r.integrity_ok)),
                    ("cipher", &word(r.cipher_ok)),
                    ("fk", &word(r.foreign_keys_ok)),
                    ("chain", &word(r.audit_chain_ok)),
                ]
            )
        );
    }
    Ok(())
}
