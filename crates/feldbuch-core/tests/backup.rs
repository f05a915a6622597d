//! Backups: made once a day at unlock and on request, encrypted under the store's key, rotated;
//! restored whole or not at all.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use chrono::{Duration, TimeZone, Utc};
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::store::backup::{BackupKind, BACKUP_DIR, KEEP_REGULAR};
use feldbuch_core::{DataDir, FixedClock, Passphrase, SharedClock, Store};
use std::path::Path;
use std::sync::Arc;

/// Unlock and make the day's backup if it is due, as the CLI does (the app makes it on a
/// connection of its own: `src-tauri/src/state.rs`).
fn unlock(dir: &DataDir, clock: &FixedClock) -> Store {
    let shared: SharedClock = Arc::new(clock.clone());
    let mut store = dir
        .unlock(&Passphrase::new(PASS), &OsKeyring, shared)
        .unwrap();
    store.backup_if_due().unwrap();
    store
}

fn restore(dir: &DataDir, file: &str, clock: &FixedClock) -> feldbuch_core::Result<Store> {
    let shared: SharedClock = Arc::new(clock.clone());
    dir.restore(file, &Passphrase::new(PASS), &OsKeyring, shared)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn notes(store: &Store) -> Vec<String> {
    let mut stmt = store
        .conn()
        .prepare("SELECT coalesce(note, '') FROM contacts ORDER BY note")
        .unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.map(|r| r.unwrap()).collect()
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(folder)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn a_backup_is_made_once_a_day_at_unlock_encrypted_and_rotated() {
    let (_tmp, dir, mut store, _) = fresh();
    store
        .add_contact(&contact(&store, "Sicherungsnotiz Ahorn"))
        .unwrap();
    drop(store);
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap());

    let store = unlock(&dir, &clock);
    let first = store.backups().unwrap();
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0].kind, BackupKind::Scheduled);
    drop(store);
    // The same day: none more.
    clock.set(Utc.with_ymd_and_hms(2026, 3, 2, 13, 0, 0).unwrap());
    assert_eq!(unlock(&dir, &clock).backups().unwrap().len(), 1);

    // Ten days, one unlock each: the newest KEEP_REGULAR are kept.
    for day in 1..=10 {
        clock.set(Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap() + Duration::days(day));
        let store = unlock(&dir, &clock);
        let list = store.backups().unwrap();
        assert_eq!(list.len(), (day as usize + 1).min(KEEP_REGULAR));
        assert!(list[0]
            .created_at
            .starts_with(&format!("2026-03-{:02}T08:00:00", 2 + day)));
    }
    let store = unlock(&dir, &clock);
    let list = store.backups().unwrap();
    assert!(list.iter().all(|b| b.created_at.as_str() >= "2026-03-06"));
    // Each is audited, encrypted and holds no plaintext.
    let audited: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'backup'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 11);
    for b in &list {
        let bytes = std::fs::read(dir.path().join(BACKUP_DIR).join(&b.file_name)).unwrap();
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{} is not encrypted",
            b.file_name
        );
        assert!(!contains(&bytes, "Sicherungsnotiz Ahorn"));
        assert!(!contains(&bytes, "KiTa Sonnenblume"));
    }
}

