//! The app layer as the window drives it, against real SQLCipher files and the real keyring (run
//! inside `.ci/with-keyring`): requests arrive as JSON, answers leave as JSON, and one user action
//! stretches the passphrase once. A test binary of its own: the stretch counter is per process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::app::{self, App};
use feldbuch_core::custody::{install_platform_keyring, passphrase_derivations};
use feldbuch_core::store::backup::BackupKind;
use feldbuch_core::{Cancel, DataDir, Meter, SystemClock};
use serde_json::json;
use std::sync::Arc;

fn set_up() -> (tempfile::TempDir, App) {
    install_platform_keyring().expect("run inside .ci/with-keyring");
    let tmp = tempfile::tempdir().unwrap();
    let app = App::new(DataDir::new(tmp.path().join("d")), Arc::new(SystemClock));
    let req = app::decode(json!({
        "locale": "de", "display_name": "Erika Muster", "initials": "EM", "team": null,
        "role": "worker", "passphrase": "korrekt pferd batterie"
    }))
    .unwrap();
    app::session::setup(&app, req).unwrap();
    (tmp, app)
}

fn note_count(app: &App, note: &str) -> i64 {
    app.with_store(|s| {
        Ok(s.conn().query_row(
            "SELECT count(*) FROM contacts WHERE note = ?1",
            [note],
            |r| r.get(0),
        )?)
    })
    .unwrap()
}

fn log_contact(app: &App, note: &str) {
    let site = app::sites::add_site(
        app,
        app::decode(json!({ "name": format!("Ort {note}"), "kind": "kita", "district": null }))
            .unwrap(),
    )
    .unwrap();
    let contact = app::decode(json!({
        "site_id": site.id.to_string(), "kind": "beratung", "date": null, "start": null,
        "duration_min": 15, "anonymous_count": 1, "anonymous_age_band": null,
        "anonymous_gender": null, "topics": ["wohnen"], "note": note, "follow_up": null,
        "persons": [], "language": null, "interpreter": false, "outcome": null
    }))
    .unwrap();
    let saved = app::today::add_contact(app, contact).unwrap();
    // The answer is the core's own contact, as the window receives it.
    let wire = serde_json::to_value(&saved).unwrap();
    assert_eq!(wire["note"], note);
    assert_eq!(wire["duration_min"], 15);
    assert_eq!(wire["topics"], json!(["wohnen"]));
}

/// Restoring a backup: a wrong passphrase is refused with one stretch and leaves the store open
/// as it was; the right one restores with one stretch (the key it gives restores and opens).
#[test]
fn a_restore_stretches_the_passphrase_once_and_a_wrong_one_changes_nothing() {
    let (_tmp, app) = set_up();
    log_contact(&app, "vor der Sicherung");
    let backup = app
        .with_store(|s| s.make_backup(BackupKind::Manual, &Cancel::new(), &Meter::new()))
        .unwrap();
    log_contact(&app, "nach der Sicherung");

    let before = passphrase_derivations();
    let wrong =
        app::decode(json!({ "file_name": backup.file_name, "passphrase": "falsches pferd" }))
            .unwrap();
    let err = app::backups::restore_backup(&app, wrong).unwrap_err();
    assert_eq!(err.code(), "error-wrong-passphrase");
    assert_eq!(passphrase_derivations() - before, 1);
    assert!(app.is_unlocked(), "a wrong passphrase closes nothing");
    assert_eq!(note_count(&app, "nach der Sicherung"), 1);

    let before = passphrase_derivations();
    let right = app::decode(json!({
        "file_name": backup.file_name, "passphrase": "korrekt pferd batterie"
    }))
    .unwrap();
    app::backups::restore_backup(&app, right).unwrap();
    assert_eq!(passphrase_derivations() - before, 1);
    assert!(app.is_unlocked(), "the restored store is open");
    assert_eq!(note_count(&app, "vor der Sicherung"), 1);
    assert_eq!(note_count(&app, "nach der Sicherung"), 0);

    // A backup that is not there: refused after one stretch, the store open again as it was.
    let before = passphrase_derivations();
    let missing = app::decode(json!({
        "file_name": "feldbuch-2020-01-01T00-00-00Z-manual.db", "passphrase": "korrekt pferd batterie"
    }))
    .unwrap();
    assert!(app::backups::restore_backup(&app, missing).is_err());
    assert_eq!(passphrase_derivations() - before, 1);
    assert!(app.is_unlocked());
    assert_eq!(note_count(&app, "vor der Sicherung"), 1);
}

