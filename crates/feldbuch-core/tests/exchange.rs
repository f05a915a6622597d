//! Exchange with the central office, against real stores and the real `age` tool: the office's
//! key pair, device enrolment, and export bundles (minimal by default, incremental, queued when
//! the folder cannot be written, opened by `age -d` with the office's identity).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use chrono::{TimeZone, Utc};
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::exchange::{self, bundle, Enrolment, Limits};
use feldbuch_core::store::persons::{PersonInput, PersonPatch};
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::SiteKind;
use feldbuch_core::{Clock, DataDir, FixedClock, Passphrase, SharedClock, Store};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

const NOTE: &str = "Vertraulich: Streit mit dem Vermieter Q7";
const REAL_NAME: &str = "Meral Kaya";

struct Worker {
    _tmp: tempfile::TempDir,
    store: Store,
    clock: FixedClock,
    office_key: PathBuf,
    outbox: PathBuf,
}

/// A worker's store on a fixed clock with the office's key set, a site, a consenting person with
/// a real name, and one contact with a note naming them.
fn worker() -> Worker {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("data"));
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap());
    let shared: SharedClock = Arc::new(clock.clone());
    let (mut store, _) = dir
        .init(&profile(), &Passphrase::new(PASS), &OsKeyring, shared)
        .unwrap();
    let office_key = tmp.path().join("office-key.txt");
    let recipient = exchange::office_init(&office_key, clock.now()).unwrap();
    store.set_office_recipient(&recipient).unwrap();
    let outbox = tmp.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    store.set_export_folder(&outbox).unwrap();
    store
        .add_site(&NewSite {
            name: "KiTa Sonnenblume".into(),
            kind: SiteKind::Kita.id().into(),
            district: Some("Nordend".into()),
            address: None,
            contact_person: None,
            programme: None,
        })
        .unwrap();
    let p = store
        .add_person(&PersonInput {
            pseudonym: "MK1980".into(),
            birth_year: Some(1980),
            ..Default::default()
        })
        .unwrap();
    store
        .give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    store
        .edit_person(
            p.id,
            &PersonPatch {
                real_name: Some(REAL_NAME.into()),
                contact_info: Some("0170 1234567".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let mut c = contact(&store, NOTE);
    c.persons = vec![p.id];
    store.add_contact(&c).unwrap();
    Worker {
        _tmp: tmp,
        store,
        clock,
        office_key,
        outbox,
    }
}

/// Decrypt a bundle with the ordinary `age` tool and the office's identity file.
fn age_decrypt(file: &Path, identity: &Path) -> Vec<u8> {
    let out = Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(identity)
        .arg(file)
        .output()
        .expect("the `age` tool (Debian package `age`, installed by .ci/setup)");
    assert!(
        out.status.success(),
        "age -d failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn bundles(folder: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

#[test]
fn the_office_key_file_is_private_and_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("office.key");
    let recipient = exchange::office_init(&path, Utc::now()).unwrap();
    assert!(recipient.starts_with("age1"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the office's identity is readable by others"
        );
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("# public key: {recipient}")));
    assert_eq!(
        exchange::office_init(&path, Utc::now())
            .err()
            .map(|e| e.code()),
        Some("error-file-exists")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // The identity file itself, or the bare key, gives the same recipient.
    assert_eq!(
        exchange::parse_recipient(&text).unwrap().to_string(),
        recipient
    );
    assert_eq!(
        exchange::parse_recipient(&format!("  {recipient}\n"))
            .unwrap()
            .to_string(),
        recipient
    );
    assert_eq!(
        exchange::parse_recipient("age1nichtgültig")
            .err()
            .map(|e| e.code()),
        Some("error-office-recipient-invalid")
    );
    exchange::load_office_identity(&path).unwrap();
}

#[test]
fn a_bundle_opens_with_the_age_tool_is_signed_by_the_device_and_carries_no_names_or_notes() {
    let mut w = worker();
    let enrolment = w.store.enrolment().unwrap();
    let report = w.store.export(false).unwrap();
    assert!(!report.queued);
    assert_eq!(report.sequence, 1);
    let files = bundles(&w.outbox);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].to_string_lossy().ends_with("-000001.age"));

    // The office's own tool opens it.
    let plain = age_decrypt(&files[0], &w.office_key);
    let text = String::from_utf8(plain.clone()).unwrap();
    assert!(text.starts_with("feldbuch-bundle/1\n"));
    let opened = bundle::parse(&plain, &Limits::default()).unwrap();
    opened
        .verify(&bundle::decode_key(&enrolment.public_key).unwrap())
        .unwrap();
    let m = &opened.manifest;
    assert_eq!(m.sequence, 1);
    assert_eq!(m.device_id, enrolment.device_id);
    assert_eq!(m.since, None);
    assert!(!m.with_notes);
    assert_eq!(m.counts.get("contacts"), Some(&1));
    assert_eq!(m.counts.get("persons"), Some(&1));
    assert_eq!(m.counts.get("consents"), Some(&1));
    assert_eq!(m.record_count, report.record_count);

    // Pseudonyms travel; real names, contact data and notes do not.
    assert!(text.contains("MK1980"));
    for secret in [REAL_NAME, "0170 1234567", NOTE] {
        assert!(!text.contains(secret), "{secret:?} is in the bundle");
    }
    // The contact names the person by id.
    let c = opened.records.iter().find(|r| r.t == "contacts").unwrap();
    let p = opened.records.iter().find(|r| r.t == "persons").unwrap();
    assert_eq!(c.d["contact_persons"], serde_json::json!([p.id]));

    // The core opens it too, with the identity from the file.
    let identity = exchange::load_office_identity(&w.office_key).unwrap();
    let cipher = std::fs::read(&files[0]).unwrap();
    let again = bundle::open(&cipher, &identity, &Limits::default()).unwrap();
    assert_eq!(again.records, opened.records);

    // History.
    let h = w.store.export_history().unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].status, "written");
    assert!(h[0].full);
}

