//! The Windows build of the CLI, run under Wine: the contract a municipal IT department relies
//! on, with the Credential Manager (Wine's) as the keyring. Run by `.ci/windows-test`, which
//! cross-compiles `feldbuch.exe` and prepares a Wine prefix:
//!
//! `FELDBUCH_WINDOWS_EXE` (the .exe), `FELDBUCH_WINE` (wine64) and `WINEPREFIX` must be set;
//! without them the test fails (it is ignored in the ordinary run).
//!
//! Beside the Windows-only steps it carries stores across: a store made by the Linux CLI opens
//! under Windows with its recovery key, and one made under Windows opens on Linux (the Linux half
//! needs the Secret Service: `.ci/with-keyring`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const WORKER_NOTE: &str = "Vertraulich: Mietschulden Q9";
const SITE: &str = "Familienzentrum Windrose";

struct Windows {
    wine: PathBuf,
    exe: PathBuf,
}

impl Windows {
    fn from_env() -> Windows {
        let var = |name: &str| {
            PathBuf::from(std::env::var_os(name).unwrap_or_else(|| {
                panic!("{name} is not set: run this test through .ci/windows-test")
            }))
        };
        assert!(
            std::env::var_os("WINEPREFIX").is_some(),
            "WINEPREFIX is not set: run this test through .ci/windows-test"
        );
        Windows {
            wine: var("FELDBUCH_WINE"),
            exe: var("FELDBUCH_WINDOWS_EXE"),
        }
    }

    /// `feldbuch.exe [--data-dir DIR] ARGS` under Wine, Wine's own chatter off.
    fn command(&self, dir: Option<&Path>, args: &[&str]) -> Command {
        let mut c = Command::new(&self.wine);
        c.arg(&self.exe);
        if let Some(dir) = dir {
            c.arg("--data-dir").arg(win(dir));
        }
        c.args(args).env("WINEDEBUG", "-all");
        c
    }

    /// `feldbuch.exe --data-dir DIR ARGS` with the passphrase `pass`.
    fn run_with(&self, dir: &Path, pass: &str, args: &[&str]) -> Output {
        self.command(Some(dir), args)
            .env("FELDBUCH_PASSPHRASE", pass)
            .output()
            .unwrap()
    }

    fn run(&self, dir: &Path, args: &[&str]) -> Output {
        self.run_with(dir, PASS, args)
    }

    /// `recovery-key use` with `key` and the new passphrase `new`.
    fn recover(&self, dir: &Path, key: &str, new: &str) -> Output {
        self.command(Some(dir), &["recovery-key", "use"])
            .env("FELDBUCH_RECOVERY_KEY", key)
            .env("FELDBUCH_NEW_PASSPHRASE", new)
            .env_remove("FELDBUCH_PASSPHRASE")
            .output()
            .unwrap()
    }
}

/// A Linux path as Windows programs under Wine see it (drive Z: is the root).
fn win(p: &Path) -> String {
    format!("Z:{}", p.display().to_string().replace('/', "\\"))
}

fn recovery_key(init_output: &str) -> String {
    let key = init_output.lines().last().unwrap().trim().to_string();
    assert_eq!(key.split('-').count(), 13, "{init_output}");
    key
}

