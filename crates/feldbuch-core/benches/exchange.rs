//! Exchange benchmark: exporting a worker's quarter, the lead importing 100 bundles that hold
//! about 100,000 records (from a folder), and the same import on a connection of its own while
//! the lead logs contacts, looks at Heute and searches on the session's connection.
//!
//!     .ci/with-keyring cargo bench -p feldbuch-core --bench exchange
//!
//! Environment: FELDBUCH_BENCH_QUARTER_CONTACTS (default 25000: contacts of the quarter being
//! exported, on top of 75000 from the three quarters before), FELDBUCH_BENCH_DEVICES (default 20),
//! FELDBUCH_BENCH_BUNDLES_PER_DEVICE (default 5), FELDBUCH_BENCH_CONTACTS_PER_BUNDLE (default
//! 1000). Real stores (keyring + Argon2id), real age encryption and Ed25519 signatures.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/beside.rs"]
mod beside;

use chrono::{Duration, TimeZone, Utc};
use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::exchange;
use feldbuch_core::seed::{fill, SeedSpec};
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{Locale, Role};
use feldbuch_core::{DataDir, FixedClock, Passphrase, SharedClock, Store};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

const PASS: &str = "bench passphrase for the exchange";

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn store(dir: &Path, initials: &str, role: Role, clock: SharedClock) -> Store {
    let profile = NewProfile {
        display_name: format!("Bench {initials}"),
        initials: initials.into(),
        team: Some("Bench".into()),
        role,
        locale: Locale::De,
    };
    DataDir::new(dir.to_path_buf())
        .init(&profile, &Passphrase::new(PASS), &OsKeyring, clock)
        .unwrap()
        .0
}

/// The lead's store; with the `bench-plain` feature and FELDBUCH_BENCH_PLAIN_LEAD=1 a plain
/// SQLite file with the same schema and pragmas, to measure what SQLCipher costs the import.
fn lead_store(dir: &Path, clock: SharedClock) -> Store {
    #[cfg(feature = "bench-plain")]
    if std::env::var("FELDBUCH_BENCH_PLAIN_LEAD").as_deref() == Ok("1") {
        use feldbuch_core::store::bench_plain;
        std::fs::create_dir_all(dir).unwrap();
        let mut profile = bench_plain::profile();
        profile.role = Role::Lead;
        eprintln!("the lead's store is plain SQLite (no encryption)");
        return bench_plain::create(&dir.join("plain.db"), &profile, clock).unwrap();
    }
    store(dir, "LD", Role::Lead, clock)
}

fn seed(store: &mut Store, contacts: u64, sites: u32, persons: u32, seed: u64) {
    fill(
        store,
        &SeedSpec {
            contacts,
            sites,
            persons,
            years: 1,
            seed,
        },
    )
    .unwrap();
}

