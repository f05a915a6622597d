//! Office bundles, from the lead's device to the team's devices, against real stores: the team,
//! the directory, the lead's visit slots and the office's key arrive; the lead's key is kept from
//! the first bundle; a bundle comes once and in order; a forged, foreign or damaged one changes
//! nothing; a revoked device leaves the team and receives nothing more.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::team::*;
use common::*;
use feldbuch_core::exchange;
use feldbuch_core::ids::WorkerId;
use feldbuch_core::store::activities::ActivityInput;
use feldbuch_core::store::sites::SitePatch;
use feldbuch_core::vocab::Role;
use feldbuch_core::Store;
use std::path::Path;

/// Everything an office bundle could change, and the audit log.
fn state(s: &Store) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for sql in [
        "SELECT id, device_id, revision, name FROM sites ORDER BY id",
        "SELECT id, device_id, revision, name FROM partners ORDER BY id",
        "SELECT id, device_id, name FROM partner_services ORDER BY id",
        "SELECT id, device_id, weekday FROM site_visit_slots ORDER BY id",
        "SELECT id, device_id, display_name, role FROM workers ORDER BY id",
        "SELECT id, coalesce(revoked_at, '') FROM devices ORDER BY id",
        "SELECT key, value FROM meta WHERE key LIKE 'office%' ORDER BY key",
        "SELECT count(*) FROM audit_log",
    ] {
        out.extend(text_rows(s, sql));
    }
    out
}