/// A request that does not fit its action's type is refused before anything runs.
#[test]
fn a_request_of_the_wrong_shape_changes_nothing() {
    let (_tmp, app) = set_up();
    let bad = app::decode::<app::today::ContactInput>(json!({ "site_id": 5 })).unwrap_err();
    assert_eq!(bad.code(), "error-request-invalid");
    let bad_kind = app::decode::<app::sites::NewSite>(
        json!({ "name": "Kita Nord", "kind": 7, "district": null }),
    )
    .unwrap_err();
    assert_eq!(bad_kind.code(), "error-request-invalid");
    // A kind is text (the programme may have its own): one no vocabulary knows is the store's
    // to refuse, with the site kinds' message.
    let unknown_kind = app::decode::<app::sites::NewSite>(
        json!({ "name": "Kita Nord", "kind": "raumstation", "district": null }),
    )
    .unwrap();
    let refused = app::sites::add_site(&app, unknown_kind).unwrap_err();
    assert_eq!(refused.code(), "error-invalid-site-kind");
    assert!(app::sites::list_sites(&app, ()).unwrap().is_empty());
    // A record names a site by its id: a name does not fit the request.
    let by_name = app::decode::<app::today::ContactInput>(json!({
        "site_id": "Kita Nord", "kind": "beratung", "date": null, "start": null,
        "duration_min": 15, "anonymous_count": 1, "anonymous_age_band": null,
        "anonymous_gender": null, "topics": [], "note": null, "follow_up": null,
        "persons": [], "language": null, "interpreter": false, "outcome": null
    }))
    .unwrap_err();
    assert_eq!(by_name.code(), "error-request-invalid");
    // An id of no site: refused by the store, nothing written.
    let nowhere = app::decode(json!({
        "site_id": "01931e4c-7a2b-7c3d-8e4f-0123456789ab", "kind": "beratung", "date": null,
        "start": null, "duration_min": 15, "anonymous_count": 1, "anonymous_age_band": null,
        "anonymous_gender": null, "topics": [], "note": null, "follow_up": null,
        "persons": [], "language": null, "interpreter": false, "outcome": null
    }))
    .unwrap();
    assert_eq!(
        app::today::add_contact(&app, nowhere).unwrap_err().code(),
        "error-site-not-found"
    );
    let contacts: i64 = app
        .with_store(|s| {
            Ok(s.conn()
                .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?)
        })
        .unwrap();
    assert_eq!(contacts, 0);
}

/// Printing writes a PDF where the user chose, never over a file, and only files this app wrote
/// can be shown in their folder.
#[test]
fn a_printed_document_is_written_once_and_only_written_files_are_shown_in_their_folder() {
    let (tmp, app) = set_up();
    let person = app::persons::add_person(
        &app,
        app::decode(json!({
            "pseudonym": "PR1990", "birth_year": null, "age_band": null, "gender": null,
            "languages": [], "district": null, "markers": [], "real_name": null,
            "contact_info": null
        }))
        .unwrap(),
    )
    .unwrap();
    let p = app::persons::give_consent(
        &app,
        app::decode(json!({
            "person_id": person.id.to_string(), "scope": "documentation", "form": "written",
            "given_on": null, "partner_id": null
        }))
        .unwrap(),
    )
    .unwrap();
    let consent = p.consents[0].id.to_string();
    let out = tmp.path().join("Einwilligung PR1990.pdf");
    let print = json!({
        "what": { "document": "consent", "consent_id": consent },
        "path": out.display().to_string(), "locale": "tr"
    });
    let written = app::documents::print(&app, app::decode(print.clone()).unwrap()).unwrap();
    assert_eq!(written.path, out.display().to_string());
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // Again to the same file: refused, the first stays.
    let again = app::documents::print(&app, app::decode(print).unwrap());
    assert_eq!(again.err().map(|e| e.code()), Some("error-file-exists"));
    assert_eq!(std::fs::read(&out).unwrap(), bytes);

    let refused =
        app::settings::show_in_folder(&app, app::decode(json!({ "path": "/etc/passwd" })).unwrap());
    assert_eq!(
        refused.err().map(|e| e.code()),
        Some("error-not-written-here")
    );
    // The written file may be shown (whether a file manager is there is the machine's matter).
    let shown =
        app::settings::show_in_folder(&app, app::decode(json!({ "path": written.path })).unwrap());
    assert!(
        shown
            .as_ref()
            .err()
            .is_none_or(|e| e.code() == "error-show-in-folder-failed"),
        "{shown:?}"
    );
}
