//! Helpers the CLI tests share: run the real `feldbuch` binary with the test passphrase and read
//! what it said.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

pub const PASS: &str = "korrekt pferd batterie";

pub fn feldbuch(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("FELDBUCH_PASSPHRASE", PASS)
        .output()
        .unwrap()
}

/// As [`feldbuch`], with `input` on standard input.
pub fn feldbuch_with_input(dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("FELDBUCH_PASSPHRASE", PASS)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

pub fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

pub fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json_of(o: &Output) -> serde_json::Value {
    serde_json::from_str(&ok(o)).unwrap()
}

/// `init` (Erika Muster, EM, team Nord) and the site "KiTa Sonnenblume" in `dir`; returns what
/// `init` printed (its last line is the recovery key).
pub fn init_with_site(dir: &Path) -> String {
    let out = ok(&feldbuch(
        dir,
        &[
            "init",
            "--name",
            "Erika Muster",
            "--initials",
            "EM",
            "--team",
            "Nord",
        ],
    ));
    ok(&feldbuch(
        dir,
        &[
            "site",
            "add",
            "--name",
            "KiTa Sonnenblume",
            "--kind",
            "kita",
            "--district",
            "Nordend",
        ],
    ));
    out
}

/// The key fingerprint a command printed: six groups of five digits.
#[allow(dead_code)]
pub fn fingerprint_in(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(6)
        .find(|w| {
            w.iter()
                .all(|g| g.len() == 5 && g.chars().all(|c| c.is_ascii_digit()))
        })
        .expect("a fingerprint in the output")
        .join(" ")
}

/// The arguments of `init` for the lead's device (Tina Lead, TL).
pub const INIT_LEAD: [&str; 7] = [
    "init",
    "--name",
    "Tina Lead",
    "--initials",
    "TL",
    "--role",
    "lead",
];
