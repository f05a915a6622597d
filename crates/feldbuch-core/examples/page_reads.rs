//! Probe behind docs/BENCHMARKS.md "Session 8": logs contacts on a seeded SQLCipher store while
//! `.ci/probe-page-reads` counts, with perf uprobes, the pages SQLite reads from disk
//! (`readDbPage`) and the pages SQLCipher encrypts or decrypts (`sqlite3Codec`).
//!
//!     bash .ci/probe-page-reads [alone|together] [CONTACTS]
//!
//! `together` also seeds a plain store in the same process (as the store bench did before
//! session 8), so both share SQLite's process-wide page cache; only the SQLCipher store logs.
//! `plain` seeds and logs on a plain store alone (no key, no codec): the same workload to set
//! beside `alone` in a profile (`PROFILE=1`).
//! Prints `ready PID` on stderr when seeding is done, waits 3 s for the probes, then logs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::seed::{fill, SeedSpec};
use feldbuch_core::store::bench_plain::{self, contact, profile};
use feldbuch_core::{DataDir, Passphrase, SharedClock, SystemClock};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Logged contacts per run (the probe divides its counts by this).
const LOGGED: u64 = 2000;

/// User + system CPU time of this process, in milliseconds (from /proc/self/stat, in ticks).
fn cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    ticks * 10.0
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("a directory"));
    let mode = args.next().unwrap_or_else(|| "alone".into());
    assert!(
        ["alone", "together", "plain"].contains(&mode.as_str()),
        "mode is alone, together or plain, not {mode}"
    );
    let together = mode == "together";
    let plain_only = mode == "plain";
    let contacts: u64 = args.next().map(|n| n.parse().unwrap()).unwrap_or(20_000);
    std::fs::create_dir_all(&dir).unwrap();
    let clock: SharedClock = Arc::new(SystemClock);
    install_platform_keyring().expect("run under .ci/with-keyring");
    let spec = SeedSpec {
        contacts,
        sites: 60,
        persons: 20_000,
        years: 5,
        seed: 7,
    };
    let mut store = if plain_only {
        bench_plain::create(&dir.join("plain.db"), &profile(), clock.clone()).unwrap()
    } else {
        DataDir::new(dir.join("cipher"))
            .init(
                &profile(),
                &Passphrase::new("probe passphrase"),
                &OsKeyring,
                clock.clone(),
            )
            .unwrap()
            .0
    };
    fill(&mut store, &spec).unwrap();
    let _plain = together.then(|| {
        let mut plain = bench_plain::create(&dir.join("plain.db"), &profile(), clock).unwrap();
        fill(&mut plain, &spec).unwrap();
        plain
    });
    let site = store.list_sites().unwrap()[0].id;
    eprintln!("ready {}", std::process::id());
    std::thread::sleep(Duration::from_secs(3));
    let (t, c0) = (Instant::now(), cpu_ms());
    for i in 0..LOGGED {
        store.add_contact(&contact(site, i)).unwrap();
    }
    println!(
        "{mode}: {} store(s) in the process, {contacts} contacts: logged {LOGGED}; per contact wall {:.0} µs, CPU {:.0} µs",
        if together { 2 } else { 1 },
        t.elapsed().as_secs_f64() * 1e6 / LOGGED as f64,
        (cpu_ms() - c0) * 1000.0 / LOGGED as f64
    );
}
