//! Property tests of the merge on the lead's device, with real bundles (sealed for an office key,
//! signed by device keys) imported into real stores:
//! - order independence: bundles of several devices imported in any interleaving give the same
//!   tables, tombstones and versions (each device writes its own records: a device may not write
//!   another's, tests/exchange.rs);
//! - idempotence: the same records arriving again (as the overlap of incremental exports sends
//!   them) change nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use ed25519_dalek::SigningKey;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::exchange::bundle::{self, Manifest, Record};
use feldbuch_core::{DataDir, Passphrase, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::collections::BTreeMap;

/// Record ids per device: each device writes records of its own.
const IDS: usize = 4;

fn id_of(device: usize, id: usize) -> String {
    format!("0192f000-0000-7000-8000-{:012x}", 0x100 * (device + 1) + id)
}
const DEVICES: [&str; 3] = [
    "0192f000-0000-7000-8000-00000000000a",
    "0192f000-0000-7000-8000-00000000000b",
    "0192f000-0000-7000-8000-00000000000c",
];

/// One change a device sends: a site version (id, revision, name) or a tombstone.
#[derive(Debug, Clone)]
enum Change {
    Site { id: usize, rev: i64, name: u8 },
    Tombstone { id: usize, rev: i64 },
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        6 => (0..IDS, 1i64..4, 0u8..3).prop_map(|(id, rev, name)| Change::Site { id, rev, name }),
        1 => (0..IDS, 4i64..6).prop_map(|(id, rev)| Change::Tombstone { id, rev }),
    ]
}

fn record(device: usize, c: &Change) -> Record {
    let mut d = serde_json::Map::new();
    match c {
        Change::Site { id, rev, name } => {
            d.insert("kind".into(), "kita".into());
            d.insert("name".into(), format!("Ort {name}").into());
            d.insert("archived".into(), 0.into());
            Record {
                t: "sites".into(),
                id: id_of(device, *id),
                rev: *rev,
                upd: format!("2026-09-0{rev}T10:00:00.000000Z"),
                d,
            }
        }
        Change::Tombstone { id, rev } => {
            d.insert("entity".into(), "sites".into());
            Record {
                t: "tombstones".into(),
                id: id_of(device, *id),
                rev: *rev,
                upd: format!("2026-09-0{rev}T12:00:00.000000Z"),
                d,
            }
        }
    }
}

fn seal(
    device: usize,
    seq: u64,
    records: &[Record],
    key: &SigningKey,
    office: &age::x25519::Identity,
) -> Vec<u8> {
    let m = Manifest {
        format: bundle::FORMAT_VERSION,
        device_id: DEVICES[device].into(),
        worker_id: DEVICES[device].into(),
        worker_initials: format!("D{device}"),
        team: None,
        sequence: seq,
        since: None,
        created_at: "2026-09-10T10:00:00Z".into(),
        period_from: None,
        period_to: "2026-09-10".into(),
        counts: BTreeMap::new(),
        record_count: 0,
        content_hash: String::new(),
        with_notes: false,
        kind: None,
        signer_key: None,
    };
    bundle::encrypt(
        &bundle::plaintext(m, records, key).unwrap().0,
        &office.to_public(),
    )
    .unwrap()
}

fn lead(tmp: &std::path::Path, name: &str, keys: &[SigningKey]) -> Store {
    let mut p = profile();
    p.role = feldbuch_core::vocab::Role::Lead;
    let (store, _) = DataDir::new(tmp.join(name))
        .init(&p, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    // The devices are enrolled (enrolment itself is tested in tests/exchange.rs).
    for (i, k) in keys.iter().enumerate() {
        store
            .conn()
            .execute(
                "INSERT INTO devices (id, device_id, created_at, updated_at, label, worker_id,
                    signing_public_key, enrolled_at)
                 VALUES (?1, ?1, 'x', 'x', 'd', ?1, ?2, 'x')",
                rusqlite::params![DEVICES[i], k.verifying_key().to_bytes().to_vec()],
            )
            .unwrap();
    }
    store
}

