//! Store benchmark on a seeded store (default 1,000,000 contacts), SQLCipher beside plain SQLite.
//!
//!     .ci/with-keyring cargo bench -p feldbuch-core --features bench-plain --bench store
//!
//! Environment: FELDBUCH_BENCH_CONTACTS (default 1000000), FELDBUCH_BENCH_SAMPLES (default 2000),
//! FELDBUCH_BENCH_DIR (where the stores go; default a temp dir on the same disk as target/),
//! FELDBUCH_BENCH_HMAC, FELDBUCH_BENCH_PAGE_SIZE, FELDBUCH_BENCH_NOTE and
//! FELDBUCH_BENCH_AUTOCHECKPOINT (the measured connections' `wal_autocheckpoint`, in pages, on
//! both stores; unset: the store's own) (see docs/BENCHMARKS.md).
//! Reports p50/p99 of: logging one contact durably (contact + topics + audit entry, WAL +
//! synchronous=FULL), the Heute query, unlocking/opening the store, note search, the pages a
//! logged contact writes, and – as the floors – bare durable commits of one row and of two rows in
//! two tables, on plain SQLite and on SQLCipher. The plain store runs in a child process (see
//! `PlainChild`), so each store has a page cache of its own, as in the app.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::ids::SiteId;
use feldbuch_core::seed::{fill, SeedSpec};
use feldbuch_core::store::bench_plain::{self, contact, profile};
use feldbuch_core::store::persons::PersonQuery;
use feldbuch_core::{DataDir, Passphrase, SharedClock, SystemClock};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// SQLCipher's page format for this run, from FELDBUCH_BENCH_HMAC (`HMAC_SHA512`, SQLCipher's
/// default and the store's, or `HMAC_SHA256`) and FELDBUCH_BENCH_PAGE_SIZE (default 4096; the
/// plain stores take the same page size): set as SQLCipher's defaults for every connection keyed
/// afterwards, so the store is created and reopened with them. Returns (hmac, page size).
fn page_format() -> (String, u64) {
    let hmac = std::env::var("FELDBUCH_BENCH_HMAC").unwrap_or_else(|_| "HMAC_SHA512".into());
    let page = env_u64("FELDBUCH_BENCH_PAGE_SIZE", 4096);
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch(&format!(
        "PRAGMA cipher_default_hmac_algorithm = {hmac}; PRAGMA cipher_default_page_size = {page};"
    ))
    .unwrap();
    (hmac, page)
}

/// Create an empty plain SQLite file at `path` with `page` bytes a page.
fn plain_file(path: &std::path::Path, page: u64) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA page_size = {page}; CREATE TABLE page_size_set (x); DROP TABLE page_size_set;"
    ))
    .unwrap();
    conn
}

/// Whether the logged contact carries its note (FELDBUCH_BENCH_NOTE=0: no).
fn with_note() -> bool {
    std::env::var("FELDBUCH_BENCH_NOTE").as_deref() != Ok("0")
}

/// The contact the bench logs. Without its note the note index is not written: what logging
/// would cost with the index kept out of the contact's transaction.
fn logged(site: SiteId, i: u64) -> feldbuch_core::store::contacts::ContactInput {
    let mut input = contact(site, i);
    if !with_note() {
        input.note = None;
    }
    input
}

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

/// WAL frames (pages written) per logged contact: with automatic checkpoints off, the WAL
/// holds one frame per page each commit wrote; the WAL is emptied before and after.
fn pages_per_contact(s: &mut feldbuch_core::Store, site: &str, n: u64) -> f64 {
    let site = s.resolve_site(site).unwrap().id;
    s.checkpoint().unwrap();
    s.conn()
        .execute_batch("PRAGMA wal_autocheckpoint = 0;")
        .unwrap();
    for i in 0..n {
        s.add_contact(&logged(site, 1_000_000 + i)).unwrap();
    }
    // SQLCipher answers `page_size` as text (`cipher_page_size`), SQLite as an integer.
    let page: rusqlite::types::Value = s
        .conn()
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    let page: u64 = match page {
        rusqlite::types::Value::Integer(i) => i as u64,
        rusqlite::types::Value::Text(t) => t.parse().unwrap(),
        other => panic!("page_size: {other:?}"),
    };
    let wal = s.conn().path().map(|p| format!("{p}-wal")).unwrap();
    let frames = (std::fs::metadata(wal).unwrap().len() - 32) / (page + 24);
    s.conn()
        .execute_batch("PRAGMA wal_autocheckpoint = 1000;")
        .unwrap();
    s.checkpoint().unwrap();
    frames as f64 / n as f64
}

