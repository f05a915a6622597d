//! The `feldbuch` command-line contract: options, output, localized errors and exit codes.
//! Runs the real binary against real SQLCipher files and the real keyring (`.ci/with-keyring`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

fn initialised() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let out = init_with_site(tmp.path());
    let key_line = out.lines().last().unwrap();
    assert_eq!(
        key_line.split('-').count(),
        13,
        "recovery key line: {key_line}"
    );
    tmp
}

#[test]
fn contact_lifecycle_through_the_cli() {
    let tmp = initialised();
    let d = tmp.path();
    let added = ok(&feldbuch(
        d,
        &[
            "contact",
            "add",
            "--site",
            "KiTa Sonnenblume",
            "--kind",
            "beratung",
            "--date",
            "2026-01-15",
            "--start",
            "09:30",
            "--duration",
            "25",
            "--anonymous",
            "2",
            "--topic",
            "einsamkeit",
            "--topic",
            "wohnen",
            "--note",
            "Gespräch über den Garten",
            "--json",
        ],
    ));
    let c: serde_json::Value = serde_json::from_str(&added).unwrap();
    let id = c["id"].as_str().unwrap().to_string();
    assert_eq!(c["kind"], "beratung");
    assert_eq!(c["topics"], serde_json::json!(["einsamkeit", "wohnen"]));

    // Global options after the sub-command work too.
    let list = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .args([
            "contact",
            "list",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
            "--json",
            "--data-dir",
        ])
        .arg(d)
        .env("FELDBUCH_PASSPHRASE", PASS)
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_str(&ok(&list)).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let empty: serde_json::Value = serde_json::from_str(&ok(&feldbuch(
        d,
        &["contact", "list", "--from", "2026-02-01", "--json"],
    )))
    .unwrap();
    assert_eq!(empty.as_array().unwrap().len(), 0);

    let edited = ok(&feldbuch(
        d,
        &["contact", "edit", &id, "--duration", "40", "--json"],
    ));
    let e: serde_json::Value = serde_json::from_str(&edited).unwrap();
    assert_eq!(
        (e["duration_min"].as_i64(), e["revision"].as_i64()),
        (Some(40), Some(2))
    );
    assert_eq!(e["note"], "Gespräch über den Garten");

    let shown = ok(&feldbuch(d, &["--lang", "en", "contact", "show", &id]));
    assert!(shown.contains("Duration (min): 40"), "{shown}");
    assert!(shown.contains("Loneliness/social isolation"), "{shown}");

    ok(&feldbuch(d, &["contact", "delete", &id]));
    let gone = feldbuch(d, &["contact", "show", &id]);
    assert_eq!(code(&gone), 7, "{}", err(&gone));
    let verify = ok(&feldbuch(d, &["verify"]));
    assert!(verify.contains("Prüfung bestanden"), "{verify}");
}

#[test]
fn invalid_input_is_refused_with_a_localized_message_and_writes_nothing() {
    let tmp = initialised();
    let d = tmp.path();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &[
                "contact",
                "add",
                "--site",
                "Nirgendwo",
                "--kind",
                "beratung",
            ],
            7,
            "No site \"Nirgendwo\" found.",
        ),
        (
            &[
                "contact",
                "add",
                "--site",
                "KiTa Sonnenblume",
                "--kind",
                "kaffee",
            ],
            2,
            "\"kaffee\" is not a known contact kind.",
        ),
        (
            &[
                "contact",
                "add",
                "--site",
                "KiTa Sonnenblume",
                "--kind",
                "beratung",
                "--date",
                "2026-02-30",
            ],
            2,
            "not a valid date",
        ),
        (
            &[
                "contact",
                "add",
                "--site",
                "KiTa Sonnenblume",
                "--kind",
                "beratung",
                "--duration",
                "-5",
            ],
            2,
            "between 1 and 720",
        ),
        (
            &[
                "contact",
                "add",
                "--site",
                "KiTa Sonnenblume",
                "--kind",
                "beratung",
                "--anonymous",
                "9999",
            ],
            2,
            "between 0 and 500",
        ),
        (
            &[
                "contact",
                "add",
                "--site",
                "KiTa Sonnenblume",
                "--kind",
                "beratung",
                "--start",
                "7 Uhr",
            ],
            2,
            "not a valid time",
        ),
        (&["contact", "show", "not-an-id"], 2, "is not a valid ID"),
        (
            &[
                "contact",
                "list",
                "--from",
                "2026-03-01",
                "--to",
                "2026-01-01",
            ],
            2,
            "The period is invalid",
        ),
        (
            &["site", "add", "--name", "X", "--kind", "kirche"],
            2,
            "not a known kind of site",
        ),
        (&["contact", "frobnicate"], 2, "Invalid command"),
    ];
    for (args, want_code, want_text) in cases {
        let mut full = vec!["--lang", "en"];
        full.extend_from_slice(args);
        let o = feldbuch(d, &full);
        assert_eq!(code(&o), *want_code, "{args:?}: {}", err(&o));
        assert!(err(&o).contains(want_text), "{args:?}: {}", err(&o));
    }
    let list: serde_json::Value =
        serde_json::from_str(&ok(&feldbuch(d, &["contact", "list", "--json"]))).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);

    // The same error in German and Arabic.
    let de = feldbuch(
        d,
        &[
            "contact",
            "add",
            "--site",
            "Nirgendwo",
            "--kind",
            "beratung",
        ],
    );
    assert!(
        err(&de).contains("Kein Einsatzort „Nirgendwo“ gefunden."),
        "{}",
        err(&de)
    );
    let ar = feldbuch(
        d,
        &[
            "--lang",
            "ar",
            "contact",
            "add",
            "--site",
            "Nirgendwo",
            "--kind",
            "beratung",
        ],
    );
    assert!(
        !err(&ar).contains("Kein Einsatzort") && err(&ar).contains("Nirgendwo"),
        "{}",
        err(&ar)
    );
}

