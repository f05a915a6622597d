//! Property test of office bundles in the mix, with real stores, real sealed bundles and the real
//! keyring:
//! - a lead changes its directory in random rounds (new sites, renamed, archived, visit slots
//!   added) and publishes after each; a device that takes any increasing selection of the
//!   bundles (the last among them) ends with the same directory and team as one that took only
//!   the last; an older or repeated bundle is refused and changes nothing; the device's own
//!   sites are never touched by them;
//! - both devices then log contacts at the directory's sites (another device's records) and
//!   export; the lead's merge of their bundles gives the same store in either order, and again
//!   when they arrive twice.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::store::sites::{NewSite, SitePatch};
use feldbuch_core::vocab::{Role, SiteKind};
use feldbuch_core::{DataDir, Passphrase, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::path::Path;

#[derive(Debug, Clone)]
enum Op {
    Add,
    Rename(usize),
    Archive(usize),
    Slot(usize, i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Add),
        2 => (0usize..8).prop_map(Op::Rename),
        1 => (0usize..8).prop_map(Op::Archive),
        1 => (0usize..8, 1i64..8).prop_map(|(i, d)| Op::Slot(i, d)),
    ]
}

fn device(root: &Path, initials: &str, role: Role) -> Store {
    let mut p = profile();
    p.display_name = format!("Person {initials}");
    p.initials = initials.into();
    p.role = role;
    DataDir::new(root.join(initials))
        .init(&p, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap()
        .0
}

/// Every row of a query, its columns as text joined by `|`.
fn rows(s: &Store, sql: &str) -> Vec<String> {
    use rusqlite::types::ValueRef;
    let mut stmt = s.conn().prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        (0..n)
            .map(|i| {
                Ok(match r.get_ref(i)? {
                    ValueRef::Null => "∅".to_string(),
                    ValueRef::Integer(v) => v.to_string(),
                    ValueRef::Real(v) => v.to_string(),
                    ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    ValueRef::Blob(b) => hex::encode(b),
                })
            })
            .collect::<rusqlite::Result<Vec<String>>>()
            .map(|v| v.join("|"))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

/// What office bundles write on a device: the directory, the lead's slots, the team.
fn directory(s: &Store, lead_device: &str) -> Vec<String> {
    let mut out = rows(
        s,
        "SELECT id, device_id, revision, name, archived FROM sites ORDER BY id",
    );
    out.extend(rows(
        s,
        &format!(
            "SELECT id, site_id, weekday, \"start\" FROM site_visit_slots
             WHERE device_id = '{lead_device}' ORDER BY id"
        ),
    ));
    out.extend(rows(
        s,
        "SELECT id, display_name, role FROM workers ORDER BY id",
    ));
    out
}

/// Everything the lead's merge writes.
fn merged(s: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT id, device_id, revision, site_id, worker_id FROM contacts ORDER BY id",
        "SELECT id, device_id, revision, name FROM sites ORDER BY id",
        "SELECT entity, id, device_id, revision, body_hash FROM merge_versions ORDER BY 1, 2, 3",
        "SELECT entity, id FROM merge_conflicts ORDER BY 1, 2",
    ] {
        out.extend(rows(s, sql));
    }
    out
}

#[test]
fn office_bundles_in_any_selection_give_the_same_directory_and_merging_stays_order_free() {
    keyring();
    let mut runner = TestRunner::new(Config {
        cases: 24,
        ..Config::default()
    });
    let rounds = proptest::collection::vec(proptest::collection::vec(op(), 0..4), 1..4);
    runner
        .run(
            &(rounds, proptest::collection::vec(any::<bool>(), 4)),
            |(rounds, pick)| {
                let tmp = tempfile::tempdir().unwrap();
                let mut lead = device(tmp.path(), "TL", Role::Lead);
                let key_file = tmp.path().join("office-key.txt");
                feldbuch_core::exchange::office_init(&key_file, chrono::Utc::now()).unwrap();
                let identity = feldbuch_core::exchange::load_office_identity(&key_file).unwrap();
                lead.keep_office_identity(&identity).unwrap();
                let mut x = device(tmp.path(), "XA", Role::Worker);
                let mut y = device(tmp.path(), "YB", Role::Volunteer);
                for d in [&mut x, &mut y] {
                    let e = d.enrolment().unwrap();
                    lead.enrol_device(&serde_json::to_vec(&e).unwrap()).unwrap();
                }
                let fp = lead.device_fingerprint().unwrap();
                let lead_device = lead.profile().unwrap().device_id.to_string();
                // X has a site of its own before any office bundle.
                x.add_site(&NewSite {
                    name: "Eigener Ort".into(),
                    kind: SiteKind::Sonstiges.id().into(),
                    district: None,
                    address: None,
                    contact_person: None,
                    programme: None,
                })
                .unwrap();
                let own = rows(&x, "SELECT id, revision, name FROM sites");

                let mut sites = Vec::new();
                let mut published = Vec::new();
                for (r, ops) in rounds.iter().enumerate() {
                    for (i, op) in ops.iter().enumerate() {
                        match op {
                            Op::Add => {
                                let s = lead
                                    .add_site(&NewSite {
                                        name: format!("Ort {r}-{i}"),
                                        kind: SiteKind::Kita.id().into(),
                                        district: None,
                                        address: None,
                                        contact_person: None,
                                        programme: None,
                                    })
                                    .unwrap();
                                sites.push(s.id);
                            }
                            Op::Rename(n) if !sites.is_empty() => {
                                let id = sites[n % sites.len()];
                                let patch = SitePatch {
                                    name: Some(format!("Neu {r}-{i}")),
                                    ..Default::default()
                                };
                                lead.edit_site(id, &patch).unwrap();
                            }
                            Op::Archive(n) if !sites.is_empty() => {
                                lead.set_site_archived(sites[n % sites.len()], true)
                                    .unwrap();
                            }
                            Op::Slot(n, day) if !sites.is_empty() => {
                                let id = sites[n % sites.len()];
                                if lead.site(id).unwrap().archived {
                                    continue;
                                }
                                lead.add_visit_slot(id, *day, "09:00", "11:00").unwrap();
                            }
                            _ => {}
                        }
                    }
                    let path = tmp.path().join(format!("office-{r}.age"));
                    lead.publish_office_bundle(&path).unwrap();
                    published.push(std::fs::read(&path).unwrap());
                }

                // X takes a selection ending with the last; Y only the last.
                let last = published.len() - 1;
                let chosen: Vec<usize> = (0..last)
                    .filter(|i| pick[*i % pick.len()])
                    .chain([last])
                    .collect();
                for &i in &chosen {
                    x.receive_office_bundle(&published[i], Some(&fp)).unwrap();
                }
                y.receive_office_bundle(&published[last], Some(&fp))
                    .unwrap();
                let dir_x = directory(&x, &lead_device);
                let mut dir_y = directory(&y, &lead_device);
                // Each device's own worker differs only in which one it is: both know all three.
                dir_y.sort();
                let mut sorted_x = dir_x.clone();
                sorted_x.sort();
                let without_own = |v: &[String]| -> Vec<String> {
                    v.iter()
                        .filter(|r| !r.contains("Eigener Ort"))
                        .cloned()
                        .collect()
                };
                prop_assert_eq!(
                    without_own(&sorted_x),
                    without_own(&dir_y),
                    "chosen {:?}",
                    chosen
                );
                prop_assert_eq!(
                    &rows(
                        &x,
                        "SELECT id, revision, name FROM sites WHERE name = 'Eigener Ort'"
                    ),
                    &own
                );

                // Any bundle again: refused, nothing changed.
                for bytes in &published {
                    prop_assert!(x.receive_office_bundle(bytes, None).is_err());
                }
                prop_assert_eq!(directory(&x, &lead_device), dir_x);

                // Both log a contact at every directory site still in use, and export.
                let mut sealed = Vec::new();
                for (s, name) in [(&mut x, "x-out"), (&mut y, "y-out")] {
                    for site in s.list_sites().unwrap() {
                        let mut c = contact(s, "");
                        c.site_id = site.id;
                        c.note = None;
                        s.add_contact(&c).unwrap();
                    }
                    let out = tmp.path().join(name);
                    std::fs::create_dir(&out).unwrap();
                    s.set_export_folder(&out).unwrap();
                    let e = s.export(false).unwrap();
                    sealed.push(std::fs::read(out.join(&e.file_name)).unwrap());
                }
                // The lead's store copied as it is now, to merge the other order into.
                drop(lead);
                copy_dir(&tmp.path().join("TL"), &tmp.path().join("TL2"));
                let mut a = DataDir::new(tmp.path().join("TL"))
                    .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
                    .unwrap();
                let mut b = DataDir::new(tmp.path().join("TL2"))
                    .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
                    .unwrap();
                for c in &sealed {
                    a.import_bundle(c, &identity, false).unwrap();
                }
                for c in sealed.iter().rev() {
                    b.import_bundle(c, &identity, false).unwrap();
                }
                let merged_a = merged(&a);
                prop_assert_eq!(&merged_a, &merged(&b));
                prop_assert!(a.merge_conflicts().unwrap().is_empty());
                // Again: "already imported", nothing changed.
                for c in &sealed {
                    prop_assert!(a.import_bundle(c, &identity, false).is_err());
                }
                prop_assert_eq!(merged(&a), merged_a);
                Ok(())
            },
        )
        .unwrap();
}