#[test]
fn a_device_takes_the_team_and_the_directory_and_names_a_colleague() {
    let mut t = team();
    let lead_device = t.lead.profile().unwrap().device_id.to_string();
    let em_device = t.em.profile().unwrap().device_id.to_string();
    let first = publish(&mut t, "office-1.age");

    // Ben's device knows only Ben until the office bundle comes.
    assert_eq!(team_initials(&t.bb), vec!["BB"]);
    assert_eq!(t.bb.office_recipient().unwrap(), None);
    let r = receive(&mut t.bb, &first, &t.fp).unwrap();
    assert!(r.first, "the lead's key is kept from the first bundle");
    assert_eq!(r.lead_device, lead_device);
    assert_eq!(r.lead_initials, "TL");
    assert_eq!(
        Some(r.fingerprint.clone()),
        t.bb.office_signer_fingerprint().unwrap()
    );
    assert_eq!(r.fingerprint, t.lead.device_fingerprint().unwrap());
    assert_eq!(r.counts.get("team"), Some(&4));
    assert_eq!(r.counts.get("sites"), Some(&2));
    assert!(r.office_key_changed);

    // The team, the directory (the lead's site and Erika's, each with its maker), the partner
    // with its service, the lead's visit slot and the office's key for Ben's exports.
    assert_eq!(team_initials(&t.bb), vec!["BB", "EM", "TL", "VL"]);
    assert_eq!(
        sites(&t.bb),
        vec![
            ("KiTa Sonnenblume".to_string(), em_device.clone()),
            ("Stadtteilzentrum Mitte".to_string(), lead_device.clone())
        ]
    );
    let partners = t.bb.list_partners().unwrap();
    assert_eq!(partners.len(), 1);
    assert_eq!(partners[0].services.len(), 1);
    let slots = t.bb.visit_slots(None).unwrap();
    assert_eq!(
        slots
            .iter()
            .map(|s| (s.site_name.as_str(), s.weekday, s.start.as_str()))
            .collect::<Vec<_>>(),
        vec![("Stadtteilzentrum Mitte", 2, "08:00")]
    );
    assert_eq!(
        t.bb.office_recipient().unwrap(),
        t.lead.office_recipient().unwrap()
    );

    // Ben names Erika as a co-facilitator at a directory site; his bundle reaches the lead
    // with both of them.
    let zentrum = t.bb.resolve_site("Stadtteilzentrum Mitte").unwrap();
    let erika = WorkerId::parse(&t.em.profile().unwrap().worker_id.to_string()).unwrap();
    let a =
        t.bb.add_activity(&ActivityInput {
            kind: "repair-cafe".into(),
            title: "Repair-Café".into(),
            site_id: Some(zentrum.id),
            anonymous_count: 5,
            co_facilitators: vec![erika],
            ..Default::default()
        })
        .unwrap();
    let outbox = t.tmp.path().join("bb-outbox");
    std::fs::create_dir(&outbox).unwrap();
    t.bb.set_export_folder(&outbox).unwrap();
    let e = t.bb.export(false).unwrap();
    let cipher = std::fs::read(outbox.join(&e.file_name)).unwrap();
    t.lead.import_bundle(&cipher, &t.identity, false).unwrap();
    let at_lead: Vec<String> = t
        .lead
        .activity(a.id)
        .unwrap()
        .facilitators
        .into_iter()
        .map(|f| f.initials)
        .collect();
    assert_eq!(at_lead, vec!["BB", "EM"]);

    // The directory's entries are the office's to correct: refused on Ben's device, nothing
    // changed.
    let before = state(&t.bb);
    let rename = SitePatch {
        name: Some("Zentrum".into()),
        ..Default::default()
    };
    assert_eq!(
        t.bb.edit_site(zentrum.id, &rename).err().map(|e| e.code()),
        Some("error-directory-office-entry")
    );
    assert_eq!(
        t.bb.set_site_archived(zentrum.id, true)
            .err()
            .map(|e| e.code()),
        Some("error-directory-office-entry")
    );
    assert_eq!(
        t.bb.add_service(partners[0].id, "Schuldnerberatung")
            .err()
            .map(|e| e.code()),
        Some("error-directory-office-entry")
    );
    assert_eq!(
        t.bb.remove_visit_slot(slots[0].id).err().map(|e| e.code()),
        Some("error-directory-office-entry")
    );
    assert_eq!(state(&t.bb), before);

    // Erika's own site is hers: the office's copy of it never overwrites it.
    let own = t.em.resolve_site("KiTa Sonnenblume").unwrap();
    receive(&mut t.em, &first, &t.fp).unwrap();
    assert_eq!(t.em.resolve_site("KiTa Sonnenblume").unwrap(), own);
    assert_eq!(team_initials(&t.em), vec!["BB", "EM", "TL", "VL"]);

    // The volunteer takes the directory too and logs a contact at a directory site.
    receive(&mut t.vl, &first, &t.fp).unwrap();
    let mut c = contact(&t.vl, "");
    c.site_id = t.vl.resolve_site("Stadtteilzentrum Mitte").unwrap().id;
    c.note = None;
    t.vl.add_contact(&c).unwrap();

    // The same bundle again: refused, nothing changed.
    let before = state(&t.bb);
    assert_eq!(
        receive(&mut t.bb, &first, &t.fp).err().map(|e| e.code()),
        Some("error-office-already-received")
    );
    assert_eq!(state(&t.bb), before);

    // The lead renames its site and moves the visit: the next bundle carries both; the older
    // one cannot come back after it.
    t.lead.edit_site(zentrum.id, &rename).unwrap();
    t.lead
        .edit_visit_slot(slots[0].id, 4, "14:00", "16:00")
        .unwrap();
    let second = publish(&mut t, "office-2.age");
    let r = receive(&mut t.bb, &second, &t.fp).unwrap();
    assert!(!r.first);
    assert!(!r.office_key_changed);
    assert_eq!(t.bb.site(zentrum.id).unwrap().name, "Zentrum");
    let moved = t.bb.visit_slots(None).unwrap();
    assert_eq!((moved.len(), moved[0].weekday), (1, 4));
    let before = state(&t.bb);
    assert_eq!(
        receive(&mut t.bb, &first, &t.fp).err().map(|e| e.code()),
        Some("error-office-bundle-old")
    );
    assert_eq!(state(&t.bb), before);

    // Erika's device is revoked: she leaves the team on Ben's device with the next bundle, and
    // her device cannot open it.
    t.lead.revoke_device(&em_device).unwrap();
    let third = publish(&mut t, "office-3.age");
    // After the first, a bundle needs no fingerprint: the kept key decides.
    t.bb.receive_office_bundle(&std::fs::read(&third).unwrap(), None)
        .unwrap();
    assert_eq!(team_initials(&t.bb), vec!["BB", "TL", "VL"]);
    let before = state(&t.em);
    assert!(receive(&mut t.em, &third, &t.fp).is_err());
    assert_eq!(state(&t.em), before);

    // Receiving is audited as an import, publishing as an export.
    let audited = strings(
        &t.bb,
        "SELECT entity_id, action FROM audit_log WHERE action = 'import'
         AND entity = 'office-bundle' ORDER BY seq",
    );
    assert_eq!(audited.len(), 3);
    assert_eq!(audited[0].0, format!("{lead_device}:1"));
    let published = text_rows(
        &t.lead,
        "SELECT entity_id FROM audit_log WHERE action = 'export' AND entity = 'office-bundle'",
    );
    assert_eq!(published.len(), 3);
}