const QUERIES: [&str; 5] = [
    "Jobcenter",
    "termin jobcenter",
    "wohn",
    "Kita-Platz Schulden",
    "zzzqx",
];

/// `FELDBUCH_BENCH_AUTOCHECKPOINT`, if set, on a measured connection.
fn set_autocheckpoint(conn: &rusqlite::Connection) {
    if let Ok(pages) = std::env::var("FELDBUCH_BENCH_AUTOCHECKPOINT") {
        let pages: u32 = pages.parse().expect("FELDBUCH_BENCH_AUTOCHECKPOINT: pages");
        conn.execute_batch(&format!("PRAGMA wal_autocheckpoint = {pages};"))
            .unwrap();
    }
}

/// The plain store, open in a child process (this bench binary again) that times each operation
/// it is asked for and answers `<nanoseconds> <count>`.
struct PlainChild {
    child: std::process::Child,
    to: Option<std::process::ChildStdin>,
    from: std::io::BufReader<std::process::ChildStdout>,
}

const CHILD_ENV: &str = "FELDBUCH_BENCH_PLAIN_CHILD";

impl PlainChild {
    fn spawn(path: &std::path::Path) -> Self {
        use std::process::{Command, Stdio};
        let mut child = Command::new(std::env::current_exe().unwrap())
            .env(CHILD_ENV, path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let to = child.stdin.take();
        let from = std::io::BufReader::new(child.stdout.take().unwrap());
        Self { child, to, from }
    }

    fn op(&mut self, cmd: &str) -> (Duration, usize) {
        use std::io::{BufRead, Write};
        let to = self.to.as_mut().unwrap();
        writeln!(to, "{cmd}").unwrap();
        to.flush().unwrap();
        let mut line = String::new();
        self.from.read_line(&mut line).unwrap();
        let mut parts = line.split_whitespace();
        let nanos: u64 = parts.next().unwrap().parse().unwrap();
        let count: usize = parts.next().unwrap().parse().unwrap();
        (Duration::from_nanos(nanos), count)
    }

    /// The child's side: serve `heute`, `log I SITE`, `search K` and `pages SITE` until stdin ends.
    fn serve(path: &std::path::Path) {
        use std::io::{BufRead, Write};
        let clock: SharedClock = Arc::new(SystemClock);
        let mut plain = bench_plain::open(path, clock).unwrap();
        set_autocheckpoint(plain.conn());
        let mut out = std::io::stdout().lock();
        for line in std::io::stdin().lock().lines() {
            let line = line.unwrap();
            let (cmd, arg) = line.split_once(' ').unwrap_or((line.as_str(), ""));
            let t = Instant::now();
            let count = match cmd {
                "heute" => {
                    let r = (
                        plain.today_contacts().unwrap(),
                        plain.due_followups().unwrap(),
                    );
                    std::hint::black_box(r).0.len()
                }
                "log" => {
                    let (i, site) = arg.split_once(' ').unwrap();
                    // The plain store was seeded alike but has ids of its own: found by name.
                    let site = plain.resolve_site(site).unwrap().id;
                    let input = logged(site, i.parse().unwrap());
                    std::hint::black_box(plain.add_contact(&input).unwrap());
                    1
                }
                "search" => {
                    let k: usize = arg.parse().unwrap();
                    std::hint::black_box(plain.search_notes(QUERIES[k]).unwrap()).len()
                }
                // Tenths of a page, to stay an integer.
                "pages" => (pages_per_contact(&mut plain, arg, 200) * 10.0).round() as usize,
                other => panic!("unknown command {other}"),
            };
            writeln!(out, "{} {count}", t.elapsed().as_nanos()).unwrap();
            out.flush().unwrap();
        }
    }
}

impl Drop for PlainChild {
    fn drop(&mut self) {
        // Closing stdin ends the child's loop.
        drop(self.to.take());
        let _ = self.child.wait();
    }
}

fn main() {
    if let Some(path) = std::env::var_os(CHILD_ENV) {
        return PlainChild::serve(std::path::Path::new(&path));
    }
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
    let (hmac, page) = page_format();
    let mut out = vec![
        format!(
            "contacts seeded: {n}; samples per measure: {samples}; \
             page size {page}, {hmac}; logged contacts {} their note",
            if with_note() { "with" } else { "without" }
        ),
        "| measure | p50 ms | p99 ms | max ms | n |".into(),
        "|---|---|---|---|---|".into(),
    ];

    // Floors: a bare durable commit (WAL + synchronous=FULL) on plain SQLite and on SQLCipher
    // (raw random key), measured alternately. "one row" writes one page; "two tables" writes a
    // row and a second row into another table in one transaction, as the least a logged contact
    // needs (the contact and its audit entry): two pages.
    let floor_conn = |name: &str, keyed: bool| {
        let path = tmp.path().join(name);
        let conn = if keyed {
            let conn = rusqlite::Connection::open(path).unwrap();
            let key: [u8; 32] = rand::random();
            let hexkey: String = key.iter().map(|b| format!("{b:02x}")).collect();
            conn.execute_batch(&format!("PRAGMA key = \"x'{hexkey}'\";"))
                .unwrap();
            conn
        } else {
            plain_file(&path, page)
        };
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .unwrap();
        conn.execute_batch(
            "PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
             CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);",
        )
        .unwrap();
        conn
    };
    let (plain_floor, cipher_floor) = (
        floor_conn("floor.db", false),
        floor_conn("floor-c.db", true),
    );
    let one_row = |c: &rusqlite::Connection, i: u64| {
        c.execute("INSERT INTO t (v) VALUES (?1)", [format!("row {i}")])
            .unwrap();
    };
    let two_tables = |c: &rusqlite::Connection, i: u64| {
        c.execute_batch(&format!(
            "BEGIN; INSERT INTO t (v) VALUES ('row {i}'); INSERT INTO a (v) VALUES ('entry {i}'); COMMIT;"
        ))
        .unwrap();
    };
    let (mut f1p, mut f1c, mut f2p, mut f2c) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..samples {
        for (c, v, f) in [
            (
                &plain_floor,
                &mut f1p,
                &one_row as &dyn Fn(&rusqlite::Connection, u64),
            ),
            (&cipher_floor, &mut f1c, &one_row),
            (&plain_floor, &mut f2p, &two_tables),
            (&cipher_floor, &mut f2c, &two_tables),
        ] {
            let t = Instant::now();
            f(c, i);
            v.push(t.elapsed());
        }
    }
    drop((plain_floor, cipher_floor));
    let floor = Stats(f1p);
    let (cipher_floor, plain_two, cipher_two) = (Stats(f1c), Stats(f2p), Stats(f2c));
    out.push(floor.line("floor: bare one-row durable commit, plain SQLite"));
    out.push(cipher_floor.line("floor on SQLCipher: the same one-row durable commit"));
    out.push(plain_two.line("floor, two tables: a row and an audit-like row, plain SQLite"));
    out.push(cipher_two.line("floor, two tables, on SQLCipher"));
    out.push(format!(
        "floor ratios SQLCipher/plain: one row p50 {:.2}×, two tables p50 {:.2}×",
        cipher_floor.pct(0.5) / floor.pct(0.5),
        cipher_two.pct(0.5) / plain_two.pct(0.5)
    ));

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
    drop(plain_file(&plain_path, page));
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

