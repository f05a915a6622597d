//! Persons and consent: pseudonym first, identifying data only under a documentation consent,
//! withdrawal clears what the consent covered, every read of a person is audited.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::store::persons::{PersonInput, PersonPatch};
use feldbuch_core::vocab::{ConsentScope, Marker};
use feldbuch_core::Error;

fn person() -> PersonInput {
    PersonInput {
        pseudonym: "MK1987".into(),
        birth_year: Some(1987),
        gender: Some("weiblich".into()),
        languages: vec!["de".into(), "TR".into(), "de".into()],
        district: Some("Nordend".into()),
        markers: vec!["alleinerziehend".into(), "einsam".into()],
        ..Default::default()
    }
}

fn views_of(store: &feldbuch_core::Store, id: &str) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'view' AND entity_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_person_is_pseudonymous_and_identifying_data_needs_documentation_consent() {
    let (_tmp, _dir, mut store, _) = fresh();
    let p = store.add_person(&person()).unwrap();
    assert_eq!(p.languages, vec!["de", "tr"]);
    assert_eq!(p.markers, vec![Marker::Alleinerziehend, Marker::Einsam]);

    // Real name at creation or without consent: refused, nothing changes.
    let mut with_name = person();
    with_name.real_name = Some("Maria Kaya".into());
    assert_eq!(
        store.add_person(&with_name).err().map(|e| e.code()),
        Some("error-consent-required")
    );
    let named = PersonPatch {
        real_name: Some("Maria Kaya".into()),
        ..Default::default()
    };
    assert_eq!(
        store.edit_person(p.id, &named).err().map(|e| e.code()),
        Some("error-consent-required")
    );
    assert_eq!(store.person(p.id).unwrap().real_name, None);

    // A forwarding consent is not a documentation consent.
    store
        .add_partner(&feldbuch_core::store::partners::PartnerInput {
            name: "Schuldnerberatung Mitte".into(),
            kind: "beratungsstelle".into(),
            ..Default::default()
        })
        .unwrap();
    store
        .give_consent(
            p.id,
            "forwarding",
            "verbal",
            None,
            Some(store.resolve_partner("Schuldnerberatung Mitte").unwrap().id),
        )
        .unwrap();
    assert!(store.edit_person(p.id, &named).is_err());

    let doc = store
        .give_consent(p.id, "documentation", "written", Some("2026-01-10"), None)
        .unwrap();
    let with = store.edit_person(p.id, &named).unwrap();
    assert_eq!(with.real_name.as_deref(), Some("Maria Kaya"));
    assert_eq!(with.revision, 2);

    // Withdrawal clears what the consent covered; the pseudonym stays.
    let after = store.withdraw_consent(doc.id, None).unwrap();
    assert_eq!(after.real_name, None);
    assert_eq!(after.contact_info, None);
    assert_eq!(after.pseudonym, "MK1987");
    assert!(after
        .consents
        .iter()
        .any(|c| c.scope == ConsentScope::Documentation && !c.active()));
    assert!(
        store.edit_person(p.id, &named).is_err(),
        "identifying data accepted after withdrawal"
    );
    assert!(matches!(
        store.withdraw_consent(doc.id, None),
        Err(Error::Invalid {
            code: "error-consent-already-withdrawn",
            ..
        })
    ));
    assert!(store.verify().unwrap().ok());
}

