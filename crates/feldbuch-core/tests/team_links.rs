//! Counting a person once for the team, against real stores and bundles: the secret reaches the
//! devices in the office's package, a worker links a person on purpose, a second worker whose
//! person has the same fields is asked first, and the lead's report counts the two as one
//! person reached – with no name or typed initials leaving a device.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::team::*;
use common::*;
use feldbuch_core::error::Error;
use feldbuch_core::ids::PersonId;
use feldbuch_core::report::{Period, Shown};
use feldbuch_core::store::links::LinkInput;
use feldbuch_core::store::persons::PersonInput;
use feldbuch_core::vocab::Gender;
use feldbuch_core::Store;

fn person(s: &mut Store, pseudonym: &str) -> PersonId {
    let p = s
        .add_person(&PersonInput {
            pseudonym: pseudonym.into(),
            birth_year: Some(1990),
            age_band: None,
            gender: Some("weiblich".into()),
            languages: vec![],
            district: None,
            markers: vec![],
            real_name: None,
            contact_info: None,
            programme: None,
        })
        .unwrap();
    s.give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    let mut c = contact(s, "");
    c.note = None;
    c.persons = vec![p.id];
    s.add_contact(&c).unwrap();
    p.id
}

fn ak(confirm: bool) -> LinkInput {
    LinkInput {
        initials: "a. k.".into(),
        birth_year: 1990,
        gender: Gender::Weiblich,
        confirm,
    }
}

fn send(t: &mut Team, s: &str) {
    let outbox = t.tmp.path().join(format!("out-{s}"));
    std::fs::create_dir_all(&outbox).unwrap();
    let store = if s == "em" { &mut t.em } else { &mut t.bb };
    store.set_export_folder(&outbox).unwrap();
    let r = store.export(false).unwrap();
    let cipher = std::fs::read(outbox.join(&r.file_name)).unwrap();
    t.lead.import_bundle(&cipher, &t.identity, false).unwrap();
}

fn persons_reached(t: &mut Team) -> Shown<f64> {
    let today = chrono::Local::now().date_naive().to_string();
    let period = Period::range(&today, &today).unwrap();
    let l = feldbuch_core::Localizer::new(feldbuch_core::vocab::Locale::De);
    let r = t.lead.report(&period, 3, &l).unwrap();
    r.key_figures
        .iter()
        .find(|f| f.id == "persons")
        .unwrap()
        .current
}

#[test]
fn a_client_met_by_two_workers_counts_once_when_both_link_them() {
    let mut t = team();
    let a1 = person(&mut t.em, "Ayla");
    person(&mut t.em, "Berna");
    person(&mut t.em, "Cem");

    // Without the office's package there is no secret: nothing is linked.
    let no_secret = t.em.link_person(a1, &ak(false)).unwrap_err();
    assert!(matches!(no_secret, Error::Invalid { code, .. } if code == "error-link-no-secret"));
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    receive(&mut t.bb, &first, &t.fp).unwrap();
    let b1 = person(&mut t.bb, "A.K. (Treff)");
    person(&mut t.bb, "Dilek");

    let done = t.em.link_person(a1, &ak(false)).unwrap();
    assert_eq!((done.linked, done.matches), (true, 0));
    assert!(t.em.person(a1).unwrap().linked);
    send(&mut t, "em");
    send(&mut t, "bb");
    assert_eq!(persons_reached(&mut t), Shown::Value(5.0));

    // The lead's next package lists Erika's hash: Ben is asked before he links his person
    // with the same fields, and nothing changes until he confirms.
    let second = publish(&mut t, "office-2.age");
    receive(&mut t.bb, &second, &t.fp).unwrap();
    let before = text_rows(
        &t.bb,
        "SELECT id, revision, link_hash FROM persons ORDER BY id",
    );
    let asked = t.bb.link_person(b1, &ak(false)).unwrap();
    assert_eq!((asked.linked, asked.matches), (false, 1));
    assert_eq!(
        text_rows(
            &t.bb,
            "SELECT id, revision, link_hash FROM persons ORDER BY id"
        ),
        before
    );
    let confirmed = t.bb.link_person(b1, &ak(true)).unwrap();
    assert!(confirmed.linked);
    send(&mut t, "bb");

    // At the lead's: both persons carry one hash, and are one person reached.
    let hashes = text_rows(
        &t.lead,
        "SELECT count(*), count(DISTINCT link_hash) FROM persons WHERE link_hash IS NOT NULL",
    );
    assert_eq!(
        hashes[0],
        vec!["Integer(2)".to_string(), "Integer(1)".into()]
    );
    assert_eq!(persons_reached(&mut t), Shown::Value(4.0));
    // What left the devices: the hash, never the initials typed for it.
    let bodies: Vec<String> = t
        .lead
        .conn()
        .prepare("SELECT body FROM merge_versions WHERE entity = 'persons'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(bodies.iter().all(|b| !b.contains("\"AK\"")));

    // Unlinked again, Ben's person counts on its own.
    t.bb.unlink_person(b1).unwrap();
    send(&mut t, "bb");
    assert_eq!(persons_reached(&mut t), Shown::Value(5.0));
}

#[test]
fn bad_link_input_is_refused_and_changes_nothing() {
    let mut t = team();
    let a1 = person(&mut t.em, "Ayla");
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    let before = text_rows(&t.em, "SELECT id, revision, link_hash FROM persons");
    for input in [
        LinkInput {
            initials: "A".into(),
            ..ak(true)
        },
        LinkInput {
            initials: "A1".into(),
            ..ak(true)
        },
        LinkInput {
            birth_year: 1800,
            ..ak(true)
        },
    ] {
        assert!(matches!(
            t.em.link_person(a1, &input),
            Err(Error::Invalid { .. })
        ));
    }
    assert!(
        t.vl.link_person(a1, &ak(true)).is_err(),
        "not a volunteer's"
    );
    assert_eq!(
        text_rows(&t.em, "SELECT id, revision, link_hash FROM persons"),
        before
    );
}
