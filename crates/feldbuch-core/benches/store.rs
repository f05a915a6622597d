//! Store benchmark on a seeded store (default 1,000,000 contacts), SQLCipher beside plain SQLite.
//!
//!     .ci/with-keyring cargo bench -p feldbuch-core --features bench-plain --bench store
//!
//! Environment: FELDBUCH_BENCH_CONTACTS (default 1000000), FELDBUCH_BENCH_SAMPLES (default 2000),
//! FELDBUCH_BENCH_DIR (where the stores go; default a temp dir on the same disk as target/).
//! Reports p50/p99 of: logging one contact durably (contact + topics + audit entry, WAL +
//! synchronous=FULL), the Heute query, unlocking/opening the store, and – as the floor – a bare
//! one-row durable commit on plain SQLite.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::seed::{fill, SeedSpec};
use feldbuch_core::store::bench_plain;
use feldbuch_core::store::contacts::ContactInput;
use feldbuch_core::store::persons::PersonQuery;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{Locale, Role};
use feldbuch_core::{DataDir, Passphrase, SharedClock, SystemClock};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Stats(Vec<Duration>);

impl Stats {
    fn pct(&self, p: f64) -> f64 {
        let mut v = self.0.clone();
        v.sort();
        let i = ((v.len() as f64 - 1.0) * p).round() as usize;
        v[i].as_secs_f64() * 1000.0
    }
    fn line(&self, name: &str) -> String {
        format!(
            "| {name} | {:.3} | {:.3} | {:.3} | {} |",
            self.pct(0.5),
            self.pct(0.99),
            self.pct(1.0),
            self.0.len()
        )
    }
}

fn time<T>(n: u64, mut f: impl FnMut(u64) -> T) -> Stats {
    let mut v = Vec::with_capacity(n as usize);
    for i in 0..n {
        let t = Instant::now();
        std::hint::black_box(f(i));
        v.push(t.elapsed());
    }
    Stats(v)
}

fn profile() -> NewProfile {
    NewProfile {
        display_name: "Bench Worker".into(),
        initials: "BW".into(),
        team: None,
        role: Role::Worker,
        locale: Locale::De,
    }
}

fn contact(site: &str, i: u64) -> ContactInput {
    ContactInput {
        site: site.into(),
        kind: "kurzkontakt".into(),
        date: None,
        start: Some("10:15".into()),
        duration_min: 10,
        anonymous_count: 2,
        anonymous_age_band: Some("30-54".into()),
        anonymous_gender: Some("weiblich".into()),
        topics: vec!["einsamkeit".into(), "wohnen".into()],
        note: Some(format!(
            "Bench-Notiz {i}: Gespräch über Nachbarschaftshilfe"
        )),
        follow_up: None,
        persons: vec![],
        language: Some("de".into()),
        interpreter: false,
        outcome: Some("beraten".into()),
    }
}

