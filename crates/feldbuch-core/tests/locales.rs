//! Locale parity and usage: every locale has every message id of `de` (the reference), in every
//! file; every id the code uses exists. These are project checks that fail `cargo test`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::vocab::{
    ActivityKind, AgeBand, ConsentForm, ConsentScope, ContactKind, Education, Employment, Gender,
    Household, Locale, Marker, Outcome, PartnerKind, ReferralStatus, RetentionCategory, Role,
    SiteKind, Topic,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ids_of(file: &Path) -> BTreeSet<String> {
    let text =
        std::fs::read_to_string(file).unwrap_or_else(|_| panic!("missing {}", file.display()));
    let res = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errs)| panic!("{}: syntax errors {errs:?}", file.display()));
    res.body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

fn de_ids() -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    for e in std::fs::read_dir(root().join("locales/de")).unwrap() {
        all.extend(ids_of(&e.unwrap().path()));
    }
    all
}

#[test]
fn every_locale_has_every_message_of_de() {
    let de_dir = root().join("locales/de");
    let mut files: Vec<_> = std::fs::read_dir(&de_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    files.sort();
    assert!(files.len() >= 3);
    for locale in Locale::ALL {
        for f in &files {
            let reference = ids_of(&de_dir.join(f));
            let other = ids_of(&root().join("locales").join(locale.id()).join(f));
            let missing: Vec<_> = reference.difference(&other).collect();
            let extra: Vec<_> = other.difference(&reference).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}/{}: missing {missing:?}, not in de {extra:?}",
                locale.id(),
                f.to_string_lossy()
            );
        }
    }
}

#[test]
fn every_vocabulary_value_has_a_message() {
    let de = de_ids();
    let mut wanted: Vec<String> = vec![];
    wanted.extend(SiteKind::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(ContactKind::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Topic::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(AgeBand::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Gender::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Role::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Locale::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Marker::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(ConsentScope::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(ConsentForm::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(PartnerKind::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(ReferralStatus::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(ActivityKind::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Outcome::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Employment::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Education::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(Household::ALL.iter().map(|v| v.fluent_id()));
    wanted.extend(RetentionCategory::ALL.iter().map(|v| v.fluent_id()));
    // Audit actions and record kinds are shown in the audit view and the Auskunft.
    for a in feldbuch_core::store::audit::Action::ALL {
        wanted.push(format!("audit-action-{}", a.id()));
    }
    for e in feldbuch_core::store::audit::ENTITIES {
        wanted.push(format!("audit-entity-{e}"));
    }
    for day in 1..=7 {
        wanted.push(format!("weekday-{day}"));
    }
    for id in wanted {
        assert!(de.contains(&id), "no message {id}");
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// String literals in Rust sources that look like message ids of our prefixes.
fn literal_ids(text: &str) -> Vec<String> {
    const PREFIXES: &[&str] = &["error-", "cli-", "label-"];
    let mut out = vec![];
    for piece in text.split('"').skip(1).step_by(2) {
        if PREFIXES.iter().any(|p| piece.starts_with(p))
            && piece.len() > 6
            && piece
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            out.push(piece.to_string());
        }
    }
    out
}

#[test]
fn every_message_id_used_in_rust_code_exists() {
    let de = de_ids();
    let mut files = vec![];
    for d in [
        "crates/feldbuch-core/src",
        "crates/feldbuch-cli/src",
        "src-tauri/src",
    ] {
        let p = root().join(d);
        if p.exists() {
            rust_files(&p, &mut files);
        }
    }
    let mut checked = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for id in literal_ids(&text) {
            checked += 1;
            assert!(
                de.contains(&id),
                "{} uses unknown message id {id}",
                f.display()
            );
        }
    }
    assert!(
        checked > 40,
        "found only {checked} ids: the scanner is broken"
    );
}

#[test]
fn every_message_id_used_in_the_ui_exists() {
    let de = de_ids();
    let mut files = vec![];
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "svelte" || x == "ts") {
                out.push(p);
            }
        }
    }
    walk(&root().join("ui/src"), &mut files);
    let mut checked = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // Calls of the form t('id' …) or t("id" …).
        for quote in ['\'', '"'] {
            let pat = format!("t({quote}");
            for (i, _) in text.match_indices(&pat) {
                let before = text[..i].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let rest = &text[i + pat.len()..];
                if let Some(end) = rest.find(quote) {
                    let id = &rest[..end];
                    if id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && !id.is_empty()
                    {
                        checked += 1;
                        assert!(
                            de.contains(id),
                            "{} uses unknown message id {id}",
                            f.display()
                        );
                    }
                }
            }
        }
    }
    assert!(
        checked > 20,
        "found only {checked} ids in the UI: the scanner is broken"
    );
}

#[test]
fn localizer_formats_plurals_and_errors_in_each_locale() {
    use feldbuch_core::{Error, Localizer};
    let de = Localizer::new(Locale::De);
    assert_eq!(
        de.tr("anonymous-people", &[("count", "1")]),
        "1 anonyme Person"
    );
    assert_eq!(
        de.tr("anonymous-people", &[("count", "3")]),
        "3 anonyme Personen"
    );
    let e = Error::invalid("error-text-too-long", &[("field", "note"), ("max", "4000")]);
    assert_eq!(
        de.error(&e),
        "Die Notiz ist zu lang (höchstens 4000 Zeichen)."
    );
    for l in Locale::ALL {
        let t = Localizer::new(*l).error(&Error::WrongPassphrase);
        assert!(
            !t.is_empty() && t != "error-wrong-passphrase",
            "{}: {t}",
            l.id()
        );
    }
    assert_ne!(
        Localizer::new(Locale::Ar).tr("cli-no-contacts", &[]),
        de.tr("cli-no-contacts", &[]),
        "ar falls back to German"
    );
}
