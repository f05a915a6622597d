//! Helpers shared by the integration tests. They use the real OS keyring: run them inside
//! `.ci/with-keyring` (the test command does), which provides a D-Bus session with an unlocked
//! gnome-keyring.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod sdc_audit;
pub mod team;

use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::store::contacts::ContactInput;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{Locale, Role, SiteKind};
use feldbuch_core::{DataDir, Passphrase, RecoveryKey, SharedClock, Store, SystemClock};
use std::sync::Arc;

pub const PASS: &str = "korrekt pferd batterie";

pub fn keyring() {
    install_platform_keyring().expect(
        "no Secret Service: run the tests through .ci/with-keyring (a D-Bus session with gnome-keyring)",
    );
}

pub fn clock() -> SharedClock {
    Arc::new(SystemClock)
}

pub fn profile() -> NewProfile {
    NewProfile {
        display_name: "Erika Muster".into(),
        initials: "EM".into(),
        team: Some("Nord".into()),
        role: Role::Worker,
        locale: Locale::De,
    }
}

/// A fresh, initialised data directory with one site.
pub fn fresh() -> (tempfile::TempDir, DataDir, Store, RecoveryKey) {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("data"));
    let (mut store, recovery) = dir
        .init(&profile(), &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
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
    (tmp, dir, store, recovery)
}

/// A contact at the site `fresh()` made (or, in a store made otherwise, at its first site).
pub fn contact(store: &Store, note: &str) -> ContactInput {
    ContactInput {
        site_id: store
            .resolve_site("KiTa Sonnenblume")
            .or_else(|_| store.list_sites().map(|all| all[0].clone()))
            .unwrap()
            .id,
        kind: "beratung".into(),
        date: None,
        start: Some("09:30".into()),
        duration_min: 25,
        anonymous_count: 2,
        anonymous_age_band: Some("30-54".into()),
        anonymous_gender: Some("weiblich".into()),
        anonymous_groups: vec![],
        topics: vec!["einsamkeit".into(), "wohnen".into()],
        note: Some(note.into()),
        follow_up: None,
        persons: vec![],
        language: Some("de".into()),
        interpreter: false,
        outcome: Some("beraten".into()),
    }
}

pub fn audit_count(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap()
}

/// Every row of a query, as text.
#[allow(dead_code)]
pub fn text_rows(store: &Store, sql: &str) -> Vec<Vec<String>> {
    let mut stmt = store.conn().prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        (0..n)
            .map(|i| Ok(format!("{:?}", r.get_ref(i)?)))
            .collect::<rusqlite::Result<Vec<String>>>()
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

/// The monthly roll-ups (schema v5) equal a recount of the daily running counts.
#[allow(dead_code)]
pub fn assert_rollups_are_a_recount(store: &Store) {
    let sums: Vec<String> = ["contacts", "minutes", "anonymous_people", "linked_contacts"]
        .iter()
        .map(|c| c.to_string())
        .chain((0..10).map(|i| format!("t{i}")))
        .map(|c| format!("sum({c})"))
        .collect();
    let kept = text_rows(
        store,
        "SELECT * FROM contact_month_counts ORDER BY 1, 2, 3, 4",
    );
    let recount = text_rows(
        store,
        &format!(
            "SELECT substr(date, 1, 7), site_id, kind, device_id, {} FROM contact_counts
             GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            sums.join(", ")
        ),
    );
    assert_eq!(
        kept, recount,
        "contact_month_counts drifted from contact_counts"
    );
    let kept = text_rows(store, "SELECT * FROM person_contact_years ORDER BY 1, 2");
    let recount = text_rows(
        store,
        "SELECT year, person_id, sum(bit) FROM (
            SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) AS year, person_id,
                1 << (CAST(substr(date, 6, 2) AS INTEGER) - 1) AS bit
            FROM person_contact_days)
         GROUP BY 1, 2 ORDER BY 1, 2",
    );
    assert_eq!(
        kept, recount,
        "person_contact_years drifted from person_contact_days"
    );
}

/// A folder copied with everything in it (a store, to merge the same bundles in another order).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The text of a PDF as `pdftotext` extracts it (reading order, one page after another).
pub fn text_of(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by .ci/setup");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
