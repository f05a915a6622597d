//! Helpers shared by the integration tests. They use the real OS keyring: run them inside
//! `.ci/with-keyring` (the test command does), which provides a D-Bus session with an unlocked
//! gnome-keyring.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

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
            kind: SiteKind::Kita,
            district: Some("Nordend".into()),
        })
        .unwrap();
    (tmp, dir, store, recovery)
}

pub fn contact(note: &str) -> ContactInput {
    ContactInput {
        site: "KiTa Sonnenblume".into(),
        kind: "beratung".into(),
        date: None,
        start: Some("09:30".into()),
        duration_min: 25,
        anonymous_count: 2,
        anonymous_age_band: Some("30-54".into()),
        anonymous_gender: Some("weiblich".into()),
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
