//! The report's running counts (migration 0004) against a fresh recount, by property: after
//! any sequence of logging, editing and deleting contacts, linking and unlinking persons,
//! withdrawing consent and erasing persons, `contact_counts`, `person_contact_days` and
//! `anonymous_counts` (migration 0009: anonymous people by age band and gender, plain counts and
//! mixed groups) hold exactly what counting the contacts from scratch gives — no row more, no
//! row less.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::ids::{ContactId, PersonId};
use feldbuch_core::store::contacts::{AnonymousGroupInput, ContactInput, ContactPatch};
use feldbuch_core::store::persons::PersonInput;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{AgeBand, ContactKind, Gender, SiteKind, Topic};
use feldbuch_core::Store;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const SITES: [&str; 2] = ["KiTa Sonnenblume", "Treff am Markt"];
const DAYS: [&str; 4] = ["2026-10-01", "2026-10-02", "2026-10-15", "2026-11-02"];

#[derive(Debug, Clone)]
enum Op {
    Add {
        site: usize,
        kind: usize,
        day: usize,
        anonymous: i64,
        topics: u16,
        persons: Vec<usize>,
        duration: i64,
        groups: Vec<(i64, usize, usize)>,
    },
    Edit {
        contact: usize,
        day: Option<usize>,
        site: Option<usize>,
        kind: Option<usize>,
        topics: Option<u16>,
        persons: Option<Vec<usize>>,
        anonymous: Option<i64>,
        groups: Option<Vec<(i64, usize, usize)>>,
    },
    Delete(usize),
    Withdraw(usize),
    Erase(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let persons = prop::collection::vec(0usize..4, 0..3);
    // Anonymous groups: count, age band (6: none), gender (4: none); empty: a plain count.
    let groups = prop::collection::vec((1i64..4, 0usize..7, 0usize..5), 0..4);
    prop_oneof![
        5 => (
            (0usize..2, 0usize..8, 0usize..4, 0i64..4),
            (0u16..1024, persons.clone(), 1i64..120, groups.clone()),
        )
            .prop_map(|((site, kind, day, anonymous), (topics, persons, duration, groups))| {
                Op::Add { site, kind, day, anonymous, topics, persons, duration, groups }
            }),
        3 => (
            0usize..40,
            prop::option::of(0usize..4),
            prop::option::of(0usize..2),
            prop::option::of(0usize..8),
            prop::option::of(0u16..1024),
            prop::option::of(persons),
            prop::option::of(0i64..4),
            prop::option::of(groups),
        )
            .prop_map(|(contact, day, site, kind, topics, persons, anonymous, groups)| Op::Edit {
                contact, day, site, kind, topics, persons, anonymous, groups
            }),
        1 => (0usize..40).prop_map(Op::Delete),
        1 => (0usize..4).prop_map(Op::Withdraw),
        1 => (0usize..4).prop_map(Op::Erase),
    ]
}

fn groups(drawn: &[(i64, usize, usize)]) -> Vec<AnonymousGroupInput> {
    drawn
        .iter()
        .map(|(count, band, gender)| AnonymousGroupInput {
            count: *count,
            age_band: AgeBand::ALL.get(*band).map(|b| b.id().to_string()),
            gender: Gender::ALL.get(*gender).map(|g| g.id().to_string()),
        })
        .collect()
}

fn topics(mask: u16) -> Vec<String> {
    Topic::ALL
        .iter()
        .filter(|t| (mask as i64) & t.bit() != 0)
        .map(|t| t.id().to_string())
        .collect()
}

fn ids(persons: &[PersonId], pick: &[usize]) -> Vec<PersonId> {
    let mut v: Vec<PersonId> = pick.iter().map(|&i| persons[i]).collect();
    v.sort();
    v.dedup();
    v
}

fn rows(store: &Store, sql: &str) -> Vec<Vec<String>> {
    let mut st = store.conn().prepare(sql).unwrap();
    let n = st.column_count();
    st.query_map([], |r| {
        (0..n)
            .map(|i| {
                Ok(match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    other => format!("{other:?}"),
                })
            })
            .collect::<rusqlite::Result<Vec<_>>>()
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

fn assert_counts_are_a_recount(store: &Store) {
    let kept = rows(store, "SELECT * FROM contact_counts ORDER BY 1, 2, 3, 4");
    let recount = rows(
        store,
        "SELECT c.date, c.site_id, c.kind, c.device_id, count(*), sum(c.duration_min),
            sum(c.anonymous_count), sum(EXISTS (SELECT 1 FROM contact_persons WHERE contact_id = c.id)),
            sum(c.topics & 1 != 0), sum(c.topics & 2 != 0), sum(c.topics & 4 != 0),
            sum(c.topics & 8 != 0), sum(c.topics & 16 != 0), sum(c.topics & 32 != 0),
            sum(c.topics & 64 != 0), sum(c.topics & 128 != 0), sum(c.topics & 256 != 0),
            sum(c.topics & 512 != 0)
         FROM contacts AS c GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
    );
    assert_eq!(kept, recount, "contact_counts drifted from the contacts");
    let kept = rows(store, "SELECT * FROM person_contact_days ORDER BY 1, 2");
    let recount = rows(
        store,
        "SELECT cp.person_id, c.date, count(*) FROM contact_persons AS cp
         JOIN contacts AS c ON c.id = cp.contact_id GROUP BY 1, 2 ORDER BY 1, 2",
    );
    assert_eq!(kept, recount, "person_contact_days drifted from the links");
    let kept = rows(store, "SELECT * FROM anonymous_counts ORDER BY 1, 2, 3");
    let recount = rows(
        store,
        "SELECT c.date, coalesce(json_extract(g.value, '$.age_band'), 'unbekannt'),
            coalesce(json_extract(g.value, '$.gender'), 'keine-angabe'),
            sum(json_extract(g.value, '$.count'))
         FROM contacts AS c, json_each(coalesce(c.anonymous_groups, json_array(json_object(
            'age_band', c.anonymous_age_band, 'gender', c.anonymous_gender,
            'count', c.anonymous_count)))) AS g
         WHERE c.anonymous_count > 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    );
    assert_eq!(kept, recount, "anonymous_counts drifted from the contacts");
    let groups_add_up: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM contacts WHERE anonymous_groups IS NOT NULL AND anonymous_count
                != (SELECT sum(json_extract(value, '$.count')) FROM json_each(anonymous_groups))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        groups_add_up, 0,
        "a contact's groups and its count disagree"
    );
    assert_rollups_are_a_recount(store);
}

#[test]
fn running_counts_always_equal_a_recount() {
    let mut runner = TestRunner::new(Config {
        cases: 24,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(op(), 1..40), |ops| {
            let (_tmp, _dir, mut store, _) = fresh();
            store
                .add_site(&NewSite {
                    name: SITES[1].into(),
                    kind: SiteKind::Quartierszentrum.id().into(),
                    district: None,
                    address: None,
                    contact_person: None,
                    programme: None,
                })
                .unwrap();
            let site_ids = SITES.map(|name| store.resolve_site(name).unwrap().id);
            let mut persons = Vec::new();
            let mut consents = Vec::new();
            for i in 0..4 {
                let p = store
                    .add_person(&PersonInput {
                        pseudonym: format!("RC{i}"),
                        ..Default::default()
                    })
                    .unwrap();
                let c = store
                    .give_consent(p.id, "documentation", "verbal", Some("2026-09-01"), None)
                    .unwrap();
                persons.push(p.id);
                consents.push(c.id);
            }
            let mut contacts: Vec<ContactId> = Vec::new();
            for op in ops {
                // Refusals (e.g. a person without consent any more) change nothing; the counts
                // must hold either way.
                match op {
                    Op::Add {
                        site,
                        kind,
                        day,
                        anonymous,
                        topics: t,
                        persons: p,
                        duration,
                        groups: g,
                    } => {
                        let input = ContactInput {
                            site_id: site_ids[site],
                            kind: ContactKind::ALL[kind].id().into(),
                            date: Some(DAYS[day].into()),
                            duration_min: duration,
                            anonymous_count: if g.is_empty() { anonymous } else { 0 },
                            anonymous_groups: groups(&g),
                            topics: topics(t),
                            persons: ids(&persons, &p),
                            ..Default::default()
                        };
                        if let Ok(c) = store.add_contact(&input) {
                            contacts.push(c.id);
                        }
                    }
                    Op::Edit {
                        contact,
                        day,
                        site,
                        kind,
                        topics: t,
                        persons: p,
                        anonymous,
                        groups: g,
                    } => {
                        if contacts.is_empty() {
                            continue;
                        }
                        let id = contacts[contact % contacts.len()];
                        let patch = ContactPatch {
                            date: day.map(|d| DAYS[d].into()),
                            site_id: site.map(|s| site_ids[s]),
                            kind: kind.map(|k| ContactKind::ALL[k].id().into()),
                            topics: t.map(topics),
                            persons: p.map(|p| ids(&persons, &p)),
                            anonymous_count: anonymous,
                            anonymous_groups: g.map(|g| groups(&g)),
                            ..Default::default()
                        };
                        let _ = store.edit_contact(id, &patch);
                    }
                    Op::Delete(i) => {
                        if !contacts.is_empty() {
                            let id = contacts.remove(i % contacts.len());
                            let _ = store.delete_contact(id);
                        }
                    }
                    Op::Withdraw(i) => {
                        let _ = store.withdraw_consent(consents[i], Some("2026-11-03"));
                    }
                    Op::Erase(i) => {
                        let _ = store.erase_person(persons[i]);
                    }
                }
                assert_counts_are_a_recount(&store);
            }
            Ok(())
        })
        .unwrap();
}
