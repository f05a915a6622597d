//! Crash soak: a child process works a lead's store as fast as it can — logging contacts,
//! importing a worker's bundles in batches, exporting its own — and reports every write the
//! store acknowledged. It is killed with SIGKILL at a random moment, again and again. After every
//! kill the store must open, pass `integrity_check`, `cipher_integrity_check`, the foreign-key
//! check and the audit chain, and hold every acknowledged write; every bundle file in the export
//! folder must be whole. At the end the office imports every exported bundle into a store of its
//! own: none may be refused (no sequence number used twice, none missing).
//!
//! `FELDBUCH_SOAK_KILLS` sets the number of kills (CI: 20; `.ci/soak`: 500), `FELDBUCH_SOAK_SEED`
//! repeats a run. The summary line starts with `SOAK`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use chrono::{DateTime, Duration as Days, TimeZone, Utc};
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::exchange::{bundle, bundle_files, BatchOutcome, Limits};
use feldbuch_core::ids::ContactId;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{Locale, Role, SiteKind};
use feldbuch_core::{DataDir, FixedClock, Passphrase, SharedClock, Store};
use rand::{Rng, SeedableRng};
use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

const CHILD_DIR: &str = "FELDBUCH_SOAK_CHILD_DIR";
const CHILD_ROUND: &str = "FELDBUCH_SOAK_CHILD_ROUND";

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 8, 0, 0).unwrap()
}

/// The clock of round `round`: three days apart, so that an export (which re-sends the last 24
/// hours before the previous one) carries about one round's work.
fn round_clock(round: u64) -> SharedClock {
    Arc::new(FixedClock::new(start() + Days::days(3 * round as i64)))
}

fn lead_profile() -> NewProfile {
    NewProfile {
        display_name: "Lea Leitung".into(),
        initials: "LL".into(),
        team: Some("Nord".into()),
        role: Role::Lead,
        locale: Locale::De,
    }
}

/// The folders of one soak run, under its temp dir.
struct Layout {
    root: PathBuf,
}

impl Layout {
    fn data(&self) -> PathBuf {
        self.root.join("lead")
    }
    fn inbox(&self) -> PathBuf {
        self.root.join("inbox")
    }
    fn outbox(&self) -> PathBuf {
        self.root.join("outbox")
    }
    fn office_key(&self) -> PathBuf {
        self.root.join("office-key.txt")
    }
}

/// Not a test of its own: the body of the child process (see below).
#[test]
#[ignore = "child process of acknowledged_writes_survive_sigkill"]
fn soak_child() {
    let Some(root) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let round: u64 = std::env::var(CHILD_ROUND).unwrap().parse().unwrap();
    keyring();
    let layout = Layout { root: root.into() };
    let mut rng = rand::rngs::StdRng::seed_from_u64(round);
    let mut store = DataDir::new(layout.data())
        .unlock(&Passphrase::new(PASS), &OsKeyring, round_clock(round))
        .unwrap();
    let identity = store.office_identity().unwrap().unwrap();
    let inbox = bundle_files(&layout.inbox()).unwrap();
    // The day's backup, as the app makes it: on a connection of its own beside the work, so
    // kills land in the middle of backups too.
    let mut beside = store.open_again().unwrap();
    std::thread::spawn(move || {
        let _ = beside.backup_if_due();
    });
    let mut out = std::io::stdout().lock();
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    for i in 0.. {
        let pick = rng.gen_range(0..100);
        let line = if pick < 85 {
            let c = store
                .add_contact(&contact(&store, &format!("Absturztest {round}/{i}")))
                .unwrap();
            format!("C {}", c.id)
        } else if pick < 93 {
            // The next one to three bundles the worker sent, as one batch.
            let done: i64 = store
                .conn()
                .query_row("SELECT count(*) FROM imports", [], |r| r.get(0))
                .unwrap();
            let next = &inbox[(done as usize).min(inbox.len())..];
            let take = rng.gen_range(1..=3).min(next.len());
            if take == 0 {
                continue;
            }
            let BatchOutcome::Done(files) = store
                .import_files(&next[..take], &identity, false, &mut |_| true)
                .unwrap()
            else {
                panic!("nobody cancelled")
            };
            let seqs: Vec<String> = files
                .iter()
                .map(|f| f.result.as_ref().unwrap().sequence.to_string())
                .collect();
            format!("I {}", seqs.join(" "))
        } else {
            let r = store.export(false).unwrap();
            format!("E {} {}", r.sequence, u8::from(!r.queued))
        };
        // Only after the call returned is the write acknowledged.
        writeln!(out, "{line}").unwrap();
        out.flush().unwrap();
    }
}

