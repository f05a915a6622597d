//! The importer past the signature: arbitrary record lines, signed by an enrolled device and
//! sealed to the office, go through `Store::import_bundle` (every check, then the merge into a
//! real schema). Nothing may panic; a refused bundle must leave the store exactly as it was; an
//! imported one adds one import and one audit entry; the store stays consistent. The checks are
//! `feldbuch_core::exchange::fuzz::ImportHarness`, which the regression test replays too.
//!
//! The stores are plain SQLite files with the product's schema (the `bench-plain` feature): the
//! merge does not depend on the encryption, and the fuzzer needs no keyring. They live in
//! `FELDBUCH_FUZZ_DIR` (default: a fresh folder under /dev/shm). With
//! `FELDBUCH_FUZZ_WRITE_SEEDS=DIR` the first bundle's records are written there as seed inputs.
#![no_main]

use feldbuch_core::exchange::bundle;
use feldbuch_core::exchange::fuzz::{fill_worker, identity, ImportHarness};
use feldbuch_core::store::bench_plain;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{Locale, Role};
use feldbuch_core::{SharedClock, SystemClock};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

fn profile(initials: &str, role: Role) -> NewProfile {
    NewProfile {
        display_name: format!("Fuzz {initials}"),
        initials: initials.into(),
        team: Some("Fuzz".into()),
        role,
        locale: Locale::De,
    }
}

fn setup() -> ImportHarness {
    let dir = std::env::var_os("FELDBUCH_FUZZ_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("/dev/shm/feldbuch-fuzz-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&dir);
    let exports = dir.join("out");
    std::fs::create_dir_all(&exports).expect("fuzz folder");
    let clock: SharedClock = Arc::new(SystemClock);
    let mut worker = bench_plain::create(
        &dir.join("worker.db"),
        &profile("FZ", Role::Worker),
        clock.clone(),
    )
    .expect("worker store");
    fill_worker(&mut worker).expect("seed");
    let lead = bench_plain::create(&dir.join("lead.db"), &profile("LD", Role::Lead), clock)
        .expect("lead store");
    let (harness, records) =
        ImportHarness::new(lead, worker, identity(), &exports).expect("set-up");
    if let Some(seeds) = std::env::var_os("FELDBUCH_FUZZ_WRITE_SEEDS") {
        let seeds = PathBuf::from(seeds);
        std::fs::create_dir_all(&seeds).expect("seeds");
        let (body, _) = bundle::record_lines(&records).expect("lines");
        let lines: Vec<&[u8]> = body
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        for (i, chunk) in lines.chunks(4).enumerate() {
            std::fs::write(seeds.join(format!("records-{i:03}")), chunk.join(&b'\n'))
                .expect("seed");
        }
    }
    harness
}

fuzz_target!(|data: &[u8]| {
    static WORLD: OnceLock<Mutex<ImportHarness>> = OnceLock::new();
    let mut h = WORLD
        .get_or_init(|| Mutex::new(setup()))
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    h.run(data, 2000);
});
