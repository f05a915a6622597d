//! Every record can be corrected and, where it makes sense, archived: sites, partners and their
//! services, visit slots, activities, referrals, follow-ups, the profile, a participant's exit.
//! Each correction is a new revision with an audit entry; bad input writes nothing; archived
//! things leave the pickers and stay in history and reports.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::report::Period;
use feldbuch_core::store::activities::{ActivityInput, ActivityPatch};
use feldbuch_core::store::partners::{PartnerInput, PartnerPatch};
use feldbuch_core::store::persons::{ExitResult, ParticipationInput, PersonInput};
use feldbuch_core::store::profile::ProfilePatch;
use feldbuch_core::store::referrals::{ReferralInput, ReferralPatch};
use feldbuch_core::store::sites::{NewSite, SitePatch};
use feldbuch_core::vocab::{Locale, SiteKind};
use feldbuch_core::{DataDir, FixedClock, Localizer, Passphrase, SharedClock, Store};
use std::sync::Arc;

/// A store on a fixed clock (Friday 2026-11-20) with one site.
fn fixed() -> (tempfile::TempDir, Store, FixedClock) {
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
    (tmp, store, fc)
}

fn code<T>(r: feldbuch_core::Result<T>) -> Option<&'static str> {
    r.err().map(|e| e.code())
}

/// Audit entries of one action about one record.
fn audited(store: &Store, action: &str, id: &str) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = ?1 AND entity_id = ?2",
            [action, id],
            |r| r.get(0),
        )
        .unwrap()
}

fn consenting(store: &mut Store, pseudonym: &str) -> feldbuch_core::ids::PersonId {
    let p = store
        .add_person(&PersonInput {
            pseudonym: pseudonym.into(),
            birth_year: Some(1990),
            ..Default::default()
        })
        .unwrap();
    store
        .give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    p.id
}