fn main() {
    let n = env_u64("FELDBUCH_BENCH_CONTACTS", 1_000_000);
    let samples = env_u64("FELDBUCH_BENCH_SAMPLES", 2_000);
    let base = std::env::var_os("FELDBUCH_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-stores")
        });
    std::fs::create_dir_all(&base).unwrap();
    let tmp = tempfile::tempdir_in(&base).unwrap();
    let clock: SharedClock = Arc::new(SystemClock);
    let spec = SeedSpec {
        contacts: n,
        sites: 60,
        persons: 20_000,
        years: 5,
        seed: 7,
    };
    let mut out = vec![
        format!("contacts seeded: {n}; samples per measure: {samples}"),
        "| measure | p50 ms | p99 ms | max ms | n |".into(),
        "|---|---|---|---|---|".into(),
    ];

    // Floor: one-row durable commit on plain SQLite (WAL + synchronous=FULL).
    let floor_db = tmp.path().join("floor.db");
    let conn = rusqlite::Connection::open(&floor_db).unwrap();
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .unwrap();
    conn.execute_batch(
        "PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);",
    )
    .unwrap();
    let floor = time(samples, |i| {
        conn.execute("INSERT INTO t (v) VALUES (?1)", [format!("row {i}")])
            .unwrap()
    });
    out.push(floor.line("floor: bare one-row durable commit, plain SQLite"));
    drop(conn);
    // The same commit on SQLCipher (raw random key): its fixed cost per durable commit.
    let cipher_floor_db = tmp.path().join("floor-cipher.db");
    let conn = rusqlite::Connection::open(&cipher_floor_db).unwrap();
    let key: [u8; 32] = rand::random();
    let mut hexkey = String::new();
    for b in key {
        hexkey.push_str(&format!("{b:02x}"));
    }
    conn.execute_batch(&format!("PRAGMA key = \"x'{hexkey}'\";"))
        .unwrap();
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .unwrap();
    conn.execute_batch(
        "PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);",
    )
    .unwrap();
    let cipher_floor = time(samples, |i| {
        conn.execute("INSERT INTO t (v) VALUES (?1)", [format!("row {i}")])
            .unwrap()
    });
    out.push(cipher_floor.line("floor on SQLCipher: the same one-row durable commit"));
    drop(conn);

    // Seed both stores first (SQLCipher through the real custody path), then measure them
    // alternately – one operation on each in turn – so disk and cache drift hit both equally.
    install_platform_keyring().expect("run under .ci/with-keyring");
    let dir = DataDir::new(tmp.path().join("cipher"));
    let pass = Passphrase::new("benchmark passphrase");
    let (mut store, _) = dir
        .init(&profile(), &pass, &OsKeyring, clock.clone())
        .unwrap();
    let t = Instant::now();
    fill(&mut store, &spec).unwrap();
    out.push(format!(
        "seeding SQLCipher store: {:.1} s",
        t.elapsed().as_secs_f64()
    ));
    store.checkpoint().unwrap();
    drop(store);
    let plain_path = tmp.path().join("plain.db");
    let mut plain = bench_plain::create(&plain_path, &profile(), clock.clone()).unwrap();
    let t = Instant::now();
    fill(&mut plain, &spec).unwrap();
    out.push(format!(
        "seeding plain store: {:.1} s",
        t.elapsed().as_secs_f64()
    ));
    plain.checkpoint().unwrap();
    drop(plain);
    // Let the kernel write back the seeded gigabyte before timing durable commits.
    let _ = std::process::Command::new("sync").status();
    std::thread::sleep(Duration::from_secs(2));

    let mut unlock = Vec::new();
    let mut open_plain = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        drop(dir.unlock(&pass, &OsKeyring, clock.clone()).unwrap());
        unlock.push(t.elapsed());
        let t = Instant::now();
        drop(bench_plain::open(&plain_path, clock.clone()).unwrap());
        open_plain.push(t.elapsed());
    }
    let (unlock, open_plain) = (Stats(unlock), Stats(open_plain));
    out.push(unlock.line("SQLCipher: unlock + open (Argon2id + keyring + key + schema check)"));
    out.push(open_plain.line("plain SQLite: open"));

    let mut store = dir.unlock(&pass, &OsKeyring, clock.clone()).unwrap();
    let mut plain = bench_plain::open(&plain_path, clock.clone()).unwrap();
    let heute_samples = env_u64("FELDBUCH_BENCH_HEUTE_SAMPLES", 500).max(1);
    let today = store.today_contacts().unwrap().len();
    let (mut ch, mut ph) = (Vec::new(), Vec::new());
    for _ in 0..heute_samples {
        for (s, v) in [(&store, &mut ch), (&plain, &mut ph)] {
            let t = Instant::now();
            std::hint::black_box((s.today_contacts().unwrap(), s.due_followups().unwrap()));
            v.push(t.elapsed());
        }
    }
    let (cipher_heute, plain_heute) = (Stats(ch), Stats(ph));
    out.push(cipher_heute.line(&format!("SQLCipher: Heute query ({today} contacts today)")));
    out.push(plain_heute.line(&format!(
        "plain SQLite: Heute query ({today} contacts today)"
    )));

    let site = store.list_sites().unwrap()[0].name.clone();
    let (mut cl, mut pl) = (Vec::new(), Vec::new());
    for i in 0..samples {
        for (s, v) in [(&mut store, &mut cl), (&mut plain, &mut pl)] {
            let input = contact(&site, i);
            let t = Instant::now();
            std::hint::black_box(s.add_contact(&input).unwrap());
            v.push(t.elapsed());
        }
    }
    let (cipher_log, plain_log) = (Stats(cl), Stats(pl));
    out.push(cipher_log.line("SQLCipher: log one contact (durable)"));
    out.push(plain_log.line("plain SQLite: log one contact (durable)"));

    // Search (schema v2): full-text over notes (FTS5 inside the store) and persons by
    // pseudonym, district and marker. Each search also writes its audit entry durably.
    let queries = [
        "Jobcenter",
        "termin jobcenter",
        "wohn",
        "Kita-Platz Schulden",
        "zzzqx",
    ];
    let search_samples = env_u64("FELDBUCH_BENCH_SEARCH_SAMPLES", 1000).max(1);
    let (mut cs, mut ps) = (Vec::new(), Vec::new());
    let mut hits = [0usize; 5];
    for i in 0..search_samples {
        let q = queries[(i % queries.len() as u64) as usize];
        for (s, v) in [(&mut store, &mut cs), (&mut plain, &mut ps)] {
            let t = Instant::now();
            let h = std::hint::black_box(s.search_notes(q).unwrap());
            v.push(t.elapsed());
            hits[(i % queries.len() as u64) as usize] = h.len();
        }
    }
    let (cipher_search, plain_search) = (Stats(cs), Stats(ps));
    out.push(cipher_search.line(&format!(
        "SQLCipher: note search, 5 queries in turn (hits: {hits:?})"
    )));
    out.push(plain_search.line("plain SQLite: note search, the same queries"));
    let person_queries = [
        PersonQuery {
            text: Some("ab".into()),
            ..Default::default()
        },
        PersonQuery {
            district: Some("nord".into()),
            ..Default::default()
        },
        PersonQuery {
            marker: Some("einsam".into()),
            ..Default::default()
        },
    ];
    let mut psv = Vec::new();
    for i in 0..search_samples {
        let q = &person_queries[(i % person_queries.len() as u64) as usize];
        let t = Instant::now();
        std::hint::black_box(store.search_persons(q).unwrap());
        psv.push(t.elapsed());
    }
    out.push(Stats(psv).line("SQLCipher: person search (pseudonym / district / marker in turn)"));

    out.push(format!(
        "ratio SQLCipher/plain: log p50 {:.2}×, p99 {:.2}×; Heute p50 {:.2}×",
        cipher_log.pct(0.5) / plain_log.pct(0.5),
        cipher_log.pct(0.99) / plain_log.pct(0.99),
        cipher_heute.pct(0.5) / plain_heute.pct(0.5)
    ));
    out.push(format!(
        "log contact vs floor: p50 {:.2}×, p99 {:.2}×",
        cipher_log.pct(0.5) / floor.pct(0.5),
        cipher_log.pct(0.99) / floor.pct(0.99)
    ));
    let size =
        |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) / (1024 * 1024);
    out.push(format!(
        "store size: SQLCipher {} MiB, plain {} MiB",
        size(&dir.path().join("feldbuch.db")),
        size(&plain_path)
    ));
    for l in out {
        println!("{l}");
    }
}
