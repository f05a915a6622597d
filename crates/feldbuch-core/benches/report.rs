//! Report benchmark: the report for a year of 1,000,000 contacts (figures + XLSX workbook),
//! side by side with a Python XlsxWriter script that reads the same contacts from a CSV dump
//! and writes the same workbook (benches/report_xlsxwriter.py).
//!
//!     apt-get install -y python3-xlsxwriter
//!     .ci/with-keyring cargo bench -p feldbuch-core --bench report
//!
//! Environment: FELDBUCH_BENCH_CONTACTS (default 1000000), FELDBUCH_BENCH_RUNS (default 5),
//! FELDBUCH_BENCH_PYTHON (default /usr/bin/python3, Debian's, which has python3-xlsxwriter),
//! FELDBUCH_BENCH_DIR (default a temp dir under target/). Each run of our side is a fresh
//! process (this binary, re-run with `--child`) that unlocks the store, then builds the report
//! and writes the workbook; it reports the time of that work and its peak RSS (VmHWM, reset
//! after unlocking via /proc/self/clear_refs, so the Argon2 unlock is not counted; the peak
//! of the whole process is reported beside it). The Python side is timed as a whole process
//! and reports its own ru_maxrss.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::report::{xlsx, Period, DEFAULT_K};
use feldbuch_core::seed::{fill, fill_programme, ProgrammeSpec, SeedSpec};
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{Locale, Role};
use feldbuch_core::{DataDir, FixedClock, Localizer, Passphrase, SharedClock, Store};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

const PASS: &str = "bench passphrase for the report";
const FROM: &str = "2025-01-01";
const TO: &str = "2025-12-31";

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn clock() -> SharedClock {
    // "Today" is the last day of 2025: a year of contacts ends here.
    Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2025, 12, 31, 18, 0, 0).unwrap(),
    ))
}

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// `--child DIR OUT`: unlock, then build and write the report; print one JSON line.
fn child(dir: &Path, out: &Path) {
    install_platform_keyring().unwrap();
    let data = DataDir::new(dir.to_path_buf());
    let t = Instant::now();
    let mut store = data
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    let unlock_ms = t.elapsed().as_secs_f64() * 1000.0;
    let hwm_process_before = status_kib("VmHWM:");
    let rss_before = status_kib("VmRSS:");
    // Reset the peak, so it measures the report alone.
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let l = Localizer::new(Locale::De);
    let period = Period::range(FROM, TO).unwrap();
    let t = Instant::now();
    let report = store.report(&period, DEFAULT_K, &l).unwrap();
    let figures_ms = t.elapsed().as_secs_f64() * 1000.0;
    let t2 = Instant::now();
    xlsx::write(&report, &l, out).unwrap();
    let xlsx_ms = t2.elapsed().as_secs_f64() * 1000.0;
    let total_ms = t.elapsed().as_secs_f64() * 1000.0;
    let hwm = status_kib("VmHWM:");
    let contacts = report.key_figures[0].current.value().unwrap_or(-1.0);
    let persons = report.key_figures[1].current.value().unwrap_or(-1.0);
    println!(
        "{{\"unlock_ms\":{unlock_ms:.1},\"figures_ms\":{figures_ms:.1},\"xlsx_ms\":{xlsx_ms:.1},\"total_ms\":{total_ms:.1},\"rss_before_kib\":{rss_before},\"hwm_report_kib\":{hwm},\"hwm_process_kib\":{},\"contacts\":{contacts},\"persons\":{persons}}}",
        hwm.max(hwm_process_before)
    );
}

