//! The journal (Verlauf): contacts and activities, newest first, filtered, paged by cursor.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use feldbuch_core::ids::SiteId;
use feldbuch_core::store::activities::ActivityInput;
use feldbuch_core::store::journal::{JournalEntry, JournalQuery};
use feldbuch_core::store::persons::PersonInput;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::SiteKind;
use feldbuch_core::Store;

fn key(e: &JournalEntry) -> (String, String, String) {
    match e {
        JournalEntry::Contact(c) => (
            c.date.to_string(),
            c.start.clone().unwrap_or_default(),
            c.id.to_string(),
        ),
        JournalEntry::Activity(a) => (
            a.date.to_string(),
            a.start.clone().unwrap_or_default(),
            a.id.to_string(),
        ),
    }
}

fn log(store: &mut Store, site: SiteId, date: &str, start: Option<&str>, topic: &str) {
    let mut c = contact(store, "Journal");
    c.site_id = site;
    c.date = Some(date.into());
    c.start = start.map(String::from);
    c.topics = vec![topic.into()];
    store.add_contact(&c).unwrap();
}

/// Every page in turn, following `next`, with the query's filters.
fn all_pages(store: &Store, q: &JournalQuery) -> Vec<Vec<JournalEntry>> {
    let mut pages = vec![];
    let mut q = q.clone();
    loop {
        let page = store.journal(&q).unwrap();
        pages.push(page.entries);
        match page.next {
            Some(n) => q.after = Some(n),
            None => return pages,
        }
    }
}

#[test]
fn the_journal_pages_newest_first_and_filters_by_site_kind_topic_person_and_dates() {
    let (_tmp, _dir, mut store, _) = fresh();
    let kita = store.resolve_site("KiTa Sonnenblume").unwrap().id;
    let treff = store
        .add_site(&NewSite {
            name: "Treff am Markt".into(),
            kind: SiteKind::Quartierszentrum.id().into(),
            district: None,
            address: None,
            contact_person: None,
            programme: None,
        })
        .unwrap()
        .id;
    // 23 contacts over four days at two sites, some on the same day and time, one without a
    // start time; and two activities among them.
    let days = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-07"];
    for i in 0..23 {
        let site = if i % 3 == 0 { treff } else { kita };
        let start = match i % 4 {
            0 => None,
            1 => Some("09:00"),
            _ => Some("14:30"),
        };
        let topic = if i % 2 == 0 { "wohnen" } else { "arbeit" };
        log(&mut store, site, days[i % days.len()], start, topic);
    }
    let p = store
        .add_person(&PersonInput {
            pseudonym: "JV1970".into(),
            ..Default::default()
        })
        .unwrap();
    store
        .give_consent(p.id, "documentation", "written", Some("2026-09-01"), None)
        .unwrap();
    let mut with_person = contact(&store, "Mit Person");
    with_person.date = Some("2026-10-02".into());
    with_person.persons = vec![p.id];
    let with_person = store.add_contact(&with_person).unwrap();
    for (date, title) in [("2026-10-05", "Repair-Café"), ("2026-09-30", "Garten")] {
        store
            .add_activity(&ActivityInput {
                kind: "repair-cafe".into(),
                title: title.into(),
                date: Some(date.into()),
                site_id: Some(treff),
                persons: if date == "2026-10-05" {
                    vec![p.id]
                } else {
                    vec![]
                },
                ..Default::default()
            })
            .unwrap();
    }

    // All 26 entries, in pages of 5, newest first, none twice, none left out.
    let pages = all_pages(
        &store,
        &JournalQuery {
            limit: Some(5),
            ..Default::default()
        },
    );
    assert_eq!(pages.len(), 6, "26 entries in pages of 5");
    let all: Vec<_> = pages.iter().flatten().map(key).collect();
    assert_eq!(all.len(), 26);
    let mut sorted = all.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(all, sorted, "newest first by day, start time and id");
    sorted.dedup();
    assert_eq!(sorted.len(), 26, "no entry on two pages");
    assert_eq!(
        all.last().unwrap().0,
        "2026-09-30",
        "the oldest is the garden"
    );

    let count = |q: JournalQuery| -> usize { all_pages(&store, &q).iter().map(Vec::len).sum() };
    // By site: contacts and the activities there.
    let at_treff = count(JournalQuery {
        site_id: Some(treff),
        ..Default::default()
    });
    assert_eq!(at_treff, 8 + 2);
    // By kind: a contact kind shows contacts only, an activity kind activities only.
    assert_eq!(
        count(JournalQuery {
            kind: Some("beratung".into()),
            ..Default::default()
        }),
        24
    );
    assert_eq!(
        count(JournalQuery {
            kind: Some("repair-cafe".into()),
            ..Default::default()
        }),
        2
    );
    // By topic: contacts only.
    assert_eq!(
        count(JournalQuery {
            topic: Some("wohnen".into()),
            limit: Some(3),
            ..Default::default()
        }),
        12 + 1,
        "12 logged with wohnen, and the helper's contact with the person has wohnen too"
    );
    // By person: the contact and the activity they attended.
    let theirs = store
        .journal(&JournalQuery {
            person_id: Some(p.id),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(theirs.entries.len(), 2);
    assert!(matches!(&theirs.entries[1], JournalEntry::Contact(c) if c.id == with_person.id));
    // By dates, both ends included.
    assert_eq!(
        count(JournalQuery {
            from: Some("2026-10-02".into()),
            to: Some("2026-10-05".into()),
            ..Default::default()
        }),
        6 + 6 + 1 + 1
    );

    // Bad filters are refused with a code and change nothing.
    for (q, code) in [
        (
            JournalQuery {
                from: Some("2026-10-05".into()),
                to: Some("2026-10-01".into()),
                ..Default::default()
            },
            "error-invalid-range",
        ),
        (
            JournalQuery {
                kind: Some("plausch".into()),
                ..Default::default()
            },
            "error-invalid-contact-kind",
        ),
        (
            JournalQuery {
                topic: Some("yoga".into()),
                ..Default::default()
            },
            "error-invalid-topic",
        ),
        (
            JournalQuery {
                from: Some("5.10.2026".into()),
                ..Default::default()
            },
            "error-invalid-date",
        ),
    ] {
        assert_eq!(store.journal(&q).err().map(|e| e.code()), Some(code));
    }
}
