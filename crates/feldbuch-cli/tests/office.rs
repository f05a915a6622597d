//! The office → device direction through the real `feldbuch` binary: the lead publishes an
//! office bundle, a worker's device takes it (the lead's key compared on the first one), knows
//! the team and the directory, names the lead as a co-facilitator, and the lead revokes it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use std::path::Path;

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn the_team_and_the_directory_travel_from_the_lead_to_a_device() {
    let w = tempfile::tempdir().unwrap();
    init_with_site(w.path());
    let worker = |args: &[&str]| feldbuch(w.path(), args);
    let enrol_file = w.path().join("enrolment.json");
    let exported = ok(&worker(&["enrol", "export", "--out", arg(&enrol_file)]));

    let lead = tempfile::tempdir().unwrap();
    let l = lead.path();
    let run = |args: &[&str]| feldbuch(l, args);
    ok(&run(&INIT_LEAD));
    let key_file = l.join("office-key.txt");
    ok(&run(&["office", "init", "--out", arg(&key_file)]));
    ok(&run(&["office", "identity", arg(&key_file)]));
    ok(&run(&[
        "site",
        "add",
        "--name",
        "Stadtteilzentrum Mitte",
        "--kind",
        "quartierszentrum",
    ]));
    ok(&run(&[
        "partner",
        "add",
        "--name",
        "Schuldnerberatung Ost",
        "--kind",
        "beratungsstelle",
        "--service",
        "Budgetberatung",
    ]));

    // The programme's districts: one spelling for each.
    ok(&run(&["district", "add", "Handwerkerviertel"]));
    let twice = run(&["--lang", "de", "district", "add", "Handwerker-Viertel"]);
    assert_eq!(code(&twice), 2, "{}", err(&twice));
    assert!(err(&twice).contains("gibt es schon"), "{}", err(&twice));
    let listed = json_of(&run(&["district", "list", "--json"]));
    assert_eq!(listed[0]["name"], serde_json::json!("Handwerkerviertel"));

    // Nobody to publish to yet: refused, no file.
    let bundle = l.join("office.age");
    let none = run(&["--lang", "de", "office", "publish", "--out", arg(&bundle)]);
    assert_eq!(code(&none), 2, "{}", err(&none));
    assert!(
        err(&none).contains("kein angemeldetes Gerät"),
        "{}",
        err(&none)
    );
    assert!(!bundle.exists());

    ok(&run(&[
        "enrol",
        "import",
        arg(&enrol_file),
        "--fingerprint",
        &fingerprint_in(&exported),
    ]));
    let published = ok(&run(&["office", "publish", "--out", arg(&bundle)]));
    let lead_fingerprint = fingerprint_in(&published);
    let again = json_of(&run(&[
        "office",
        "publish",
        "--out",
        arg(&bundle),
        "--json",
    ]));
    assert_eq!(again["sequence"], serde_json::json!(2));
    assert_eq!(again["recipients"].as_array().map(Vec::len), Some(1));
    assert_eq!(again["fingerprint"], serde_json::json!(lead_fingerprint));

    // The first bundle without the lead's fingerprint, or with another: refused, nothing taken.
    let bare = worker(&["--lang", "de", "office", "receive", arg(&bundle)]);
    assert_eq!(code(&bare), 2, "{}", err(&bare));
    assert!(
        err(&bare).contains("erste Paket der Zentrale"),
        "{}",
        err(&bare)
    );
    let wrong = worker(&[
        "--lang",
        "de",
        "office",
        "receive",
        arg(&bundle),
        "--fingerprint",
        "12345 12345 12345 12345 12345 12345",
    ]);
    assert_eq!(code(&wrong), 2, "{}", err(&wrong));
    assert!(err(&wrong).contains("Fingerabdruck"), "{}", err(&wrong));
    let alone = json_of(&worker(&["profile", "team", "--json"]));
    assert_eq!(alone.as_array().map(Vec::len), Some(1), "{alone}");

    let taken = ok(&worker(&[
        "--lang",
        "de",
        "office",
        "receive",
        arg(&bundle),
        "--fingerprint",
        &lead_fingerprint,
    ]));
    assert!(taken.contains("Nr. 2"), "{taken}");
    assert!(taken.contains(&lead_fingerprint), "{taken}");
    let team = json_of(&worker(&["profile", "team", "--json"]));
    let tl = team
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["initials"] == serde_json::json!("TL"))
        .unwrap_or_else(|| panic!("no lead in {team}"));
    let tl = tl["id"].as_str().unwrap().to_string();
    let sites = ok(&worker(&["site", "list"]));
    assert!(sites.contains("Stadtteilzentrum Mitte"), "{sites}");
    assert!(ok(&worker(&["partner", "list"])).contains("Budgetberatung"));
    let shown = json_of(&worker(&["office", "show", "--json"]));
    assert!(shown["recipient"].as_str().unwrap().starts_with("age1"));

    // The list came along: a district typed another way is stored as the list spells it,
    // one it does not know is refused.
    let listed = ok(&worker(&["district", "list"]));
    assert!(listed.contains("Handwerkerviertel"), "{listed}");
    ok(&worker(&[
        "site",
        "add",
        "--name",
        "Jugendtreff",
        "--kind",
        "sonstiges",
        "--district",
        "handwerker-viertel",
    ]));
    let all = json_of(&worker(&["site", "list", "--json"]));
    let added = all
        .as_array()
        .and_then(|v| v.iter().find(|s| s["name"] == "Jugendtreff"))
        .unwrap_or_else(|| panic!("no Jugendtreff in {all}"));
    assert_eq!(added["district"], serde_json::json!("Handwerkerviertel"));
    let unknown = worker(&[
        "--lang",
        "de",
        "site",
        "add",
        "--name",
        "Treff Ost",
        "--kind",
        "sonstiges",
        "--district",
        "Oststadt",
    ]);
    assert_eq!(code(&unknown), 2, "{}", err(&unknown));
    assert!(err(&unknown).contains("Oststadt"), "{}", err(&unknown));

    // The same bundle again: refused, in the worker's language.
    let twice = worker(&["--lang", "de", "office", "receive", arg(&bundle)]);
    assert_eq!(code(&twice), 2);
    assert!(err(&twice).contains("schon übernommen"), "{}", err(&twice));
    // A directory entry is the office's to correct.
    let edit = worker(&[
        "--lang",
        "de",
        "site",
        "edit",
        "Stadtteilzentrum Mitte",
        "--name",
        "Zentrum",
    ]);
    assert_eq!(code(&edit), 2);
    assert!(
        err(&edit).contains("Verzeichnis der Zentrale"),
        "{}",
        err(&edit)
    );

    // The worker runs a group with the lead at the directory's site; it reaches the lead with
    // both names.
    let a = json_of(&worker(&[
        "activity",
        "add",
        "--kind",
        "repair-cafe",
        "--title",
        "Repair-Café",
        "--site",
        "Stadtteilzentrum Mitte",
        "--anonymous",
        "4",
        "--facilitator",
        &tl,
        "--json",
    ]));
    let outbox = w.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    ok(&worker(&["export", "folder", arg(&outbox)]));
    ok(&worker(&["export"]));
    ok(&run(&["import", arg(&outbox)]));
    // The worker's own KiTa (made before the directory came) merged into the directory's site.
    let merged = ok(&run(&[
        "--lang",
        "de",
        "site",
        "merge",
        "KiTa Sonnenblume",
        "--into",
        "Stadtteilzentrum Mitte",
    ]));
    assert!(merged.contains("zusammengeführt"), "{merged}");
    let again = run(&[
        "site",
        "merge",
        "KiTa Sonnenblume",
        "--into",
        "Stadtteilzentrum Mitte",
    ]);
    assert_eq!(code(&again), 2, "{}", err(&again));
    let at_lead = json_of(&run(&[
        "activity",
        "show",
        a["id"].as_str().unwrap(),
        "--json",
    ]));
    let names: Vec<&str> = at_lead["facilitators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["initials"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["EM", "TL"]);

    // `device list|revoke`: the revocation needs its confirmation; then nobody is left to
    // publish to.
    let devices = json_of(&run(&["device", "list", "--json"]));
    let device = devices[0]["device_id"].as_str().unwrap().to_string();
    let unconfirmed = run(&["device", "revoke", &device]);
    assert_eq!(code(&unconfirmed), 2);
    ok(&run(&["device", "revoke", &device, "--yes"]));
    let listed = json_of(&run(&["device", "list", "--json"]));
    assert!(listed[0]["revoked_at"].is_string(), "{listed}");
    let after = run(&["office", "publish", "--out", arg(&l.join("office-3.age"))]);
    assert_eq!(code(&after), 2);
}