#[test]
fn exit_codes_tell_apart_passphrase_keyring_and_initialisation() {
    let tmp = initialised();
    let d = tmp.path();

    let wrong = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(d)
        .args(["site", "list"])
        .env("FELDBUCH_PASSPHRASE", "falsche passphrase")
        .output()
        .unwrap();
    assert_eq!(code(&wrong), 4, "{}", err(&wrong));

    let pwfile = tmp.path().join("pw.txt");
    std::fs::write(&pwfile, format!("{PASS}\n")).unwrap();
    let via_file = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(d)
        .args(["site", "list", "--json", "--passphrase-file"])
        .arg(&pwfile)
        .env_remove("FELDBUCH_PASSPHRASE")
        .output()
        .unwrap();
    assert!(ok(&via_file).contains("KiTa Sonnenblume"));

    let no_pass = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(d)
        .args(["site", "list"])
        .env_remove("FELDBUCH_PASSPHRASE")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&no_pass), 2, "{}", err(&no_pass));

    let no_keyring = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(d)
        .args(["site", "list"])
        .env("FELDBUCH_PASSPHRASE", PASS)
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/feldbuch-test-bus",
        )
        .output()
        .unwrap();
    assert_eq!(code(&no_keyring), 5, "{}", err(&no_keyring));
    assert!(
        err(&no_keyring).contains("Schlüsselbund"),
        "{}",
        err(&no_keyring)
    );

    let empty = tempfile::tempdir().unwrap();
    let not_init = feldbuch(empty.path(), &["contact", "list"]);
    assert_eq!(code(&not_init), 3, "{}", err(&not_init));

    let again = feldbuch(d, &["init", "--name", "X", "--initials", "X"]);
    assert_eq!(code(&again), 2, "{}", err(&again));

    let short = feldbuch(empty.path(), &["init", "--name", "X", "--initials", "XY"]);
    assert_eq!(code(&short), 0, "{}", err(&short));
    let bad_init = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(empty.path().join("second"))
        .args(["init", "--name", "X", "--initials", "XY"])
        .env("FELDBUCH_PASSPHRASE", "kurz")
        .output()
        .unwrap();
    assert_eq!(code(&bad_init), 2, "{}", err(&bad_init));
    assert!(
        !empty.path().join("second/keys.json").exists(),
        "a refused init wrote a key file"
    );
}

/// A locked keyring is reported as such (exit 6), not as a wrong passphrase, and opens nothing.
/// Runs in its own D-Bus session and gnome-keyring (so locking it cannot disturb other tests),
/// without a display (so no unlock prompt can appear).
#[test]
fn a_locked_keyring_is_reported_with_its_own_exit_code() {
    let tmp = tempfile::tempdir().unwrap();
    let script = r#"
        set -u
        "$FB" --data-dir "$D" init --name "Erika Muster" --initials EM >/dev/null || exit 90
        "$FB" --data-dir "$D" site list >/dev/null || exit 91
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 92
        timeout 60 "$FB" --data-dir "$D" --lang en site list
        echo "exit=$?"
    "#;
    let with_keyring = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.ci/with-keyring");
    let out = Command::new(with_keyring)
        .args(["bash", "-c", script])
        .env("FB", env!("CARGO_BIN_EXE_feldbuch"))
        .env("D", tmp.path().join("d"))
        .env("FELDBUCH_PASSPHRASE", PASS)
        .env_remove("FELDBUCH_KEYRING_HOME")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("exit=6"),
        "stdout: {stdout}\nstderr: {}",
        err(&out)
    );
    assert!(
        err(&out).contains("The system keyring is locked"),
        "{}",
        err(&out)
    );
}

