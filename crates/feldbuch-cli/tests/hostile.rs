//! A hostile file at the lead: a bundle at the size limit (512 MiB, encrypted for the office
//! with the ordinary `age` tool) that names an enrolled device but is signed by nobody. The
//! installed binary must refuse it on its signature, before reading a record, in bounded memory:
//! its peak resident set (GNU time's `%M`) stays under 64 MiB, and the store is unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use std::io::Write;
use std::process::{Command, Stdio};

/// The bundle reader's file limit (`bundle::Limits::default().max_file_bytes`).
const MAX_FILE: u64 = 512 * 1024 * 1024;
/// The goal for the peak resident set of refusing it.
const PEAK_GOAL_KIB: u64 = 64 * 1024;

#[test]
fn an_unsigned_bundle_at_the_size_limit_is_refused_in_bounded_memory() {
    let office = tempfile::tempdir().unwrap();
    let key_file = office.path().join("office-key.txt");
    let key_arg = key_file.to_str().unwrap();
    ok(&feldbuch(
        office.path(),
        &["office", "init", "--out", key_arg],
    ));
    let recipient = std::fs::read_to_string(&key_file)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: ").map(str::to_owned))
        .unwrap();

    // A worker device, enrolled at the lead.
    let w = tempfile::tempdir().unwrap();
    init_with_site(w.path());
    let enrolment = w.path().join("enrolment.json");
    let exported = ok(&feldbuch(
        w.path(),
        &["enrol", "export", "--out", enrolment.to_str().unwrap()],
    ));
    let e: serde_json::Value = serde_json::from_slice(&std::fs::read(&enrolment).unwrap()).unwrap();
    let lead = tempfile::tempdir().unwrap();
    ok(&feldbuch(
        lead.path(),
        &[
            "init",
            "--name",
            "Tina Lead",
            "--initials",
            "TL",
            "--role",
            "lead",
        ],
    ));
    ok(&feldbuch(
        lead.path(),
        &[
            "enrol",
            "import",
            enrolment.to_str().unwrap(),
            "--fingerprint",
            &fingerprint_in(&exported),
        ],
    ));
    ok(&feldbuch(lead.path(), &["office", "identity", key_arg]));

    // The hostile bundle: a manifest in the enrolled device's name, a signature of zeros, and
    // record lines up to the limit, streamed through `age -r` into the file.
    let manifest = serde_json::json!({
        "format": 1,
        "device_id": e["device_id"],
        "worker_id": e["worker_id"],
        "worker_initials": "EM",
        "team": null,
        "sequence": 1,
        "since": null,
        "created_at": "2026-09-10T10:00:00Z",
        "period_from": null,
        "period_to": "2026-09-10",
        "counts": {"contacts": 2_000_000},
        "record_count": 2_000_000,
        "content_hash": "00".repeat(32),
        "with_notes": false
    });
    let file = lead.path().join("hostile.age");
    let mut age = Command::new("age")
        .args(["--encrypt", "--recipient", &recipient, "--output"])
        .arg(&file)
        .stdin(Stdio::piped())
        .spawn()
        .expect("the `age` tool (installed by .ci/setup)");
    {
        let mut input = std::io::BufWriter::new(age.stdin.take().unwrap());
        writeln!(input, "feldbuch-bundle/1").unwrap();
        writeln!(input, "{manifest}").unwrap();
        writeln!(input, "{}", "A".repeat(86) + "==").unwrap();
        let line = format!(
            "{{\"t\":\"contacts\",\"id\":\"x\",\"rev\":1,\"upd\":\"x\",\"d\":{{\"note\":\"{}\"}}}}\n",
            "x".repeat(4000)
        );
        // age adds 16 bytes per 64 KiB chunk and a header: leave room for them.
        let plain_goal = MAX_FILE - MAX_FILE / 4096 - 4096;
        let mut written = 0u64;
        while written + line.len() as u64 <= plain_goal {
            input.write_all(line.as_bytes()).unwrap();
            written += line.len() as u64;
        }
    }
    assert!(age.wait().unwrap().success());
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(
        size <= MAX_FILE && size > MAX_FILE - 4 * 1024 * 1024,
        "the file is {size} bytes, not at the limit"
    );

    let before = ok(&feldbuch(lead.path(), &["contact", "list", "--json"]));
    let out = Command::new("/usr/bin/time")
        .args(["-f", "peak-rss-kib %M"])
        .arg(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(lead.path())
        .args(["--lang", "en", "import"])
        .arg(&file)
        .env("FELDBUCH_PASSPHRASE", PASS)
        .output()
        .expect("GNU time (/usr/bin/time, installed by .ci/setup)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("signature"),
        "refused for its signature: {stderr}"
    );
    let peak: u64 = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak-rss-kib "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak in {stderr}"));
    eprintln!("refusing a {size}-byte unsigned bundle: peak RSS {peak} KiB");
    assert!(
        peak < PEAK_GOAL_KIB,
        "peak RSS {peak} KiB refusing a hostile bundle (goal < {PEAK_GOAL_KIB} KiB)"
    );
    assert_eq!(
        ok(&feldbuch(lead.path(), &["contact", "list", "--json"])),
        before
    );
}