fn seed(dir: &Path, contacts: u64) -> Store {
    let data = DataDir::new(dir.to_path_buf());
    let profile = NewProfile {
        display_name: "Bench Lead".into(),
        initials: "BL".into(),
        team: Some("Bench".into()),
        role: Role::Lead,
        locale: Locale::De,
    };
    let (mut store, _) = data
        .init(&profile, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    let t = Instant::now();
    fill(
        &mut store,
        &SeedSpec {
            contacts,
            sites: 60,
            persons: 20_000,
            years: 1,
            seed: 11,
        },
    )
    .unwrap();
    fill_programme(
        &mut store,
        &ProgrammeSpec {
            partners: 40,
            referrals: 20_000,
            activities: 2_000,
            participant_share: 0.3,
            years: 1,
            seed: 11,
        },
    )
    .unwrap();
    eprintln!("seeded in {:.1} s", t.elapsed().as_secs_f64());
    store
}

/// Dump what the Python script reads: contacts (with their linked persons), sites, persons,
/// referrals with partner kinds, activities with attendance.
fn dump(store: &Store, dir: &Path) {
    let conn = store.conn();
    let write = |name: &str, sql: &str, cols: usize| {
        let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join(name)).unwrap());
        let mut st = conn.prepare(sql).unwrap();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let fields: Vec<String> = (0..cols)
                .map(|i| match r.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Null => String::new(),
                    rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                    rusqlite::types::ValueRef::Text(t) => {
                        let s = String::from_utf8_lossy(t);
                        if s.contains([',', '"', '\n']) {
                            format!("\"{}\"", s.replace('"', "\"\""))
                        } else {
                            s.into_owned()
                        }
                    }
                    other => format!("{other:?}"),
                })
                .collect();
            writeln!(f, "{}", fields.join(",")).unwrap();
        }
    };
    write(
        "contacts.csv",
        "SELECT c.id, c.date, c.duration_min, c.kind, c.topics, c.anonymous_count, c.site_id,
                c.device_id, (SELECT group_concat(person_id, ';') FROM contact_persons
                              WHERE contact_id = c.id)
         FROM contacts AS c",
        9,
    );
    write("sites.csv", "SELECT id, kind, district FROM sites", 3);
    write(
        "persons.csv",
        "SELECT p.id, substr(p.created_at, 1, 10), p.participant, p.gender, p.birth_year, p.age_band,
                p.esf_entry_date, p.esf_exit_date, p.esf_employment, p.esf_education, p.esf_household,
                (SELECT group_concat(marker, ';') FROM person_markers WHERE person_id = p.id)
         FROM persons AS p",
        12,
    );
    write(
        "referrals.csv",
        "SELECT substr(r.created_at, 1, 10), p.kind, r.status FROM referrals AS r
         JOIN partners AS p ON p.id = r.partner_id",
        3,
    );
    write(
        "activities.csv",
        "SELECT a.date, a.kind, a.volunteers_count, a.anonymous_count +
                (SELECT count(*) FROM activity_attendance WHERE activity_id = a.id)
         FROM activities AS a",
        4,
    );
}

