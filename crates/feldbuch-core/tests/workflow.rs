//! The outreach workflow against real SQLCipher stores: partners and referrals, group activities,
//! follow-ups, visit slots, drafts, person and note search, Auskunft, erasure with tombstones,
//! retention and the volunteer role.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use chrono::{TimeZone, Utc};
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::ids::ServiceId;
use feldbuch_core::store::activities::ActivityInput;
use feldbuch_core::store::audit::AuditFilter;
use feldbuch_core::store::followups::FollowUpFilter;
use feldbuch_core::store::partners::PartnerInput;
use feldbuch_core::store::persons::{ParticipationInput, PersonInput, PersonPatch, PersonQuery};
use feldbuch_core::store::referrals::ReferralInput;
use feldbuch_core::store::rights::AuskunftFormat;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{Locale, ReferralStatus, Role, SiteKind};
use feldbuch_core::{DataDir, Error, FixedClock, Localizer, Passphrase, SharedClock, Store};
use std::sync::Arc;

/// A store on a fixed clock (2026-11-20, a Friday, 10:00 UTC) with one site and one partner.
fn fixed() -> (tempfile::TempDir, DataDir, Store, FixedClock) {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("data"));
    let fc = FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap());
    let clock: SharedClock = Arc::new(fc.clone());
    let (mut store, _) = dir
        .init(&profile(), &Passphrase::new(PASS), &OsKeyring, clock)
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
    store
        .add_partner(&PartnerInput {
            name: "Schuldnerberatung Mitte".into(),
            kind: "beratungsstelle".into(),
            district: Some("Innenstadt".into()),
            contact_person: Some("Frau Aydin".into()),
            services: vec!["Erstberatung".into(), "Budgetplanung".into()],
            ..Default::default()
        })
        .unwrap();
    (tmp, dir, store, fc)
}

/// A person with a documentation consent.
fn consenting(store: &mut Store, pseudonym: &str) -> feldbuch_core::ids::PersonId {
    let p = store
        .add_person(&PersonInput {
            pseudonym: pseudonym.into(),
            birth_year: Some(1990),
            district: Some("Nordend".into()),
            markers: vec!["einsam".into()],
            ..Default::default()
        })
        .unwrap();
    store
        .give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    p.id
}