#[test]
fn notes_travel_only_after_the_logged_setting_and_exports_are_incremental() {
    let mut w = worker();
    // Records made on 1 September, exported on the 3rd.
    w.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 3, 9, 0, 0).unwrap());
    w.store.export(false).unwrap();

    // Three days later: one new contact; the next bundle holds only what changed since the
    // last export (less a day's overlap), not the earlier records.
    w.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 6, 9, 0, 0).unwrap());
    let audit_before = audit_count(&w.store);
    w.store.set_export_with_notes(true).unwrap();
    assert_eq!(
        audit_count(&w.store),
        audit_before + 1,
        "the setting is logged"
    );
    let new_note = "Zweiter Termin mit Dolmetscherin";
    w.store.add_contact(&contact(&w.store, new_note)).unwrap();
    let report = w.store.export(false).unwrap();
    assert_eq!(report.sequence, 2);
    assert_eq!(report.counts.get("contacts"), Some(&1));
    assert_eq!(report.counts.get("persons"), None, "{:?}", report.counts);
    let files = bundles(&w.outbox);
    let text = String::from_utf8(age_decrypt(&files[1], &w.office_key)).unwrap();
    assert!(text.contains(new_note), "the note setting is on");
    assert!(!text.contains(NOTE), "an unchanged record was sent again");
    let opened = bundle::parse(text.as_bytes(), &Limits::default()).unwrap();
    assert!(opened.manifest.with_notes);
    assert_eq!(
        opened.manifest.since.as_deref().map(|s| &s[..13]),
        Some("2026-09-02T09")
    );

    // A full export sends everything again, still without real names.
    let report = w.store.export(true).unwrap();
    assert_eq!(report.counts.get("persons"), Some(&1));
    let text = String::from_utf8(age_decrypt(&bundles(&w.outbox)[2], &w.office_key)).unwrap();
    assert!(text.contains(NOTE));
    assert!(!text.contains(REAL_NAME));
}

#[test]
fn an_unreachable_folder_queues_the_export_and_the_next_attempt_writes_it_in_order() {
    let mut w = worker();
    let away = w.outbox.join("usb-stick-not-plugged-in");
    w.store.set_export_folder(&away).unwrap();
    let first = w.store.export(false).unwrap();
    assert!(first.queued, "{first:?}");
    assert!(first.written.is_empty());
    assert!(!away.exists());
    assert!(
        bundles(&w.outbox).is_empty(),
        "no file may look like a bundle"
    );
    assert_eq!(w.store.export_history().unwrap()[0].status, "queued");

    // The stick is back: the queued bundle goes first, then the new one.
    std::fs::create_dir(&away).unwrap();
    w.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 2, 9, 0, 0).unwrap());
    let second = w.store.export(false).unwrap();
    assert!(!second.queued);
    assert_eq!(second.sequence, 2);
    let files = bundles(&away);
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(
        second.written,
        vec![first.file_name.clone(), second.file_name.clone()]
    );
    // The queued bundle is the same one that was sealed when it was made.
    let m1 = bundle::parse(&age_decrypt(&files[0], &w.office_key), &Limits::default())
        .unwrap()
        .manifest;
    assert_eq!(m1.sequence, 1);
    assert!(m1.created_at.starts_with("2026-09-01"));
    assert!(w
        .store
        .export_history()
        .unwrap()
        .iter()
        .all(|e| e.status == "written"));
}