#[test]
fn withdrawal_keeps_fields_covered_by_another_consent_of_the_same_scope() {
    let (_tmp, _dir, mut store, _) = fresh();
    let p = store.add_person(&person()).unwrap();
    let first = store
        .give_consent(p.id, "documentation", "verbal", Some("2026-01-10"), None)
        .unwrap();
    store
        .give_consent(p.id, "documentation", "written", Some("2026-02-01"), None)
        .unwrap();
    store
        .edit_person(
            p.id,
            &PersonPatch {
                contact_info: Some("0170 000000".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let after = store
        .withdraw_consent(first.id, Some("2026-02-05"))
        .unwrap();
    assert_eq!(after.contact_info.as_deref(), Some("0170 000000"));
}

#[test]
fn every_read_of_a_person_is_audited_in_the_same_transaction() {
    let (_tmp, _dir, mut store, _) = fresh();
    let p = store.add_person(&person()).unwrap();
    let id = p.id.to_string();
    assert_eq!(views_of(&store, &id), 0);
    store.person(p.id).unwrap();
    store.person(p.id).unwrap();
    assert_eq!(views_of(&store, &id), 2);
    // Listing pseudonyms is not a read of the person record.
    assert_eq!(store.list_persons().unwrap().len(), 1);
    assert_eq!(views_of(&store, &id), 2);
    assert!(store.verify().unwrap().ok());
}

#[test]
fn invalid_person_input_is_refused_and_writes_nothing() {
    let (_tmp, _dir, mut store, _) = fresh();
    let before = audit_count(&store);
    let cases: Vec<(&str, PersonInput)> = vec![
        (
            "error-text-required",
            PersonInput {
                pseudonym: "  ".into(),
                ..person()
            },
        ),
        (
            "error-text-too-long",
            PersonInput {
                pseudonym: "x".repeat(41),
                ..person()
            },
        ),
        (
            "error-invalid-birth-year",
            PersonInput {
                birth_year: Some(1850),
                ..person()
            },
        ),
        (
            "error-invalid-birth-year",
            PersonInput {
                birth_year: Some(2999),
                ..person()
            },
        ),
        (
            "error-invalid-gender",
            PersonInput {
                gender: Some("w".into()),
                ..person()
            },
        ),
        (
            "error-invalid-language",
            PersonInput {
                languages: vec!["deutsch".into()],
                ..person()
            },
        ),
        (
            "error-invalid-marker",
            PersonInput {
                markers: vec!["reich".into()],
                ..person()
            },
        ),
        (
            "error-text-invalid",
            PersonInput {
                pseudonym: "A\u{202E}B".into(),
                ..person()
            },
        ),
    ];
    for (code, input) in cases {
        assert_eq!(store.add_person(&input).err().map(|e| e.code()), Some(code));
    }
    assert_eq!(store.list_persons().unwrap().len(), 0);
    assert_eq!(
        audit_count(&store),
        before,
        "a refused person left an audit entry"
    );
    let p = store.add_person(&person()).unwrap();
    let after_add = audit_count(&store);
    for (code, scope, form, on) in [
        ("error-invalid-consent-scope", "alles", "written", None),
        (
            "error-invalid-consent-form",
            "documentation",
            "gefaxt",
            None,
        ),
        (
            "error-invalid-date",
            "documentation",
            "written",
            Some("2026-13-01"),
        ),
        (
            "error-date-in-future",
            "documentation",
            "written",
            Some("2099-01-01"),
        ),
    ] {
        assert_eq!(
            store
                .give_consent(p.id, scope, form, on, None)
                .err()
                .map(|e| e.code()),
            Some(code)
        );
    }
    let missing = feldbuch_core::ids::PersonId::new();
    assert_eq!(
        store
            .give_consent(missing, "documentation", "written", None, None)
            .err()
            .map(|e| e.code()),
        Some("error-person-not-found")
    );
    assert_eq!(store.list_persons().unwrap().len(), 1);
    assert_eq!(
        audit_count(&store),
        after_add,
        "a refused consent left an audit entry"
    );
    let consents: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM consents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(consents, 0);
}

#[test]
fn only_persons_with_documentation_consent_are_linked_and_withdrawal_makes_them_anonymous() {
    let (_tmp, _dir, mut store, _) = fresh();
    let p = store.add_person(&person()).unwrap();
    let mut c = contact(&store, "Begleitung zum Amt");
    c.anonymous_count = 1;
    c.persons = vec![p.id];
    let before = audit_count(&store);
    let err = store.add_contact(&c).err().unwrap();
    assert_eq!(err.code(), "error-person-needs-consent");
    assert_eq!(audit_count(&store), before);

    let consent = store
        .give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    c.persons = vec![p.id, p.id];
    let saved = store.add_contact(&c).unwrap();
    assert_eq!(saved.persons, vec![p.id]);
    assert_eq!(store.contact(saved.id).unwrap(), saved);

    let views_before = views_of(&store, &p.id.to_string());
    let timeline = store.person_page(p.id).unwrap().contacts;
    assert_eq!(
        timeline.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![saved.id]
    );
    assert_eq!(views_of(&store, &p.id.to_string()), views_before + 1);

    store.withdraw_consent(consent.id, None).unwrap();
    let after = store.contact(saved.id).unwrap();
    assert!(after.persons.is_empty(), "still linked after withdrawal");
    assert_eq!(
        after.anonymous_count, 2,
        "the person must still be counted, anonymously"
    );
    assert_eq!(after.revision, saved.revision + 1);
    assert!(store.person_page(p.id).unwrap().contacts.is_empty());
    assert!(store.verify().unwrap().ok());
}