#[test]
fn a_forged_foreign_or_damaged_office_bundle_changes_nothing() {
    let mut t = team();
    let first = publish(&mut t, "office-1.age");

    // On first receipt, no fingerprint or one that is not the lead key's: refused, no key
    // kept.
    let before = state(&t.bb);
    let wrong = "00000 00000 00000 00000 00000 00000";
    let bytes = std::fs::read(&first).unwrap();
    assert_eq!(
        t.bb.receive_office_bundle(&bytes, None)
            .err()
            .map(|e| e.code()),
        Some("error-office-fingerprint-required")
    );
    assert_eq!(
        t.bb.receive_office_bundle(&bytes, Some(wrong))
            .err()
            .map(|e| e.code()),
        Some("error-office-fingerprint-mismatch")
    );
    assert_eq!(state(&t.bb), before);
    assert_eq!(t.bb.office_signer_fingerprint().unwrap(), None);
    let right = t.lead.device_fingerprint().unwrap();
    t.bb.receive_office_bundle(&bytes, Some(&right)).unwrap();

    // Someone else who learnt Ben's enrolment file publishes a bundle to him: its key is not
    // the one kept.
    let mut impostor = device(t.tmp.path(), "Ina Postor", "IP", Role::Lead);
    let e = t.bb.enrolment().unwrap();
    impostor
        .enrol_device(&serde_json::to_vec(&e).unwrap())
        .unwrap();
    impostor.add_site(&site("Falsches Zentrum")).unwrap();
    let forged = t.tmp.path().join("forged.age");
    impostor.publish_office_bundle(&forged).unwrap();
    let before = state(&t.bb);
    assert_eq!(
        receive(&mut t.bb, &forged, &t.fp).err().map(|e| e.code()),
        Some("error-office-signer-changed")
    );
    assert_eq!(state(&t.bb), before);

    // A damaged copy of a real one, and a device's own export bundle (for the office, not for
    // Ben): both refused, nothing changed.
    let second = publish(&mut t, "office-2.age");
    let mut cut = std::fs::read(&second).unwrap();
    cut.truncate(cut.len() - 40);
    assert!(t.bb.receive_office_bundle(&cut, None).is_err());
    let outbox = t.tmp.path().join("outbox");
    for f in std::fs::read_dir(&outbox).unwrap() {
        let bytes = std::fs::read(f.unwrap().path()).unwrap();
        assert!(t.bb.receive_office_bundle(&bytes, None).is_err());
    }
    assert_eq!(state(&t.bb), before);
    receive(&mut t.bb, &second, &t.fp).unwrap();

    // An office bundle never goes into a lead's import of devices' bundles.
    let lead_before = state(&t.lead);
    let mut other_lead = device(t.tmp.path(), "Olga Leitung", "OL", Role::Lead);
    other_lead.keep_office_identity(&t.identity).unwrap();
    let e = other_lead.enrolment().unwrap();
    t.lead
        .enrol_device(&serde_json::to_vec(&e).unwrap())
        .unwrap();
    let third = publish(&mut t, "office-3.age");
    let bytes = std::fs::read(&third).unwrap();
    assert!(t.lead.import_bundle(&bytes, &t.identity, false).is_err());
    assert_eq!(
        other_lead
            .import_bundle(&bytes, &t.identity, false)
            .err()
            .map(|e| e.code()),
        Some("error-bundle-foreign"),
        "encrypted to the devices, not to the office"
    );
    assert_ne!(
        state(&t.lead),
        lead_before,
        "the enrolment and the publication are logged"
    );

    // Only a lead publishes.
    let path = t.tmp.path().join("by-worker.age");
    assert!(matches!(
        t.bb.publish_office_bundle(&path),
        Err(feldbuch_core::Error::Forbidden)
    ));
    assert!(!path.exists());
}