#[test]
fn help_speaks_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let help = |lang: &str| {
        let o = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
            .args(["--data-dir"])
            .arg(tmp.path())
            .args(["--lang", lang, "contact", "add", "--help"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", err(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let de = help("de");
    assert!(
        de.contains("Einen Kontakt erfassen.")
            && de.contains("Aufruf:")
            && de.contains("Vertrauliche Notiz"),
        "{de}"
    );
    let en = help("en");
    assert!(
        en.contains("Log a contact.") && en.contains("Usage:") && en.contains("Confidential note"),
        "{en}"
    );
    let ar = help("ar");
    assert!(
        !ar.contains("Vertrauliche Notiz")
            && !ar.contains("Confidential note")
            && ar.contains("--note"),
        "{ar}"
    );
}

#[test]
fn persons_and_consent_through_the_cli() {
    let tmp = initialised();
    let d = tmp.path();
    let added = ok(&feldbuch(
        d,
        &[
            "person",
            "add",
            "--pseudonym",
            "MK1987",
            "--birth-year",
            "1987",
            "--gender",
            "weiblich",
            "--language",
            "tr",
            "--marker",
            "alleinerziehend",
            "--json",
        ],
    ));
    let p: serde_json::Value = serde_json::from_str(&added).unwrap();
    let id = p["id"].as_str().unwrap().to_string();
    assert_eq!(p["markers"], serde_json::json!(["alleinerziehend"]));

    let refused = feldbuch(
        d,
        &[
            "--lang",
            "en",
            "person",
            "edit",
            &id,
            "--real-name",
            "Maria Kaya",
        ],
    );
    assert_eq!(code(&refused), 2, "{}", err(&refused));
    assert!(
        err(&refused).contains("only be stored with a consent to documentation"),
        "{}",
        err(&refused)
    );

    let consent: serde_json::Value = serde_json::from_str(&ok(&feldbuch(
        d,
        &[
            "consent",
            "give",
            &id,
            "--scope",
            "documentation",
            "--form",
            "written",
            "--json",
        ],
    )))
    .unwrap();
    let consent_id = consent["id"].as_str().unwrap().to_string();
    ok(&feldbuch(
        d,
        &["person", "edit", &id, "--real-name", "Maria Kaya"],
    ));
    let shown = ok(&feldbuch(d, &["--lang", "en", "person", "show", &id]));
    assert!(
        shown.contains("Real name: Maria Kaya") && shown.contains("single parent"),
        "{shown}"
    );

    let after: serde_json::Value = serde_json::from_str(&ok(&feldbuch(
        d,
        &["consent", "withdraw", &consent_id, "--json"],
    )))
    .unwrap();
    assert_eq!(after["real_name"], serde_json::Value::Null);
    assert_eq!(after["pseudonym"], "MK1987");
    let list: serde_json::Value =
        serde_json::from_str(&ok(&feldbuch(d, &["person", "list", "--json"]))).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let gone = feldbuch(
        d,
        &["person", "show", "01a1fbf0-0108-77cd-aab7-9c727866db10"],
    );
    assert_eq!(code(&gone), 7, "{}", err(&gone));
    assert!(ok(&feldbuch(d, &["verify"])).contains("Prüfung bestanden"));
}

#[test]
fn the_outreach_workflow_through_the_cli() {
    let tmp = initialised();
    let d = tmp.path();
    let partner = json_of(&feldbuch(
        d,
        &[
            "partner",
            "add",
            "--name",
            "Schuldnerberatung Mitte",
            "--kind",
            "beratungsstelle",
            "--service",
            "Erstberatung",
            "--json",
        ],
    ));
    assert_eq!(partner["services"][0]["name"], "Erstberatung");
    let person = json_of(&feldbuch(
        d,
        &[
            "person",
            "add",
            "--pseudonym",
            "CL1988",
            "--district",
            "Nordend",
            "--marker",
            "einsam",
            "--json",
        ],
    ));
    let pid = person["id"].as_str().unwrap().to_string();
    ok(&feldbuch(
        d,
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
    ok(&feldbuch(
        d,
        &[
            "consent",
            "give",
            &pid,
            "--scope",
            "forwarding",
            "--form",
            "verbal",
            "--partner",
            "Schuldnerberatung Mitte",
        ],
    ));
    let contact = json_of(&feldbuch(
        d,
        &[
            "contact",
            "add",
            "--site",
            "KiTa Sonnenblume",
            "--kind",
            "beratung",
            "--person",
            &pid,
            "--anonymous",
            "2",
            "--note",
            "Mahnung vom Stromanbieter besprochen",
            "--language",
            "tr",
            "--interpreter",
            "--outcome",
            "vermittelt",
            "--json",
        ],
    ));
    assert_eq!(contact["anonymous_count"], 2);
    assert_eq!(contact["outcome"], "vermittelt");
    assert_eq!(contact["interpreter"], true);
    let cid = contact["id"].as_str().unwrap().to_string();

    let referral = json_of(&feldbuch(
        d,
        &[
            "referral",
            "add",
            "--partner",
            "Schuldnerberatung Mitte",
            "--service",
            "Erstberatung",
            "--person",
            &pid,
            "--contact",
            &cid,
            "--json",
        ],
    ));
    assert_eq!(referral["forwarding_consent"], true);
    let rid = referral["id"].as_str().unwrap().to_string();
    let moved = json_of(&feldbuch(
        d,
        &["referral", "status", &rid, "vereinbart", "--json"],
    ));
    assert_eq!(moved["status"], "vereinbart");
    let skip = feldbuch(
        d,
        &["--lang", "en", "referral", "status", &rid, "vorgeschlagen"],
    );
    assert_eq!(code(&skip), 2);
    assert!(err(&skip).contains("cannot go from"), "{}", err(&skip));

    let act = json_of(&feldbuch(
        d,
        &[
            "activity",
            "add",
            "--kind",
            "repair-cafe",
            "--title",
            "Repair-Café",
            "--anonymous",
            "6",
            "--volunteers",
            "2",
            "--person",
            &pid,
            "--json",
        ],
    ));
    assert_eq!(act["total_attendance"], 7);

    let today = chrono::Local::now().date_naive().to_string();
    let fu = json_of(&feldbuch(
        d,
        &[
            "followup", "add", "--due", &today, "--what", "Rückruf", "--person", &pid, "--json",
        ],
    ));
    let due = json_of(&feldbuch(d, &["followup", "list", "--json"]));
    assert_eq!(due.as_array().unwrap().len(), 1);
    ok(&feldbuch(
        d,
        &["followup", "done", fu["id"].as_str().unwrap()],
    ));
    assert!(json_of(&feldbuch(d, &["followup", "list", "--json"]))
        .as_array()
        .unwrap()
        .is_empty());

    let hits = json_of(&feldbuch(d, &["search", "notes", "strom", "--json"]));
    assert_eq!(hits[0]["contact_id"], cid.as_str());
    let persons = json_of(&feldbuch(
        d,
        &["search", "persons", "--marker", "einsam", "--json"],
    ));
    assert_eq!(persons[0]["pseudonym"], "CL1988");

    let out = d.join("auskunft.txt");
    ok(&feldbuch(
        d,
        &[
            "--lang",
            "de",
            "auskunft",
            &pid,
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("CL1988") && text.contains("Mahnung vom Stromanbieter"));
    let again = feldbuch(d, &["auskunft", &pid, "--out", out.to_str().unwrap()]);
    assert_eq!(code(&again), 2, "an existing file is not overwritten");

    let unconfirmed = feldbuch(d, &["erase", &pid]);
    assert_eq!(code(&unconfirmed), 2);
    ok(&feldbuch(d, &["person", "show", &pid]));
    let report = json_of(&feldbuch(d, &["erase", &pid, "--yes", "--json"]));
    assert_eq!(report["contacts_anonymised"], 1);
    assert_eq!(code(&feldbuch(d, &["person", "show", &pid])), 7);
    let after = json_of(&feldbuch(d, &["contact", "show", &cid, "--json"]));
    assert_eq!(after["anonymous_count"], 3);
    assert!(
        json_of(&feldbuch(d, &["search", "notes", "strom", "--json"]))
            .as_array()
            .unwrap()
            .is_empty()
    );

    ok(&feldbuch(d, &["retention", "set", "notes", "--years", "3"]));
    assert_eq!(
        code(&feldbuch(
            d,
            &["retention", "set", "notes", "--years", "99"]
        )),
        2
    );
    let rules = json_of(&feldbuch(d, &["retention", "show", "--json"]));
    assert!(rules
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["category"] == "notes" && r["years"] == 3));
    let due = json_of(&feldbuch(d, &["retention", "due", "--json"]));
    assert_eq!(due[0]["count"], 0);
    assert_eq!(
        code(&feldbuch(d, &["retention", "apply"])),
        2,
        "needs --yes"
    );
    ok(&feldbuch(d, &["retention", "apply", "--yes"]));
    let log = json_of(&feldbuch(d, &["retention", "log", "--json"]));
    assert!(log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["reason"] == "erasure"));

    let audit = json_of(&feldbuch(d, &["audit", "--id", &pid, "--json"]));
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in ["create", "view", "export", "erase"] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
    ok(&feldbuch(d, &["verify"]));
}

#[test]
fn exchange_through_the_cli_office_key_enrolment_and_export() {
    let office = tempfile::tempdir().unwrap();
    let key_file = office.path().join("office-key.txt");
    let key_arg = key_file.to_str().unwrap();
    // `office init` needs no store.
    let out = ok(&feldbuch(
        office.path(),
        &["office", "init", "--out", key_arg],
    ));
    let recipient = out.lines().last().unwrap().to_string();
    assert!(recipient.starts_with("age1"), "{out}");
    let again = feldbuch(office.path(), &["office", "init", "--out", key_arg]);
    assert_eq!(code(&again), 2, "{}", err(&again));
    assert!(err(&again).contains("überschrieben"), "{}", err(&again));
    // A bare file name is written into the current folder.
    let here = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .current_dir(office.path())
        .args(["office", "init", "--out", "second-key.txt"])
        .output()
        .unwrap();
    assert!(ok(&here).contains("age1"));
    assert!(office.path().join("second-key.txt").exists());

    let w = initialised();
    ok(&feldbuch(
        w.path(),
        &[
            "contact",
            "add",
            "--site",
            "KiTa Sonnenblume",
            "--kind",
            "beratung",
            "--anonymous",
            "2",
            "--note",
            "Geheime Notiz 42",
        ],
    ));
    // No key yet: a clear error.
    let no_key = feldbuch(w.path(), &["export"]);
    assert_eq!(code(&no_key), 2);
    assert!(
        err(&no_key).contains("Schlüssel der Zentrale"),
        "{}",
        err(&no_key)
    );
    // The key from the office's file (the public line is read from it) or as a string.
    ok(&feldbuch(w.path(), &["office", "key", key_arg]));
    let shown = json_of(&feldbuch(w.path(), &["office", "show", "--json"]));
    assert_eq!(shown["recipient"], serde_json::json!(recipient));
    let bad = feldbuch(w.path(), &["office", "key", "age1kaputt"]);
    assert_eq!(code(&bad), 2);

    let outbox = w.path().join("outbox");
    ok(&feldbuch(
        w.path(),
        &["export", "folder", outbox.to_str().unwrap()],
    ));
    // The folder is not there yet: the export waits.
    let queued = json_of(&feldbuch(w.path(), &["export", "--json"]));
    assert_eq!(queued["queued"], serde_json::json!(true));
    std::fs::create_dir(&outbox).unwrap();
    let written = json_of(&feldbuch(w.path(), &["export", "--json"]));
    assert_eq!(written["queued"], serde_json::json!(false));
    assert_eq!(written["sequence"], serde_json::json!(2));
    assert_eq!(written["written"].as_array().unwrap().len(), 2);
    let history = json_of(&feldbuch(w.path(), &["export", "history", "--json"]));
    assert_eq!(history.as_array().unwrap().len(), 2);
    // Just exported: nothing is due; the schedule can be changed, to known values only.
    let status = json_of(&feldbuch(w.path(), &["export", "status", "--json"]));
    assert_eq!(status["due"], serde_json::json!(false));
    assert_eq!(status["schedule"], serde_json::json!("monthly"));
    assert_eq!(status["queued"], serde_json::json!(0));
    ok(&feldbuch(w.path(), &["export", "schedule", "weekly"]));
    let bad = feldbuch(w.path(), &["export", "schedule", "daily"]);
    assert_eq!(code(&bad), 2);
    assert!(err(&bad).contains("daily"), "{}", err(&bad));
    let status = json_of(&feldbuch(w.path(), &["export", "status", "--json"]));
    assert_eq!(status["schedule"], serde_json::json!("weekly"));

    // The office opens a bundle with the ordinary age tool; the note is not in it.
    let file = outbox.join(written["file_name"].as_str().unwrap());
    let plain = Command::new("age")
        .args(["--decrypt", "--identity", key_arg])
        .arg(&file)
        .output()
        .expect("the `age` tool (installed by .ci/setup)");
    assert!(
        plain.status.success(),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    let text = String::from_utf8(plain.stdout).unwrap();
    assert!(text.starts_with("feldbuch-bundle/1\n"));
    assert!(!text.contains("Geheime Notiz 42"));
    let bad = feldbuch(w.path(), &["export", "notes", "vielleicht"]);
    assert_eq!(code(&bad), 2);
    ok(&feldbuch(w.path(), &["export", "notes", "on"]));
    let full = json_of(&feldbuch(w.path(), &["export", "--full", "--json"]));
    let file = outbox.join(full["file_name"].as_str().unwrap());
    let plain = Command::new("age")
        .args(["--decrypt", "--identity", key_arg])
        .arg(&file)
        .output()
        .unwrap();
    assert!(String::from_utf8(plain.stdout)
        .unwrap()
        .contains("Geheime Notiz 42"));

    // Enrolment: the worker writes the file, a lead registers the device.
    let enrol_file = w.path().join("enrolment.json");
    let exported = ok(&feldbuch(
        w.path(),
        &["enrol", "export", "--out", enrol_file.to_str().unwrap()],
    ));
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
    // A fingerprint that is not the file's: nothing enrolled.
    let wrong = feldbuch(
        lead.path(),
        &[
            "enrol",
            "import",
            enrol_file.to_str().unwrap(),
            "--fingerprint",
            "00000 00000 00000 00000 00000 00000",
        ],
    );
    assert_eq!(code(&wrong), 2);
    let none = json_of(&feldbuch(lead.path(), &["enrol", "list", "--json"]));
    assert_eq!(none, serde_json::json!([]));
    // Six groups of five digits, as the worker's device printed them.
    let shown = fingerprint_in(&exported);
    let enrolled = json_of(&feldbuch(
        lead.path(),
        &[
            "enrol",
            "import",
            enrol_file.to_str().unwrap(),
            "--fingerprint",
            &shown,
            "--json",
        ],
    ));
    assert_eq!(enrolled["initials"], serde_json::json!("EM"));
    // Both sides show the device key's fingerprint, to be compared aloud.
    let fingerprint = enrolled["fingerprint"].as_str().unwrap();
    assert_eq!(fingerprint.split(' ').count(), 6, "{fingerprint}");
    assert!(exported.contains(fingerprint), "{exported}");
    // A worker's device may not enrol devices.
    // Without the fingerprint compared, nothing is enrolled.
    let unchecked = feldbuch(
        lead.path(),
        &["enrol", "import", enrol_file.to_str().unwrap()],
    );
    assert_eq!(code(&unchecked), 2);
    let refused = feldbuch(
        w.path(),
        &[
            "enrol",
            "import",
            enrol_file.to_str().unwrap(),
            "--fingerprint",
            &shown,
        ],
    );
    assert_ne!(code(&refused), 0);

    // The lead keeps the office's key in its store and imports the whole folder: the bundles
    // go in sequence order; the second time the first one is refused.
    ok(&feldbuch(lead.path(), &["office", "identity", key_arg]));
    let mut files: Vec<_> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let imported = json_of(&feldbuch(
        lead.path(),
        &["import", "--json", outbox.to_str().unwrap()],
    ));
    let seqs: Vec<_> = imported
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["imported"].clone(), r["sequence"].clone()))
        .collect();
    assert_eq!(
        seqs,
        (1..=3)
            .map(|n| (serde_json::json!(true), serde_json::json!(n)))
            .collect::<Vec<_>>()
    );
    let again = feldbuch(
        lead.path(),
        &["import", "--identity", key_arg, names[0].as_str()],
    );
    assert_eq!(code(&again), 2);
    assert!(err(&again).contains("schon eingelesen"), "{}", err(&again));
    let conflicts = json_of(&feldbuch(lead.path(), &["conflicts", "--json"]));
    assert_eq!(conflicts, serde_json::json!([]));
    let contacts = json_of(&feldbuch(lead.path(), &["contact", "list", "--json"]));
    assert_eq!(contacts.as_array().unwrap().len(), 1);

    // The laptop is lost: the lead lists the devices and revokes it; its next bundle is refused.
    let devices = json_of(&feldbuch(lead.path(), &["enrol", "list", "--json"]));
    assert_eq!(devices.as_array().unwrap().len(), 1);
    let device = devices[0]["device_id"].as_str().unwrap().to_string();
    assert_eq!(devices[0]["fingerprint"].as_str(), Some(fingerprint));
    assert_eq!(devices[0]["last_sequence"], serde_json::json!(3));
    assert_eq!(devices[0]["revoked_at"], serde_json::Value::Null);
    let unconfirmed = feldbuch(lead.path(), &["enrol", "revoke", &device]);
    assert_eq!(code(&unconfirmed), 2);
    let listed = ok(&feldbuch(lead.path(), &["enrol", "list", "--lang", "en"]));
    assert!(listed.contains("enrolled on"), "{listed}");
    let revoked = ok(&feldbuch(
        lead.path(),
        &["enrol", "revoke", &device, "--yes", "--lang", "en"],
    ));
    assert!(revoked.contains("revoked"), "{revoked}");
    let listed = ok(&feldbuch(lead.path(), &["enrol", "list", "--lang", "en"]));
    assert!(listed.contains("REVOKED on"), "{listed}");
    ok(&feldbuch(
        w.path(),
        &[
            "contact",
            "add",
            "--site",
            "KiTa Sonnenblume",
            "--kind",
            "beratung",
        ],
    ));
    let next = json_of(&feldbuch(w.path(), &["export", "--json"]));
    let file = outbox.join(next["file_name"].as_str().unwrap());
    let refused = feldbuch(
        lead.path(),
        &["import", file.to_str().unwrap(), "--lang", "en"],
    );
    assert_eq!(code(&refused), 2);
    assert!(
        err(&refused).contains("was revoked on"),
        "{}",
        err(&refused)
    );
    let contacts = json_of(&feldbuch(lead.path(), &["contact", "list", "--json"]));
    assert_eq!(contacts.as_array().unwrap().len(), 1);
}

#[test]
fn report_through_the_cli_refuses_bad_periods_and_writes_a_workbook() {
    let tmp = initialised();
    let dir = tmp.path();
    for d in ["2026-07-01", "2026-07-02", "2026-08-03"] {
        ok(&feldbuch(
            dir,
            &[
                "contact",
                "add",
                "--site",
                "KiTa Sonnenblume",
                "--kind",
                "beratung",
                "--date",
                d,
                "--anonymous",
                "1",
            ],
        ));
    }
    let out = tmp.path().join("q3.xlsx");
    let out_s = out.to_str().unwrap();
    for (args, message) in [
        (
            vec!["report", "--quarter", "2026-Q5", "--out", out_s],
            "ist kein Quartal",
        ),
        (
            vec![
                "report",
                "--from",
                "2026-09-30",
                "--to",
                "2026-07-01",
                "--out",
                out_s,
            ],
            "ungültig",
        ),
        (
            vec!["report", "--quarter", "2026-Q3", "--k", "1", "--out", out_s],
            "Mindestfallzahl",
        ),
    ] {
        let o = feldbuch(dir, &args);
        assert_eq!(code(&o), 2, "{args:?}: {}", err(&o));
        assert!(err(&o).contains(message), "{args:?}: {}", err(&o));
        assert!(!out.exists(), "{args:?} wrote a file");
    }
    let o = feldbuch(
        dir,
        &[
            "report",
            "--quarter",
            "2026-Q3",
            "--out",
            out_s,
            "--lang",
            "en",
        ],
    );
    assert!(ok(&o).contains("Report 2026-Q3 written"));
    assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    let json = json_of(&feldbuch(
        dir,
        &["report", "--quarter", "2026-Q3", "--json"],
    ));
    assert_eq!(json["key_figures"][0]["current"].as_f64(), Some(3.0));
    assert_eq!(json["period"]["from"], "2026-07-01");
    // Without a period: the last complete quarter, summarised.
    let summary = ok(&feldbuch(dir, &["report"]));
    assert!(summary.contains("Bericht"), "{summary}");
}

#[test]
fn seed_writes_invented_data_only_when_confirmed() {
    let tmp = initialised();
    let d = tmp.path();
    let sites = |d: &std::path::Path| {
        json_of(&feldbuch(d, &["site", "list", "--json"]))
            .as_array()
            .unwrap()
            .len()
    };
    let contacts = |d: &std::path::Path| {
        json_of(&feldbuch(d, &["contact", "list", "--json"]))
            .as_array()
            .unwrap()
            .len()
    };
    let (sites_before, contacts_before) = (sites(d), contacts(d));
    let args = ["seed", "--contacts", "30", "--sites", "2", "--persons", "3"];

    let refused = feldbuch(d, &[&args[..], &["--lang", "en"]].concat());
    assert_eq!(code(&refused), 2);
    assert!(
        err(&refused).contains("invented") && err(&refused).contains("--yes"),
        "{}",
        err(&refused)
    );
    assert_eq!((sites(d), contacts(d)), (sites_before, contacts_before));

    ok(&feldbuch(d, &[&args[..], &["--yes"]].concat()));
    assert_eq!(sites(d), sites_before + 2);
    assert_eq!(contacts(d), contacts_before + 30);
}

/// `passphrase change` and `recovery-key new`: the old passphrase stops working, a new recovery
/// key is printed once (another than init's), both are in the audit log; refusals change nothing.
#[test]
fn the_passphrase_is_changed_and_a_new_recovery_key_made() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let first_key = init_with_site(dir).lines().last().unwrap().to_string();
    let with = |pass: &str, new: Option<&str>, args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_feldbuch"));
        c.arg("--data-dir")
            .arg(dir)
            .args(args)
            .env("FELDBUCH_PASSPHRASE", pass);
        match new {
            Some(n) => c.env("FELDBUCH_NEW_PASSPHRASE", n),
            None => c.env_remove("FELDBUCH_NEW_PASSPHRASE"),
        };
        c.output().unwrap()
    };
    // No new passphrase (no terminal to ask): refused, nothing changed.
    let o = with(PASS, None, &["--lang", "en", "passphrase", "change"]);
    assert_eq!(code(&o), 2, "{}", err(&o));
    ok(&with(PASS, None, &["site", "list"]));
    // A wrong current one, or a too short new one: refused.
    assert_eq!(
        code(&with(
            "falsch falsch",
            Some("ganz neues passwort"),
            &["passphrase", "change"]
        )),
        4
    );
    assert_eq!(
        code(&with(PASS, Some("kurz"), &["passphrase", "change"])),
        2
    );
    ok(&with(PASS, None, &["site", "list"]));

    let o = with(
        PASS,
        Some("ganz neues passwort"),
        &["--lang", "en", "passphrase", "change"],
    );
    assert!(ok(&o).contains("The passphrase is changed."));
    assert_eq!(
        code(&with(PASS, None, &["site", "list"])),
        4,
        "the old one no longer opens"
    );
    let new = "ganz neues passwort";
    ok(&with(new, None, &["site", "list"]));

    let o = with(new, None, &["recovery-key", "new"]);
    assert_eq!(code(&o), 2, "refused without --yes");
    let out = ok(&with(new, None, &["recovery-key", "new", "--yes"]));
    let key = out.lines().last().unwrap();
    assert_eq!(key.split('-').count(), 13, "{out}");
    assert_ne!(key, first_key);

    let audit = serde_json::from_str::<serde_json::Value>(&ok(&with(
        new,
        None,
        &["audit", "--entity", "store", "--json"],
    )))
    .unwrap();
    let changed: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "update")
        .filter_map(|e| e["entity_id"].as_str())
        .collect();
    assert_eq!(changed, ["recovery-key", "passphrase"], "{audit}");
    assert!(!audit.to_string().contains(key), "no key in the log");
}

