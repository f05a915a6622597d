//! Every released schema upgrades to the current one. `tests/fixtures/schema-vN/` holds a store
//! written by the release that introduced schema N (synthetic data), its key file, and the
//! recovery key that opens it (`recovery-key.txt`; the keyring entry of that machine is gone, as
//! on a new laptop). `expected.json` says what must be found after the upgrade.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::store::migrations::latest_version;
use feldbuch_core::Passphrase;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn every_released_schema_upgrades_to_the_current_one() {
    keyring();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut versions = 0;
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let src = entry.unwrap().path();
        let name = src.file_name().unwrap().to_string_lossy().to_string();
        let Some(v) = name
            .strip_prefix("schema-v")
            .and_then(|v| v.parse::<i64>().ok())
        else {
            continue;
        };
        versions += 1;
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        copy_dir(&src, &data);
        let recovery = std::fs::read_to_string(src.join("recovery-key.txt")).unwrap();
        let expected: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(src.join("expected.json")).unwrap())
                .unwrap();

        let dir = feldbuch_core::DataDir::new(&data);
        let (store, _) = dir
            .recover(
                recovery.trim(),
                &Passphrase::new("nach dem upgrade"),
                &OsKeyring,
                clock(),
            )
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let version: i64 = store
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, latest_version(), "{name} not migrated");
        assert!(
            store.verify().unwrap().ok(),
            "{name}: verify failed after upgrade"
        );
        assert_eq!(
            store.list_sites().unwrap().len() as u64,
            expected["sites"].as_u64().unwrap(),
            "{name}"
        );
        let contacts = store.list_contacts(None, None).unwrap();
        assert_eq!(
            contacts.len() as u64,
            expected["contacts"].as_u64().unwrap(),
            "{name}"
        );
        let note = expected["note"].as_str().unwrap();
        assert!(
            contacts.iter().any(|c| c.note.as_deref() == Some(note)),
            "{name}: note lost"
        );
        // The note is in the full-text index, whether it was written before the index existed
        // (schema v1: indexed by migration 2) or after.
        let word = note.split_whitespace().next().unwrap();
        let mut store = store;
        assert_eq!(
            store.search_notes(word).unwrap().len(),
            1,
            "{name}: note not found by full-text search"
        );
        // The report's running counts (schema v4) hold every contact that was there before.
        let counted: i64 = store
            .conn()
            .query_row(
                "SELECT coalesce(sum(contacts), 0) FROM contact_counts",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            counted as u64,
            expected["contacts"].as_u64().unwrap(),
            "{name}"
        );
        // And the monthly roll-ups (schema v5) equal a recount of the daily ones.
        assert_rollups_are_a_recount(&store);
        let tombstones: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM tombstones", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            tombstones as u64,
            expected["tombstones"].as_u64().unwrap(),
            "{name}"
        );
        // Devices enrolled before revocation existed (schema v6) are enrolled and not revoked,
        // and can be revoked after the upgrade.
        if let Some(n) = expected["enrolled_devices"].as_u64() {
            let devices = store.enrolled_devices().unwrap();
            assert_eq!(devices.len() as u64, n, "{name}");
            assert!(devices.iter().all(|d| d.revoked_at.is_none()), "{name}");
            let revoked = store.revoke_device(&devices[0].device_id).unwrap();
            assert!(revoked.revoked_at.is_some(), "{name}");
            assert!(
                store.verify().unwrap().ok(),
                "{name}: verify after revoking"
            );
        }
        if v < latest_version() {
            let backups = std::fs::read_dir(data.join("backups"))
                .map(|d| d.count())
                .unwrap_or(0);
            assert!(backups > 0, "{name}: no encrypted backup before migrating");
        }
    }
    assert!(versions >= 1, "no schema fixtures found");
}