#[test]
fn programmes_through_the_cli_and_a_report_for_each() {
    let lead = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| feldbuch(lead.path(), args);
    ok(&run(&INIT_LEAD));
    let none = ok(&run(&["--lang", "de", "programme", "list"]));
    assert!(none.contains("noch kein Programm"), "{none}");
    ok(&run(&["programme", "add", "Honjok"]));
    let chance = json_of(&run(&["programme", "add", "Zweite Chance", "--json"]));
    let listed = json_of(&run(&["programme", "list", "--json"]));
    assert_eq!(listed.as_array().map(Vec::len), Some(2), "{listed}");

    // An unknown programme: refused before anything is written.
    let bad = run(&[
        "--lang",
        "de",
        "site",
        "add",
        "--name",
        "Garten",
        "--kind",
        "sonstiges",
        "--programme",
        "Gibt es nicht",
    ]);
    assert_eq!(code(&bad), 2, "{}", err(&bad));
    assert!(err(&bad).contains("Gibt es nicht"), "{}", err(&bad));
    assert_eq!(
        json_of(&run(&["site", "list", "--json"])),
        serde_json::json!([])
    );

    for (name, programme) in [
        ("Garten", "honjok"),
        ("Tagesaufenthalt", chance["id"].as_str().unwrap()),
    ] {
        ok(&run(&[
            "site",
            "add",
            "--name",
            name,
            "--kind",
            "sonstiges",
            "--programme",
            programme,
        ]));
    }
    for (site, n) in [("Garten", 3), ("Tagesaufenthalt", 5)] {
        for _ in 0..n {
            ok(&run(&[
                "contact",
                "add",
                "--site",
                site,
                "--kind",
                "kurzkontakt",
                "--anonymous",
                "1",
            ]));
        }
    }
    ok(&run(&[
        "activity",
        "add",
        "--kind",
        "netzwerktreffen",
        "--title",
        "Frühstück",
        "--anonymous",
        "3",
        "--programme",
        "Zweite Chance",
    ]));
    ok(&run(&[
        "person",
        "add",
        "--pseudonym",
        "HJ1",
        "--programme",
        "Honjok",
    ]));

    let today = chrono::Local::now().date_naive().to_string();
    let contacts = |programme: Option<&str>| -> serde_json::Value {
        let mut args = vec!["report", "--from", &today, "--to", &today, "--json"];
        if let Some(p) = programme {
            args.extend(["--programme", p]);
        }
        let r = json_of(&run(&args));
        let f = r["key_figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "contacts")
            .unwrap()
            .clone();
        serde_json::json!({ "programme": r["programme"], "contacts": f["current"] })
    };
    assert_eq!(
        contacts(None),
        serde_json::json!({ "programme": null, "contacts": 8.0 })
    );
    assert_eq!(
        contacts(Some("Honjok")),
        serde_json::json!({ "programme": "Honjok", "contacts": 3.0 })
    );
    assert_eq!(
        contacts(Some("Zweite Chance")),
        serde_json::json!({ "programme": "Zweite Chance", "contacts": 5.0 })
    );
    let unknown = run(&[
        "report",
        "--from",
        &today,
        "--to",
        &today,
        "--programme",
        "X",
    ]);
    assert_eq!(code(&unknown), 2, "{}", err(&unknown));
}

#[test]
fn the_vocabularies_are_listed_with_their_labels_in_five_languages() {
    let dir = tempfile::tempdir().unwrap();
    ok(&feldbuch(dir.path(), &INIT_LEAD));
    let all = json_of(&feldbuch(dir.path(), &["vocab", "list", "--json"]));
    let kita = all
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["kind"] == "site-kind" && v["id"] == "kita")
        .unwrap_or_else(|| panic!("no kita in {all}"));
    let labels = kita["labels"].as_object().unwrap();
    assert_eq!(labels.len(), 5, "{kita}");
    assert!(labels.values().all(|l| l
        .as_str()
        .is_some_and(|s| !s.is_empty() && !s.contains("site-kind"))));
    assert_ne!(labels["de"], labels["ar"]);
    for kind in [
        "contact-kind",
        "topic",
        "activity-kind",
        "partner-kind",
        "outcome",
        "marker",
    ] {
        assert!(
            all.as_array().unwrap().iter().any(|v| v["kind"] == kind),
            "{kind}"
        );
    }
    let text = ok(&feldbuch(dir.path(), &["--lang", "de", "vocab", "list"]));
    assert!(text.contains("einsamkeit"), "{text}");

    // The programme's own contact kind and topic: a contact of them is shown by their labels,
    // the topic an own topic refines not beside it.
    let run = |args: &[&str]| feldbuch(dir.path(), args);
    for (kind, id, parent, de) in [
        ("contact-kind", "aufsuchend", "kurzkontakt", "Aufsuchend"),
        ("topic", "schulden", "finanzen", "Schulden"),
    ] {
        let de = format!("de={de}");
        ok(&run(&[
            "vocab", "add", kind, id, "--parent", parent, "--label", &de, "--label", "en=x",
            "--label", "tr=x", "--label", "ar=x", "--label", "uk=x",
        ]));
    }
    ok(&run(&[
        "site",
        "add",
        "--name",
        "Treff",
        "--kind",
        "quartierszentrum",
    ]));
    let added = json_of(&run(&[
        "contact",
        "add",
        "--site",
        "Treff",
        "--kind",
        "aufsuchend",
        "--topic",
        "schulden",
        "--topic",
        "wohnen",
        "--anonymous",
        "1",
        "--json",
    ]));
    assert_eq!(added["kind"], "kurzkontakt", "{added}");
    assert_eq!(added["kind_ext"], "aufsuchend", "{added}");
    let id = added["id"].as_str().unwrap();
    let shown = ok(&run(&["--lang", "de", "contact", "show", id]));
    assert!(shown.contains("Aufsuchend"), "{shown}");
    assert!(shown.contains("Wohnen, Schulden"), "{shown}");
    assert!(!shown.contains("Finanzen"), "{shown}");
    assert!(!shown.contains("Kurzkontakt"), "{shown}");
}