#[test]
fn records_are_corrected_and_archived_through_the_cli() {
    let tmp = initialised();
    let d = tmp.path();
    let run = |args: &[&str]| feldbuch(d, args);

    // A site: corrected by name, a taken name refused (nothing changes), archived, back.
    ok(&run(&[
        "site",
        "add",
        "--name",
        "Treff",
        "--kind",
        "quartierszentrum",
    ]));
    let refused = run(&[
        "--lang",
        "de",
        "site",
        "edit",
        "KiTa Sonnenblume",
        "--name",
        "treff",
    ]);
    assert_eq!(code(&refused), 2, "{}", err(&refused));
    assert!(err(&refused).contains("gibt es schon"), "{}", err(&refused));
    let site = json_of(&run(&[
        "site",
        "edit",
        "KiTa Sonnenblume",
        "--name",
        "KiTa Sonnenschein",
        "--address",
        "Am Park 3",
        "--json",
    ]));
    assert_eq!(site["name"], "KiTa Sonnenschein");
    assert_eq!(site["address"], "Am Park 3");
    assert_eq!(site["revision"], 2);
    let sid = site["id"].as_str().unwrap().to_string();
    ok(&run(&[
        "contact",
        "add",
        "--site",
        "KiTa Sonnenschein",
        "--kind",
        "beratung",
        "--duration",
        "20",
        "--anonymous",
        "1",
    ]));
    ok(&run(&["site", "archive", "KiTa Sonnenschein"]));
    let listed = ok(&run(&["site", "list"]));
    assert!(!listed.contains("Sonnenschein"), "{listed}");
    assert!(ok(&run(&["site", "list", "--all"])).contains("Sonnenschein"));
    let page = json_of(&run(&["site", "show", &sid, "--json"]));
    assert_eq!(page["total_contacts"], 1, "history stays: {page}");
    assert_eq!(page["site"]["archived"], true);
    let at_archived = run(&[
        "contact",
        "add",
        "--site",
        &sid,
        "--kind",
        "beratung",
        "--duration",
        "5",
        "--anonymous",
        "1",
    ]);
    assert_ne!(code(&at_archived), 0);
    ok(&run(&["site", "unarchive", &sid]));
    assert!(ok(&run(&["site", "list"])).contains("Sonnenschein"));

    // A visit slot moved.
    let slot = json_of(&run(&[
        "site",
        "slot",
        "add",
        &sid,
        "--weekday",
        "2",
        "--start",
        "08:00",
        "--end",
        "10:00",
        "--json",
    ]));
    let slot_id = slot["id"].as_str().unwrap().to_string();
    let moved = json_of(&run(&[
        "site",
        "slot",
        "edit",
        &slot_id,
        "--weekday",
        "4",
        "--start",
        "09:00",
        "--end",
        "11:00",
        "--json",
    ]));
    assert_eq!(
        (moved["weekday"].as_i64(), moved["start"].as_str()),
        (Some(4), Some("09:00"))
    );

    // A partner and its services; a referral moved between them.
    let partner = json_of(&run(&[
        "partner",
        "add",
        "--name",
        "Tafel",
        "--kind",
        "verein",
        "--service",
        "Lebensmittel",
        "--json",
    ]));
    let other = json_of(&run(&[
        "partner",
        "add",
        "--name",
        "Schuldnerberatung",
        "--kind",
        "beratungsstelle",
        "--json",
    ]));
    let food = partner["services"][0]["id"].as_str().unwrap().to_string();
    let p = json_of(&run(&[
        "partner",
        "edit",
        "Tafel",
        "--contact-person",
        "Frau Roth",
        "--json",
    ]));
    assert_eq!(p["contact_person"], "Frau Roth");
    ok(&run(&[
        "partner",
        "service",
        "add",
        "Schuldnerberatung",
        "Budgetberatung",
    ]));
    ok(&run(&[
        "partner",
        "service",
        "rename",
        &food,
        "Lebensmittelausgabe",
    ]));
    let person = json_of(&run(&["person", "add", "--pseudonym", "KR1990", "--json"]));
    let pid = person["id"].as_str().unwrap().to_string();
    ok(&run(&[
        "consent",
        "give",
        &pid,
        "--scope",
        "documentation",
        "--form",
        "written",
    ]));
    let r = json_of(&run(&[
        "referral",
        "add",
        "--partner",
        "Tafel",
        "--service",
        "Lebensmittelausgabe",
        "--person",
        &pid,
        "--json",
    ]));
    let rid = r["id"].as_str().unwrap().to_string();
    let r = json_of(&run(&[
        "referral",
        "edit",
        &rid,
        "--partner",
        "Schuldnerberatung",
        "--service",
        "Budgetberatung",
        "--note",
        "Termin Montag",
        "--json",
    ]));
    assert_eq!(r["partner_id"], other["id"]);
    assert_eq!(r["service_name"], "Budgetberatung");
    assert_eq!(r["note"], "Termin Montag");
    let shown = json_of(&run(&["partner", "show", "Schuldnerberatung", "--json"]));
    assert_eq!(shown["referrals"].as_array().unwrap().len(), 1);
    ok(&run(&["partner", "service", "archive", &food]));
    ok(&run(&["partner", "archive", "Tafel"]));
    let to_archived = run(&[
        "--lang",
        "en",
        "referral",
        "add",
        "--partner",
        "Tafel",
        "--person",
        &pid,
    ]);
    assert_eq!(code(&to_archived), 2);
    assert!(
        err(&to_archived).contains("archive"),
        "{}",
        err(&to_archived)
    );
    assert!(!ok(&run(&["partner", "list"])).contains("Tafel"));
    assert!(ok(&run(&["partner", "list", "--all"])).contains("Tafel"));

    // An activity corrected and archived.
    let a = json_of(&run(&[
        "activity",
        "add",
        "--kind",
        "repair-cafe",
        "--title",
        "Repair-Café",
        "--anonymous",
        "4",
        "--json",
    ]));
    let aid = a["id"].as_str().unwrap().to_string();
    let a = json_of(&run(&[
        "activity",
        "edit",
        &aid,
        "--title",
        "Repair-Café im Advent",
        "--site",
        &sid,
        "--person",
        &pid,
        "--json",
    ]));
    assert_eq!(a["title"], "Repair-Café im Advent");
    assert_eq!(a["total_attendance"], 5);
    ok(&run(&["activity", "archive", &aid]));
    assert_eq!(
        json_of(&run(&["activity", "show", &aid, "--json"]))["archived"],
        true
    );

    // A follow-up rescheduled, done, reopened.
    let f = json_of(&run(&[
        "followup",
        "add",
        "--due",
        "2020-01-10",
        "--what",
        "Anrufen",
        "--person",
        &pid,
        "--json",
    ]));
    let fid = f["id"].as_str().unwrap().to_string();
    let f = json_of(&run(&[
        "followup",
        "edit",
        &fid,
        "--due",
        "2020-01-17",
        "--json",
    ]));
    assert_eq!(f["due_on"], "2020-01-17");
    ok(&run(&["followup", "done", &fid]));
    let f = json_of(&run(&["followup", "reopen", &fid, "--json"]));
    assert_eq!(f["done_on"], serde_json::Value::Null);

    // The profile.
    let bad = run(&["profile", "edit", "--initials", "E1"]);
    assert_eq!(code(&bad), 2);
    let prof = json_of(&run(&[
        "profile",
        "edit",
        "--name",
        "Erika Beispiel",
        "--team",
        "",
        "--json",
    ]));
    assert_eq!(prof["display_name"], "Erika Beispiel");
    assert_eq!(prof["team"], serde_json::Value::Null);
    assert!(ok(&run(&["profile", "show"])).contains("Erika Beispiel"));

    // An ESF exit with results.
    ok(&run(&[
        "consent",
        "give",
        &pid,
        "--scope",
        "participant-reporting",
        "--form",
        "written",
    ]));
    ok(&run(&["person", "enrol", &pid, "--entry", "2020-01-01"]));
    let p = json_of(&run(&[
        "person",
        "exit",
        &pid,
        "--on",
        "2020-06-30",
        "--employed",
        "true",
        "--job-searching",
        "false",
        "--json",
    ]));
    assert_eq!(p["participant"]["exit_result"]["employed"], true);
    assert_eq!(p["participant"]["exit_result"]["job_searching"], false);
    assert_eq!(
        p["participant"]["exit_result"]["qualification"],
        serde_json::Value::Null
    );

    // A mother with two children: one contact, two anonymous groups.
    let c = json_of(&run(&[
        "contact",
        "add",
        "--site",
        &sid,
        "--kind",
        "beratung",
        "--group",
        "1:30-54:weiblich",
        "--group",
        "2:unter-18",
        "--json",
    ]));
    assert_eq!(c["anonymous_count"], 3);
    assert_eq!(c["anonymous_groups"].as_array().unwrap().len(), 2);
    let bad = run(&[
        "--lang", "de", "contact", "add", "--site", &sid, "--kind", "beratung", "--group", "zwei",
    ]);
    assert_eq!(code(&bad), 2);
    assert!(err(&bad).contains("keine Gruppe"), "{}", err(&bad));

    // Every change is in the audit log.
    let audit = json_of(&run(&["audit", "--action", "archive", "--json"]));
    assert_eq!(audit.as_array().unwrap().len(), 4, "{audit}");
}

