//! Faults of the file system, through the real binary: a full disk and a read-only folder under
//! the data directory, the export folder and the report's folder, during logging, backup, export
//! and report. Each gives a clear, localized error (exit code 9) or, for an export, keeps the
//! bundle queued; none leaves a half file; the store stays whole and holds exactly what was
//! acknowledged.
//!
//! The small file systems are tmpfs mounts, so this test needs root (the test command runs as
//! root on CI); it says so plainly otherwise.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A tmpfs of `kib` KiB, unmounted when dropped.
struct Mount {
    _tmp: tempfile::TempDir,
    path: PathBuf,
}

impl Mount {
    fn new(kib: u64) -> Mount {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("fs");
        std::fs::create_dir(&path).unwrap();
        let done = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={kib}k,mode=0700"),
                "tmpfs",
            ])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            done.status.success(),
            "this test mounts small tmpfs file systems and needs root: {}",
            String::from_utf8_lossy(&done.stderr)
        );
        Mount { _tmp: tmp, path }
    }

    fn remount(&self, opts: &str) {
        let done = Command::new("mount")
            .args(["-o", &format!("remount,{opts}")])
            .arg(&self.path)
            .output()
            .unwrap();
        assert!(done.status.success(), "{done:?}");
    }

    /// Fill the file system up to `leave` bytes; returns the filler file.
    fn fill(&self, leave: u64) -> PathBuf {
        let filler = self.path.join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0u8; 4096];
        loop {
            let free = free_bytes(&self.path);
            if free <= leave + 4096 {
                break;
            }
            if f.write_all(&chunk).is_err() {
                break;
            }
        }
        f.sync_all().ok();
        filler
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).output();
    }
}