fn main() {
    install_platform_keyring().unwrap();
    let tmp = tempfile::tempdir_in(std::env::temp_dir()).unwrap();
    let office_key = tmp.path().join("office-key.txt");
    let start = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap();
    let recipient = exchange::office_init(&office_key, start).unwrap();
    let identity = exchange::load_office_identity(&office_key).unwrap();

    // 1. A worker's quarter: three quarters exported before, then one quarter of new work.
    let quarter = env_u64("FELDBUCH_BENCH_QUARTER_CONTACTS", 25_000);
    // The earlier work is dated a month before the first export (an export re-sends what changed
    // in the 24 hours before the last one, by design).
    let fc = FixedClock::new(start - Duration::days(30));
    let clock: SharedClock = Arc::new(fc.clone());
    let mut w = store(&tmp.path().join("worker"), "WQ", Role::Worker, clock);
    w.set_office_recipient(&recipient).unwrap();
    let out = tmp.path().join("out-worker");
    std::fs::create_dir_all(&out).unwrap();
    w.set_export_folder(&out).unwrap();
    seed(&mut w, quarter * 3, 30, 2_000, 21);
    fc.set(start);
    let t = Instant::now();
    let first = w.export(false).unwrap();
    let first_ms = t.elapsed().as_secs_f64() * 1000.0;
    fc.set(start + Duration::days(91));
    seed(&mut w, quarter, 5, 500, 22);
    let t = Instant::now();
    let q = w.export(false).unwrap();
    let quarter_ms = t.elapsed().as_secs_f64() * 1000.0;
    let size = std::fs::metadata(out.join(&q.file_name)).unwrap().len();
    println!("## Export: a worker's quarter\n");
    println!(
        "| export | records | ms | bundle size |\n|---|---:|---:|---:|\n| first export (three quarters, {} contacts) | {} | {first_ms:.0} | |\n| **the quarter after ({quarter} new contacts)** | **{}** | **{quarter_ms:.0}** | {:.1} MB |",
        quarter * 3,
        first.record_count,
        q.record_count,
        size as f64 / 1e6
    );
    drop(w);

    // 2. The lead imports 100 bundles from 20 devices.
    let devices = env_u64("FELDBUCH_BENCH_DEVICES", 20);
    let per_device = env_u64("FELDBUCH_BENCH_BUNDLES_PER_DEVICE", 5);
    let per_bundle = env_u64("FELDBUCH_BENCH_CONTACTS_PER_BUNDLE", 1_000);
    let fc = FixedClock::new(start);
    let clock: SharedClock = Arc::new(fc.clone());
    let mut lead = lead_store(&tmp.path().join("lead"), clock.clone());
    let mut bundles: Vec<PathBuf> = Vec::new();
    let t = Instant::now();
    for d in 0..devices {
        fc.set(start);
        let dir = tmp.path().join(format!("w{d}"));
        let initials: String = [b'A' + (d / 26 % 26) as u8, b'A' + (d % 26) as u8]
            .iter()
            .map(|&b| b as char)
            .collect();
        let mut s = store(&dir, &initials, Role::Worker, clock.clone());
        s.set_office_recipient(&recipient).unwrap();
        let out = tmp.path().join(format!("out{d}"));
        std::fs::create_dir_all(&out).unwrap();
        s.set_export_folder(&out).unwrap();
        let enrolment = tmp.path().join(format!("enrol{d}.json"));
        s.write_enrolment(&enrolment).unwrap();
        lead.enrol_device(&std::fs::read(&enrolment).unwrap())
            .unwrap();
        for b in 0..per_device {
            // Work, then its export two days later: an incremental export re-sends what changed
            // in the 24 hours before the previous one, so this keeps the bundles disjoint.
            fc.set(start + Duration::days(4 * b as i64));
            seed(&mut s, per_bundle, 1, 20, 100 * d + b);
            fc.set(start + Duration::days(4 * b as i64 + 2));
            let r = s.export(false).unwrap();
            bundles.push(out.join(r.file_name));
        }
    }
    eprintln!(
        "made {} bundles in {:.1} s",
        bundles.len(),
        t.elapsed().as_secs_f64()
    );
    let bytes: u64 = bundles
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    // As a lead finds them: all in one folder, in name order (not per device in sequence order).
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    for b in &bundles {
        std::fs::rename(b, inbox.join(b.file_name().unwrap())).unwrap();
    }
    let files = exchange::bundle_files(&inbox).unwrap();
    fc.set(start + Duration::days(60));
    let t = Instant::now();
    let mut updates = 0;
    let outcome = lead
        .import_files(&files, &identity, false, &mut |_| {
            updates += 1;
            true
        })
        .unwrap();
    let import_ms = t.elapsed().as_secs_f64() * 1000.0;
    let exchange::BatchOutcome::Done(items) = outcome else {
        panic!("not cancelled")
    };
    assert_eq!(updates, files.len());
    let (mut records, mut applied) = (0, 0);
    for i in &items {
        let r = i.result.as_ref().expect("every bundle imports");
        records += r.records;
        applied += r.applied;
    }
    let first = std::fs::read(&files[0]).unwrap();
    let t = Instant::now();
    let again = lead.import_bundle(&first, &identity, false);
    let replay_ms = t.elapsed().as_secs_f64() * 1000.0;
    assert!(again.is_err(), "a replay must be refused");
    println!(
        "\n## Import: {} bundles from {devices} devices\n",
        files.len()
    );
    println!(
        "| bundles | records | applied | ciphertext | import ms | per bundle ms |\n|---:|---:|---:|---:|---:|---:|\n| {} | {records} | {applied} | {:.1} MB | **{import_ms:.0}** | {:.1} |",
        files.len(),
        bytes as f64 / 1e6,
        import_ms / files.len() as f64
    );
    println!("\nrefusing a replayed bundle: {replay_ms:.1} ms");

    // 3. The same bundles into a second lead's store, as the app imports: on a connection of its
    // own, file by file, while the session's connection is used.
    let mut lead_b = store(&tmp.path().join("lead-b"), "LB", Role::Lead, clock.clone());
    for d in 0..devices {
        let enrolment = tmp.path().join(format!("enrol{d}.json"));
        lead_b
            .enrol_device(&std::fs::read(&enrolment).unwrap())
            .unwrap();
    }
    seed(&mut lead_b, 1_000, 3, 50, 9);
    let site = lead_b.list_sites().unwrap()[0].id;
    let alone = beside::sample(
        &mut lead_b,
        site,
        std::time::Duration::from_millis(50),
        100,
        &|| false,
    );
    let mut second = lead_b.open_again().unwrap();
    let running = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let flag = running.clone();
    let (files_b, identity_b) = (files.clone(), identity.clone());
    let t = Instant::now();
    let worker = std::thread::spawn(move || {
        let outcome = second
            .import_files(&files_b, &identity_b, false, &mut |_| true)
            .unwrap();
        flag.store(false, std::sync::atomic::Ordering::SeqCst);
        outcome
    });
    let during = beside::sample(
        &mut lead_b,
        site,
        std::time::Duration::from_millis(50),
        1,
        &|| running.load(std::sync::atomic::Ordering::SeqCst),
    );
    let exchange::BatchOutcome::Done(items) = worker.join().unwrap() else {
        panic!("not cancelled")
    };
    let beside_ms = t.elapsed().as_secs_f64() * 1000.0;
    assert!(items.iter().all(|i| i.result.is_ok()));
    println!(
        "\n## The import on its own connection ({} bundles in {beside_ms:.0} ms) and the session beside it\n",
        files.len()
    );
    println!("| while | operation | n | p50 ms | p99 ms | max ms |\n|---|---|---:|---:|---:|---:|");
    beside::print_rows("nothing else runs", &alone);
    beside::print_rows("the import runs", &during);
}