/// Everything the merge decides, as text.
fn snapshot(s: &Store) -> Vec<String> {
    let q = |sql: &str| -> Vec<String> {
        let mut stmt = s.conn().prepare(sql).unwrap();
        let n = stmt.column_count();
        stmt.query_map([], |r| {
            Ok((0..n)
                .map(|i| match r.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    other => format!("{other:?}"),
                })
                .collect::<Vec<_>>()
                .join("|"))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    };
    let mut out = vec![];
    out.extend(q(
        "SELECT id, revision, device_id, name, kind, archived, updated_at FROM sites
                  WHERE id LIKE '0192f000-%' ORDER BY id",
    ));
    out.push("--".into());
    out.extend(q(
        "SELECT entity, id, device_id, revision FROM tombstones ORDER BY entity, id",
    ));
    out.push("--".into());
    out.extend(q(
        "SELECT entity, id, device_id, revision, body_hash FROM merge_versions
                  ORDER BY entity, id, device_id",
    ));
    out.push("--".into());
    out.extend(q(
        "SELECT entity, id FROM merge_conflicts ORDER BY entity, id",
    ));
    out
}

#[test]
fn merging_is_order_independent_and_idempotent() {
    keyring();
    let office = age::x25519::Identity::generate();
    let keys: Vec<SigningKey> = (0..DEVICES.len())
        .map(|_| SigningKey::generate(&mut rand::rngs::OsRng))
        .collect();
    // Per device: its changes, cut into two bundles; and a shuffle of all bundles.
    let devices = proptest::collection::vec(
        (proptest::collection::vec(change(), 0..6), 0usize..6),
        DEVICES.len(),
    );
    let mut runner = TestRunner::new(Config {
        cases: 40,
        ..Config::default()
    });
    let erasures_seen = std::cell::Cell::new(0);
    runner
        .run(&(devices, any::<u64>()), |(devices, shuffle_seed)| {
            // Per device its records: each record id at most once per revision, one content.
            let sent: Vec<Vec<Record>> = devices
                .iter()
                .enumerate()
                .map(|(d, (changes, _))| {
                    let mut seen = std::collections::BTreeSet::new();
                    changes
                        .iter()
                        .map(|c| record(d, c))
                        .filter(|r| seen.insert((r.t.clone(), r.id.clone(), r.rev)))
                        .collect()
                })
                .collect();
            // Bundles: (device, seq, records).
            let mut bundles: Vec<(usize, u64, Vec<Record>)> = vec![];
            for (d, ((_, cut), records)) in devices.iter().zip(&sent).enumerate() {
                let cut = (*cut).min(records.len());
                bundles.push((d, 1, records[..cut].to_vec()));
                bundles.push((d, 2, records[cut..].to_vec()));
            }
            let sealed: Vec<(usize, u64, Vec<u8>)> = bundles
                .iter()
                .map(|(d, s, r)| (*d, *s, seal(*d, *s, r, &keys[*d], &office)))
                .collect();

            let tmp = tempfile::tempdir().unwrap();
            // Order A: device by device, in sequence.
            let mut a = lead(tmp.path(), "a", &keys);
            for (_, _, c) in &sealed {
                a.import_bundle(c, &office, false).unwrap();
            }
            // Order B: a shuffle (gaps accepted: a device's second bundle may come first).
            let mut order: Vec<usize> = (0..sealed.len()).collect();
            let mut x = shuffle_seed | 1;
            for i in (1..order.len()).rev() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                order.swap(i, (x % (i as u64 + 1)) as usize);
            }
            let mut b = lead(tmp.path(), "b", &keys);
            for &i in &order {
                b.import_bundle(&sealed[i].2, &office, true).unwrap();
            }
            let snap_a = snapshot(&a);
            prop_assert_eq!(
                &snap_a,
                &snapshot(&b),
                "order {:?}, bundles {:?}",
                order,
                bundles
                    .iter()
                    .map(|(d, s, r)| (
                        d,
                        s,
                        r.iter()
                            .map(|r| (&r.t, &r.id[34..], r.rev, r.d.get("name")))
                            .collect::<Vec<_>>()
                    ))
                    .collect::<Vec<_>>()
            );
            // Each device writes only its own records: nothing to conflict with.
            prop_assert!(a.merge_conflicts().unwrap().is_empty());
            let erased: i64 = a
                .conn()
                .query_row("SELECT count(*) FROM tombstones", [], |r| r.get(0))
                .unwrap();
            if erased > 0 {
                erasures_seen.set(erasures_seen.get() + 1);
            }

            // Idempotence: every device sends all its records again (sequence 3).
            for (d, records) in sent.iter().enumerate() {
                a.import_bundle(&seal(d, 3, records, &keys[d], &office), &office, false)
                    .unwrap();
            }
            prop_assert_eq!(&snap_a, &snapshot(&a));
            prop_assert!(a.verify().unwrap().ok());
            Ok(())
        })
        .unwrap();
    assert!(
        erasures_seen.get() > 0,
        "no case erased a record: the generator is off"
    );
}
