//! Long work beside the session, at a million contacts: the day's first unlock (key, open, Heute:
//! no backup made there any more) and a whole backup on a connection of its own while the worker
//! logs contacts, looks at Heute and searches on the session's connection.
//!
//!     .ci/with-keyring cargo bench -p feldbuch-core --bench beside
//!
//! FELDBUCH_BENCH_CONTACTS (default 1,000,000) contacts are seeded into a real store (keyring,
//! Argon2id, SQLCipher). Goals (issue "Trust", section 5): unlock to Heute < 300 ms on the day's
//! first unlock; a contact logged meanwhile durable within 1 s; Heute and search answer.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/beside.rs"]
mod beside;

use beside::{print_rows, sample};
use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::seed::{fill, SeedSpec};
use feldbuch_core::store::backup::BackupKind;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{Locale, Role};
use feldbuch_core::{Cancel, DataDir, Meter, Passphrase, SharedClock, SystemClock};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const PASS: &str = "bench passphrase beside";

fn main() {
    install_platform_keyring().unwrap();
    let contacts: u64 = std::env::var("FELDBUCH_BENCH_CONTACTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let tmp = tempfile::tempdir_in(std::env::temp_dir()).unwrap();
    let dir = DataDir::new(tmp.path().join("data"));
    let clock: SharedClock = Arc::new(SystemClock);
    let profile = NewProfile {
        display_name: "Bench Beside".into(),
        initials: "BB".into(),
        team: None,
        role: Role::Worker,
        locale: Locale::De,
    };
    let t = Instant::now();
    let (mut store, _) = dir
        .init(&profile, &Passphrase::new(PASS), &OsKeyring, clock.clone())
        .unwrap();
    fill(
        &mut store,
        &SeedSpec {
            contacts,
            sites: 40,
            persons: 5_000,
            years: 3,
            seed: 7,
        },
    )
    .unwrap();
    store.checkpoint().unwrap();
    drop(store);
    let db = std::fs::metadata(dir.path().join("feldbuch.db"))
        .unwrap()
        .len();
    eprintln!(
        "seeded {contacts} contacts in {:.0} s, store {:.0} MiB",
        t.elapsed().as_secs_f64(),
        db as f64 / 1048576.0
    );

    // The day's first unlock: no backup yet, so one is due; the unlock does not make it.
    let t = Instant::now();
    let mut store = dir
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock.clone())
        .unwrap();
    let unlocked = t.elapsed().as_secs_f64() * 1000.0;
    let (_, today) = store.today_contacts_latest(50).unwrap();
    let to_heute = t.elapsed().as_secs_f64() * 1000.0;
    assert!(store.backup_due().unwrap(), "the day's backup is due");
    println!(
        "## The day's first unlock, {contacts} contacts ({:.0} MiB)\n",
        db as f64 / 1048576.0
    );
    println!("| step | ms |\n|---|---:|");
    println!("| unlock (keyring, Argon2id, key, schema check, log) | {unlocked:.1} |");
    println!("| and Heute's query ({today} contacts today) | **{to_heute:.1}** |");

    let site = store.list_sites().unwrap()[0].id;
    // Without long work beside: the reference.
    let alone = sample(&mut store, site, Duration::from_millis(50), 100, &|| false);

    // The backup on its own connection, the session's connection used meanwhile.
    let mut second = store.open_again().unwrap();
    let running = Arc::new(AtomicBool::new(true));
    let flag = running.clone();
    let meter = Meter::new();
    let watching = meter.clone();
    let t = Instant::now();
    let worker = std::thread::spawn(move || {
        let made = second
            .make_backup(BackupKind::Scheduled, &Cancel::new(), &watching)
            .unwrap();
        flag.store(false, Ordering::SeqCst);
        made
    });
    let beside = sample(&mut store, site, Duration::from_millis(50), 1, &|| {
        running.load(Ordering::SeqCst)
    });
    let made = worker.join().unwrap();
    let backup_s = t.elapsed().as_secs_f64();
    println!(
        "\n## A whole backup in the background ({:.0} MiB in {backup_s:.1} s) and the session beside it\n",
        made.bytes as f64 / 1048576.0
    );
    println!("| while | operation | n | p50 ms | p99 ms | max ms |\n|---|---|---:|---:|---:|---:|");
    print_rows("nothing else runs", &alone);
    print_rows("the backup runs", &beside);
    assert!(store.verify().unwrap().ok());
}