#[test]
fn a_device_enrolled_without_an_age_key_is_named_and_enrols_again() {
    let mut t = team();
    let bb_device = t.bb.profile().unwrap().device_id.to_string();
    // As a device enrolled before office bundles: no age key at the lead.
    t.lead
        .conn()
        .execute(
            "UPDATE devices SET age_recipient = NULL WHERE id = ?1",
            [&bb_device],
        )
        .unwrap();
    let path = t.tmp.path().join("office.age");
    let r = t.lead.publish_office_bundle(&path).unwrap();
    assert_eq!(r.unreachable, vec![bb_device.clone()]);
    assert_eq!(r.recipients.len(), 2);
    let receives = |lead: &Store| -> bool {
        lead.enrolled_devices()
            .unwrap()
            .into_iter()
            .find(|d| d.device_id == bb_device)
            .unwrap()
            .receives_office_bundles
    };
    assert!(!receives(&t.lead), "the lead's list says so");
    assert!(receive(&mut t.bb, &path, &t.fp).is_err());

    // Enrolling again with the same key hands over the age key (audited); the next bundle
    // reaches Ben.
    enrol(&mut t.lead, &mut t.bb);
    let again = t.tmp.path().join("office-2.age");
    let r = t.lead.publish_office_bundle(&again).unwrap();
    assert!(r.unreachable.is_empty());
    assert!(receives(&t.lead));
    assert!(r.recipients.contains(&bb_device));
    receive(&mut t.bb, &again, &t.fp).unwrap();

    // With no device able to receive, nothing is written.
    for d in t.lead.enrolled_devices().unwrap() {
        t.lead.revoke_device(&d.device_id).unwrap();
    }
    let none = t.tmp.path().join("none.age");
    assert_eq!(
        t.lead.publish_office_bundle(&none).err().map(|e| e.code()),
        Some("error-office-no-recipients")
    );
    assert!(!none.exists());
}

#[test]
fn a_new_office_key_reaches_the_devices_in_the_next_bundle() {
    let mut t = team();
    let first = publish(&mut t, "office-1.age");
    let r = receive(&mut t.bb, &first, &t.fp).unwrap();
    assert!(r.office_key_changed);
    let old = t.bb.office_recipient().unwrap().unwrap();

    // The office makes a new key pair (the old one may have been exposed); the lead keeps it.
    let key_file = t.tmp.path().join("office-key-2.txt");
    let recipient = exchange::office_init(&key_file, chrono::Utc::now()).unwrap();
    assert_ne!(recipient, old);
    let identity = exchange::load_office_identity(&key_file).unwrap();
    t.lead.keep_office_identity(&identity).unwrap();
    let second = publish(&mut t, "office-2.age");
    let r = receive(&mut t.bb, &second, &t.fp).unwrap();
    assert!(r.office_key_changed);
    assert_eq!(t.bb.office_recipient().unwrap(), Some(recipient));
    // The change of the key is in Ben's audit log.
    let logged: i64 = t
        .bb
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = 'setting' AND entity_id = 'office_recipient'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(logged, 2);

    // Ben's next export is for the new key: the lead opens it with the new identity only.
    let outbox = t.tmp.path().join("bb-out");
    std::fs::create_dir(&outbox).unwrap();
    t.bb.set_export_folder(&outbox).unwrap();
    let e = t.bb.export(false).unwrap();
    let cipher = std::fs::read(outbox.join(&e.file_name)).unwrap();
    assert_eq!(
        t.lead
            .import_bundle(&cipher, &t.identity, false)
            .err()
            .map(|e| e.code()),
        Some("error-bundle-foreign")
    );
    t.lead.import_bundle(&cipher, &identity, false).unwrap();
}