/// Init a worker's device in `dir` (with the site "KiTa Sonnenblume"), enrol it at the lead in
/// `lead`; answers the device's id.
fn enrolled_worker(dir: &Path, lead: &Path, name: &str, initials: &str) -> String {
    ok(&feldbuch(
        dir,
        &[
            "init",
            "--name",
            name,
            "--initials",
            initials,
            "--team",
            "Nord",
        ],
    ));
    let file = dir.join("enrolment.json");
    let exported = ok(&feldbuch(dir, &["enrol", "export", "--out", arg(&file)]));
    let e = json_of(&feldbuch(
        lead,
        &[
            "enrol",
            "import",
            arg(&file),
            "--fingerprint",
            &fingerprint_in(&exported),
            "--json",
        ],
    ));
    e["device_id"].as_str().unwrap().to_string()
}

#[test]
fn the_lead_hands_a_person_over_and_resolves_the_late_edit_of_the_old_device() {
    let lead = tempfile::tempdir().unwrap();
    let l = lead.path();
    let run = |args: &[&str]| feldbuch(l, args);
    ok(&run(&INIT_LEAD));
    let key_file = l.join("office-key.txt");
    ok(&run(&["office", "init", "--out", arg(&key_file)]));
    ok(&run(&["office", "identity", arg(&key_file)]));
    ok(&run(&[
        "site",
        "add",
        "--name",
        "Treff",
        "--kind",
        "quartierszentrum",
    ]));
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let em = |args: &[&str]| feldbuch(a.path(), args);
    let bb = |args: &[&str]| feldbuch(b.path(), args);
    let em_device = enrolled_worker(a.path(), l, "Erika Muster", "EM");
    let bb_device = enrolled_worker(b.path(), l, "Ben Beispiel", "BB");
    let bundle = l.join("office-1.age");
    let fp = fingerprint_in(&ok(&run(&["office", "publish", "--out", arg(&bundle)])));
    for dir in [a.path(), b.path()] {
        let worker = |args: &[&str]| feldbuch(dir, args);
        ok(&worker(&[
            "office",
            "receive",
            arg(&bundle),
            "--fingerprint",
            &fp,
        ]));
    }
    let outbox = l.join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    for dir in [a.path(), b.path()] {
        let worker = |args: &[&str]| feldbuch(dir, args);
        ok(&worker(&["export", "folder", arg(&outbox)]));
    }

    // Erika's person reaches the lead.
    let p = json_of(&em(&["person", "add", "--pseudonym", "AY1990", "--json"]));
    let pid = p["id"].as_str().unwrap().to_string();
    ok(&em(&[
        "consent",
        "give",
        &pid,
        "--scope",
        "documentation",
        "--form",
        "written",
    ]));
    let sent = json_of(&em(&["export", "--json"]));
    ok(&run(&[
        "import",
        arg(&outbox.join(sent["file_name"].as_str().unwrap())),
    ]));

    // Erika links the person for the team's count; a bad input is refused, localized.
    let bad = em(&[
        "--lang",
        "de",
        "person",
        "link",
        &pid,
        "--initials",
        "A",
        "--birth-year",
        "1990",
        "--gender",
        "weiblich",
    ]);
    assert_eq!(code(&bad), 2, "{}", err(&bad));
    assert!(err(&bad).contains("2 oder 3 Buchstaben"), "{}", err(&bad));
    // Without --initials they are read from standard input (kept out of the shell history).
    let linked = ok(&feldbuch_with_input(
        a.path(),
        &[
            "--lang",
            "de",
            "person",
            "link",
            &pid,
            "--birth-year",
            "1990",
            "--gender",
            "weiblich",
        ],
        "AY\n",
    ));
    assert!(linked.contains("verknüpft"), "{linked}");

    // A wrong device is refused, localized; then the hand-over to Ben.
    let wrong = run(&["--lang", "de", "handover", &pid, "--to", "kein-geraet"]);
    assert_eq!(code(&wrong), 2, "{}", err(&wrong));
    assert!(err(&wrong).contains("nicht angemeldet"), "{}", err(&wrong));
    let moved = ok(&run(&[
        "--lang", "de", "handover", &pid, "--to", &bb_device,
    ]));
    assert!(moved.contains("an BB"), "{moved}");
    assert!(moved.contains("1 Einwilligungen"), "{moved}");

    // Erika edits the person before the package reaches her: a conflict at the lead.
    ok(&em(&["person", "edit", &pid, "--pseudonym", "AY1990-K"]));
    let sent = json_of(&em(&["export", "--json"]));
    ok(&run(&[
        "import",
        arg(&outbox.join(sent["file_name"].as_str().unwrap())),
    ]));
    let conflicts = json_of(&run(&["conflicts", "--json"]));
    assert_eq!(conflicts.as_array().map(Vec::len), Some(1), "{conflicts}");
    assert_eq!(conflicts[0]["id"], serde_json::json!(pid));
    let listed = ok(&run(&["--lang", "de", "conflicts"]));
    assert!(listed.contains(&em_device), "{listed}");
    let resolved = json_of(&run(&[
        "conflicts",
        "resolve",
        &pid,
        "--take",
        &em_device,
        "--json",
    ]));
    assert_eq!(resolved["travels"], serde_json::json!(true));
    assert_eq!(
        json_of(&run(&["conflicts", "--json"])),
        serde_json::json!([])
    );
    let again = run(&[
        "--lang",
        "de",
        "conflicts",
        "resolve",
        &pid,
        "--take",
        &em_device,
    ]);
    assert_eq!(code(&again), 7, "{}", err(&again));
    assert!(
        err(&again).contains("keinen offenen Konflikt"),
        "{}",
        err(&again)
    );

    // The next package: Ben holds the person with Erika's edit; Erika can no longer write it.
    let second = l.join("office-2.age");
    ok(&run(&["office", "publish", "--out", arg(&second)]));
    for dir in [a.path(), b.path()] {
        let worker = |args: &[&str]| feldbuch(dir, args);
        ok(&worker(&["office", "receive", arg(&second)]));
    }
    let at_ben = json_of(&bb(&["person", "show", &pid, "--json"]));
    assert_eq!(at_ben["person"]["pseudonym"], serde_json::json!("AY1990-K"));
    let refused = em(&["--lang", "de", "person", "edit", &pid, "--pseudonym", "X"]);
    assert_eq!(code(&refused), 2, "{}", err(&refused));
    assert!(err(&refused).contains("übergeben"), "{}", err(&refused));
    ok(&bb(&["person", "edit", &pid, "--district", "Ostend"]));
    let sent = json_of(&bb(&["export", "--json"]));
    ok(&run(&[
        "import",
        arg(&outbox.join(sent["file_name"].as_str().unwrap())),
    ]));
    assert_eq!(
        json_of(&run(&["conflicts", "--json"])),
        serde_json::json!([])
    );
}
