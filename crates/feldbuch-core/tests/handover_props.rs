//! Property test of hand-overs in the mix, with real stores, real sealed bundles and the real
//! keyring: a worker's persons, some handed by the lead to a colleague; the old device learns
//! it or not before it writes again (random), both devices edit at random and export. The lead's
//! merge of their bundles gives the same store in either order and again when they come twice;
//! every late edit of the old device is a conflict and never the record's content; the new
//! holder's edits always are.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::team::*;
use common::*;
use feldbuch_core::store::persons::{PersonInput, PersonPatch};
use feldbuch_core::{DataDir, Passphrase, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Every row of a query, its columns joined by `|`.
fn rows(s: &Store, sql: &str) -> Vec<String> {
    text_rows(s, sql).into_iter().map(|r| r.join("|")).collect()
}

fn merged(s: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT id, device_id, revision, pseudonym, district, worker_id FROM persons ORDER BY id",
        "SELECT id, device_id, revision, person_id FROM consents ORDER BY id",
        "SELECT entity, id, device_id, revision, body_hash FROM merge_versions ORDER BY 1, 2, 3",
        "SELECT entity, id, coalesce(resolved_at, '-') FROM merge_conflicts ORDER BY 1, 2",
    ] {
        out.extend(rows(s, sql));
    }
    out
}

fn export(s: &mut Store, dir: &std::path::Path) -> Vec<u8> {
    std::fs::create_dir_all(dir).unwrap();
    s.set_export_folder(dir).unwrap();
    let e = s.export(false).unwrap();
    std::fs::read(dir.join(&e.file_name)).unwrap()
}

#[test]
fn hand_overs_merge_the_same_in_any_order_and_late_edits_are_conflicts_only() {
    keyring();
    let mut runner = TestRunner::new(Config {
        cases: 12,
        ..Config::default()
    });
    let case = (
        1usize..4,                                   // persons of Erika's
        proptest::collection::vec(any::<bool>(), 3), // which are handed to Ben
        any::<bool>(),                               // Erika takes the package first
        proptest::collection::vec(any::<bool>(), 3), // which Erika edits afterwards
        proptest::collection::vec(any::<bool>(), 3), // which Ben edits
    );
    runner
        .run(&case, |(n, handed, knows, em_edits, bb_edits)| {
            let mut t = team();
            let first = publish(&mut t, "office-1.age");
            receive(&mut t.em, &first, &t.fp).unwrap();
            receive(&mut t.bb, &first, &t.fp).unwrap();
            let bb_device = t.bb.profile().unwrap().device_id;
            let persons: Vec<_> = (0..n)
                .map(|i| {
                    let p =
                        t.em.add_person(&PersonInput {
                            pseudonym: format!("P{i}"),
                            birth_year: None,
                            age_band: None,
                            gender: None,
                            languages: vec![],
                            district: None,
                            markers: vec![],
                            real_name: None,
                            contact_info: None,
                            programme: None,
                        })
                        .unwrap();
                    t.em.give_consent(p.id, "documentation", "written", None, None)
                        .unwrap();
                    p.id
                })
                .collect();
            let a1 = export(&mut t.em, &t.tmp.path().join("em-1"));
            t.lead.import_bundle(&a1, &t.identity, false).unwrap();
            let moved: Vec<_> = persons
                .iter()
                .enumerate()
                .filter(|(i, _)| handed[*i])
                .map(|(_, p)| *p)
                .collect();
            for p in &moved {
                t.lead.hand_over(*p, bb_device).unwrap();
            }
            let second = publish(&mut t, "office-2.age");
            receive(&mut t.bb, &second, &t.fp).unwrap();
            if knows {
                receive(&mut t.em, &second, &t.fp).unwrap();
            }
            let mut late = 0;
            for (i, p) in persons.iter().enumerate() {
                if em_edits[i] {
                    let patch = PersonPatch {
                        district: Some(format!("EM {i}")),
                        ..Default::default()
                    };
                    let r = t.em.edit_person(*p, &patch);
                    let is_moved = moved.contains(p);
                    // Once the package is there, a handed person cannot be written.
                    prop_assert_eq!(r.is_ok(), !(knows && is_moved));
                    late += usize::from(is_moved && !knows);
                }
            }
            for (i, p) in moved.iter().enumerate() {
                if bb_edits[i] {
                    let patch = PersonPatch {
                        district: Some(format!("BB {i}")),
                        ..Default::default()
                    };
                    t.bb.edit_person(*p, &patch).unwrap();
                }
            }
            let a2 = export(&mut t.em, &t.tmp.path().join("em-2"));
            let b1 = export(&mut t.bb, &t.tmp.path().join("bb-1"));

            // The stores closed, the folder kept: the lead's store is copied to merge the other
            // order into.
            let Team {
                tmp,
                identity,
                lead,
                em,
                bb,
                vl,
                ..
            } = t;
            drop((lead, em, bb, vl));
            let root = tmp.path().to_path_buf();
            copy_dir(&root.join("TL"), &root.join("TL2"));
            let open = |dir: &str| {
                DataDir::new(root.join(dir))
                    .unlock(
                        &Passphrase::new(PASS),
                        &feldbuch_core::custody::OsKeyring,
                        clock(),
                    )
                    .unwrap()
            };
            let (mut x, mut y) = (open("TL"), open("TL2"));
            for b in [&a2, &b1] {
                x.import_bundle(b, &identity, false).unwrap();
            }
            for b in [&b1, &a2] {
                y.import_bundle(b, &identity, false).unwrap();
            }
            let state = merged(&x);
            prop_assert_eq!(&state, &merged(&y));
            for b in [&a2, &b1] {
                prop_assert!(x.import_bundle(b, &identity, false).is_err());
            }
            prop_assert_eq!(merged(&x), state);
            // The conflicts are exactly the late edits; every handed person is Ben's, with his
            // district when he edited it and never Erika's late one.
            prop_assert_eq!(x.merge_conflicts().unwrap().len(), late);
            for (i, p) in moved.iter().enumerate() {
                let (device, district): (String, Option<String>) = x
                    .conn()
                    .query_row(
                        "SELECT device_id, district FROM persons WHERE id = ?1",
                        [p.to_string()],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .unwrap();
                prop_assert_eq!(device, bb_device.to_string());
                let expected = bb_edits[i].then(|| format!("BB {i}"));
                prop_assert_eq!(district, expected);
            }
            Ok(())
        })
        .unwrap();
}