fn peak_of_python(stdout: &str) -> (f64, u64, String) {
    let v: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap_or("{}")).unwrap();
    (
        v["total_ms"].as_f64().unwrap_or(0.0),
        v["maxrss_kib"].as_u64().unwrap_or(0),
        v["contacts"].to_string(),
    )
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--child") {
        child(Path::new(&args[2]), Path::new(&args[3]));
        return;
    }
    install_platform_keyring().unwrap();
    let contacts = env_u64("FELDBUCH_BENCH_CONTACTS", 1_000_000);
    let runs = env_u64("FELDBUCH_BENCH_RUNS", 5).max(1);
    // FELDBUCH_BENCH_DIR: a folder kept between runs (the seeded store and the dump are reused
    // when present; keep FELDBUCH_KEYRING_HOME fixed too). Otherwise a temp dir under target/.
    let (_tmp, work): (Option<tempfile::TempDir>, PathBuf) =
        match std::env::var_os("FELDBUCH_BENCH_DIR").map(PathBuf::from) {
            Some(d) => {
                std::fs::create_dir_all(&d).unwrap();
                (None, d)
            }
            None => {
                let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-stores");
                std::fs::create_dir_all(&base).unwrap();
                let t = tempfile::tempdir_in(&base).unwrap();
                let p = t.path().to_path_buf();
                (Some(t), p)
            }
        };
    let dir = work.join("data");
    if !dir.join("feldbuch.db").exists() || !work.join("activities.csv").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let store = seed(&dir, contacts);
        dump(&store, &work);
        drop(store);
    } else {
        eprintln!("reusing the store and dump in {}", work.display());
    }
    let csv_mb = std::fs::metadata(work.as_path().join("contacts.csv"))
        .unwrap()
        .len() as f64
        / 1e6;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/report_xlsxwriter.py");
    let me = std::env::current_exe().unwrap();

    let mut ours = Vec::new();
    let mut ours_wall = Vec::new();
    let mut ours_hwm = Vec::new();
    let mut ours_hwm_process = Vec::new();
    let mut py = Vec::new();
    let mut py_wall = Vec::new();
    let mut py_rss = Vec::new();
    let mut checked = String::new();
    for run in 0..runs {
        let out = work.as_path().join(format!("rust-{run}.xlsx"));
        let t = Instant::now();
        let o = Command::new(&me)
            .arg("--child")
            .arg(&dir)
            .arg(&out)
            .output()
            .unwrap();
        let wall = t.elapsed().as_secs_f64() * 1000.0;
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let line = String::from_utf8_lossy(&o.stdout).to_string();
        let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
        ours.push(v["total_ms"].as_f64().unwrap());
        ours_wall.push(wall);
        ours_hwm.push(v["hwm_report_kib"].as_f64().unwrap() / 1024.0);
        ours_hwm_process.push(v["hwm_process_kib"].as_f64().unwrap() / 1024.0);
        eprintln!(
            "rust run {run}: {line}{}",
            String::from_utf8_lossy(&o.stderr)
        );

        let out = work.as_path().join(format!("python-{run}.xlsx"));
        let t = Instant::now();
        let python =
            std::env::var("FELDBUCH_BENCH_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
        let o = Command::new(python)
            .arg(&script)
            .arg(work.as_path())
            .arg(FROM)
            .arg(TO)
            .arg(&out)
            .output()
            .unwrap();
        let wall = t.elapsed().as_secs_f64() * 1000.0;
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let stdout = String::from_utf8_lossy(&o.stdout).to_string();
        let (total, rss, py_contacts) = peak_of_python(&stdout);
        eprintln!("python run {run}: {}", stdout.trim());
        py.push(total);
        py_wall.push(wall);
        py_rss.push(rss as f64 / 1024.0);
        // Both must have counted the same contacts.
        assert_eq!(
            py_contacts.parse::<f64>().unwrap_or(-2.0),
            v["contacts"].as_f64().unwrap(),
            "the two sides disagree"
        );
        checked = py_contacts;
    }
    let (o, p) = (median(ours.clone()), median(py.clone()));
    let (ow, pw) = (median(ours_wall), median(py_wall));
    println!("## Report: a year of {contacts} contacts ({checked} in {FROM} – {TO}), {runs} runs, medians\n");
    println!("contacts.csv dump for Python: {csv_mb:.0} MB\n");
    println!("| | Feldbuch (Rust, SQLCipher) | Python XlsxWriter (CSV) | ratio |");
    println!("|---|---:|---:|---:|");
    println!(
        "| report work (figures + workbook), ms | {o:.0} | {p:.0} | {:.1}× |",
        p / o
    );
    println!(
        "| whole process, wall clock, ms (ours incl. unlock) | {ow:.0} | {pw:.0} | {:.1}× |",
        pw / ow
    );
    println!(
        "| peak RSS of the report work, MiB | {:.1} | {:.1} (whole process) | |",
        median(ours_hwm),
        median(py_rss.clone())
    );
    println!(
        "| peak RSS of the whole process, MiB | {:.1} | {:.1} | |",
        median(ours_hwm_process),
        median(py_rss.clone())
    );
    println!("\nall runs, ours (ms): {ours:.0?}\nall runs, Python (ms): {py:.0?}");
}