#[test]
fn a_volunteers_contacts_reach_the_office_and_count_as_their_share() {
    use feldbuch_core::report::{Period, Shown};
    let mut t = team();
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.vl, &first, &t.fp).unwrap();
    receive(&mut t.em, &first, &t.fp).unwrap();

    // The volunteer logs three anonymous contacts at the directory's site (never a note) and
    // exports them like a worker.
    let zentrum = t.vl.resolve_site("Stadtteilzentrum Mitte").unwrap().id;
    let mut c = contact(&t.vl, "Vertraulich");
    c.site_id = zentrum;
    assert!(t.vl.add_contact(&c).is_err(), "a volunteer writes no note");
    c.note = None;
    for _ in 0..3 {
        t.vl.add_contact(&c).unwrap();
    }
    // …and the attendance of a group they helped at.
    t.vl.add_activity(&ActivityInput {
        kind: "garten-cafe".into(),
        title: "Garten-Café".into(),
        site_id: Some(zentrum),
        anonymous_count: 8,
        ..Default::default()
    })
    .unwrap();
    let mut c = contact(&t.em, "");
    c.note = None;
    for _ in 0..4 {
        t.em.add_contact(&c).unwrap();
    }
    for (s, name) in [(&mut t.vl, "vl-out"), (&mut t.em, "em-out")] {
        let out = t.tmp.path().join(name);
        std::fs::create_dir(&out).unwrap();
        s.set_export_folder(&out).unwrap();
        let e = s.export(false).unwrap();
        assert_eq!(
            e.counts.get("contacts"),
            Some(&if name == "vl-out" { 3 } else { 4 })
        );
        let cipher = std::fs::read(out.join(&e.file_name)).unwrap();
        t.lead.import_bundle(&cipher, &t.identity, false).unwrap();
    }

    // At the lead's: the volunteer is known as one (from the enrolment), and the report shows
    // their share of the contacts – the same figure in the XLSX, the dashboard and the CLI,
    // which all read this report.
    let vl_worker = t.vl.profile().unwrap().worker_id.to_string();
    let role: String = t
        .lead
        .conn()
        .query_row(
            "SELECT role FROM workers WHERE id = ?1",
            [&vl_worker],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(role, "volunteer");
    let today = chrono::Local::now().date_naive().to_string();
    let period = Period::range(&today, &today).unwrap();
    let l = feldbuch_core::Localizer::new(feldbuch_core::vocab::Locale::De);
    let r = t.lead.report(&period, 3, &l).unwrap();
    let figure = |id: &str| r.key_figures.iter().find(|f| f.id == id).unwrap().current;
    assert_eq!(figure("contacts"), Shown::Value(7.0));
    assert_eq!(figure("volunteer-contacts"), Shown::Value(3.0));
    let attendance: i64 = t
        .lead
        .conn()
        .query_row(
            "SELECT anonymous_count FROM activities WHERE worker_id = ?1",
            [&vl_worker],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        attendance, 8,
        "the group the volunteer helped at reached the lead"
    );
    assert!(r
        .key_figures
        .iter()
        .any(|f| f.label == "davon Kontakte durch Ehrenamtliche"));
}