/// What the child acknowledged.
#[derive(Default)]
struct Acked {
    contacts: Vec<ContactId>,
    imports: BTreeSet<u64>,
    /// Sequence, and whether its file was written.
    exports: Vec<(u64, bool)>,
}

impl Acked {
    fn take(&mut self, line: &str) {
        let mut parts = line.split(' ');
        match parts.next() {
            Some("C") => self
                .contacts
                .push(ContactId::parse(parts.next().unwrap()).unwrap()),
            Some("I") => self
                .imports
                .extend(parts.map(|s| s.parse::<u64>().unwrap())),
            Some("E") => {
                let seq = parts.next().unwrap().parse().unwrap();
                self.exports.push((seq, parts.next() == Some("1")));
            }
            _ => {}
        }
    }
    fn total(&self) -> usize {
        self.contacts.len() + self.imports.len() + self.exports.len()
    }
}

/// A worker's bundles for the lead to import: `n` exports of two contacts each, two days apart.
fn worker_bundles(layout: &Layout, recipient: &str, n: usize) -> Vec<u8> {
    let clock = FixedClock::new(start() - Days::days(2 * n as i64 + 10));
    let shared: SharedClock = Arc::new(clock.clone());
    let profile = NewProfile {
        initials: "WK".into(),
        role: Role::Worker,
        ..lead_profile()
    };
    let (mut w, _) = DataDir::new(layout.root.join("worker"))
        .init(&profile, &Passphrase::new(PASS), &OsKeyring, shared)
        .unwrap();
    w.add_site(&NewSite {
        name: "Grundschule Am Park".into(),
        kind: SiteKind::Schule.id().into(),
        district: Some("Nordend".into()),
        address: None,
        contact_person: None,
        programme: None,
    })
    .unwrap();
    w.set_office_recipient(recipient).unwrap();
    w.set_export_folder(&layout.inbox()).unwrap();
    let enrolment = layout.root.join("enrol.json");
    w.write_enrolment(&enrolment).unwrap();
    for b in 0..n {
        clock.set(start() - Days::days(2 * (n - b) as i64));
        for part in ["a", "b"] {
            let mut c = contact(&w, &format!("Zulieferung {b}{part}"));
            c.site_id = w.resolve_site("Grundschule Am Park").unwrap().id;
            w.add_contact(&c).unwrap();
        }
        w.export(false).unwrap();
    }
    std::fs::read(enrolment).unwrap()
}

/// Bundle files already found whole, by name, size and modification time: only new or
/// rewritten files are opened again (opening all of them after every kill made the soak slow
/// down as the folder grew).
type Seen = HashMap<PathBuf, (u64, std::time::SystemTime, u64)>;