#[test]
fn a_restore_brings_back_the_backup_and_keeps_what_it_replaced() {
    let (_tmp, dir, mut store, _) = fresh();
    let clock = FixedClock::new(Utc::now());
    store
        .add_contact(&contact(&store, "vor der Sicherung"))
        .unwrap();
    let backup = store.backup_now().unwrap();
    assert_eq!(backup.kind, BackupKind::Manual);
    store
        .add_contact(&contact(&store, "nach der Sicherung"))
        .unwrap();
    drop(store);

    let restored = restore(&dir, &backup.file_name, &clock).unwrap();
    assert_eq!(notes(&restored), vec!["vor der Sicherung"]);
    assert!(restored.verify().unwrap().ok());
    let restores: String = restored
        .conn()
        .query_row(
            "SELECT group_concat(entity_id) FROM audit_log WHERE action = 'restore'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(restores, backup.file_name);
    let kept = restored
        .backups()
        .unwrap()
        .into_iter()
        .find(|b| b.kind == BackupKind::PreRestore)
        .expect("the replaced store is kept");
    drop(restored);
    // No temp file or stale WAL is left beside the store.
    assert!(files_in(dir.path()).iter().all(|f| !f.starts_with('.')));

    // Undo: restoring the kept one brings the later contact back.
    let undone = restore(&dir, &kept.file_name, &clock).unwrap();
    assert_eq!(
        notes(&undone),
        vec!["nach der Sicherung", "vor der Sicherung"]
    );
    assert!(undone.verify().unwrap().ok());
}

#[test]
fn a_foreign_damaged_or_unknown_backup_is_refused_and_changes_nothing() {
    let (_tmp, dir, mut store, _) = fresh();
    let clock = FixedClock::new(Utc::now());
    store.add_contact(&contact(&store, "bleibt")).unwrap();
    let good = store.backup_now().unwrap();
    drop(store);
    // Another store's backup under a valid name: its key is not ours.
    let (_tmp2, other, mut other_store, _) = fresh();
    let foreign = other_store.backup_now().unwrap();
    drop(other_store);
    let backups = dir.path().join(BACKUP_DIR);
    std::fs::copy(
        other.path().join(BACKUP_DIR).join(&foreign.file_name),
        backups.join("manual-20260101T000000Z.db"),
    )
    .unwrap();
    // A truncated copy of our own.
    let bytes = std::fs::read(backups.join(&good.file_name)).unwrap();
    std::fs::write(
        backups.join("manual-20260102T000000Z.db"),
        &bytes[..bytes.len() / 2],
    )
    .unwrap();
    let before = std::fs::read(dir.path().join("feldbuch.db")).unwrap();

    for name in ["manual-20260101T000000Z.db", "manual-20260102T000000Z.db"] {
        let e = restore(&dir, name, &clock).unwrap_err();
        assert_eq!(e.code(), "error-backup-damaged", "{name}: {e:?}");
    }
    for name in ["nichts.db", "../feldbuch.db", "manual-20991231T000000Z.db"] {
        let e = restore(&dir, name, &clock).unwrap_err();
        assert_eq!(e.code(), "error-backup-unknown", "{name}: {e:?}");
    }
    assert_eq!(
        std::fs::read(dir.path().join("feldbuch.db")).unwrap(),
        before
    );
    assert!(files_in(dir.path()).iter().all(|f| !f.starts_with('.')));
    let store = unlock(&dir, &clock);
    assert_eq!(notes(&store), vec!["bleibt"]);
    assert!(store.verify().unwrap().ok());
}

#[test]
fn a_store_that_no_longer_opens_is_restored_and_its_files_are_kept() {
    let (_tmp, dir, mut store, _) = fresh();
    let clock = FixedClock::new(Utc::now());
    store.add_contact(&contact(&store, "gerettet")).unwrap();
    let good = store.backup_now().unwrap();
    drop(store);
    // Damage the store beyond opening.
    std::fs::write(dir.path().join("feldbuch.db"), vec![0x5a; 64 * 1024]).unwrap();
    assert!(DataDir::new(dir.path())
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock_shared(&clock))
        .is_err());

    let store = restore(&dir, &good.file_name, &clock).unwrap();
    assert_eq!(notes(&store), vec!["gerettet"]);
    assert!(store.verify().unwrap().ok());
    let kept = files_in(&dir.path().join(BACKUP_DIR));
    assert!(
        kept.iter().any(|f| f.starts_with("damaged-")),
        "the damaged store is kept: {kept:?}"
    );
}

#[test]
fn an_interrupted_backup_leaves_no_file_under_a_backup_name() {
    let (_tmp, dir, mut store, _) = fresh();
    // What a crash in the middle of a backup leaves: a hidden temp file.
    let backups = dir.path().join(BACKUP_DIR);
    std::fs::create_dir_all(&backups).unwrap();
    std::fs::write(backups.join(".tmp-manual-20260101T000000Z.db"), b"half").unwrap();
    assert!(
        store.backups().unwrap().is_empty(),
        "a temp file is no backup"
    );
    store.backup_now().unwrap();
    let files = files_in(&backups);
    assert_eq!(files.len(), 1, "the leftover is removed: {files:?}");
    assert!(files[0].starts_with("manual-"));
}

fn clock_shared(clock: &FixedClock) -> SharedClock {
    Arc::new(clock.clone())
}