/// The text of a PDF file, by `pdftotext` (poppler-utils, installed by .ci/setup).
fn pdf_text(file: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn documents_are_printed_as_pdf_through_the_cli_in_german_and_arabic() {
    let tmp = initialised();
    let d = tmp.path();
    let run = |args: &[&str]| feldbuch(d, args);
    let person = json_of(&run(&["person", "add", "--pseudonym", "NS1979", "--json"]));
    let pid = person["id"].as_str().unwrap().to_string();
    let consent = json_of(&run(&[
        "consent",
        "give",
        &pid,
        "--scope",
        "documentation",
        "--form",
        "verbal",
        "--json",
    ]));
    let cid = consent["id"].as_str().unwrap().to_string();
    let out = d.join("docs");
    std::fs::create_dir(&out).unwrap();

    let receipt = out.join("einwilligung.pdf");
    ok(&run(&[
        "--lang",
        "ar",
        "print",
        "consent",
        &cid,
        "--out",
        receipt.to_str().unwrap(),
    ]));
    let text = pdf_text(&receipt);
    assert!(text.contains("Bestätigung Ihrer Einwilligung"), "{text}");
    assert!(text.contains("mündlich"), "{text}");
    assert!(text.contains("تأكيد موافقتك"), "{text}");
    assert!(text.contains("NS1979"));
    // An existing file is never replaced.
    let again = run(&[
        "--lang",
        "de",
        "print",
        "consent",
        &cid,
        "--out",
        receipt.to_str().unwrap(),
    ]);
    assert_ne!(code(&again), 0);
    assert!(pdf_text(&receipt).contains("تأكيد موافقتك"));

    let auskunft = out.join("auskunft.pdf");
    ok(&run(&[
        "--lang",
        "de",
        "print",
        "auskunft",
        &pid,
        "--out",
        auskunft.to_str().unwrap(),
    ]));
    let text = pdf_text(&auskunft);
    assert!(text.contains("Auskunft nach Art. 15 DSGVO"), "{text}");

    let a = json_of(&run(&[
        "activity",
        "add",
        "--kind",
        "garten-cafe",
        "--title",
        "Garten-Café",
        "--person",
        &pid,
        "--json",
    ]));
    let aid = a["id"].as_str().unwrap().to_string();
    let list = out.join("liste.pdf");
    ok(&run(&[
        "--lang",
        "de",
        "print",
        "attendance",
        &aid,
        "--out",
        list.to_str().unwrap(),
    ]));
    let text = pdf_text(&list);
    assert!(text.contains("Anwesenheitsliste: Garten-Café"), "{text}");
    assert!(text.contains("Unterschrift"));

    // The Stammblatt needs an enrolled participant: refused with the reason otherwise.
    let sheet = out.join("stammblatt.pdf");
    let refused = run(&[
        "--lang",
        "de",
        "print",
        "stammblatt",
        &pid,
        "--out",
        sheet.to_str().unwrap(),
    ]);
    assert_eq!(code(&refused), 2);
    assert!(err(&refused).contains("NS1979"), "{}", err(&refused));
    assert!(!sheet.exists());
}

#[test]
fn activities_name_the_colleagues_a_lead_knows_through_the_cli() {
    let w = initialised();
    let enrol_file = w.path().join("enrolment.json");
    let exported = ok(&feldbuch(
        w.path(),
        &["enrol", "export", "--out", enrol_file.to_str().unwrap()],
    ));
    let lead = tempfile::tempdir().unwrap();
    let l = lead.path();
    let run = |args: &[&str]| feldbuch(l, args);
    ok(&run(&INIT_LEAD));
    let alone = json_of(&run(&["profile", "team", "--json"]));
    assert_eq!(alone.as_array().map(Vec::len), Some(1), "{alone}");
    ok(&run(&[
        "enrol",
        "import",
        enrol_file.to_str().unwrap(),
        "--fingerprint",
        &fingerprint_in(&exported),
    ]));
    let team = json_of(&run(&["profile", "team", "--json"]));
    let colleague = team
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["me"] == serde_json::json!(false))
        .unwrap_or_else(|| panic!("no colleague in {team}"));
    assert_eq!(colleague["initials"], serde_json::json!("EM"));
    let em = colleague["id"].as_str().unwrap().to_string();
    assert!(ok(&run(&["profile", "team"])).contains("Erika"));

    // Not a worker this store knows, or not an id at all: refused, nothing written.
    let add = |named: &str| {
        run(&[
            "--lang",
            "de",
            "activity",
            "add",
            "--kind",
            "repair-cafe",
            "--title",
            "Repair-Café",
            "--anonymous",
            "3",
            "--facilitator",
            named,
            "--json",
        ])
    };
    let unknown = add("0190a1b2-0000-7000-8000-000000000000");
    assert_eq!(code(&unknown), 2, "{}", err(&unknown));
    assert!(err(&unknown).contains("nicht bekannt"), "{}", err(&unknown));
    assert_eq!(code(&add("EM")), 2);
    assert_eq!(
        json_of(&run(&["activity", "list", "--json"])),
        serde_json::json!([])
    );

    let run_by = |a: &serde_json::Value| -> Vec<(String, bool)> {
        a["facilitators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["initials"].as_str().unwrap().to_string(),
                    f["recorder"].as_bool().unwrap(),
                )
            })
            .collect()
    };
    let a = json_of(&add(&em));
    assert_eq!(
        run_by(&a),
        vec![("TL".to_string(), true), ("EM".to_string(), false)]
    );
    let id = a["id"].as_str().unwrap();
    let shown = ok(&run(&["--lang", "de", "activity", "show", id]));
    assert!(shown.contains("Durchgeführt von: TL, EM"), "{shown}");

    // Taken away again: the recorder stays.
    let cleared = json_of(&run(&[
        "activity",
        "edit",
        id,
        "--no-facilitators",
        "--json",
    ]));
    assert_eq!(run_by(&cleared), vec![("TL".to_string(), true)]);
    assert_eq!(cleared["revision"], serde_json::json!(2));
}