/// Every bundle file in `folder` opens and parses whole; returns their sequence numbers.
fn whole_bundles(
    folder: &Path,
    identity: &age::x25519::Identity,
    seen: &mut Seen,
) -> Result<Vec<u64>, String> {
    let mut seqs = Vec::new();
    for f in bundle_files(folder).map_err(|e| e.to_string())? {
        let meta = std::fs::metadata(&f).map_err(|e| e.to_string())?;
        let stamp = (meta.len(), meta.modified().map_err(|e| e.to_string())?);
        if let Some((len, modified, seq)) = seen.get(&f) {
            if (*len, *modified) == stamp {
                seqs.push(*seq);
                continue;
            }
        }
        let bytes = std::fs::read(&f).map_err(|e| e.to_string())?;
        let opened = bundle::open(&bytes, identity, &Limits::default())
            .map_err(|e| format!("{} is not a whole bundle: {e}", f.display()))?;
        seqs.push(opened.manifest.sequence);
        seen.insert(f, (stamp.0, stamp.1, opened.manifest.sequence));
    }
    Ok(seqs)
}

fn imported(store: &Store) -> BTreeSet<u64> {
    let mut stmt = store.conn().prepare("SELECT seq FROM imports").unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, i64>(0)).unwrap();
    rows.map(|r| r.unwrap() as u64).collect()
}