    // The first unlock of the day: the day's backup is due, but the unlock no longer makes it
    // (the app starts it in the background, the CLI after the unlock; `beside` bench). Timed on
    // its own; the 20 unlocks after it are the everyday case.
    let backup_due = feldbuch_core::store::backup::due(dir.path(), clock.now()).unwrap();
    let t = Instant::now();
    drop(dir.unlock(&pass, &OsKeyring, clock.clone()).unwrap());
    out.push(format!(
        "SQLCipher: first unlock of the day (backup due: {backup_due}, not made in the unlock): {:.1} ms",
        t.elapsed().as_secs_f64() * 1000.0
    ));
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

    // The plain store is measured in a child process of its own. SQLite as bundled here is built
    // with SQLITE_ENABLE_MEMORY_MANAGEMENT, which makes every connection of a process share one
    // page cache (one LRU): with both stores in one process, logging on the SQLCipher store lost
    // its hot pages to the plain one and read and decrypted them again, 15-32 pages per contact
    // (counted with perf probes on readDbPage), which the app, with its one store, never does.
    let mut plain = PlainChild::spawn(&plain_path);
    let mut store = dir.unlock(&pass, &OsKeyring, clock.clone()).unwrap();
    set_autocheckpoint(store.conn());
    // What the store was really keyed with (SQLCipher answers these pragmas as text).
    let answer = |pragma: &str| -> String {
        store
            .conn()
            .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
            .unwrap()
    };
    out.push(format!(
        "SQLCipher store: cipher_page_size {}, cipher_hmac_algorithm {}, cipher_provider {}",
        answer("cipher_page_size"),
        answer("cipher_hmac_algorithm"),
        answer("cipher_provider")
    ));
    let heute_samples = env_u64("FELDBUCH_BENCH_HEUTE_SAMPLES", 500).max(1);
    let today = store.today_contacts().unwrap().len();
    let (mut ch, mut ph) = (Vec::new(), Vec::new());
    for _ in 0..heute_samples {
        let t = Instant::now();
        std::hint::black_box((
            store.today_contacts().unwrap(),
            store.due_followups().unwrap(),
        ));
        ch.push(t.elapsed());
        ph.push(plain.op("heute").0);
    }
    let (cipher_heute, plain_heute) = (Stats(ch), Stats(ph));
    out.push(cipher_heute.line(&format!("SQLCipher: Heute query ({today} contacts today)")));
    out.push(plain_heute.line(&format!(
        "plain SQLite: Heute query ({today} contacts today)"
    )));

