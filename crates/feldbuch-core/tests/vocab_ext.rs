//! A programme's own vocabulary, against real stores and bundles: the lead adds an id with a
//! label in every language; what is wrong is refused with its own message and changes nothing;
//! the office's package carries it to the devices, which resolve it to the built-in id it
//! refines.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::team::*;
use common::*;
use feldbuch_core::error::Error;
use feldbuch_core::store::vocab_ext::VocabExtension;
use std::collections::BTreeMap;

fn labels(text: &str) -> BTreeMap<String, String> {
    ["de", "en", "tr", "ar", "uk"]
        .iter()
        .map(|l| (l.to_string(), format!("{text} ({l})")))
        .collect()
}

fn ext(kind: &str, id: &str, parent: Option<&str>) -> VocabExtension {
    VocabExtension {
        kind: kind.into(),
        id: id.into(),
        parent: parent.map(str::to_string),
        labels: labels(id),
    }
}

fn code(e: Error) -> &'static str {
    match e {
        Error::Invalid { code, .. } => code,
        Error::Forbidden => "forbidden",
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_lead_adds_to_a_vocabulary_and_the_devices_receive_it() {
    let mut t = team();
    let shelter = t
        .lead
        .add_vocab(ext("site-kind", "notunterkunft", None))
        .unwrap();
    assert_eq!(
        shelter.parent.as_deref(),
        Some("sonstiges"),
        "the catch-all by default"
    );
    t.lead
        .add_vocab(ext("activity-kind", "sprachcafe", Some("netzwerktreffen")))
        .unwrap();
    t.lead
        .add_vocab(ext("marker", "sprachbarriere", None))
        .unwrap();

    // Refused, each with its message, nothing written.
    let before = t.lead.vocab_extensions().unwrap();
    let audit = audit_count(&t.lead);
    let mut short = ext("site-kind", "tagesaufenthalt", None);
    short.labels.remove("uk");
    let mut two_lines = ext("site-kind", "tagesaufenthalt", None);
    two_lines
        .labels
        .insert("de".into(), "Tages\naufenthalt".into());
    for (bad, expected) in [
        (ext("farbe", "rot", None), "error-vocab-kind"),
        (ext("site-kind", "Not Unterkunft", None), "error-vocab-id"),
        (ext("site-kind", "kita", None), "error-vocab-built-in"),
        (
            ext("site-kind", "notunterkunft", None),
            "error-vocab-exists",
        ),
        (
            ext("contact-kind", "streetwork", None),
            "error-vocab-parent",
        ),
        (
            ext("site-kind", "tagesaufenthalt", Some("gibts-nicht")),
            "error-vocab-parent",
        ),
        (ext("marker", "x-y", Some("einsam")), "error-vocab-parent"),
        (short, "error-vocab-label"),
        (two_lines, "error-vocab-label"),
    ] {
        assert_eq!(code(t.lead.add_vocab(bad).unwrap_err()), expected);
    }
    assert_eq!(
        code(
            t.em.add_vocab(ext("site-kind", "tagesaufenthalt", None))
                .unwrap_err()
        ),
        "forbidden"
    );
    assert_eq!(t.lead.vocab_extensions().unwrap(), before);
    assert_eq!(audit_count(&t.lead), audit);

    // The package brings them; the device resolves an extension to its parent.
    assert!(t.em.vocab_extensions().unwrap().is_empty());
    assert!(t.em.resolve_vocab("site-kind", "notunterkunft").is_err());
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    assert_eq!(t.em.vocab_extensions().unwrap(), before);
    assert_eq!(
        t.em.resolve_vocab("site-kind", "notunterkunft").unwrap(),
        ("sonstiges".to_string(), Some("notunterkunft".to_string()))
    );
    assert_eq!(
        t.em.resolve_vocab("site-kind", "kita").unwrap(),
        ("kita".to_string(), None)
    );
    assert_eq!(
        code(
            t.em.resolve_vocab("activity-kind", "notunterkunft")
                .unwrap_err()
        ),
        "error-vocab-unknown"
    );
}