#[test]
fn an_export_removes_temp_files_that_crashed_writes_left_but_not_fresh_ones() {
    let mut w = worker();
    let folder = w.outbox.clone();
    w.store.set_export_folder(&folder).unwrap();
    // What a killed write leaves: hidden temp files; one two hours old, one being written now
    // (perhaps by another device sharing the folder).
    let old = folder.join(".tmp-0123456789abcdef");
    let fresh = folder.join(".tmp-fedcba9876543210");
    for f in [&old, &fresh] {
        std::fs::write(f, b"age-encryption.org/v1 half").unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let r = w.store.export(false).unwrap();
    assert!(!r.queued);
    assert!(!old.exists(), "the old temp file stays");
    assert!(fresh.exists(), "a fresh temp file was removed");
}

#[test]
fn an_enrolment_file_carries_the_device_key_and_detects_changes() {
    let mut w = worker();
    let path = w.outbox.join("enrolment.json");
    let e = w.store.write_enrolment(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(Enrolment::parse(&bytes).unwrap(), e);
    assert_eq!(
        w.store.write_enrolment(&path).err().map(|e| e.code()),
        Some("error-file-exists")
    );
    let text = String::from_utf8(bytes).unwrap();
    let forged = text.replace(&e.display_name, "Mallory");
    assert_eq!(
        Enrolment::parse(forged.as_bytes()).err().map(|e| e.code()),
        Some("error-enrolment-bad-signature")
    );
    assert_eq!(
        Enrolment::parse(b"{}").err().map(|e| e.code()),
        Some("error-enrolment-malformed")
    );
    // Written into a folder, as the app does: a second file never meets the first.
    let first = w.store.write_enrolment_in(&w.outbox).unwrap();
    w.clock.set(w.clock.now() + chrono::Duration::seconds(1));
    let second = w.store.write_enrolment_in(&w.outbox).unwrap();
    assert_ne!(first, second);
    for p in [&first, &second] {
        assert!(p
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("Feldbuch-Anmeldung-EM-"));
        assert_eq!(
            Enrolment::parse(&std::fs::read(p).unwrap())
                .unwrap()
                .public_key,
            e.public_key
        );
    }
    // The key is the one that signs this device's bundles, and it survives a restart.
    let key = e.public_key.clone();
    assert_eq!(w.store.enrolment().unwrap().public_key, key);
}

#[test]
fn the_leads_device_enrols_worker_devices_and_refuses_a_changed_key() {
    let mut w = worker();
    let e = w.store.enrolment().unwrap();
    let bytes = serde_json::to_vec(&e).unwrap();

    // A worker's device cannot enrol devices.
    assert!(matches!(
        w.store.enrol_device(&bytes),
        Err(feldbuch_core::Error::Forbidden)
    ));

    let tmp = tempfile::tempdir().unwrap();
    let mut lead_profile = profile();
    lead_profile.role = feldbuch_core::vocab::Role::Lead;
    lead_profile.initials = "TL".into();
    let (mut lead, _) = DataDir::new(tmp.path().join("lead"))
        .init(&lead_profile, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    assert!(lead.device_key(&e.device_id).unwrap().is_none());
    lead.enrol_device(&bytes).unwrap();
    let key = lead.device_key(&e.device_id).unwrap().unwrap();
    assert_eq!(bundle::encode_key(&key), e.public_key);
    let audit = audit_count(&lead);
    lead.enrol_device(&bytes).unwrap();
    assert_eq!(audit_count(&lead), audit, "enrolling twice changes nothing");

    // The same device id with another key (a stolen id, or a reinstalled device): refused.
    let mut other = worker();
    let mut forged = other.store.enrolment().unwrap();
    forged.device_id = e.device_id.clone();
    let forged = serde_json::to_vec(&forged).unwrap();
    // Its self-signature covers the device id, so the edit is caught first.
    assert_eq!(
        lead.enrol_device(&forged).err().map(|e| e.code()),
        Some("error-enrolment-bad-signature")
    );
    assert_eq!(lead.device_key(&e.device_id).unwrap().unwrap(), key);

    // A known device presenting a key other than the enrolled one is refused.
    let other_key = other.store.enrolment().unwrap().public_key;
    lead.conn()
        .execute(
            "UPDATE devices SET signing_public_key = ?2 WHERE id = ?1",
            rusqlite::params![
                e.device_id,
                bundle::decode_key(&other_key).unwrap().to_bytes().to_vec()
            ],
        )
        .unwrap();
    assert_eq!(
        lead.enrol_device(&bytes).err().map(|e| e.code()),
        Some("error-enrolment-key-changed")
    );
}

/// A lead's store (on the system clock) that knows the office's key file of `w`.
fn lead_store(tmp: &Path) -> Store {
    let mut p = profile();
    p.role = feldbuch_core::vocab::Role::Lead;
    p.initials = "TL".into();
    let (store, _) = DataDir::new(tmp.join("lead"))
        .init(&p, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    store
}

fn table_counts(s: &Store) -> Vec<i64> {
    [
        "persons",
        "contacts",
        "contact_persons",
        "consents",
        "sites",
        "workers",
        "imports",
        "audit_log",
    ]
    .iter()
    .map(|t| {
        s.conn()
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    })
    .collect()
}

#[test]
fn the_lead_imports_a_bundle_once_and_refuses_what_is_wrong_without_a_trace() {
    let mut w = worker();
    w.store.export(false).unwrap();
    let file = bundles(&w.outbox).remove(0);
    let cipher = std::fs::read(&file).unwrap();
    let identity = exchange::load_office_identity(&w.office_key).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut lead = lead_store(tmp.path());
    let code = |r: feldbuch_core::Result<exchange::ImportReport>| r.err().map(|e| e.code());

    // Not enrolled yet: refused, nothing written.
    let before = table_counts(&lead);
    assert_eq!(
        code(lead.import_bundle(&cipher, &identity, false)),
        Some("error-bundle-unknown-device")
    );
    assert_eq!(table_counts(&lead), before);

    let enrolment = serde_json::to_vec(&w.store.enrolment().unwrap()).unwrap();
    lead.enrol_device(&enrolment).unwrap();
    let before = table_counts(&lead);

    // Damaged on the way: refused, nothing written.
    let mut damaged = cipher.clone();
    let at = damaged.len() / 2;
    damaged[at] ^= 0x40;
    assert_eq!(
        code(lead.import_bundle(&damaged, &identity, false)),
        Some("error-bundle-damaged")
    );
    assert_eq!(
        code(lead.import_bundle(&cipher[..cipher.len() / 3], &identity, false)),
        Some("error-bundle-damaged")
    );
    let stranger = age::x25519::Identity::generate();
    assert_eq!(
        code(lead.import_bundle(&cipher, &stranger, false)),
        Some("error-bundle-foreign")
    );
    assert_eq!(table_counts(&lead), before);

    let report = lead.import_bundle(&cipher, &identity, false).unwrap();
    assert_eq!(report.sequence, 1);
    assert_eq!(report.conflicts, 0);
    assert!(report.applied >= 4, "{report:?}");
    let pseudonym: String = lead
        .conn()
        .query_row("SELECT pseudonym FROM persons", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pseudonym, "MK1980");
    let (anonymous, named): (i64, i64) = lead
        .conn()
        .query_row(
            "SELECT c.anonymous_count, (SELECT count(*) FROM contact_persons) FROM contacts c",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((anonymous, named), (2, 1));
    let real: Option<String> = lead
        .conn()
        .query_row("SELECT real_name FROM persons", [], |r| r.get(0))
        .unwrap();
    assert_eq!(real, None);
    assert!(lead.verify().unwrap().ok());

    // Twice: refused as already imported, nothing changes.
    let after = table_counts(&lead);
    assert_eq!(
        code(lead.import_bundle(&cipher, &identity, false)),
        Some("error-bundle-already-imported")
    );
    assert_eq!(table_counts(&lead), after);
}

#[test]
fn a_gap_in_a_devices_sequence_is_reported_and_imported_only_when_accepted() {
    let mut w = worker();
    for day in 2..=4 {
        w.clock
            .set(Utc.with_ymd_and_hms(2026, 9, day, 9, 0, 0).unwrap());
        w.store.add_contact(&contact(&w.store, "Termin")).unwrap();
        w.store.export(false).unwrap();
    }
    let files = bundles(&w.outbox);
    assert_eq!(files.len(), 3);
    let identity = exchange::load_office_identity(&w.office_key).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut lead = lead_store(tmp.path());
    lead.enrol_device(&serde_json::to_vec(&w.store.enrolment().unwrap()).unwrap())
        .unwrap();
    let read = |i: usize| std::fs::read(&files[i]).unwrap();

    lead.import_bundle(&read(0), &identity, false).unwrap();
    let before = table_counts(&lead);
    let gap = lead
        .import_bundle(&read(2), &identity, false)
        .err()
        .unwrap();
    assert_eq!(gap.code(), "error-bundle-gap");
    assert_eq!(table_counts(&lead), before);
    let accepted = lead.import_bundle(&read(2), &identity, true).unwrap();
    assert_eq!(accepted.gap_expected, Some(2));
    // The missing one can still come later.
    let late = lead.import_bundle(&read(1), &identity, false).unwrap();
    assert_eq!(late.gap_expected, None);
    let contacts: i64 = lead
        .conn()
        .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(contacts, 4);
}

/// Every row of the tables an import touches, as text: equal before and after means the store's
/// content is the same.
fn dump(s: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for t in [
        "persons",
        "contacts",
        "contact_persons",
        "sites",
        "workers",
        "devices",
        "tombstones",
        "imports",
        "merge_versions",
        "merge_conflicts",
        "contact_counts",
        "person_contact_days",
        "audit_log",
    ] {
        let mut stmt = s.conn().prepare(&format!("SELECT * FROM {t}")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut line = format!("{t}:");
                for i in 0..n {
                    line.push_str(&format!("{:?}|", r.get_ref(i)?));
                }
                Ok(line)
            })
            .unwrap();
        let mut v: Vec<String> = rows.map(Result::unwrap).collect();
        v.sort();
        out.extend(v);
    }
    out
}

/// A worker who exported three times (one contact more each day) and a lead who enrolled it and
/// keeps the office's identity in the store.
fn three_bundles() -> (Worker, tempfile::TempDir, Store, Vec<PathBuf>) {
    let mut w = worker();
    for day in 2..=4 {
        w.clock
            .set(Utc.with_ymd_and_hms(2026, 9, day, 9, 0, 0).unwrap());
        w.store.add_contact(&contact(&w.store, "Termin")).unwrap();
        w.store.export(false).unwrap();
    }
    let files = bundles(&w.outbox);
    let tmp = tempfile::tempdir().unwrap();
    let mut lead = lead_store(tmp.path());
    lead.enrol_device(&serde_json::to_vec(&w.store.enrolment().unwrap()).unwrap())
        .unwrap();
    let recipient = lead.set_office_identity(&w.office_key).unwrap();
    assert_eq!(Some(recipient), w.store.office_recipient().unwrap());
    (w, tmp, lead, files)
}

fn count(s: &Store, table: &str) -> i64 {
    s.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_folder_of_bundles_imports_in_sequence_order_and_a_bad_file_is_refused_alone() {
    let (_w, tmp, mut lead, files) = three_bundles();
    // A folder as a lead finds it: the bundles, a damaged copy, and a file that is no bundle.
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    for f in &files {
        std::fs::copy(f, inbox.join(f.file_name().unwrap())).unwrap();
    }
    let mut damaged = std::fs::read(&files[0]).unwrap();
    let at = damaged.len() - 20;
    damaged[at] ^= 1;
    std::fs::write(inbox.join("a-damaged.age"), damaged).unwrap();
    std::fs::write(inbox.join("notes.txt"), "not a bundle").unwrap();
    std::fs::write(inbox.join("z-empty.age"), "").unwrap();
    let mut listed = exchange::bundle_files(&inbox).unwrap();
    assert_eq!(listed.len(), 5, "{listed:?}");
    // Newest first: the import must still go 1, 2, 3 and see no gap.
    listed.reverse();

    let identity = lead.office_identity().unwrap().expect("kept in the store");
    let mut seen = Vec::new();
    let outcome = lead
        .import_files(&listed, &identity, false, &mut |p| {
            seen.push((p.done, p.total));
            true
        })
        .unwrap();
    let exchange::BatchOutcome::Done(items) = outcome else {
        panic!("not cancelled")
    };
    assert_eq!(seen.last(), Some(&(5, 5)));
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{seen:?}");
    let imported: Vec<u64> = items
        .iter()
        .filter_map(|i| i.result.as_ref().ok().map(|r| r.sequence))
        .collect();
    assert_eq!(imported, vec![1, 2, 3]);
    let mut refused: Vec<(String, &str)> = items
        .iter()
        .filter_map(|i| {
            i.result.as_ref().err().map(|e| {
                (
                    i.file.file_name().unwrap().to_string_lossy().into_owned(),
                    e.code(),
                )
            })
        })
        .collect();
    refused.sort();
    assert_eq!(
        refused,
        vec![
            // The damaged copy of bundle 1 comes after bundle 1 itself, which already merged.
            ("a-damaged.age".to_string(), "error-bundle-damaged"),
            ("z-empty.age".to_string(), "error-bundle-not-a-bundle"),
        ]
    );
    assert_eq!(count(&lead, "imports"), 3);
    assert_eq!(count(&lead, "contacts"), 4);
    assert!(lead.verify().unwrap().ok());

    // The same folder again: everything is already there, nothing changes.
    let before = dump(&lead);
    let again = lead
        .import_files(&listed, &identity, false, &mut |_| true)
        .unwrap();
    let exchange::BatchOutcome::Done(items) = again else {
        panic!("not cancelled")
    };
    assert!(items.iter().all(|i| i.result.is_err()));
    assert_eq!(dump(&lead), before);
}

#[test]
fn a_cancelled_batch_keeps_whole_files_before_the_stop_and_nothing_after() {
    let (_w, _tmp, mut lead, files) = three_bundles();
    let identity = lead.office_identity().unwrap().unwrap();
    let before = dump(&lead);
    let imports = |lead: &Store| count(lead, "imports");
    // Stopped after the first file: that file is in, whole; the other two are untouched.
    let mut calls = 0;
    let outcome = lead
        .import_files(&files, &identity, false, &mut |p| {
            calls += 1;
            p.done < 1
        })
        .unwrap();
    let exchange::BatchOutcome::Cancelled(done) = outcome else {
        panic!("not cancelled")
    };
    assert_eq!(calls, 1);
    assert_eq!(done.len(), 1);
    assert!(done[0].result.is_ok());
    assert_ne!(dump(&lead), before);
    assert_eq!(imports(&lead), 1);
    let after_first = dump(&lead);
    // Stopped again at once: nothing more.
    let outcome = lead
        .import_files(&files[1..], &identity, false, &mut |_| false)
        .unwrap();
    assert!(matches!(outcome, exchange::BatchOutcome::Cancelled(ref v) if v.len() == 1));
    assert_eq!(imports(&lead), 2);
    assert_ne!(dump(&lead), after_first);
    // The whole batch again: the two imported files are recognised, the third merges.
    let outcome = lead
        .import_files(&files, &identity, false, &mut |_| true)
        .unwrap();
    let exchange::BatchOutcome::Done(items) = outcome else {
        panic!("cancelled")
    };
    let codes: Vec<&str> = items
        .iter()
        .map(|i| i.result.as_ref().err().map_or("ok", |e| e.code()))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == "ok").count(), 1, "{codes:?}");
    assert_eq!(imports(&lead), 3);
    assert_eq!(count(&lead, "contacts"), 4);
}

#[test]
fn a_gap_inside_a_batch_is_refused_unless_accepted_and_workers_cannot_import() {
    let (mut w, _tmp, mut lead, files) = three_bundles();
    let identity = lead.office_identity().unwrap().unwrap();
    let without_first = &files[1..];
    let outcome = lead
        .import_files(without_first, &identity, false, &mut |_| true)
        .unwrap();
    let exchange::BatchOutcome::Done(items) = outcome else {
        panic!()
    };
    let codes: Vec<&str> = items
        .iter()
        .map(|i| i.result.as_ref().err().map_or("ok", |e| e.code()))
        .collect();
    // Bundle 2 has a gap; bundle 3 then too (2 was not imported).
    assert_eq!(codes, vec!["error-bundle-gap", "error-bundle-gap"]);
    assert_eq!(count(&lead, "imports"), 0);
    let outcome = lead
        .import_files(without_first, &identity, true, &mut |_| true)
        .unwrap();
    let exchange::BatchOutcome::Done(items) = outcome else {
        panic!()
    };
    let gaps: Vec<Option<u64>> = items
        .iter()
        .map(|i| i.result.as_ref().unwrap().gap_expected)
        .collect();
    assert_eq!(gaps, vec![Some(1), None]);

    // A worker's device neither imports nor keeps the office's identity.
    assert_eq!(
        w.store
            .import_files(&files, &identity, false, &mut |_| true)
            .err()
            .map(|e| e.code()),
        Some("error-forbidden")
    );
    let key = w.office_key.clone();
    assert_eq!(
        w.store.set_office_identity(&key).err().map(|e| e.code()),
        Some("error-forbidden")
    );
    assert!(w.store.office_identity().unwrap().is_none());
}

#[test]
fn the_export_schedule_says_when_the_next_export_is_due() {
    use feldbuch_core::vocab::ExportSchedule;
    let mut w = worker();
    let status = w.store.export_status().unwrap();
    assert_eq!(status.schedule, ExportSchedule::Monthly);
    assert!(status.due, "never exported: due at once");
    assert_eq!(status.last_export, None);
    assert!(status.office_key);

    // Exported on Tuesday 1 September 2026.
    w.store.export(false).unwrap();
    let at = |s: &mut Worker, y, m, d| {
        s.clock.set(Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).unwrap());
        s.store.export_status().unwrap()
    };
    let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let s = at(&mut w, 2026, 9, 30);
    assert_eq!(s.last_export, Some(date(2026, 9, 1)));
    assert_eq!(s.next_due, Some(date(2026, 10, 1)));
    assert!(!s.due);
    assert!(at(&mut w, 2026, 10, 1).due);

    w.store.set_export_schedule(ExportSchedule::Weekly).unwrap();
    let s = at(&mut w, 2026, 9, 7);
    assert_eq!(s.next_due, Some(date(2026, 9, 8)));
    assert!(!s.due);
    assert!(at(&mut w, 2026, 9, 8).due);

    w.store
        .set_export_schedule(ExportSchedule::Quarterly)
        .unwrap();
    let s = at(&mut w, 2026, 9, 30);
    assert_eq!(s.next_due, Some(date(2026, 10, 1)));
    assert!(at(&mut w, 2026, 10, 1).due);
    // The setting is logged, and stays.
    let logged: i64 = w
        .store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = 'setting' AND entity_id = 'export_schedule'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(logged, 2);
    assert_eq!(
        w.store.export_schedule().unwrap(),
        ExportSchedule::Quarterly
    );
    // An unreachable folder: the next export queues, and the status says so.
    let gone = w.outbox.join("gone");
    w.store.set_export_folder(&gone).unwrap();
    w.store.export(false).unwrap();
    let s = w.store.export_status().unwrap();
    assert_eq!(s.queued, 1);
    assert!(!s.due);
}

#[test]
fn next_due_dates_cross_years() {
    use feldbuch_core::vocab::ExportSchedule::*;
    let d = |y, m, dd| chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    assert_eq!(exchange::next_due(Monthly, d(2026, 12, 31)), d(2027, 1, 1));
    assert_eq!(exchange::next_due(Quarterly, d(2026, 11, 2)), d(2027, 1, 1));
    assert_eq!(exchange::next_due(Quarterly, d(2026, 1, 1)), d(2026, 4, 1));
    assert_eq!(exchange::next_due(Weekly, d(2026, 12, 28)), d(2027, 1, 4));
}

#[test]
fn a_bundle_that_breaks_the_store_part_way_is_refused_alone_and_the_batch_goes_on() {
    // Worker A exports (bundle 1: the site), then days later a contact at that site (bundle 3:
    // the contact only). Imported over the gap without bundle 1, the contact names a site the
    // lead's store does not have: the merge fails part-way.
    let mut a = worker();
    a.store.export(false).unwrap();
    // An export re-sends what changed in the 24 hours before the last one: two exports later
    // the site no longer travels.
    a.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 5, 9, 0, 0).unwrap());
    a.store.export(false).unwrap();
    a.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 10, 9, 0, 0).unwrap());
    a.store.add_contact(&contact(&a.store, "Später")).unwrap();
    a.store.export(false).unwrap();
    let a_files = bundles(&a.outbox);
    // Worker B: another device of the same office (its key file is A's).
    let b = worker();
    let mut b_store = b.store;
    let recipient = a.store.office_recipient().unwrap().unwrap();
    b_store.set_office_recipient(&recipient).unwrap();
    b_store.export(false).unwrap();
    let b_files = bundles(&b.outbox);

    let tmp = tempfile::tempdir().unwrap();
    let mut lead = lead_store(tmp.path());
    let b_device = b_store.enrolment().unwrap().device_id;
    for s in [&mut a.store, &mut b_store] {
        lead.enrol_device(&serde_json::to_vec(&s.enrolment().unwrap()).unwrap())
            .unwrap();
    }
    lead.set_office_identity(&a.office_key).unwrap();
    let identity = lead.office_identity().unwrap().unwrap();
    let batch = vec![a_files[2].clone(), b_files[0].clone()];
    let mut shown = Vec::new();
    let outcome = lead
        .import_files(&batch, &identity, true, &mut |p| {
            shown.push(p.done);
            true
        })
        .unwrap();
    let exchange::BatchOutcome::Done(items) = outcome else {
        panic!()
    };
    let by_file = |f: &PathBuf| items.iter().find(|i| &i.file == f).unwrap();
    assert_eq!(
        by_file(&a_files[2]).result.as_ref().err().map(|e| e.code()),
        Some("error-bundle-malformed")
    );
    assert!(by_file(&b_files[0]).result.is_ok());
    // Progress never went back, though the batch ran twice.
    assert!(shown.windows(2).all(|w| w[0] <= w[1]), "{shown:?}");
    assert_eq!(shown.last(), Some(&2));
    // B's bundle is in; nothing of A's.
    let imports: Vec<String> = lead
        .conn()
        .prepare("SELECT device_id FROM imports")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(imports, vec![b_device]);
    assert_eq!(count(&lead, "contacts"), 1);
    assert!(lead.verify().unwrap().ok());
}