fn count(store: &Store, sql: &str) -> i64 {
    store.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn referrals_follow_their_status_flow_and_need_a_person_or_contact() {
    let (_tmp, _dir, mut store, _) = fixed();
    let pid = consenting(&mut store, "AB1990");
    // A face that lets a person type names finds the partner by name, in any case.
    let partner = store.resolve_partner("schuldnerberatung mitte").unwrap();
    let budget = partner
        .services
        .iter()
        .find(|s| s.name == "Budgetplanung")
        .unwrap()
        .id;
    let r = store
        .add_referral(&ReferralInput {
            partner_id: partner.id,
            service_id: Some(budget),
            person_id: Some(pid),
            note: Some("Termin Donnerstag".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(r.status, ReferralStatus::Vorgeschlagen);
    assert_eq!(r.service_name.as_deref(), Some("Budgetplanung"));
    assert!(!r.forwarding_consent);

    // Skipping a step or leaving a final state is refused and changes nothing.
    let before = count(&store, "SELECT count(*) FROM audit_log");
    assert_eq!(
        store
            .set_referral_status(r.id, "wahrgenommen", None)
            .err()
            .map(|e| e.code()),
        Some("error-referral-status-step")
    );
    assert_eq!(count(&store, "SELECT count(*) FROM audit_log"), before);
    store.set_referral_status(r.id, "vereinbart", None).unwrap();
    let done = store
        .set_referral_status(r.id, "wahrgenommen", None)
        .unwrap();
    assert_eq!(done.status, ReferralStatus::Wahrgenommen);
    assert_eq!(done.revision, 3);
    assert!(store
        .set_referral_status(r.id, "abgebrochen", None)
        .is_err());

    // A forwarding consent for that partner shows on the referral.
    store
        .give_consent(pid, "forwarding", "written", None, Some(partner.id))
        .unwrap();
    assert!(store.referral(r.id).unwrap().forwarding_consent);

    // Neither person nor contact; an unknown service; a person without consent: refused.
    let mut bad = ReferralInput {
        partner_id: partner.id,
        ..Default::default()
    };
    assert_eq!(
        store.add_referral(&bad).err().map(|e| e.code()),
        Some("error-referral-needs-person-or-contact")
    );
    bad.person_id = Some(pid);
    bad.service_id = Some(ServiceId::new());
    assert_eq!(
        store.add_referral(&bad).err().map(|e| e.code()),
        Some("error-service-not-found")
    );
    let anon = store
        .add_person(&PersonInput {
            pseudonym: "ZZ2000".into(),
            ..Default::default()
        })
        .unwrap();
    bad.service_id = None;
    bad.person_id = Some(anon.id);
    assert_eq!(
        store.add_referral(&bad).err().map(|e| e.code()),
        Some("error-person-needs-consent")
    );
    // From a contact, without a person: fine.
    let c = store
        .add_contact(&contact(&store, "Beratung zu Schulden"))
        .unwrap();
    bad.person_id = None;
    bad.contact_id = Some(c.id);
    store.add_referral(&bad).unwrap();
    assert_eq!(store.list_referrals(true).unwrap().len(), 1);
    assert_eq!(store.list_referrals(false).unwrap().len(), 2);
    assert_eq!(
        store.person_page(pid).unwrap().referrals[0].id,
        r.id,
        "the referral is on the person page"
    );
}

#[test]
fn activities_count_registered_and_anonymous_attendance() {
    let (_tmp, _dir, mut store, _) = fixed();
    let a = consenting(&mut store, "AA1980");
    let b = consenting(&mut store, "BB1985");
    let act = store
        .add_activity(&ActivityInput {
            kind: "repair-cafe".into(),
            title: "Repair-Café im Nordend".into(),
            site_id: Some(store.resolve_site("KiTa Sonnenblume").unwrap().id),
            start: Some("15:00".into()),
            duration_min: Some(120),
            volunteers_count: 3,
            anonymous_count: 7,
            persons: vec![a, b, a],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(act.attendees.len(), 2);
    assert_eq!(act.total_attendance, 9);
    let run_by: Vec<(&str, bool)> = act
        .facilitators
        .iter()
        .map(|f| (f.initials.as_str(), f.recorder))
        .collect();
    assert_eq!(run_by, vec![("EM", true)]);
    let act = store.set_attendance(act.id, &[a], 10).unwrap();
    assert_eq!(act.total_attendance, 11);
    assert_eq!(store.person_page(a).unwrap().attendance.len(), 1);
    assert!(store.person_page(b).unwrap().attendance.is_empty());

    // Withdrawing the documentation consent: the activity counts the person anonymously.
    let consent = store.person(a).unwrap().consents[0].id;
    store.withdraw_consent(consent, None).unwrap();
    let after = store.activity(act.id).unwrap();
    assert!(
        after.attendees.is_empty(),
        "still named: {:?}",
        after.attendees
    );
    assert_eq!((after.anonymous_count, after.total_attendance), (11, 11));
    assert!(store.person_page(a).unwrap().attendance.is_empty());

    let bad_kind = ActivityInput {
        kind: "kaffeeklatsch".into(),
        title: "x".into(),
        ..Default::default()
    };
    assert_eq!(
        store.add_activity(&bad_kind).err().map(|e| e.code()),
        Some("error-invalid-activity-kind")
    );
    let no_title = ActivityInput {
        kind: "coaching".into(),
        ..Default::default()
    };
    assert_eq!(
        store.add_activity(&no_title).err().map(|e| e.code()),
        Some("error-text-required")
    );
    assert_eq!(store.list_activities(None, None).unwrap().len(), 1);
}

#[test]
fn follow_ups_become_due_then_overdue_and_are_done_once() {
    let (_tmp, _dir, mut store, fc) = fixed();
    let pid = consenting(&mut store, "FU1970");
    let mut c = contact(&store, "Rückruf wegen Wohnung");
    c.follow_up = Some("2026-11-23".into());
    c.persons = vec![pid];
    store.add_contact(&c).unwrap();
    let f = store
        .add_followup("2026-11-21", "Antrag mitbringen", Some(pid), None)
        .unwrap();
    assert!(store.due_followups().unwrap().is_empty(), "nothing due yet");
    assert_eq!(store.followups(FollowUpFilter::Open).unwrap().len(), 2);
    // The next 7 days (Heute): both, soonest first; one in two weeks is not among them.
    store
        .add_followup("2026-12-05", "Später nachfragen", Some(pid), None)
        .unwrap();
    let upcoming = store.upcoming_followups(7).unwrap();
    assert_eq!(
        upcoming
            .iter()
            .map(|u| u.due_on.to_string())
            .collect::<Vec<_>>(),
        ["2026-11-21", "2026-11-23"]
    );

    fc.set(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
    let due = store.due_followups().unwrap();
    assert_eq!(due.len(), 2);
    assert!(
        due[0].overdue && due[0].id == f.id,
        "the older one is overdue"
    );
    assert!(!due[1].overdue, "due today is not overdue");
    assert!(
        store.upcoming_followups(7).unwrap().is_empty(),
        "what is due is not upcoming too, and 2026-12-05 is 12 days ahead"
    );
    assert_eq!(due[0].pseudonym.as_deref(), Some("FU1970"));
    // One set from a contact says whom and where: the contact's persons and site.
    assert_eq!(due[1].what, "");
    assert_eq!(due[1].pseudonym.as_deref(), Some("FU1970"));
    assert_eq!(due[1].site_name.as_deref(), Some("KiTa Sonnenblume"));
    assert_eq!(due[0].site_name, None);

    store.complete_followup(f.id, None).unwrap();
    assert_eq!(
        store.complete_followup(f.id, None).err().map(|e| e.code()),
        Some("error-followup-already-done")
    );
    assert_eq!(store.due_followups().unwrap().len(), 1);
    assert_eq!(store.followups(FollowUpFilter::Done).unwrap().len(), 1);
    assert_eq!(store.person_page(pid).unwrap().followups.len(), 3);
    assert_eq!(
        store
            .add_followup("2026-13-01", "x", None, None)
            .err()
            .map(|e| e.code()),
        Some("error-invalid-date")
    );
}

#[test]
fn visit_slots_plan_the_day() {
    let (_tmp, _dir, mut store, _) = fixed();
    let kita = store.resolve_site("KiTa Sonnenblume").unwrap().id;
    store.add_visit_slot(kita, 5, "08:00", "10:00").unwrap();
    store.add_visit_slot(kita, 2, "14:00", "15:30").unwrap();
    let friday = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let planned = store.planned_visits(friday).unwrap();
    assert_eq!(planned.len(), 1);
    assert_eq!(
        (planned[0].start.as_str(), planned[0].end.as_str()),
        ("08:00", "10:00")
    );
    for (wd, s, e, code) in [
        (8, "08:00", "09:00", "error-invalid-weekday"),
        (1, "10:00", "09:00", "error-slot-end-before-start"),
        (1, "9", "10:00", "error-invalid-time"),
    ] {
        assert_eq!(
            store.add_visit_slot(kita, wd, s, e).err().map(|e| e.code()),
            Some(code)
        );
    }
    store.remove_visit_slot(planned[0].id).unwrap();
    assert!(store.planned_visits(friday).unwrap().is_empty());
}

#[test]
fn a_quick_entry_draft_survives_a_crash_and_is_encrypted() {
    let (tmp, dir, mut store, _) = fresh();
    let body = r#"{"site":"KiTa Sonnenblume","note":"Entwurf über Familie Özdemir"}"#;
    store.save_draft("quick-entry", body).unwrap();
    // No clean shutdown: the process "dies" with the store open.
    std::mem::forget(store);
    let store = dir
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    assert_eq!(store.draft("quick-entry").unwrap().as_deref(), Some(body));
    let needle = "Özdemir".as_bytes();
    for e in walk(tmp.path()) {
        let bytes = std::fs::read(&e).unwrap();
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "draft text in plaintext in {}",
            e.display()
        );
    }
    let mut store = store;
    for bad in [
        "[1,2]",
        "not json",
        &format!("{{\"x\":\"{}\"}}", "a".repeat(17_000)),
    ] {
        assert_eq!(
            store.save_draft("quick-entry", bad).err().map(|e| e.code()),
            Some("error-invalid-draft")
        );
    }
    assert!(store.save_draft("../etc", "{}").is_err());
    store.clear_draft("quick-entry").unwrap();
    assert_eq!(store.draft("quick-entry").unwrap(), None);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn notes_are_found_by_word_and_prefix_and_the_index_follows_every_change() {
    let (_tmp, _dir, mut store, _) = fixed();
    let a = store
        .add_contact(&contact(
            &store,
            "Frau K. sucht eine Wohnung, Termin beim Jobcenter",
        ))
        .unwrap();
    let b = store
        .add_contact(&contact(
            &store,
            "Über Einsamkeit gesprochen; Gartencafé empfohlen",
        ))
        .unwrap();
    store.add_contact(&contact(&store, "Kurzer Gruß")).unwrap();
    let ids = |hits: Vec<feldbuch_core::store::search::NoteHit>| {
        hits.into_iter().map(|h| h.contact_id).collect::<Vec<_>>()
    };
    assert_eq!(ids(store.search_notes("wohnung").unwrap()), vec![a.id]);
    assert_eq!(
        ids(store.search_notes("JOB").unwrap()),
        vec![a.id],
        "prefix, any case"
    );
    assert_eq!(
        ids(store.search_notes("uber einsam").unwrap()),
        vec![b.id],
        "diacritics"
    );
    assert!(
        store.search_notes("wohnung einsamkeit").unwrap().is_empty(),
        "all words"
    );
    let hit = &store.search_notes("gartencafe").unwrap()[0];
    assert!(hit.excerpt.contains("Gartencafé"), "{}", hit.excerpt);
    // FTS5 syntax in the query is plain text, not an error.
    assert!(store
        .search_notes("wohnung OR NEAR(\"x\"")
        .unwrap()
        .is_empty());
    assert_eq!(
        store.search_notes("  ").err().map(|e| e.code()),
        Some("error-text-required")
    );

    // Edit: the old words are gone from the index, the new ones are in.
    store
        .edit_contact(
            a.id,
            &feldbuch_core::store::contacts::ContactPatch {
                note: Some("Nur noch Kita-Platz offen".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(store.search_notes("wohnung").unwrap().is_empty());
    assert_eq!(ids(store.search_notes("kita platz").unwrap()), vec![a.id]);
    // Delete: gone from the index too.
    store.delete_contact(a.id).unwrap();
    assert!(store.search_notes("kita").unwrap().is_empty());
    assert_eq!(count(&store, "SELECT count(*) FROM note_fts_map"), 2);
    // Searches are audited without the query.
    let searches = store
        .audit_entries(&AuditFilter {
            action: Some("search".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(searches.len() >= 5);
    assert!(searches.iter().all(|e| !e.entity_id.contains("wohnung")));
    assert!(store.verify().unwrap().ok());
}

#[test]
fn persons_are_found_by_pseudonym_district_and_marker() {
    let (_tmp, _dir, mut store, _) = fixed();
    consenting(&mut store, "MK1987");
    let other = store
        .add_person(&PersonInput {
            pseudonym: "TS2001".into(),
            district: Some("Bieber".into()),
            markers: vec!["wohnungslos".into()],
            ..Default::default()
        })
        .unwrap();
    let q = |text: Option<&str>, district: Option<&str>, marker: Option<&str>| PersonQuery {
        text: text.map(String::from),
        district: district.map(String::from),
        marker: marker.map(String::from),
        include_closed: false,
    };
    let names = |v: Vec<feldbuch_core::store::persons::PersonSummary>| {
        v.into_iter().map(|p| p.pseudonym).collect::<Vec<_>>()
    };
    assert_eq!(
        names(store.search_persons(&q(Some("mk"), None, None)).unwrap()),
        ["MK1987"]
    );
    assert_eq!(
        names(store.search_persons(&q(None, Some("bieb"), None)).unwrap()),
        ["TS2001"]
    );
    assert_eq!(
        names(
            store
                .search_persons(&q(None, None, Some("wohnungslos")))
                .unwrap()
        ),
        ["TS2001"]
    );
    assert_eq!(
        store
            .search_persons(&q(Some("%"), None, None))
            .unwrap()
            .len(),
        0,
        "LIKE is escaped"
    );
    assert_eq!(
        store
            .search_persons(&q(None, None, Some("reich")))
            .err()
            .map(|e| e.code()),
        Some("error-invalid-marker")
    );
    store
        .close_person(other.id, None, Some("umgezogen"))
        .unwrap();
    assert!(store
        .search_persons(&q(None, Some("bieber"), None))
        .unwrap()
        .is_empty());
    let mut all = q(None, None, None);
    all.include_closed = true;
    assert_eq!(store.search_persons(&all).unwrap().len(), 2);
}

#[test]
fn participant_fields_need_their_consent_and_withdrawal_clears_them() {
    let (_tmp, _dir, mut store, _) = fixed();
    let pid = consenting(&mut store, "ESF1995");
    let input = ParticipationInput {
        entry_date: Some("2026-10-01".into()),
        employment: Some("langzeitarbeitslos".into()),
        education: Some("isced-3-4".into()),
        household: Some("alleinerziehend".into()),
    };
    assert_eq!(
        store.enrol_participant(pid, &input).err().map(|e| e.code()),
        Some("error-participant-needs-consent")
    );
    let consent = store
        .give_consent(pid, "participant-reporting", "written", None, None)
        .unwrap();
    let p = store.enrol_participant(pid, &input).unwrap();
    let part = p.participant.unwrap();
    assert_eq!(part.education.map(|e| e.id()), Some("isced-3-4"));
    assert_eq!(
        store
            .exit_participant(pid, Some("2026-09-01"), &Default::default())
            .err()
            .map(|e| e.code()),
        Some("error-exit-before-entry")
    );
    let p = store
        .exit_participant(pid, Some("2026-11-15"), &Default::default())
        .unwrap();
    assert_eq!(
        p.participant
            .unwrap()
            .exit_date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-11-15")
    );
    let bad = ParticipationInput {
        education: Some("abitur".into()),
        ..input
    };
    assert_eq!(
        store.enrol_participant(pid, &bad).err().map(|e| e.code()),
        Some("error-invalid-education")
    );
    let p = store.withdraw_consent(consent.id, None).unwrap();
    assert_eq!(
        p.participant, None,
        "withdrawal clears the participant fields"
    );
}

#[test]
fn auskunft_holds_everything_on_the_person_in_the_chosen_language() {
    let (tmp, _dir, mut store, _) = fixed();
    let pid = consenting(&mut store, "AU1960");
    store
        .edit_person(
            pid,
            &PersonPatch {
                real_name: Some("Aylin Uçar".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let mut c = contact(&store, "Hilfe beim Wohngeldantrag");
    c.persons = vec![pid];
    store.add_contact(&c).unwrap();
    store
        .add_referral(&ReferralInput {
            partner_id: store.resolve_partner("Schuldnerberatung Mitte").unwrap().id,
            person_id: Some(pid),
            ..Default::default()
        })
        .unwrap();

    let de_path = tmp.path().join("auskunft-de.txt");
    let a = store
        .write_auskunft(
            pid,
            &de_path,
            AuskunftFormat::Text,
            &Localizer::new(Locale::De),
        )
        .unwrap();
    let text = std::fs::read_to_string(&de_path).unwrap();
    for needle in [
        "Auskunft nach Art. 15 DSGVO",
        "AU1960",
        "Aylin Uçar",
        "Hilfe beim Wohngeldantrag",
        "Schuldnerberatung Mitte",
        "Dokumentation personenbezogener Daten",
        "angesehen",
    ] {
        assert!(text.contains(needle), "missing {needle} in\n{text}");
    }
    assert!(a.audit.iter().any(|e| e.action == "export"));
    // An existing file is never replaced.
    assert_eq!(
        store
            .write_auskunft(
                pid,
                &de_path,
                AuskunftFormat::Json,
                &Localizer::new(Locale::En)
            )
            .err()
            .map(|e| e.code()),
        Some("error-file-exists")
    );
    assert_eq!(std::fs::read_to_string(&de_path).unwrap(), text);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&de_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the Auskunft file is private");
    }
    let ar_path = tmp.path().join("auskunft-ar.txt");
    store
        .write_auskunft(
            pid,
            &ar_path,
            AuskunftFormat::Text,
            &Localizer::new(Locale::Ar),
        )
        .unwrap();
    let ar = std::fs::read_to_string(&ar_path).unwrap();
    assert!(
        !ar.contains("Auskunft nach"),
        "the Arabic file is in Arabic"
    );
    assert!(ar.contains("Aylin Uçar"));
    let json_path = tmp.path().join("auskunft.json");
    store
        .write_auskunft(
            pid,
            &json_path,
            AuskunftFormat::Json,
            &Localizer::new(Locale::En),
        )
        .unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(v["person"]["pseudonym"], "AU1960");
    assert_eq!(v["contacts"].as_array().unwrap().len(), 1);

    // A missing folder: a clear error and no file.
    let missing = tmp.path().join("nope/auskunft.txt");
    let err = store
        .write_auskunft(
            pid,
            &missing,
            AuskunftFormat::Text,
            &Localizer::new(Locale::De),
        )
        .err()
        .unwrap();
    assert_eq!(err.code(), "error-io");
    assert!(!missing.exists());
}

#[test]
fn erasure_removes_the_person_keeps_counts_and_leaves_tombstones() {
    let (_tmp, _dir, mut store, _) = fixed();
    let pid = consenting(&mut store, "ER1950");
    let other = consenting(&mut store, "OT1951");
    let mut solo = contact(&store, "Nur über ER: Schulden, Wohnung");
    solo.persons = vec![pid];
    solo.anonymous_count = 0;
    solo.anonymous_age_band = None;
    solo.anonymous_gender = None;
    solo.follow_up = Some("2026-12-01".into());
    let solo = store.add_contact(&solo).unwrap();
    let mut shared = contact(&store, "Gemeinsames Gespräch");
    shared.persons = vec![pid, other];
    let shared = store.add_contact(&shared).unwrap();
    let act = store
        .add_activity(&ActivityInput {
            kind: "garten-cafe".into(),
            title: "Garten-Café".into(),
            anonymous_count: 4,
            persons: vec![pid, other],
            ..Default::default()
        })
        .unwrap();
    let r = store
        .add_referral(&ReferralInput {
            partner_id: store.resolve_partner("Schuldnerberatung Mitte").unwrap().id,
            person_id: Some(pid),
            note: Some("ER braucht Begleitung".into()),
            ..Default::default()
        })
        .unwrap();
    store
        .add_followup("2026-12-05", "Nachfragen", Some(pid), None)
        .unwrap();

    let report = store.erase_person(pid).unwrap();
    assert_eq!(report.contacts_anonymised, 2);
    assert_eq!(report.notes_erased, 1);
    assert_eq!(report.followups_deleted, 2);
    assert_eq!(report.consents_deleted, 1);
    assert_eq!(report.attendance_anonymised, 1);

    assert_eq!(
        store.person(pid).err().map(|e| e.code()),
        Some("error-person-not-found")
    );
    let solo = store.contact(solo.id).unwrap();
    assert_eq!((solo.anonymous_count, solo.note.clone()), (1, None));
    assert!(solo.persons.is_empty());
    let shared_after = store.contact(shared.id).unwrap();
    assert_eq!(shared_after.anonymous_count, shared.anonymous_count + 1);
    assert_eq!(shared_after.persons, vec![other]);
    assert_eq!(
        shared_after.note, shared.note,
        "a shared contact keeps its note"
    );
    assert_eq!(store.activity(act.id).unwrap().total_attendance, 6);
    let r = store.referral(r.id).unwrap();
    assert_eq!((r.person_id, r.note), (None, None));
    assert!(store.search_notes("schulden").unwrap().is_empty());

    let tomb = |entity: &str| {
        count(
            &store,
            &format!("SELECT count(*) FROM tombstones WHERE entity = '{entity}'"),
        )
    };
    assert_eq!(tomb("person"), 1);
    assert_eq!(tomb("consent"), 1);
    assert_eq!(tomb("followup"), 2);
    let log = store.deletion_log().unwrap();
    assert_eq!(
        (
            log[0].reason.as_str(),
            log[0].category.as_str(),
            log[0].count
        ),
        ("erasure", "person", 1)
    );
    assert!(
        store
            .audit_entries(&AuditFilter {
                action: Some("erase".into()),
                entity_id: Some(pid.to_string()),
                ..Default::default()
            })
            .unwrap()
            .len()
            == 1
    );
    // Nothing of the person is left in any table but the id-only audit log and tombstones.
    let hits = count(
        &store,
        &format!(
            "SELECT (SELECT count(*) FROM persons WHERE pseudonym = 'ER1950')
                  + (SELECT count(*) FROM contact_persons WHERE person_id = '{pid}')
                  + (SELECT count(*) FROM activity_attendance WHERE person_id = '{pid}')
                  + (SELECT count(*) FROM consents WHERE person_id = '{pid}')
                  + (SELECT count(*) FROM followups WHERE person_id = '{pid}')
                  + (SELECT count(*) FROM referrals WHERE person_id = '{pid}')"
        ),
    );
    assert_eq!(hits, 0);
    assert_eq!(
        store.erase_person(pid).err().map(|e| e.code()),
        Some("error-person-not-found")
    );
    assert!(store.verify().unwrap().ok());
}

#[test]
fn retention_lists_what_is_due_and_erases_it_on_confirmation() {
    let (_tmp, _dir, mut store, fc) = fixed();
    let old = consenting(&mut store, "OLD1940");
    let mut c = contact(&store, "Alte Notiz über Mietschulden");
    c.date = Some("2026-01-10".into());
    store.add_contact(&c).unwrap();
    store.add_contact(&contact(&store, "Neue Notiz")).unwrap();
    store.close_person(old, Some("2026-02-01"), None).unwrap();
    let f = store.add_followup("2026-11-20", "x", None, None).unwrap();
    store.complete_followup(f.id, Some("2026-11-20")).unwrap();

    assert!(
        store.retention_due().unwrap().is_empty(),
        "no periods, nothing due"
    );
    store.set_retention("closed-persons", Some(2)).unwrap();
    store.set_retention("notes", Some(2)).unwrap();
    store.set_retention("done-followups", Some(1)).unwrap();
    assert_eq!(
        store
            .set_retention("notes", Some(0))
            .err()
            .map(|e| e.code()),
        Some("error-invalid-retention-years")
    );
    assert_eq!(
        store
            .set_retention("fotos", Some(3))
            .err()
            .map(|e| e.code()),
        Some("error-invalid-retention-category")
    );

    // Three years later.
    fc.set(Utc.with_ymd_and_hms(2028, 3, 1, 9, 0, 0).unwrap());
    let due = store.retention_due().unwrap();
    let n = |cat: &str| due.iter().find(|d| d.category.id() == cat).map(|d| d.count);
    assert_eq!(n("closed-persons"), Some(1));
    assert_eq!(n("notes"), Some(1), "only the note older than two years");
    assert_eq!(n("done-followups"), Some(1), "done more than a year ago");
    assert_eq!(
        store
            .apply_retention(&["closed-referrals".into()])
            .err()
            .map(|e| e.code()),
        Some("error-retention-no-period")
    );
    let done = store.apply_retention(&[]).unwrap();
    assert_eq!(done.iter().map(|d| d.count).sum::<u64>(), 3);
    assert_eq!(
        store.person(old).err().map(|e| e.code()),
        Some("error-person-not-found")
    );
    assert!(store.search_notes("mietschulden").unwrap().is_empty());
    assert_eq!(store.search_notes("neue").unwrap().len(), 1);
    let log = store.deletion_log().unwrap();
    assert!(log
        .iter()
        .any(|e| e.reason == "retention" && e.category == "notes" && e.count == 1));
    assert!(log.iter().all(|e| !e.category.contains("Mietschulden")));
    assert_eq!(store.followups(FollowUpFilter::Done).unwrap().len(), 0);
    assert!(store.retention_due().unwrap().iter().all(|d| d.count == 0));
    assert!(store.verify().unwrap().ok());
}

/// A device whose acting worker is a volunteer, holding records of a worker (as they arrive on
/// a shared team device): the worker's data are written first, then the volunteer takes over.
#[test]
fn the_picker_offers_active_pseudonyms_starts_with_first_and_is_not_audited() {
    let (_tmp, _dir, mut store, _) = fixed();
    consenting(&mut store, "AB1990");
    let undocumented = store
        .add_person(&PersonInput {
            pseudonym: "KAB2001".into(),
            ..Default::default()
        })
        .unwrap();
    let closed = consenting(&mut store, "ABC1970");
    store.close_person(closed, None, None).unwrap();
    let audit_before = count(&store, "SELECT count(*) FROM audit_log");

    let picks = store.pick_persons("ab").unwrap();
    let shown: Vec<(&str, bool)> = picks
        .iter()
        .map(|p| (p.pseudonym.as_str(), p.documented))
        .collect();
    // Starts-with before contains; closed persons are not offered; the flag tells who may be named.
    assert_eq!(shown, [("AB1990", true), ("KAB2001", false)]);
    assert!(store.pick_persons("  ").unwrap().is_empty());
    assert!(
        store.pick_persons("%").unwrap().is_empty(),
        "LIKE is escaped"
    );
    assert_eq!(
        count(&store, "SELECT count(*) FROM audit_log"),
        audit_before,
        "the picker writes no audit entry"
    );
    assert_eq!(
        store.pick_persons(&"x".repeat(81)).err().map(|e| e.code()),
        Some("error-text-too-long")
    );

    // The search shows the same flag.
    let summary = store
        .search_persons(&PersonQuery {
            text: Some("KAB".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(summary.len(), 1);
    assert!(!summary[0].documented);
    store
        .give_consent(undocumented.id, "documentation", "verbal", None, None)
        .unwrap();
    assert!(store.pick_persons("kab").unwrap()[0].documented);

    // A year of birth can be removed again.
    let p = store
        .edit_person(
            undocumented.id,
            &PersonPatch {
                birth_year: Some(Some(2001)),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(p.birth_year, Some(2001));
    let p = store
        .edit_person(
            undocumented.id,
            &PersonPatch {
                birth_year: Some(None),
                gender: Some(String::new()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!((p.birth_year, p.gender), (None, None));
}

fn volunteer_store() -> (
    tempfile::TempDir,
    DataDir,
    Store,
    feldbuch_core::ids::ContactId,
    feldbuch_core::ids::PersonId,
) {
    let (tmp, dir, mut store, _) = fixed();
    let pid = consenting(&mut store, "WK1977");
    store
        .edit_person(
            pid,
            &PersonPatch {
                real_name: Some("Walter Klein".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let worker_contact = store
        .add_contact(&contact(&store, "Vertraulich: Klinikaufenthalt"))
        .unwrap();
    let vid = feldbuch_core::ids::WorkerId::new();
    store
        .conn()
        .execute(
            "INSERT INTO workers (id, device_id, created_at, updated_at, display_name, initials, role, locale)
             VALUES (?1, 'x', 'now', 'now', 'Vera Lotsin', 'VL', 'volunteer', 'de')",
            [vid.to_string()],
        )
        .unwrap();
    store
        .conn()
        .execute(
            "UPDATE meta SET value = ?1 WHERE key = 'self_worker_id'",
            [vid.to_string()],
        )
        .unwrap();
    drop(store);
    let store = dir
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    assert_eq!(store.actor().role, Role::Volunteer);
    (tmp, dir, store, worker_contact.id, pid)
}

#[test]
fn a_volunteer_never_sees_notes_real_names_or_other_workers_records() {
    let (_tmp, _dir, mut store, worker_contact, worker_person) = volunteer_store();
    let forbidden = |r: Result<(), Error>| matches!(r, Err(Error::Forbidden));

    // Other workers' records are invisible.
    assert!(store.list_contacts(None, None).unwrap().is_empty());
    assert_eq!(
        store.contact(worker_contact).err().map(|e| e.code()),
        Some("error-contact-not-found")
    );
    assert_eq!(
        store.person(worker_person).err().map(|e| e.code()),
        Some("error-person-not-found")
    );
    assert!(store.list_persons().unwrap().is_empty());
    assert!(store.pick_persons("WK").unwrap().is_empty());
    assert!(store
        .search_persons(&PersonQuery::default())
        .unwrap()
        .is_empty());

    // Notes, data-subject rights, retention and the audit view are closed to them.
    assert!(forbidden(store.search_notes("klinik").map(|_| ())));
    assert!(forbidden(store.auskunft(worker_person).map(|_| ())));
    assert!(forbidden(store.erase_person(worker_person).map(|_| ())));
    assert!(forbidden(store.retention_due().map(|_| ())));
    assert!(forbidden(store.set_retention("notes", Some(1)).map(|_| ())));
    assert!(forbidden(
        store.audit_entries(&AuditFilter::default()).map(|_| ())
    ));
    assert!(forbidden(
        store
            .add_partner(&PartnerInput {
                name: "X".into(),
                kind: "verein".into(),
                ..Default::default()
            })
            .map(|_| ())
    ));

    // They log contacts (without a note) and activity attendance.
    let mut c = contact(&store, "darf nicht");
    assert!(forbidden(store.add_contact(&c).map(|_| ())));
    c.note = None;
    let mine = store.add_contact(&c).unwrap();
    assert_eq!(store.list_contacts(None, None).unwrap(), vec![mine]);
    let own = consenting(&mut store, "VL-Gast");
    let act = store
        .add_activity(&ActivityInput {
            kind: "urban-gardening".into(),
            title: "Beet am Hafen".into(),
            anonymous_count: 5,
            persons: vec![own],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(act.total_attendance, 6);
    // Not even their own person's real name can be written through them.
    assert!(forbidden(
        store
            .edit_person(
                own,
                &PersonPatch {
                    real_name: Some("Irgendwer".into()),
                    ..Default::default()
                },
            )
            .map(|_| ())
    ));
    // A worker's person cannot be linked either.
    c.persons = vec![worker_person];
    assert_eq!(
        store.add_contact(&c).err().map(|e| e.code()),
        Some("error-person-not-found")
    );
    assert!(store.verify().unwrap().ok());
}