#[test]
fn the_districts_list_keeps_one_spelling_and_travels_to_the_devices() {
    use feldbuch_core::store::persons::{PersonInput, PersonPatch};
    let mut t = team();
    // Only the lead keeps the list.
    assert!(matches!(
        t.bb.add_district("Nordend"),
        Err(feldbuch_core::Error::Forbidden)
    ));
    // Without a list, districts stay free text (the sites made so far say "Nordend").
    let hw = t.lead.add_district("Handwerkerviertel").unwrap();
    t.lead.add_district("Nordend").unwrap();
    assert_eq!(
        t.lead
            .add_district("handwerker-viertel")
            .err()
            .map(|e| e.code()),
        Some("error-district-exists")
    );
    // Typed another way, stored as the list spells it; unknown: refused, nothing written.
    let mut s = site("Jugendtreff West");
    s.district = Some("Handwerker-Viertel".into());
    let made = t.lead.add_site(&s).unwrap();
    assert_eq!(made.district.as_deref(), Some("Handwerkerviertel"));
    let before = state(&t.lead);
    let mut s = site("Jugendtreff Ost");
    s.district = Some("Oststadt".into());
    assert_eq!(
        t.lead.add_site(&s).err().map(|e| e.code()),
        Some("error-district-unknown")
    );
    assert_eq!(state(&t.lead), before);

    // The devices receive the list and are held to it too.
    let first = publish(&mut t, "office-1.age");
    let r = receive(&mut t.bb, &first, &t.fp).unwrap();
    assert_eq!(r.counts.get("districts"), Some(&2));
    let names: Vec<String> =
        t.bb.districts(false)
            .unwrap()
            .into_iter()
            .map(|d| d.name)
            .collect();
    assert_eq!(names, vec!["Handwerkerviertel", "Nordend"]);
    assert_eq!(t.bb.districts(false).unwrap()[0].id, hw.id);
    let p =
        t.bb.add_person(&PersonInput {
            pseudonym: "KM1990".into(),
            district: Some("HANDWERKERVIERTEL".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(p.district.as_deref(), Some("Handwerkerviertel"));
    assert_eq!(
        t.bb.edit_person(
            p.id,
            &PersonPatch {
                district: Some("Oststadt".into()),
                ..Default::default()
            }
        )
        .err()
        .map(|e| e.code()),
        Some("error-district-unknown")
    );
    // A correction that leaves the district alone is not held to the list.
    let mut s = site("Altes Café");
    s.district = None;
    let cafe = t.bb.add_site(&s).unwrap();
    t.bb.edit_site(
        cafe.id,
        &SitePatch {
            address: Some("Marktplatz 1".into()),
            ..Default::default()
        },
    )
    .unwrap();
}

#[test]
fn a_site_made_before_the_directory_is_merged_into_its_entry_and_history_follows() {
    let mut t = team();
    let own = t.em.resolve_site("KiTa Sonnenblume").unwrap().id;
    let entry = t.lead.add_site(&site("Kita Sonnenblume e.V.")).unwrap().id;
    // Erika logged two contacts at her own site; the lead has them.
    let mut c = contact(&t.em, "");
    c.site_id = own;
    c.note = None;
    for _ in 0..2 {
        t.em.add_contact(&c).unwrap();
    }
    let export = |s: &mut Store, name: &str, t_dir: &Path| -> Vec<u8> {
        let out = t_dir.join(name);
        std::fs::create_dir_all(&out).unwrap();
        s.set_export_folder(&out).unwrap();
        let e = s.export(false).unwrap();
        std::fs::read(out.join(&e.file_name)).unwrap()
    };
    let bundle = export(&mut t.em, "em-1", t.tmp.path());
    t.lead.import_bundle(&bundle, &t.identity, false).unwrap();
    // Ben got Erika's site with the directory and logged there too.
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.bb, &first, &t.fp).unwrap();
    let mut c = contact(&t.bb, "");
    c.site_id = own;
    c.note = None;
    t.bb.add_contact(&c).unwrap();

    let at = |s: &Store, site: feldbuch_core::ids::SiteId| -> i64 {
        s.conn()
            .query_row(
                "SELECT count(*) FROM contacts WHERE site_id = ?1",
                [site.to_string()],
                |r| r.get(0),
            )
            .unwrap()
    };
    // Only the lead merges; never into itself, never twice.
    assert!(matches!(
        t.em.merge_site(own, entry),
        Err(feldbuch_core::Error::Forbidden)
    ));
    assert_eq!(
        t.lead.merge_site(entry, entry).err().map(|e| e.code()),
        Some("error-site-merge-invalid")
    );
    t.lead.merge_site(own, entry).unwrap();
    assert_eq!((at(&t.lead, own), at(&t.lead, entry)), (0, 2));
    assert!(t.lead.site(own).unwrap().archived);
    assert_eq!(
        t.lead.merge_site(own, entry).err().map(|e| e.code()),
        Some("error-site-merge-invalid")
    );

    // The devices move their own records in the next office bundle: corrections of their own.
    let second = publish(&mut t, "office-2.age");
    receive(&mut t.em, &second, &t.fp).unwrap();
    receive(&mut t.bb, &second, &t.fp).unwrap();
    assert_eq!((at(&t.em, own), at(&t.em, entry)), (0, 2));
    assert_eq!((at(&t.bb, own), at(&t.bb, entry)), (0, 1));
    assert!(
        t.em.site(own).unwrap().archived,
        "her duplicate leaves the pickers"
    );
    assert!(t.bb.site(own).unwrap().archived);
    let revisions: Vec<i64> = text_rows(&t.em, "SELECT revision FROM contacts")
        .into_iter()
        .map(|r| {
            r[0].trim_start_matches("Integer(")
                .trim_end_matches(')')
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(revisions, vec![2, 2]);
    // Applied once: the same merge in a later bundle moves nothing again.
    let third = publish(&mut t, "office-3.age");
    receive(&mut t.em, &third, &t.fp).unwrap();
    assert_eq!(text_rows(&t.em, "SELECT revision FROM contacts").len(), 2);

    // Their next bundles reach the lead whole, without conflicts; every contact at the entry.
    for (s, name) in [(&mut t.em, "em-2"), (&mut t.bb, "bb-1")] {
        let bundle = export(s, name, t.tmp.path());
        let r = t.lead.import_bundle(&bundle, &t.identity, false).unwrap();
        assert_eq!(r.conflicts, 0);
    }
    assert_eq!((at(&t.lead, own), at(&t.lead, entry)), (0, 3));
    assert!(t.lead.merge_conflicts().unwrap().is_empty());
}

#[test]
fn a_new_lead_device_is_trusted_only_on_purpose_and_with_its_fingerprint() {
    let mut t = team();
    let second = publish(&mut t, "office-1.age");
    receive(&mut t.bb, &second, &t.fp).unwrap();

    // The lead's laptop is replaced: the new one enrols Ben's device and publishes.
    let mut new_lead = device(t.tmp.path(), "Tanja Leitung", "TN", Role::Lead);
    let e = t.bb.enrolment().unwrap();
    new_lead
        .enrol_device(&serde_json::to_vec(&e).unwrap())
        .unwrap();
    new_lead.add_site(&site("Neues Büro")).unwrap();
    let from_new = t.tmp.path().join("new-lead-1.age");
    new_lead.publish_office_bundle(&from_new).unwrap();
    let new_fp = new_lead.device_fingerprint().unwrap();
    let bytes = std::fs::read(&from_new).unwrap();

    // Not by itself, not with the old number or a wrong one: nothing changes.
    let before = state(&t.bb);
    assert_eq!(
        t.bb.receive_office_bundle(&bytes, Some(&new_fp))
            .err()
            .map(|e| e.code()),
        Some("error-office-signer-changed")
    );
    for wrong in [t.fp.as_str(), "12345 12345 12345 12345 12345 12345"] {
        assert_eq!(
            t.bb.receive_office_bundle_from_new_lead(&bytes, wrong)
                .err()
                .map(|e| e.code()),
            Some("error-office-fingerprint-mismatch")
        );
    }
    assert_eq!(state(&t.bb), before);

    // On purpose, with the new lead's number: taken (its numbers start anew), audited; from now
    // on the old lead's packages are refused.
    let r =
        t.bb.receive_office_bundle_from_new_lead(&bytes, &new_fp)
            .unwrap();
    assert_eq!(r.sequence, 1);
    assert_eq!(t.bb.office_signer_fingerprint().unwrap(), Some(new_fp));
    assert!(t.bb.resolve_site("Neues Büro").is_ok());
    let logged: i64 = t
        .bb
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = 'setting' AND entity_id = 'office_signer'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(logged, 1);
    let third = publish(&mut t, "office-3.age");
    assert_eq!(
        receive(&mut t.bb, &third, &t.fp).err().map(|e| e.code()),
        Some("error-office-signer-changed")
    );
}

#[test]
fn a_partner_made_before_the_directory_is_merged_into_its_entry_with_services_and_referrals() {
    use feldbuch_core::store::partners::PartnerInput;
    use feldbuch_core::store::referrals::ReferralInput;
    let mut t = team();
    // Erika made her own "Tafel" with two services before the directory came; the lead's
    // directory has the entry, with a service of the same name.
    let own =
        t.em.add_partner(&PartnerInput {
            name: "Tafel".into(),
            kind: "verein".into(),
            district: None,
            address: None,
            contact_person: None,
            services: vec!["lebensmittel".into(), "Kleiderkammer".into()],
        })
        .unwrap();
    let entry = t
        .lead
        .add_partner(&PartnerInput {
            name: "Tafel Offenbach e.V.".into(),
            kind: "verein".into(),
            district: None,
            address: None,
            contact_person: None,
            services: vec!["Lebensmittel".into()],
        })
        .unwrap();
    let food_own = own
        .services
        .iter()
        .find(|s| s.name == "lebensmittel")
        .unwrap()
        .id;
    let clothes = own
        .services
        .iter()
        .find(|s| s.name == "Kleiderkammer")
        .unwrap()
        .id;
    let mut c = contact(&t.em, "");
    c.note = None;
    let visit = t.em.add_contact(&c).unwrap();
    for service in [food_own, clothes] {
        t.em.add_referral(&ReferralInput {
            partner_id: own.id,
            service_id: Some(service),
            person_id: None,
            contact_id: Some(visit.id),
            note: None,
        })
        .unwrap();
    }
    let send = |t: &mut Team, name: &str| -> u64 {
        let out = t.tmp.path().join(name);
        std::fs::create_dir_all(&out).unwrap();
        t.em.set_export_folder(&out).unwrap();
        let e = t.em.export(false).unwrap();
        let cipher = std::fs::read(out.join(&e.file_name)).unwrap();
        t.lead
            .import_bundle(&cipher, &t.identity, false)
            .unwrap()
            .conflicts
    };
    assert_eq!(send(&mut t, "em-1"), 0);
    let referrals = |s: &Store| {
        let mut v = strings(
            s,
            "SELECT r.partner_id, p.name FROM referrals r
             JOIN partner_services p ON p.id = r.service_id ORDER BY p.name",
        );
        v.sort();
        v
    };

    assert!(matches!(
        t.em.merge_partner(own.id, entry.id),
        Err(feldbuch_core::Error::Forbidden)
    ));
    assert_eq!(
        t.lead
            .merge_partner(entry.id, entry.id)
            .err()
            .map(|e| e.code()),
        Some("error-partner-merge-invalid")
    );
    t.lead.merge_partner(own.id, entry.id).unwrap();
    // At the lead's at once: both referrals at the entry, food with the entry's service, the
    // clothes service moved to the entry; the duplicate archived.
    let e = entry.id.to_string();
    assert_eq!(
        referrals(&t.lead),
        vec![
            (e.clone(), "Kleiderkammer".into()),
            (e.clone(), "Lebensmittel".into())
        ]
    );
    assert!(t.lead.partner(own.id).unwrap().archived);
    assert_eq!(
        t.lead
            .merge_partner(own.id, entry.id)
            .err()
            .map(|e| e.code()),
        Some("error-partner-merge-invalid")
    );

    // Erika's device moves her records with the next package, as her own corrections; her
    // next bundle agrees with the lead: no conflict, the same referrals.
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    assert_eq!(
        referrals(&t.em),
        vec![
            (e.clone(), "Kleiderkammer".into()),
            (e.clone(), "Lebensmittel".into())
        ]
    );
    assert!(t.em.partner(own.id).unwrap().archived);
    assert_eq!(send(&mut t, "em-2"), 0);
    assert_eq!(
        referrals(&t.lead),
        vec![
            (e.clone(), "Kleiderkammer".into()),
            (e, "Lebensmittel".into())
        ]
    );
    assert!(t.lead.merge_conflicts().unwrap().is_empty());
}