#[test]
fn corrections_and_archiving_travel_to_the_lead_like_the_first_write() {
    use feldbuch_core::store::activities::ActivityInput;
    use feldbuch_core::store::partners::PartnerInput;
    use feldbuch_core::store::persons::{ExitResult, ParticipationInput};
    use feldbuch_core::store::profile::ProfilePatch;
    use feldbuch_core::store::sites::SitePatch;
    let mut w = worker();
    let site = w.store.resolve_site("KiTa Sonnenblume").unwrap().id;
    let partner = w
        .store
        .add_partner(&PartnerInput {
            name: "Tafel".into(),
            kind: "verein".into(),
            services: vec!["Lebensmittel".into()],
            ..Default::default()
        })
        .unwrap();
    let activity = w
        .store
        .add_activity(&ActivityInput {
            kind: "repair-cafe".into(),
            title: "Repair-Café".into(),
            anonymous_count: 4,
            ..Default::default()
        })
        .unwrap();
    let pid = w.store.list_persons().unwrap()[0].id;
    w.store
        .give_consent(pid, "participant-reporting", "written", None, None)
        .unwrap();
    w.store
        .enrol_participant(
            pid,
            &ParticipationInput {
                entry_date: Some("2026-08-01".into()),
                ..Default::default()
            },
        )
        .unwrap();
    w.store.export(false).unwrap();

    // The next day: the site renamed, the partner's service and the activity archived, the
    // profile corrected, the participant's exit with results.
    w.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 2, 9, 0, 0).unwrap());
    w.store
        .edit_site(
            site,
            &SitePatch {
                name: Some("KiTa Sonnenschein".into()),
                ..Default::default()
            },
        )
        .unwrap();
    w.store
        .set_service_archived(partner.services[0].id, true)
        .unwrap();
    w.store.set_partner_archived(partner.id, true).unwrap();
    w.store.set_activity_archived(activity.id, true).unwrap();
    w.store
        .edit_profile(&ProfilePatch {
            display_name: Some("Erika Beispiel".into()),
            ..Default::default()
        })
        .unwrap();
    w.store
        .exit_participant(
            pid,
            Some("2026-09-01"),
            &ExitResult {
                employed: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
    let mut mixed = contact(&w.store, "Mutter mit zwei Kindern");
    mixed.anonymous_count = 0;
    mixed.anonymous_age_band = None;
    mixed.anonymous_gender = None;
    mixed.anonymous_groups = vec![
        "1:30-54:weiblich".parse().unwrap(),
        "2:unter-18".parse().unwrap(),
    ];
    w.store.add_contact(&mixed).unwrap();
    w.store.export(false).unwrap();

    let files = bundles(&w.outbox);
    assert_eq!(files.len(), 2);
    let identity = exchange::load_office_identity(&w.office_key).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut lead = lead_store(tmp.path());
    lead.enrol_device(&serde_json::to_vec(&w.store.enrolment().unwrap()).unwrap())
        .unwrap();
    for f in &files {
        lead.import_bundle(&std::fs::read(f).unwrap(), &identity, false)
            .unwrap();
    }
    let one = |sql: &str| -> String {
        lead.conn()
            .query_row(sql, [], |r| r.get::<_, Option<String>>(0))
            .unwrap()
            .unwrap_or_default()
    };
    assert_eq!(
        one(&format!("SELECT name FROM sites WHERE id = '{site}'")),
        "KiTa Sonnenschein"
    );
    assert_eq!(
        one("SELECT archived_on FROM partners WHERE name = 'Tafel'"),
        "2026-09-02"
    );
    assert_eq!(
        one("SELECT archived_on FROM partner_services WHERE name = 'Lebensmittel'"),
        "2026-09-02"
    );
    assert_eq!(one("SELECT archived_on FROM activities"), "2026-09-02");
    assert_eq!(
        one("SELECT display_name FROM workers WHERE initials = 'EM'"),
        "Erika Beispiel"
    );
    assert_eq!(
        one("SELECT esf_exit_date || '/' || esf_exit_employed FROM persons"),
        "2026-09-01/1"
    );
    assert_eq!(
        one(
            "SELECT group_concat(age_band || '/' || gender || '=' || people, ' ') FROM
            (SELECT * FROM anonymous_counts WHERE date = '2026-09-02' ORDER BY 1, 2, 3)"
        ),
        "30-54/weiblich=1 unter-18/keine-angabe=2",
        "the groups travel and count at the lead"
    );
    assert_eq!(
        one("SELECT esf_exit_job_searching FROM persons"),
        "",
        "a result not recorded travels as not recorded"
    );
}

#[test]
fn a_lead_names_enrolled_colleagues_as_co_facilitators_and_an_unknown_one_changes_nothing() {
    use feldbuch_core::ids::WorkerId;
    use feldbuch_core::store::activities::{ActivityInput, ActivityPatch};
    let mut w = worker();
    let tmp = tempfile::tempdir().unwrap();
    let mut lead = lead_store(tmp.path());
    let me = lead.profile().unwrap().worker_id;
    let team = |s: &Store| -> Vec<(WorkerId, String, bool)> {
        s.team()
            .unwrap()
            .into_iter()
            .map(|m| (m.id, m.initials, m.me))
            .collect()
    };
    let run_by = |s: &Store, id| -> Vec<(String, bool)> {
        s.activity(id)
            .unwrap()
            .facilitators
            .into_iter()
            .map(|f| (f.initials, f.recorder))
            .collect()
    };
    assert_eq!(team(&lead), vec![(me, "TL".to_string(), true)]);

    // The worker's device enrolled: its worker joins the team the lead may name.
    let enrolment = w.store.enrolment().unwrap();
    lead.enrol_device(&serde_json::to_vec(&enrolment).unwrap())
        .unwrap();
    let colleague = WorkerId::parse(&enrolment.worker_id).unwrap();
    assert_eq!(
        team(&lead),
        vec![
            (colleague, "EM".to_string(), false),
            (me, "TL".to_string(), true)
        ]
    );

    // A worker this store does not know: refused, nothing written.
    let before = table_counts(&lead);
    let input = |named: Vec<WorkerId>| ActivityInput {
        kind: "repair-cafe".into(),
        title: "Repair-Café".into(),
        anonymous_count: 6,
        co_facilitators: named,
        ..Default::default()
    };
    assert_eq!(
        lead.add_activity(&input(vec![colleague, WorkerId::new()]))
            .err()
            .map(|e| e.code()),
        Some("error-co-facilitator-unknown")
    );
    assert_eq!(table_counts(&lead), before);
    assert!(lead.list_activities(None, None).unwrap().is_empty());

    // Named twice and the recorder named too: each once, the recorder first.
    let a = lead
        .add_activity(&input(vec![colleague, me, colleague]))
        .unwrap();
    let both = vec![("TL".to_string(), true), ("EM".to_string(), false)];
    assert_eq!(run_by(&lead, a.id), both);

    // A correction of the title keeps them; an unknown one is refused and changes nothing.
    let title = ActivityPatch {
        title: Some("Repair-Café im Hof".into()),
        ..Default::default()
    };
    let a = lead.edit_activity(a.id, &title).unwrap();
    assert_eq!(run_by(&lead, a.id), both);
    assert_eq!(
        lead.edit_activity(
            a.id,
            &ActivityPatch {
                co_facilitators: Some(vec![WorkerId::new()]),
                ..Default::default()
            }
        )
        .err()
        .map(|e| e.code()),
        Some("error-co-facilitator-unknown")
    );
    assert_eq!(lead.activity(a.id).unwrap(), a);

    // A revoked device's worker leaves the team to pick from; the activity keeps naming them.
    lead.revoke_device(&enrolment.device_id).unwrap();
    assert_eq!(team(&lead), vec![(me, "TL".to_string(), true)]);
    assert_eq!(run_by(&lead, a.id), both);

    // Taken away: the recorder stays, a new revision, audited as an update.
    let cleared = lead
        .edit_activity(
            a.id,
            &ActivityPatch {
                co_facilitators: Some(vec![]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(cleared.revision, a.revision + 1);
    assert_eq!(run_by(&lead, a.id), vec![("TL".to_string(), true)]);
    let updates: i64 = lead
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'update' AND entity_id = ?1",
            [a.id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(updates, 2);
}