#[test]
fn a_renamed_site_shows_its_new_name_in_history_and_an_archived_one_leaves_the_pickers() {
    let (_tmp, mut store, _) = fixed();
    let kita = store.resolve_site("KiTa Sonnenblume").unwrap();
    let treff = store
        .add_site(&NewSite {
            name: "Treff".into(),
            kind: SiteKind::Quartierszentrum.id().into(),
            district: None,
            address: Some("Marktplatz 1".into()),
            contact_person: None,
            programme: None,
        })
        .unwrap();
    assert_eq!(treff.address.as_deref(), Some("Marktplatz 1"));
    let old = store.add_contact(&contact(&store, "vorher")).unwrap();
    store.add_visit_slot(kita.id, 5, "08:00", "10:00").unwrap();

    // Bad input: a name another site has, an empty name, an over-long address – refused with
    // the reason, nothing written.
    let before = audit_count(&store);
    let rename = |name: &str| SitePatch {
        name: Some(name.into()),
        ..Default::default()
    };
    assert_eq!(
        code(store.edit_site(kita.id, &rename("treff"))),
        Some("error-site-exists")
    );
    assert_eq!(
        code(store.edit_site(kita.id, &rename("  "))),
        Some("error-text-required")
    );
    let long = SitePatch {
        address: Some("x".repeat(201)),
        ..Default::default()
    };
    assert_eq!(
        code(store.edit_site(kita.id, &long)),
        Some("error-text-too-long")
    );
    assert_eq!(audit_count(&store), before);
    assert_eq!(store.site(kita.id).unwrap(), kita);

    // A correction: a new revision, audited; the contact shows the new name.
    let renamed = store
        .edit_site(
            kita.id,
            &SitePatch {
                name: Some("KiTa Sonnenschein".into()),
                district: Some(String::new()),
                contact_person: Some("Frau Yilmaz".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(renamed.name, "KiTa Sonnenschein");
    assert_eq!(renamed.district, None, "an empty text clears the district");
    assert_eq!(renamed.contact_person.as_deref(), Some("Frau Yilmaz"));
    assert_eq!(renamed.kind, SiteKind::Kita, "what was not given stays");
    assert_eq!(renamed.revision, kita.revision + 1);
    assert_eq!(audited(&store, "update", &kita.id.to_string()), 1);
    assert_eq!(
        store.contact(old.id).unwrap().site_name,
        "KiTa Sonnenschein"
    );

    // Archived: out of the list, the planned visits and new records; in the directory and in
    // history; an old contact there can still be corrected.
    let archived = store.set_site_archived(kita.id, true).unwrap();
    assert!(archived.archived);
    assert_eq!(audited(&store, "archive", &kita.id.to_string()), 1);
    assert!(store.list_sites().unwrap().iter().all(|s| s.id != kita.id));
    assert!(store.all_sites().unwrap().iter().any(|s| s.id == kita.id));
    let friday = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    assert!(store.planned_visits(friday).unwrap().is_empty());
    let mut c = contact(&store, "neu");
    c.site_id = kita.id;
    assert_eq!(code(store.add_contact(&c)), Some("error-site-not-found"));
    let edited = store
        .edit_contact(
            old.id,
            &feldbuch_core::store::contacts::ContactPatch {
                duration_min: Some(40),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (edited.duration_min, edited.site_id),
        (40, kita.id),
        "an old contact at an archived site stays correctable"
    );
    let back = store.set_site_archived(kita.id, false).unwrap();
    assert!(!back.archived);
    assert_eq!(audited(&store, "unarchive", &kita.id.to_string()), 1);
    assert_eq!(store.planned_visits(friday).unwrap().len(), 1);
}

#[test]
fn partners_and_services_are_corrected_and_archived_and_referrals_follow() {
    let (_tmp, mut store, _) = fixed();
    let pid = consenting(&mut store, "RF1988");
    let partner = store
        .add_partner(&PartnerInput {
            name: "Schuldnerberatung Nord".into(),
            kind: "beratungsstelle".into(),
            services: vec!["Budgetberatung".into()],
            ..Default::default()
        })
        .unwrap();
    let other = store
        .add_partner(&PartnerInput {
            name: "Tafel".into(),
            kind: "verein".into(),
            ..Default::default()
        })
        .unwrap();
    let budget = partner.services[0].id;
    let referral = store
        .add_referral(&ReferralInput {
            partner_id: partner.id,
            service_id: Some(budget),
            person_id: Some(pid),
            ..Default::default()
        })
        .unwrap();

    assert_eq!(
        code(store.edit_partner(
            partner.id,
            &PartnerPatch {
                name: Some("TAFEL".into()),
                ..Default::default()
            }
        )),
        Some("error-partner-exists")
    );
    assert_eq!(
        code(store.edit_partner(
            partner.id,
            &PartnerPatch {
                kind: Some("bank".into()),
                ..Default::default()
            }
        )),
        Some("error-invalid-partner-kind")
    );
    let fixed_partner = store
        .edit_partner(
            partner.id,
            &PartnerPatch {
                address: Some("Hauptstr. 5".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(fixed_partner.address.as_deref(), Some("Hauptstr. 5"));
    assert_eq!(fixed_partner.revision, partner.revision + 1);

    // Services: added later, renamed, archived – an archived one takes no new referral, the
    // old referral keeps it.
    let p = store.add_service(partner.id, "Insolvenzberatung").unwrap();
    let insolvenz = p
        .services
        .iter()
        .find(|s| s.name == "Insolvenzberatung")
        .unwrap()
        .id;
    assert_eq!(
        code(store.edit_service(insolvenz, "budgetberatung")),
        Some("error-service-exists")
    );
    store
        .edit_service(budget, "Budget- und Schuldnerberatung")
        .unwrap();
    assert_eq!(
        store.referral(referral.id).unwrap().service_name.as_deref(),
        Some("Budget- und Schuldnerberatung")
    );
    let p = store.set_service_archived(budget, true).unwrap();
    assert!(p.services.iter().any(|s| s.id == budget && s.archived));
    let listed = store.list_partners().unwrap();
    let listed = listed.iter().find(|x| x.id == partner.id).unwrap();
    assert!(listed.services.iter().all(|s| s.id != budget));
    let again = ReferralInput {
        partner_id: partner.id,
        service_id: Some(budget),
        person_id: Some(pid),
        ..Default::default()
    };
    assert_eq!(
        code(store.add_referral(&again)),
        Some("error-service-archived")
    );

    // A referral corrected: its note, then another partner (the service goes with the old one).
    let r = store
        .edit_referral(
            referral.id,
            &ReferralPatch {
                note: Some("Termin am Montag".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        r.service_id,
        Some(budget),
        "an archived service it had stays"
    );
    assert_eq!(r.note.as_deref(), Some("Termin am Montag"));
    let r = store
        .edit_referral(
            referral.id,
            &ReferralPatch {
                partner_id: Some(other.id),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!((r.partner_id, r.service_id), (other.id, None));
    assert_eq!(r.revision, referral.revision + 2);
    assert_eq!(store.referrals_of_partner(other.id).unwrap().len(), 1);
    assert!(store.referrals_of_partner(partner.id).unwrap().is_empty());

    // An archived partner leaves the pickers and takes no new referral.
    store.set_partner_archived(partner.id, true).unwrap();
    assert!(store
        .list_partners()
        .unwrap()
        .iter()
        .all(|x| x.id != partner.id));
    assert!(store
        .all_partners()
        .unwrap()
        .iter()
        .any(|x| x.id == partner.id && x.archived));
    let to_archived = ReferralInput {
        partner_id: partner.id,
        service_id: None,
        person_id: Some(pid),
        ..Default::default()
    };
    assert_eq!(
        code(store.add_referral(&to_archived)),
        Some("error-partner-archived")
    );
    assert_eq!(
        code(store.edit_referral(
            referral.id,
            &ReferralPatch {
                partner_id: Some(partner.id),
                ..Default::default()
            }
        )),
        Some("error-partner-archived")
    );
}

#[test]
fn follow_ups_are_rescheduled_and_reopened_and_a_contacts_date_moves_with_them() {
    let (_tmp, mut store, _) = fixed();
    let mut c = contact(&store, "mit Wiedervorlage");
    c.follow_up = Some("2026-11-25".into());
    let c = store.add_contact(&c).unwrap();
    let f = store
        .followups(feldbuch_core::store::followups::FollowUpFilter::Open)
        .unwrap()
        .into_iter()
        .find(|f| f.contact_id == Some(c.id))
        .unwrap();
    assert_eq!(
        code(store.edit_followup(f.id, Some("2026-02-30"), None)),
        Some("error-invalid-date")
    );
    assert_eq!(
        code(store.edit_followup(f.id, None, Some(" "))),
        Some("error-text-required")
    );
    let moved = store.edit_followup(f.id, Some("2026-12-01"), None).unwrap();
    assert_eq!(moved.due_on.to_string(), "2026-12-01");
    assert_eq!(moved.what, "", "a contact's follow-up keeps its empty text");
    let contact = store.contact(c.id).unwrap();
    assert_eq!(
        contact.follow_up.map(|d| d.to_string()).as_deref(),
        Some("2026-12-01")
    );
    assert_eq!(contact.revision, c.revision + 1);

    assert_eq!(
        code(store.reopen_followup(f.id)),
        Some("error-followup-not-done")
    );
    store.complete_followup(f.id, None).unwrap();
    let open = store.reopen_followup(f.id).unwrap();
    assert_eq!(open.done_on, None);
    assert_eq!(audited(&store, "update", &f.id.to_string()), 3);
}

#[test]
fn an_activity_and_a_visit_slot_are_corrected_and_an_activity_archived() {
    let (_tmp, mut store, _) = fixed();
    let kita = store.resolve_site("KiTa Sonnenblume").unwrap();
    let pid = consenting(&mut store, "AK1970");
    let a = store
        .add_activity(&ActivityInput {
            kind: "repair-cafe".into(),
            title: "Repair-Café".into(),
            date: Some("2026-11-17".into()),
            volunteers_count: 2,
            anonymous_count: 5,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        code(store.edit_activity(
            a.id,
            &ActivityPatch {
                date: Some("2026-11-21".into()),
                ..Default::default()
            }
        )),
        Some("error-date-in-future")
    );
    assert_eq!(
        store.activity(a.id).unwrap(),
        a,
        "a refused edit writes nothing"
    );
    let e = store
        .edit_activity(
            a.id,
            &ActivityPatch {
                title: Some("Repair-Café im Advent".into()),
                site_id: Some(kita.id),
                anonymous_count: Some(3),
                anonymous_gender: Some("weiblich".into()),
                persons: Some(vec![pid]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(e.title, "Repair-Café im Advent");
    assert_eq!(e.site_name.as_deref(), Some("KiTa Sonnenblume"));
    assert_eq!((e.anonymous_count, e.total_attendance), (3, 4));
    assert_eq!(e.volunteers_count, 2);
    assert_eq!(e.revision, a.revision + 1);
    let archived = store.set_activity_archived(a.id, true).unwrap();
    assert!(archived.archived);
    assert_eq!(
        store.list_activities(None, None).unwrap().len(),
        1,
        "archived activities stay in history"
    );

    let slot = store.add_visit_slot(kita.id, 2, "08:00", "10:00").unwrap();
    assert_eq!(
        code(store.edit_visit_slot(slot.id, 2, "11:00", "10:00")),
        Some("error-slot-end-before-start")
    );
    let moved = store.edit_visit_slot(slot.id, 3, "09:00", "11:30").unwrap();
    assert_eq!(
        (moved.weekday, moved.start.as_str(), moved.end.as_str()),
        (3, "09:00", "11:30")
    );
}

#[test]
fn the_profile_is_corrected_and_bad_initials_change_nothing() {
    let (_tmp, mut store, _) = fixed();
    let before = store.profile().unwrap();
    assert_eq!(
        code(store.edit_profile(&ProfilePatch {
            initials: Some("E1".into()),
            ..Default::default()
        })),
        Some("error-invalid-initials")
    );
    assert_eq!(store.profile().unwrap().display_name, before.display_name);
    let p = store
        .edit_profile(&ProfilePatch {
            display_name: Some("Erika Beispiel".into()),
            initials: Some("eb".into()),
            team: Some(String::new()),
        })
        .unwrap();
    assert_eq!(
        (p.display_name.as_str(), p.initials.as_str(), p.team),
        ("Erika Beispiel", "EB", None)
    );
    assert_eq!(p.role, before.role);
    assert_eq!(audited(&store, "update", &p.worker_id.to_string()), 1);
}

#[test]
fn the_results_at_leaving_are_recorded_and_reported_with_suppression() {
    let (_tmp, mut store, _) = fixed();
    let mut ids = vec![];
    for i in 0..4 {
        let pid = consenting(&mut store, &format!("ESF{i}"));
        store
            .give_consent(pid, "participant-reporting", "written", None, None)
            .unwrap();
        store
            .enrol_participant(
                pid,
                &ParticipationInput {
                    entry_date: Some("2026-10-01".into()),
                    employment: Some("langzeitarbeitslos".into()),
                    education: Some("isced-3-4".into()),
                    household: Some("alleinerziehend".into()),
                },
            )
            .unwrap();
        ids.push(pid);
    }
    // Three leave employed; one leaves in education, with no other result recorded.
    for pid in &ids[..3] {
        store
            .exit_participant(
                *pid,
                Some("2026-11-15"),
                &ExitResult {
                    employed: Some(true),
                    job_searching: Some(false),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let p = store
        .exit_participant(
            ids[3],
            Some("2026-11-16"),
            &ExitResult {
                in_education: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
    let part = p.participant.unwrap();
    assert_eq!(part.exit_result.in_education, Some(true));
    assert_eq!(part.exit_result.employed, None);
    // Recorded again without results: the date changes, the results stay.
    let p = store
        .exit_participant(ids[3], Some("2026-11-17"), &ExitResult::default())
        .unwrap();
    assert_eq!(p.participant.unwrap().exit_result.in_education, Some(true));

    let l = Localizer::new(Locale::De);
    let report = store
        .report(&Period::quarter("2026-Q4").unwrap(), 3, &l)
        .unwrap();
    let t = report
        .participants
        .iter()
        .find(|t| t.id == "report-table-participants-results")
        .unwrap();
    let cell = |key: &str| {
        let i = t.rows.iter().position(|r| r.key == key).unwrap();
        t.cells[i][0]
    };
    assert_eq!(cell("employed").value(), Some(3));
    assert_eq!(cell("job-searching").value(), Some(0));
    assert_eq!(cell("in-education").value(), None, "one person: suppressed");
    assert_eq!(cell("not-recorded").value(), Some(0));
}
