//! A team for the exchange tests: a lead holding the office's key, two workers' devices and a
//! volunteer's, enrolled, with a small directory; and the office bundle's round trip.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use super::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::exchange::{self, ReceiveReport};
use feldbuch_core::store::partners::PartnerInput;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{Locale, Role, SiteKind};
use feldbuch_core::{DataDir, Passphrase, Store};
use std::path::{Path, PathBuf};

pub struct Team {
    pub tmp: tempfile::TempDir,
    pub lead: Store,
    /// The lead's key fingerprint, as the lead reads it aloud.
    pub fp: String,
    pub identity: age::x25519::Identity,
    /// Erika (EM) and Ben (BB), workers; Vera (VL), a volunteer.
    pub em: Store,
    pub bb: Store,
    pub vl: Store,
}

/// Erika's export, imported at the lead.
pub fn em_to_lead(t: &mut Team) {
    let out = t.tmp.path().join("em-out");
    std::fs::create_dir_all(&out).unwrap();
    t.em.set_export_folder(&out).unwrap();
    let e = t.em.export(false).unwrap();
    let cipher = std::fs::read(out.join(&e.file_name)).unwrap();
    t.lead.import_bundle(&cipher, &t.identity, false).unwrap();
}

/// The lead's report of today (k = 3) in `locale`.
pub fn report_of_today(t: &mut Team, locale: Locale) -> feldbuch_core::report::Report {
    let today = chrono::Local::now().date_naive().to_string();
    let period = feldbuch_core::report::Period::range(&today, &today).unwrap();
    t.lead
        .report(&period, 3, &feldbuch_core::Localizer::new(locale))
        .unwrap()
}

pub fn device(root: &Path, name: &str, initials: &str, role: Role) -> Store {
    let mut p = profile();
    p.display_name = name.into();
    p.initials = initials.into();
    p.role = role;
    let (store, _) = DataDir::new(root.join(initials))
        .init(&p, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    store
}

pub fn site(name: &str) -> NewSite {
    NewSite {
        name: name.into(),
        kind: SiteKind::Quartierszentrum.id().into(),
        district: Some("Nordend".into()),
        address: None,
        contact_person: None,
        programme: None,
    }
}

pub fn enrol(lead: &mut Store, device: &mut Store) {
    let e = device.enrolment().unwrap();
    assert!(e.age_recipient.as_deref().unwrap().starts_with("age1"));
    lead.enrol_device(&serde_json::to_vec(&e).unwrap()).unwrap();
}

/// A lead holding the office's key, three enrolled devices, a directory of a site, a partner
/// with a service and a visit slot, and Erika's own site merged from her first bundle.
pub fn team() -> Team {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let mut lead = device(tmp.path(), "Tanja Leitung", "TL", Role::Lead);
    let key_file = tmp.path().join("office-key.txt");
    exchange::office_init(&key_file, chrono::Utc::now()).unwrap();
    let identity = exchange::load_office_identity(&key_file).unwrap();
    let recipient = lead.keep_office_identity(&identity).unwrap();
    let mut em = device(tmp.path(), "Erika Muster", "EM", Role::Worker);
    let mut bb = device(tmp.path(), "Ben Beispiel", "BB", Role::Worker);
    let mut vl = device(tmp.path(), "Vera Lotsin", "VL", Role::Volunteer);
    for d in [&mut em, &mut bb, &mut vl] {
        enrol(&mut lead, d);
    }
    let zentrum = lead.add_site(&site("Stadtteilzentrum Mitte")).unwrap();
    lead.add_visit_slot(zentrum.id, 2, "08:00", "10:00")
        .unwrap();
    lead.add_partner(&PartnerInput {
        name: "Schuldnerberatung Ost".into(),
        kind: "beratungsstelle".into(),
        district: None,
        address: None,
        contact_person: None,
        services: vec!["Budgetberatung".into()],
    })
    .unwrap();

    // Erika's own site reaches the lead with her first bundle.
    em.set_office_recipient(&recipient).unwrap();
    let outbox = tmp.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    em.set_export_folder(&outbox).unwrap();
    em.add_site(&site("KiTa Sonnenblume")).unwrap();
    let r = em.export(false).unwrap();
    let cipher = std::fs::read(outbox.join(&r.file_name)).unwrap();
    lead.import_bundle(&cipher, &identity, false).unwrap();
    Team {
        tmp,
        fp: lead.device_fingerprint().unwrap(),
        lead,
        identity,
        em,
        bb,
        vl,
    }
}

pub fn publish(t: &mut Team, name: &str) -> PathBuf {
    let path = t.tmp.path().join(name);
    t.lead.publish_office_bundle(&path).unwrap();
    path
}

/// Receive with the fingerprint the lead read aloud (needed on the first bundle, checked on
/// every one).
pub fn receive(s: &mut Store, path: &Path, fp: &str) -> feldbuch_core::Result<ReceiveReport> {
    s.receive_office_bundle(&std::fs::read(path).unwrap(), Some(fp))
}

pub fn strings(s: &Store, sql: &str) -> Vec<(String, String)> {
    let mut stmt = s.conn().prepare(sql).unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

pub fn sites(s: &Store) -> Vec<(String, String)> {
    strings(s, "SELECT name, device_id FROM sites ORDER BY name")
}

pub fn team_initials(s: &Store) -> Vec<String> {
    s.team().unwrap().into_iter().map(|m| m.initials).collect()
}