fn free_bytes(path: &Path) -> u64 {
    let out = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// Names in a folder, hidden ones included.
fn names(folder: &Path) -> Vec<String> {
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

fn add_contact(dir: &Path, note: &str) -> Output {
    feldbuch(
        dir,
        &[
            "contact",
            "add",
            "--site",
            "KiTa Sonnenblume",
            "--kind",
            "beratung",
            "--date",
            "2026-02-10",
            "--anonymous",
            "1",
            "--note",
            note,
        ],
    )
}

fn contact_count(dir: &Path) -> usize {
    json_of(&feldbuch(dir, &["contact", "list", "--json"]))
        .as_array()
        .unwrap()
        .len()
}

const FULL: &str = "Der Speicherplatz ist voll";
const READ_ONLY: &str = "schreibgeschützt";

#[test]
fn a_full_data_disk_stops_logging_and_backups_with_a_clear_error_and_loses_nothing() {
    let fs = Mount::new(4096);
    let dir = fs.path.join("data");
    init_with_site(&dir);
    ok(&add_contact(&dir, "vor dem Vollwerden"));
    // No backup yet today: the next unlock tries to make one.
    std::fs::remove_dir_all(dir.join("backups")).unwrap();
    let filler = fs.fill(48 * 1024);

    // The daily backup does not fit: a warning, and the worker is not locked out.
    let first = add_contact(&dir, "Kontakt 1");
    assert!(
        err(&first)
            .contains("Die tägliche Sicherung ist fehlgeschlagen: Der Speicherplatz ist voll"),
        "{}",
        err(&first)
    );
    assert!(
        names(&dir.join("backups")).is_empty(),
        "{:?}",
        names(&dir.join("backups"))
    );
    let mut acked = 1 + usize::from(first.status.success());

    // Log until the disk is full: every acknowledged contact counts.
    let failed = loop {
        let o = add_contact(&dir, &format!("Kontakt {acked}"));
        if !o.status.success() {
            break o;
        }
        acked += 1;
        assert!(acked < 200, "the disk never filled up");
    };
    assert_eq!(failed.status.code(), Some(9), "{}", err(&failed));
    assert!(err(&failed).contains(FULL), "{}", err(&failed));

    // A backup on the full disk: the same clear error, and no half file.
    let b = feldbuch(&dir, &["backup", "now"]);
    if !b.status.success() {
        assert_eq!(b.status.code(), Some(9), "{}", err(&b));
        assert!(err(&b).contains(FULL), "{}", err(&b));
    }
    let backups = names(&dir.join("backups"));
    assert!(
        backups.iter().all(|n| !n.starts_with('.')),
        "a half backup was left: {backups:?}"
    );

    // Space again: the store is whole and holds exactly what was acknowledged.
    std::fs::remove_file(filler).unwrap();
    ok(&feldbuch(&dir, &["verify"]));
    assert_eq!(contact_count(&dir), acked);
    ok(&add_contact(&dir, "danach"));
    assert_eq!(contact_count(&dir), acked + 1);
    // Every backup there is opens: restoring the newest works.
    let list = json_of(&feldbuch(&dir, &["backup", "list", "--json"]));
    let newest = list[0]["file_name"].as_str().unwrap().to_string();
    ok(&feldbuch(&dir, &["backup", "restore", &newest, "--yes"]));
    ok(&feldbuch(&dir, &["verify"]));
}

#[test]
fn a_read_only_data_folder_gives_a_clear_error_and_the_store_stays_whole() {
    let fs = Mount::new(8192);
    let dir = fs.path.join("data");
    init_with_site(&dir);
    ok(&add_contact(&dir, "vorher"));
    fs.remount("ro");
    let o = add_contact(&dir, "schreibgeschützt");
    assert_eq!(o.status.code(), Some(9), "{}", err(&o));
    assert!(err(&o).contains(READ_ONLY), "{}", err(&o));
    fs.remount("rw");
    ok(&feldbuch(&dir, &["verify"]));
    assert_eq!(contact_count(&dir), 1);
}

/// A worker's store (on the normal disk) with the office key and an export folder on `folder`.
fn exporting_worker(folder: &Path) -> tempfile::TempDir {
    let w = tempfile::tempdir().unwrap();
    init_with_site(w.path());
    let key = w.path().join("office-key.txt");
    ok(&feldbuch(
        w.path(),
        &["office", "init", "--out", key.to_str().unwrap()],
    ));
    ok(&feldbuch(
        w.path(),
        &["office", "key", key.to_str().unwrap()],
    ));
    ok(&feldbuch(
        w.path(),
        &["export", "folder", folder.to_str().unwrap()],
    ));
    for i in 0..40 {
        ok(&add_contact(
            w.path(),
            &format!("Exportkontakt {i} {}", "x".repeat(400)),
        ));
    }
    w
}

#[test]
fn an_export_into_a_full_or_read_only_folder_waits_in_the_queue_and_leaves_no_half_file() {
    let fs = Mount::new(1024);
    let outbox = fs.path.join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    let w = exporting_worker(&outbox);
    let filler = fs.fill(2 * 1024);

    let full = json_of(&feldbuch(w.path(), &["export", "--json"]));
    assert_eq!(full["queued"], serde_json::json!(true), "{full}");
    assert!(names(&outbox).is_empty(), "{:?}", names(&outbox));
    let status = json_of(&feldbuch(w.path(), &["export", "status", "--json"]));
    assert_eq!(status["queued"], serde_json::json!(1), "{status}");

    std::fs::remove_file(filler).unwrap();
    fs.remount("ro");
    let ro = json_of(&feldbuch(w.path(), &["export", "--json"]));
    assert_eq!(ro["queued"], serde_json::json!(true), "{ro}");
    assert!(names(&outbox).is_empty(), "{:?}", names(&outbox));

    // Writable again: both bundles are written, whole, in order.
    fs.remount("rw");
    let written = json_of(&feldbuch(w.path(), &["export", "--json"]));
    assert_eq!(written["queued"], serde_json::json!(false), "{written}");
    assert_eq!(written["written"].as_array().unwrap().len(), 3, "{written}");
    let files = names(&outbox);
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(files
        .iter()
        .all(|f| f.ends_with(".age") && !f.starts_with('.')));
    for f in &files {
        let bytes = std::fs::read(outbox.join(f)).unwrap();
        assert!(bytes.starts_with(b"age-encryption.org/v1"), "{f}");
    }
    ok(&feldbuch(w.path(), &["verify"]));
}

#[test]
fn a_report_onto_a_full_or_read_only_disk_fails_clearly_without_a_half_workbook() {
    let fs = Mount::new(1024);
    let w = tempfile::tempdir().unwrap();
    init_with_site(w.path());
    for i in 0..30 {
        ok(&add_contact(w.path(), &format!("Berichtskontakt {i}")));
    }
    let out = fs.path.join("bericht.xlsx");
    let filler = fs.fill(0);
    let o = feldbuch(
        w.path(),
        &[
            "report",
            "--quarter",
            "2026-Q1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(9), "{}", err(&o));
    assert!(err(&o).contains(FULL), "{}", err(&o));
    assert_eq!(names(&fs.path), vec!["filler"]);

    std::fs::remove_file(filler).unwrap();
    fs.remount("ro");
    let o = feldbuch(
        w.path(),
        &[
            "report",
            "--quarter",
            "2026-Q1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(9), "{}", err(&o));
    assert!(err(&o).contains(READ_ONLY), "{}", err(&o));
    assert!(names(&fs.path).is_empty());

    fs.remount("rw");
    ok(&feldbuch(
        w.path(),
        &[
            "report",
            "--quarter",
            "2026-Q1",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
    ok(&feldbuch(w.path(), &["verify"]));
}