/// After a kill: the store opens, every check passes and every acknowledged write is there.
/// Returns the writes lost.
fn check_round(
    layout: &Layout,
    acked: &Acked,
    identity: &age::x25519::Identity,
    round: u64,
    seen: &mut Seen,
) -> Result<usize, String> {
    let store = DataDir::new(layout.data())
        .unlock(&Passphrase::new(PASS), &OsKeyring, round_clock(round))
        .map_err(|e| format!("does not open: {e}"))?;
    let report = store.verify().map_err(|e| e.to_string())?;
    if !report.ok() {
        return Err(format!("checks fail: {report:?}"));
    }
    let mut lost = acked
        .contacts
        .iter()
        .filter(|id| store.contact(**id).is_err())
        .count();
    let imports = imported(&store);
    lost += acked.imports.difference(&imports).count();
    let history = store.export_history().map_err(|e| e.to_string())?;
    let on_disk = whole_bundles(&layout.outbox(), identity, seen)?;
    for (seq, written) in &acked.exports {
        let known = history.iter().any(|h| h.sequence == *seq);
        if !known || (*written && !on_disk.contains(seq)) {
            lost += 1;
        }
    }
    // No file for an export the store does not know.
    if let Some(seq) = on_disk
        .iter()
        .find(|s| !history.iter().any(|h| h.sequence == **s))
    {
        return Err(format!("bundle {seq} is on disk but not in the history"));
    }
    Ok(lost)
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    keyring();
    let kills: u64 = std::env::var("FELDBUCH_SOAK_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("FELDBUCH_SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    eprintln!("soak seed {seed}, {kills} kills (FELDBUCH_SOAK_SEED / FELDBUCH_SOAK_KILLS)");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let tmp = tempfile::tempdir().unwrap();
    let layout = Layout {
        root: tmp.path().into(),
    };
    std::fs::create_dir_all(layout.inbox()).unwrap();
    std::fs::create_dir_all(layout.outbox()).unwrap();
    let recipient = feldbuch_core::exchange::office_init(&layout.office_key(), start()).unwrap();
    let identity = feldbuch_core::exchange::load_office_identity(&layout.office_key()).unwrap();

    // The lead's store, with the office key, the worker enrolled and an export folder.
    let began = Instant::now();
    let enrolment = worker_bundles(&layout, &recipient, 3 * kills as usize + 20);
    let (mut lead, _) = DataDir::new(layout.data())
        .init(
            &lead_profile(),
            &Passphrase::new(PASS),
            &OsKeyring,
            round_clock(0),
        )
        .unwrap();
    lead.add_site(&NewSite {
        name: "KiTa Sonnenblume".into(),
        kind: SiteKind::Kita.id().into(),
        district: Some("Nordend".into()),
        address: None,
        contact_person: None,
        programme: None,
    })
    .unwrap();
    lead.set_office_identity(&layout.office_key()).unwrap();
    lead.set_office_recipient(&recipient).unwrap();
    lead.set_export_folder(&layout.outbox()).unwrap();
    lead.enrol_device(&enrolment).unwrap();
    drop(lead);
    eprintln!("set-up {:.1} s", began.elapsed().as_secs_f64());

    let began = Instant::now();
    let mut acked = Acked::default();
    let mut seen = Seen::new();
    let (mut survived, mut lost, mut failures) = (0u64, 0usize, Vec::new());
    for round in 1..=kills {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "soak_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, &layout.root)
            .env(CHILD_ROUND, round.to_string())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(layout.root.join("child.log")).unwrap())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        // Wait until the child has unlocked, then kill it at a random moment.
        // (The test harness prints its own words first, on the same line.)
        let wait = Instant::now() + Duration::from_secs(60);
        while !rx
            .recv_timeout(wait.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| {
                let log = std::fs::read_to_string(layout.root.join("child.log"));
                panic!("round {round}: child did not start: {log:?}")
            })
            .ends_with("READY")
        {}
        let until = Instant::now() + Duration::from_millis(rng.gen_range(1..400));
        while let Ok(line) = rx.recv_timeout(until.saturating_duration_since(Instant::now())) {
            acked.take(&line);
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
        for line in rx.try_iter() {
            acked.take(&line);
        }
        match check_round(&layout, &acked, &identity, round, &mut seen) {
            Ok(0) => survived += 1,
            Ok(n) => {
                lost += n;
                failures.push(format!("round {round}: {n} acknowledged writes lost"));
            }
            Err(e) => failures.push(format!("round {round}: {e}")),
        }
    }
    let soak_secs = began.elapsed().as_secs_f64();

    // The office takes every bundle the lead exported: none refused.
    let office_dir = layout.root.join("office");
    let (mut office, _) = DataDir::new(office_dir)
        .init(
            &lead_profile(),
            &Passphrase::new(PASS),
            &OsKeyring,
            round_clock(kills + 1),
        )
        .unwrap();
    let lead_store = DataDir::new(layout.data())
        .unlock(&Passphrase::new(PASS), &OsKeyring, round_clock(kills + 1))
        .unwrap();
    let enrol = layout.root.join("enrol-lead.json");
    let mut lead_store = lead_store;
    lead_store.write_enrolment(&enrol).unwrap();
    lead_store.flush_export_queue().unwrap();
    office
        .enrol_device(&std::fs::read(&enrol).unwrap())
        .unwrap();
    let files = bundle_files(&layout.outbox()).unwrap();
    let BatchOutcome::Done(outcomes) = office
        .import_files(&files, &identity, false, &mut |_| true)
        .unwrap()
    else {
        panic!("nobody cancelled")
    };
    let refused: Vec<String> = outcomes
        .iter()
        .filter_map(|o| {
            o.result
                .as_ref()
                .err()
                .map(|e| format!("{}: {e}", o.file.display()))
        })
        .collect();
    let history = lead_store.export_history().unwrap();
    let temp_left = std::fs::read_dir(layout.outbox())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .map(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
                .unwrap_or(false)
        })
        .count();

    println!(
        "SOAK seed={seed} kills={kills} survived={survived} acknowledged={} (contacts {}, \
         imported bundles {}, exports {}) lost={lost} exported_bundles={} office_refused={} \
         temp_files_left={temp_left} seconds={soak_secs:.0}",
        acked.total(),
        acked.contacts.len(),
        acked.imports.len(),
        acked.exports.len(),
        history.len(),
        refused.len(),
    );
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(refused.is_empty(), "the office refused: {refused:#?}");
    assert_eq!(files.len(), history.len(), "one file per export");
    assert_eq!(survived, kills);
    // The soak must have done each kind of write to mean anything.
    assert!(
        acked.contacts.len() as u64 > kills,
        "too few contacts logged"
    );
    assert!(!acked.imports.is_empty() && !acked.exports.is_empty());
}