    let site = store.list_sites().unwrap()[0].name.clone();
    let site_id = store.list_sites().unwrap()[0].id;
    let (mut cl, mut pl) = (Vec::new(), Vec::new());
    for i in 0..samples {
        let input = logged(site_id, i);
        let t = Instant::now();
        std::hint::black_box(store.add_contact(&input).unwrap());
        cl.push(t.elapsed());
        pl.push(plain.op(&format!("log {i} {site}")).0);
    }
    let over = |v: &[Duration]| v.iter().filter(|d| d.as_micros() > 2000).count();
    out.push(format!(
        "logged contacts over 2 ms: SQLCipher {} of {samples}, plain {} (wal_autocheckpoint {})",
        over(&cl),
        over(&pl),
        store
            .conn()
            .query_row("PRAGMA wal_autocheckpoint", [], |r| r.get::<_, i64>(0))
            .unwrap()
    ));
    let (cipher_log, plain_log) = (Stats(cl), Stats(pl));
    out.push(cipher_log.line("SQLCipher: log one contact (durable)"));
    out.push(plain_log.line("plain SQLite: log one contact (durable)"));

    // Search (schema v2): full-text over notes (FTS5 inside the store) and persons by
    // pseudonym, district and marker. Each search also writes its audit entry durably.
    let search_samples = env_u64("FELDBUCH_BENCH_SEARCH_SAMPLES", 1000).max(1);
    let (mut cs, mut ps) = (Vec::new(), Vec::new());
    let mut hits = [0usize; 5];
    for i in 0..search_samples {
        let k = (i % QUERIES.len() as u64) as usize;
        let t = Instant::now();
        let h = std::hint::black_box(store.search_notes(QUERIES[k]).unwrap());
        cs.push(t.elapsed());
        hits[k] = h.len();
        let (d, plain_hits) = plain.op(&format!("search {k}"));
        assert_eq!(plain_hits, hits[k], "both stores hold the same notes");
        ps.push(d);
    }
    let (cipher_search, plain_search) = (Stats(cs), Stats(ps));
    out.push(cipher_search.line(&format!(
        "SQLCipher: note search, 5 queries in turn (hits: {hits:?})"
    )));
    out.push(plain_search.line("plain SQLite: note search, the same queries"));
    let plain_pages = plain.op(&format!("pages {site}")).1 as f64 / 10.0;
    drop(plain);
    out.push(format!(
        "pages written per logged contact (WAL frames, mean of 200): SQLCipher {:.1}, plain {:.1}",
        pages_per_contact(&mut store, &site, 200),
        plain_pages
    ));
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