/// A store with enough in it that copying it takes many progress steps.
fn seeded() -> (tempfile::TempDir, DataDir, Store) {
    let (tmp, dir, mut store, _) = fresh();
    feldbuch_core::seed::fill(
        &mut store,
        &feldbuch_core::seed::SeedSpec {
            contacts: 5_000,
            sites: 8,
            persons: 200,
            years: 1,
            seed: 7,
        },
    )
    .unwrap();
    (tmp, dir, store)
}

fn backup_entries(store: &Store) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'backup'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// The app's way: the backup runs on a connection of its own on another thread. Held in the
/// middle of its copy, the session's connection still reads, and a contact logged meanwhile is
/// committed (a third connection sees it) before the backup ends.
#[test]
fn a_backup_on_its_own_connection_leaves_the_session_reading_and_writing() {
    use std::sync::mpsc::channel;
    use std::time::Duration as StdDuration;
    let (_tmp, _dir, mut store) = seeded();
    let mut second = store.open_again().unwrap();
    let (mid_tx, mid_rx) = channel::<(u64, u64)>();
    let (go_tx, go_rx) = channel::<()>();
    let go_rx = std::sync::Mutex::new(go_rx);
    let meter = feldbuch_core::Meter::with_listener(move |done, total| {
        // Only the first call waits: the copy is under way, its snapshot open.
        if mid_tx.send((done, total)).is_ok() {
            let _ = go_rx
                .lock()
                .unwrap()
                .recv_timeout(StdDuration::from_secs(30));
        }
    });
    let watching = meter.clone();
    let worker = std::thread::spawn(move || {
        let made = second.make_backup(BackupKind::Manual, &feldbuch_core::Cancel::new(), &watching);
        (made, second)
    });
    let (done, total) = mid_rx.recv_timeout(StdDuration::from_secs(30)).unwrap();
    assert!(total > 0 && done < total, "{done} of {total}");
    // Reads answer and a contact is logged while the copy is held.
    let before = store.today_contacts_latest(50).unwrap().1;
    let logged = store
        .add_contact(&contact(&store, "während der Sicherung"))
        .unwrap();
    let third = store.open_again().unwrap();
    let seen: i64 = third
        .conn()
        .query_row(
            "SELECT count(*) FROM contacts WHERE id = ?1",
            [logged.id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(seen, 1, "the contact is committed while the backup runs");
    assert_eq!(store.today_contacts_latest(50).unwrap().1, before + 1);
    assert!(
        meter.read().0 < meter.read().1,
        "the backup is still running"
    );
    drop(go_tx);
    let (made, second) = worker.join().unwrap();
    let made = made.unwrap();
    drop(second);
    let (done, total) = meter.read();
    assert_eq!(
        done,
        made.bytes.min(total),
        "the meter ends at the backup's size"
    );
    assert_eq!(store.backups().unwrap()[0].file_name, made.file_name);
    // Two connections wrote to the audit log; its chain holds.
    assert_eq!(backup_entries(&store), 1);
    assert!(store.verify().unwrap().ok());
}

#[test]
fn a_cancelled_backup_leaves_no_file_and_no_log_entry() {
    let (_tmp, dir, store) = seeded();
    let mut second = store.open_again().unwrap();
    let cancel = feldbuch_core::Cancel::new();
    let stop = cancel.clone();
    let steps = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counted = steps.clone();
    let meter = feldbuch_core::Meter::with_listener(move |_, _| {
        if counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 1 {
            stop.cancel();
        }
    });
    let err = second
        .make_backup(BackupKind::Manual, &cancel, &meter)
        .unwrap_err();
    assert_eq!(err.code(), "error-cancelled");
    assert!(steps.load(std::sync::atomic::Ordering::SeqCst) >= 2);
    assert!(store.backups().unwrap().is_empty());
    assert_eq!(files_in(&dir.path().join(BACKUP_DIR)), Vec::<String>::new());
    assert_eq!(backup_entries(&store), 0);
    // The connection is usable afterwards: the next backup is whole.
    let b = second
        .make_backup(
            BackupKind::Manual,
            &feldbuch_core::Cancel::new(),
            &feldbuch_core::Meter::new(),
        )
        .unwrap();
    assert_eq!(store.backups().unwrap()[0].file_name, b.file_name);
}
