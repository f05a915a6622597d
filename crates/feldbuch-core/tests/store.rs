//! The store end to end against real SQLCipher files: contacts, validation, tombstones, audit.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::ids::SiteId;
use feldbuch_core::store::contacts::ContactPatch;
use feldbuch_core::{Error, Passphrase};

#[test]
fn a_logged_contact_survives_closing_and_reopening() {
    let (_tmp, dir, mut store, _) = fresh();
    let c = store
        .add_contact(&contact(&store, "Gespräch über den Gemeinschaftsgarten"))
        .unwrap();
    assert_eq!(c.topics.len(), 2);
    assert_eq!(c.revision, 1);
    drop(store);
    let store = dir
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    let back = store.contact(c.id).unwrap();
    assert_eq!(back, c);
    assert_eq!(store.today_contacts().unwrap(), vec![c]);
    assert!(store.verify().unwrap().ok());
}

#[test]
fn store_connections_use_sqlciphers_own_openssl_provider() {
    // The store's page crypto is SQLCipher's own OpenSSL provider, as bundled: no provider of
    // ours is registered in its place (docs/SECURITY.md, "Encryption at rest").
    let (_tmp, dir, store, _) = fresh();
    let name = |s: &feldbuch_core::Store| -> String {
        s.conn()
            .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(name(&store), "openssl");
    drop(store);
    let store = dir
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    assert_eq!(name(&store), "openssl");
    assert!(store.verify().unwrap().ok());
}

#[test]
fn heute_gets_the_latest_of_a_busy_day_and_the_count_of_all() {
    let (_tmp, _dir, mut store, _) = fresh();
    let mut added = Vec::new();
    for (i, start) in ["09:00", "08:15", "11:30", "10:00", "07:45"]
        .iter()
        .enumerate()
    {
        let mut c = contact(&store, &format!("Kontakt {i}"));
        c.start = Some((*start).into());
        added.push(store.add_contact(&c).unwrap());
    }
    let all = store.today_contacts().unwrap();
    let starts: Vec<String> = all.iter().map(|c| c.start.clone().unwrap()).collect();
    assert_eq!(starts, ["07:45", "08:15", "09:00", "10:00", "11:30"]);

    let (latest, total) = store.today_contacts_latest(2).unwrap();
    assert_eq!(total, 5);
    assert_eq!(
        latest,
        all[3..].to_vec(),
        "the two latest, still in time order"
    );
    let (none, total) = store.today_contacts_latest(0).unwrap();
    assert_eq!((none.len(), total), (0, 5));
    let (every, total) = store.today_contacts_latest(50).unwrap();
    assert_eq!((every, total), (all.clone(), 5));

    // A deleted contact is neither shown nor counted.
    store.delete_contact(all[4].id).unwrap();
    let (latest, total) = store.today_contacts_latest(2).unwrap();
    assert_eq!(total, 4);
    assert_eq!(latest, all[2..4].to_vec());
}

type Mutation = Box<dyn Fn(&mut feldbuch_core::store::contacts::ContactInput)>;

#[test]
fn invalid_contacts_are_refused_and_write_nothing() {
    let (_tmp, _dir, mut store, _) = fresh();
    let before = audit_count(&store);
    let cases: Vec<(&str, Mutation)> = vec![
        (
            "error-site-not-found",
            Box::new(|c| c.site_id = SiteId::new()),
        ),
        (
            "error-invalid-contact-kind",
            Box::new(|c| c.kind = "plausch".into()),
        ),
        (
            "error-invalid-date",
            Box::new(|c| c.date = Some("2026-02-30".into())),
        ),
        (
            "error-date-in-future",
            Box::new(|c| c.date = Some("2099-01-01".into())),
        ),
        (
            "error-invalid-time",
            Box::new(|c| c.start = Some("25:00".into())),
        ),
        ("error-invalid-duration", Box::new(|c| c.duration_min = 0)),
        (
            "error-invalid-duration",
            Box::new(|c| c.duration_min = 100_000),
        ),
        (
            "error-invalid-anonymous-count",
            Box::new(|c| c.anonymous_count = -1),
        ),
        (
            "error-invalid-topic",
            Box::new(|c| c.topics.push("astrologie".into())),
        ),
        (
            "error-invalid-age-band",
            Box::new(|c| c.anonymous_age_band = Some("alt".into())),
        ),
        (
            "error-text-too-long",
            Box::new(|c| c.note = Some("x".repeat(4001))),
        ),
        (
            "error-text-invalid",
            Box::new(|c| c.note = Some("a\u{0007}b".into())),
        ),
        (
            "error-anonymous-details-without-count",
            Box::new(|c| c.anonymous_count = 0),
        ),
        (
            "error-follow-up-before-contact",
            Box::new(|c| c.follow_up = Some("2000-01-01".into())),
        ),
    ];
    for (code, mutate) in cases {
        let mut input = contact(&store, "ungültig");
        mutate(&mut input);
        let err = store.add_contact(&input).expect_err(code);
        assert_eq!(err.code(), code);
    }
    assert!(store.list_contacts(None, None).unwrap().is_empty());
    assert_eq!(
        audit_count(&store),
        before,
        "a refused input left an audit entry"
    );
}

#[test]
fn editing_raises_the_revision_and_deleting_leaves_a_tombstone() {
    let (_tmp, _dir, mut store, _) = fresh();
    let c = store
        .add_contact(&contact(&store, "erste Fassung"))
        .unwrap();
    let patch = ContactPatch {
        duration_min: Some(40),
        topics: Some(vec!["arbeit".into()]),
        note: Some("zweite Fassung".into()),
        ..Default::default()
    };
    let e = store.edit_contact(c.id, &patch).unwrap();
    assert_eq!(e.revision, 2);
    assert_eq!(e.duration_min, 40);
    assert_eq!(
        e.topics.iter().map(|t| t.id()).collect::<Vec<_>>(),
        vec!["arbeit"]
    );
    assert_eq!(e.site_id, c.site_id, "unchanged fields are kept");

    let bad = ContactPatch {
        duration_min: Some(-5),
        ..Default::default()
    };
    assert!(store.edit_contact(c.id, &bad).is_err());
    assert_eq!(
        store.contact(c.id).unwrap(),
        e,
        "a refused edit changed the contact"
    );

    store.delete_contact(c.id).unwrap();
    assert!(matches!(store.contact(c.id), Err(Error::NotFound { .. })));
    let (entity, rev): (String, i64) = store
        .conn()
        .query_row(
            "SELECT entity, revision FROM tombstones WHERE id = ?1",
            [c.id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((entity.as_str(), rev), ("contact", 3));
    let actions: Vec<String> = store
        .conn()
        .prepare("SELECT action FROM audit_log WHERE entity_id = ?1 ORDER BY seq")
        .unwrap()
        .query_map([c.id.to_string()], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(actions, vec!["create", "update", "delete"]);
    assert!(store.verify().unwrap().ok());
}

#[test]
fn follow_ups_due_today_or_earlier_show_up_overdue_ones_marked() {
    let (_tmp, _dir, mut store, _) = fresh();
    let today = chrono::Local::now().date_naive();
    let mut past = contact(&store, "alter Kontakt");
    past.date = Some((today - chrono::Duration::days(10)).to_string());
    past.follow_up = Some((today - chrono::Duration::days(3)).to_string());
    store.add_contact(&past).unwrap();
    let mut now = contact(&store, "heute");
    now.follow_up = Some(today.to_string());
    store.add_contact(&now).unwrap();
    let mut later = contact(&store, "später");
    later.follow_up = Some((today + chrono::Duration::days(7)).to_string());
    store.add_contact(&later).unwrap();

    let due = store.due_followups().unwrap();
    assert_eq!(due.len(), 2);
    assert!(due[0].overdue);
    assert!(!due[1].overdue);
}

#[test]
fn site_names_are_unique_and_resolvable() {
    let (_tmp, _dir, mut store, _) = fresh();
    let dup = store.add_site(&feldbuch_core::store::sites::NewSite {
        name: "kita sonnenblume".into(),
        kind: feldbuch_core::vocab::SiteKind::Kita.id().into(),
        district: None,
        address: None,
        contact_person: None,
        programme: None,
    });
    assert_eq!(dup.err().map(|e| e.code()), Some("error-site-exists"));
    let s = store.resolve_site("KITA SONNENBLUME").unwrap();
    assert_eq!(store.resolve_site(&s.id.to_string()).unwrap(), s);
}

#[test]
fn tampering_with_the_audit_log_is_detected() {
    let (_tmp, _dir, mut store, _) = fresh();
    store.add_contact(&contact(&store, "eins")).unwrap();
    store.add_contact(&contact(&store, "zwei")).unwrap();
    assert!(store.verify().unwrap().ok());
    // The log refuses edits outright …
    assert!(store
        .conn()
        .execute("UPDATE audit_log SET action = 'view' WHERE seq = 2", [])
        .is_err());
    assert!(store
        .conn()
        .execute("DELETE FROM audit_log WHERE seq = 2", [])
        .is_err());
    // … and someone who drops the guard still cannot rewrite history unnoticed.
    store
        .conn()
        .execute_batch(
            "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'view' WHERE seq = 2;",
        )
        .unwrap();
    let report = store.verify().unwrap();
    assert!(!report.audit_chain_ok);
    assert_eq!(report.audit_broken_at, Some(2));
}

#[test]
fn a_newer_schema_is_refused_not_downgraded() {
    let (_tmp, dir, store, _) = fresh();
    store
        .conn()
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    drop(store);
    let r = dir.unlock(&Passphrase::new(PASS), &OsKeyring, clock());
    assert!(
        matches!(r, Err(Error::SchemaTooNew { found: 99, .. })),
        "{:?}",
        r.err()
    );
}