/// Every file under `dir`, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
#[ignore = "needs the Windows build and Wine: .ci/windows-test"]
fn the_windows_cli_keeps_the_contract_under_wine() {
    let w = Windows::from_env();
    let tmp = tempfile::tempdir().unwrap();
    let worker = tmp.path().join("worker");

    // Set-up: the store key goes to the Credential Manager; the recovery key is printed once.
    let init = ok(&w.run(
        &worker,
        &["init", "--name", "Erika Muster", "--initials", "EM"],
    ));
    let worker_key = recovery_key(&init);
    ok(&w.run(
        &worker,
        &["site", "add", "--name", SITE, "--kind", "quartierszentrum"],
    ));

    // A wrong passphrase: exit code 4, said in German, nothing written.
    let before = files(&worker);
    let wrong = w.run_with(
        &worker,
        "falsch falsch falsch",
        &["--lang", "de", "site", "list"],
    );
    assert_eq!(code(&wrong), 4, "{}", err(&wrong));
    assert!(err(&wrong).contains("Passphrase"), "{}", err(&wrong));
    assert_eq!(files(&worker), before, "a refused unlock writes nothing");

    // Contacts, and a refused one that writes nothing.
    let person = json_of(&w.run(
        &worker,
        &["person", "add", "--pseudonym", "WR-1984", "--json"],
    ));
    let pid = person["id"].as_str().unwrap().to_string();
    ok(&w.run(
        &worker,
        &[
            "consent",
            "give",
            &pid,
            "--scope",
            "documentation",
            "--form",
            "written",
        ],
    ));
    ok(&w.run(
        &worker,
        &[
            "contact",
            "add",
            "--site",
            SITE,
            "--kind",
            "beratung",
            "--duration",
            "30",
            "--topic",
            "wohnen",
            "--note",
            WORKER_NOTE,
            "--person",
            &pid,
        ],
    ));
    let future = w.run(
        &worker,
        &[
            "contact",
            "add",
            "--site",
            SITE,
            "--kind",
            "beratung",
            "--date",
            "2999-01-01",
        ],
    );
    assert_eq!(code(&future), 2, "{}", err(&future));
    let contacts = json_of(&w.run(&worker, &["contact", "list", "--json"]));
    assert_eq!(contacts.as_array().map(Vec::len), Some(1), "{contacts}");

    // Exchange: the office's key pair, the worker's export, the lead's enrolment and import.
    let office = tmp.path().join("office");
    std::fs::create_dir(&office).unwrap();
    let key_file = office.join("office-key.txt");
    let recipient = ok(&w.run(&office, &["office", "init", "--out", &win(&key_file)]));
    let recipient = recipient.lines().last().unwrap().trim().to_string();
    assert!(recipient.starts_with("age1"), "{recipient}");
    let outbox = tmp.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    ok(&w.run(&worker, &["office", "key", &recipient]));
    ok(&w.run(&worker, &["export", "folder", &win(&outbox)]));
    let exported = json_of(&w.run(&worker, &["export", "--json"]));
    let bundle = outbox.join(exported["file_name"].as_str().unwrap());
    let sealed = std::fs::read(&bundle).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1"), "an age file");
    for secret in [SITE, WORKER_NOTE, "WR-1984"] {
        assert!(
            !contains(&sealed, secret),
            "{secret} readable in the bundle"
        );
    }
    let enrolment = office.join("enrolment.json");
    let shown = ok(&w.run(&worker, &["enrol", "export", "--out", &win(&enrolment)]));

    let lead = tmp.path().join("lead");
    ok(&w.run(
        &lead,
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
    ok(&w.run(
        &lead,
        &[
            "enrol",
            "import",
            &win(&enrolment),
            "--fingerprint",
            &fingerprint_in(&shown),
        ],
    ));
    ok(&w.run(&lead, &["office", "identity", &win(&key_file)]));
    let imported = json_of(&w.run(&lead, &["import", &win(&bundle), "--json"]));
    assert!(imported.to_string().contains("\"applied\""), "{imported}");
    // Once only: the same file again is refused, and changes nothing.
    let again = w.run(&lead, &["import", &win(&bundle), "--json"]);
    assert_ne!(code(&again), 0);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("error-bundle-already-imported"),
        "{}",
        err(&again)
    );
    let at_lead = json_of(&w.run(&lead, &["contact", "list", "--json"]));
    assert_eq!(at_lead.as_array().map(Vec::len), Some(1), "{at_lead}");

    // The report as a workbook (a ZIP container).
    let report = tmp.path().join("report.xlsx");
    let day = at_lead[0]["date"].as_str().unwrap().to_string();
    ok(&w.run(
        &lead,
        &[
            "report",
            "--from",
            &day,
            "--to",
            &day,
            "--out",
            &win(&report),
        ],
    ));
    let xlsx = std::fs::read(&report).unwrap();
    assert!(
        xlsx.starts_with(b"PK\x03\x04") && xlsx.len() > 5_000,
        "{} bytes",
        xlsx.len()
    );

    // Verify, back up, restore.
    for dir in [&worker, &lead] {
        assert!(ok(&w.run(dir, &["--lang", "en", "verify"])).contains("passed"));
    }
    let made = json_of(&w.run(&worker, &["backup", "now", "--json"]));
    let name = made["file_name"].as_str().unwrap().to_string();
    ok(&w.run(
        &worker,
        &["contact", "add", "--site", SITE, "--kind", "kurzkontakt"],
    ));
    ok(&w.run(&worker, &["backup", "restore", &name, "--yes"]));
    let restored = json_of(&w.run(&worker, &["contact", "list", "--json"]));
    assert_eq!(restored.as_array().map(Vec::len), Some(1), "{restored}");
    assert!(ok(&w.run(&worker, &["--lang", "en", "verify"])).contains("passed"));

    // Nothing readable in the data folders: store, keys, backups, settings.
    for dir in [&worker, &lead] {
        for (path, bytes) in files(dir) {
            for secret in [
                SITE,
                WORKER_NOTE,
                "WR-1984",
                "Erika Muster",
                "Tina Lead",
                PASS,
            ] {
                assert!(
                    !contains(&bytes, secret),
                    "{secret} readable in {}",
                    path.display()
                );
            }
        }
    }

    // Without --data-dir: the local application data of the Windows user, not the roaming.
    let fresh = w
        .command(None, &["init", "--name", "Ohne Ordner", "--initials", "OO"])
        .env("FELDBUCH_PASSPHRASE", PASS)
        .output()
        .unwrap();
    ok(&fresh);
    let users = PathBuf::from(std::env::var_os("WINEPREFIX").unwrap()).join("drive_c/users");
    let homes: Vec<PathBuf> = std::fs::read_dir(&users)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(
        homes
            .iter()
            .any(|h| h.join("AppData/Local/feldbuch/feldbuch.db").is_file()),
        "no store in AppData\\Local under {}",
        users.display()
    );
    assert!(!homes
        .iter()
        .any(|h| h.join("AppData/Roaming/feldbuch").exists()));

    // Linux → Windows: a store made by the Linux CLI opens under Windows with its recovery key.
    let from_linux = tmp.path().join("from-linux");
    let linux_key = recovery_key(&init_with_site(&from_linux));
    ok(&feldbuch(
        &from_linux,
        &[
            "contact",
            "add",
            "--site",
            "KiTa Sonnenblume",
            "--kind",
            "erstkontakt",
        ],
    ));
    let moved = tmp.path().join("moved-to-windows");
    copy_dir(&from_linux, &moved);
    let opened = w.recover(&moved, &linux_key, "windows passphrase lang");
    let said = ok(&opened);
    assert_eq!(recovery_key(&said).len(), linux_key.len());
    let there = json_of(&w.run_with(
        &moved,
        "windows passphrase lang",
        &["contact", "list", "--json"],
    ));
    assert_eq!(there.as_array().map(Vec::len), Some(1), "{there}");
    assert_eq!(there[0]["site_name"], "KiTa Sonnenblume");

    // Windows → Linux: the worker's store opens under Linux with its recovery key.
    let moved = tmp.path().join("moved-to-linux");
    copy_dir(&worker, &moved);
    let opened = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(&moved)
        .args(["recovery-key", "use"])
        .env("FELDBUCH_RECOVERY_KEY", &worker_key)
        .env("FELDBUCH_NEW_PASSPHRASE", "linux passphrase lang")
        .env_remove("FELDBUCH_PASSPHRASE")
        .output()
        .unwrap();
    ok(&opened);
    let here = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(&moved)
        .args(["contact", "list", "--json"])
        .env("FELDBUCH_PASSPHRASE", "linux passphrase lang")
        .output()
        .unwrap();
    let here = json_of(&here);
    assert_eq!(here.as_array().map(Vec::len), Some(1), "{here}");
    assert_eq!(here[0]["site_name"], SITE);
}