#[test]
fn the_recovery_key_opens_the_store_and_sets_a_new_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let first_key = init_with_site(d).lines().last().unwrap().trim().to_string();
    let recover = |key: &str, new: &str| {
        Command::new(env!("CARGO_BIN_EXE_feldbuch"))
            .args(["--lang", "de", "--data-dir"])
            .arg(d)
            .args(["recovery-key", "use"])
            .env("FELDBUCH_RECOVERY_KEY", key)
            .env("FELDBUCH_NEW_PASSPHRASE", new)
            .env_remove("FELDBUCH_PASSPHRASE")
            .output()
            .unwrap()
    };
    // A wrong key: refused with the exit code of a wrong secret; the passphrase still holds.
    let wrong = recover(
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
        "neue lange passphrase",
    );
    assert_ne!(code(&wrong), 0, "{}", err(&wrong));
    ok(&feldbuch(d, &["site", "list"]));

    let out = ok(&recover(&first_key, "neue lange passphrase"));
    assert!(out.contains("Wiederherstellungsschlüssel"), "{out}");
    let next_key = out.lines().last().unwrap().trim().to_string();
    assert_eq!(next_key.split('-').count(), 13, "{out}");
    assert_ne!(next_key, first_key);
    // The old passphrase and the used key open nothing any more; the new passphrase does.
    assert_eq!(code(&feldbuch(d, &["site", "list"])), 4);
    assert_eq!(code(&recover(&first_key, "noch eine passphrase")), 4);
    let sites = Command::new(env!("CARGO_BIN_EXE_feldbuch"))
        .arg("--data-dir")
        .arg(d)
        .args(["site", "list", "--json"])
        .env("FELDBUCH_PASSPHRASE", "neue lange passphrase")
        .output()
        .unwrap();
    assert_eq!(json_of(&sites)[0]["name"], "KiTa Sonnenblume");
}
