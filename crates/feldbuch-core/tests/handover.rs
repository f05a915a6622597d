//! Hand-overs of a person between workers' devices, and the lead's resolution of the conflicts
//! they can make, against real stores, real bundles and the real keyring: the person moves with
//! its consents and open follow-ups; the device it left keeps it read-only and without its real
//! name; the one it went to writes it as its own and its bundles are taken; what the former
//! holder wrote after the hand-over is a conflict, resolved by the lead, and the resolution
//! reaches the new holder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::team::*;
use common::*;
use feldbuch_core::error::Error;
use feldbuch_core::ids::{DeviceId, PersonId};
use feldbuch_core::store::persons::{PersonInput, PersonPatch};
use feldbuch_core::Store;
use std::path::Path;

fn person(s: &mut Store, pseudonym: &str) -> PersonId {
    let p = s
        .add_person(&PersonInput {
            pseudonym: pseudonym.into(),
            birth_year: Some(1990),
            age_band: None,
            gender: Some("weiblich".into()),
            languages: vec!["tr".into()],
            district: Some("Nordend".into()),
            markers: vec![],
            real_name: None,
            contact_info: None,
            programme: None,
        })
        .unwrap();
    s.give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    s.edit_person(
        p.id,
        &PersonPatch {
            real_name: Some(format!("{pseudonym} Realname")),
            contact_info: Some("0151 000000".into()),
            ..Default::default()
        },
    )
    .unwrap();
    p.id
}

fn device_of(s: &Store) -> DeviceId {
    s.profile().unwrap().device_id
}

/// Export `s`'s changes and import them at the lead; the import's conflicts.
fn send(t: &mut Team, who: &str) -> u64 {
    let outbox = t.tmp.path().join("outbox");
    let s = match who {
        "em" => &mut t.em,
        _ => &mut t.bb,
    };
    s.set_export_folder(&outbox).unwrap();
    let r = s.export(false).unwrap();
    let cipher = std::fs::read(outbox.join(&r.file_name)).unwrap();
    t.lead
        .import_bundle(&cipher, &t.identity, false)
        .unwrap()
        .conflicts
}

fn one(s: &Store, sql: &str, id: &str) -> String {
    s.conn()
        .query_row(sql, [id], |r| {
            r.get::<_, Option<String>>(0)
                .map(|v| v.unwrap_or_else(|| "NULL".into()))
        })
        .unwrap()
}

fn count(s: &Store, sql: &str, id: &str) -> i64 {
    s.conn().query_row(sql, [id], |r| r.get(0)).unwrap()
}

fn handed_over(e: Error) -> bool {
    matches!(&e, Error::Invalid { code, .. } if *code == "error-person-handed-over")
}

fn receive_all(t: &mut Team, path: &Path) {
    for s in [&mut t.em, &mut t.bb, &mut t.vl] {
        receive(s, path, &t.fp).unwrap();
    }
}

#[test]
fn a_person_moves_with_consents_and_open_follow_ups_and_the_old_device_stops_writing_it() {
    let mut t = team();
    let first = publish(&mut t, "office-1.age");
    receive_all(&mut t, &first);
    let (em_dev, bb_dev) = (device_of(&t.em), device_of(&t.bb));

    // Erika's case: a consent, a contact, an open follow-up for the person, one from the
    // contact, and one done.
    let ayla = person(&mut t.em, "Ayla");
    let mut c = contact(&t.em, "Erstgespräch");
    c.persons = vec![ayla];
    c.follow_up = Some("2026-12-20".into());
    let visit = t.em.add_contact(&c).unwrap();
    let open =
        t.em.add_followup("2026-12-15", "Jobcenter", Some(ayla), None)
            .unwrap();
    let done =
        t.em.add_followup("2026-11-01", "Anruf", Some(ayla), None)
            .unwrap();
    t.em.complete_followup(done.id, None).unwrap();
    assert_eq!(send(&mut t, "em"), 0);

    // The lead hands Ayla to Ben.
    let before = audit_count(&t.lead);
    let r = t.lead.hand_over(ayla, bb_dev).unwrap();
    assert_eq!(r.from_device, em_dev.to_string());
    assert_eq!(r.to_initials, "BB");
    assert_eq!(r.counts.get("persons"), Some(&1));
    assert_eq!(r.counts.get("consents"), Some(&1));
    // The open follow-up for her and the one from her contact; not the done one.
    assert_eq!(r.counts.get("followups"), Some(&2));
    let a = ayla.to_string();
    assert_eq!(
        one(&t.lead, "SELECT device_id FROM persons WHERE id = ?1", &a),
        bb_dev.to_string()
    );
    let moved: i64 = t
        .lead
        .conn()
        .query_row(
            "SELECT count(*) FROM followups WHERE person_id = ?1 AND device_id = ?2
             AND contact_id IS NULL AND done_on IS NULL",
            [&a, &bb_dev.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(moved, 2);
    assert_eq!(audit_count(&t.lead), before + 1);
    assert_eq!(
        one(
            &t.lead,
            "SELECT action || ' ' || entity || ' ' || entity_id FROM audit_log
             WHERE ?1 <> '' ORDER BY seq DESC LIMIT 1",
            "last"
        ),
        format!("hand-over person {a}")
    );
    assert_eq!(t.lead.handovers().unwrap().len(), 1);

    let second = publish(&mut t, "office-2.age");
    receive_all(&mut t, &second);

    // Erika's device: Ayla stays, read-only and without her real name; the moved follow-ups
    // are gone, the done one stays hers; her contact still names Ayla.
    let p = one(&t.em, "SELECT device_id || ' ' || coalesce(real_name, '-') || ' ' || coalesce(contact_info, '-') FROM persons WHERE id = ?1", &a);
    assert_eq!(p, format!("{bb_dev} - -"));
    assert!(t.em.followup(open.id).is_err());
    assert!(t.em.followup(done.id).is_ok());
    assert_eq!(t.em.contact(visit.id).unwrap().persons, vec![ayla]);
    let em_state = text_rows(
        &t.em,
        "SELECT id, revision, pseudonym, district FROM persons",
    );
    assert!(handed_over(
        t.em.edit_person(
            ayla,
            &PersonPatch {
                district: Some("Südend".into()),
                ..Default::default()
            }
        )
        .unwrap_err()
    ));
    let mut again = contact(&t.em, "noch einmal");
    again.persons = vec![ayla];
    assert!(handed_over(t.em.add_contact(&again).unwrap_err()));
    assert!(handed_over(
        t.em.add_followup("2026-12-30", "x", Some(ayla), None)
            .unwrap_err()
    ));
    assert!(handed_over(t.em.erase_person(ayla).unwrap_err()));
    assert!(handed_over(
        t.em.close_person(ayla, None, None).unwrap_err()
    ));
    assert_eq!(
        text_rows(
            &t.em,
            "SELECT id, revision, pseudonym, district FROM persons"
        ),
        em_state
    );
    assert_eq!(
        count(
            &t.em,
            "SELECT count(*) FROM audit_log WHERE action = 'hand-over' AND entity_id = ?1",
            &a
        ),
        1
    );

    // Ben's device: Ayla is his, with her consent and the two open follow-ups; no real name
    // travelled.
    let bp = t.bb.person(ayla).unwrap();
    assert_eq!(bp.pseudonym, "Ayla");
    assert_eq!(bp.real_name, None);
    assert_eq!(bp.consents.len(), 1);
    assert_eq!(
        one(&t.bb, "SELECT device_id FROM persons WHERE id = ?1", &a),
        bb_dev.to_string()
    );
    let due: Vec<String> =
        t.bb.followups(feldbuch_core::store::followups::FollowUpFilter::Open)
            .unwrap()
            .into_iter()
            .filter(|f| f.person_id == Some(ayla))
            .map(|f| f.due_on.to_string())
            .collect();
    assert_eq!(due, vec!["2026-12-15".to_string(), "2026-12-20".into()]);
    assert_eq!(
        count(
            &t.bb,
            "SELECT count(*) FROM audit_log WHERE action = 'hand-over' AND entity_id = ?1",
            &a
        ),
        1
    );
    // The volunteer's device learns that a hand-over happened, never the person.
    assert_eq!(
        count(&t.vl, "SELECT count(*) FROM persons WHERE id = ?1", &a),
        0
    );

    // Ben works on the case; his bundle is taken and his version is the record.
    t.bb.edit_person(
        ayla,
        &PersonPatch {
            district: Some("Südend".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let mut c = contact(&t.bb, "Übernahme");
    c.persons = vec![ayla];
    t.bb.add_contact(&c).unwrap();
    assert_eq!(send(&mut t, "bb"), 0);
    assert_eq!(
        one(&t.lead, "SELECT district FROM persons WHERE id = ?1", &a),
        "Südend"
    );
    // Erika's next bundle (her earlier contact naming Ayla comes again) is taken too.
    t.em.add_contact(&contact(&t.em, "anderer Kontakt"))
        .unwrap();
    assert_eq!(send(&mut t, "em"), 0);
    assert!(t.lead.merge_conflicts().unwrap().is_empty());
    // A package taken twice changes nothing more.
    assert_eq!(
        count(
            &t.bb,
            "SELECT count(*) FROM audit_log WHERE action = 'hand-over' AND entity_id = ?1",
            &a
        ),
        1
    );
}

#[test]
fn a_late_edit_of_the_old_device_is_a_conflict_the_lead_resolves_and_the_resolution_travels() {
    let mut t = team();
    let first = publish(&mut t, "office-1.age");
    receive_all(&mut t, &first);
    let (em_dev, bb_dev) = (device_of(&t.em), device_of(&t.bb));
    let lead_dev = device_of(&t.lead);
    let ben = person(&mut t.em, "Bente");
    let gone = person(&mut t.em, "Gül");
    assert_eq!(send(&mut t, "em"), 0);
    let b = ben.to_string();

    t.lead.hand_over(ben, bb_dev).unwrap();
    t.lead.hand_over(gone, bb_dev).unwrap();
    // Erika edits Bente and erases Gül before the package reaches her.
    t.em.edit_person(
        ben,
        &PersonPatch {
            pseudonym: Some("Bente K.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    t.em.erase_person(gone).unwrap();
    // Three conflicts: her edit, and her erasure of Gül and of Gül's consent.
    assert_eq!(send(&mut t, "em"), 3);
    // Neither changed the lead's records: Ben holds them.
    assert_eq!(
        one(&t.lead, "SELECT pseudonym FROM persons WHERE id = ?1", &b),
        "Bente"
    );
    assert_eq!(
        count(
            &t.lead,
            "SELECT count(*) FROM persons WHERE id = ?1",
            &gone.to_string()
        ),
        1
    );
    let conflicts = t.lead.merge_conflicts().unwrap();
    assert_eq!(conflicts.len(), 3);
    let c = conflicts.iter().find(|c| c.id == b).unwrap();
    let devices: Vec<&str> = c.versions.iter().map(|v| v.device_id.as_str()).collect();
    assert!(devices.contains(&em_dev.to_string().as_str()));
    assert!(devices.contains(&lead_dev.to_string().as_str()));
    // Erika's late version is named with her initials, and is not the record's content.
    let late = c
        .versions
        .iter()
        .find(|v| v.device_id == em_dev.to_string())
        .unwrap();
    assert_eq!(
        (late.initials.as_deref(), late.current),
        (Some("EM"), false)
    );
    let now = c.versions.iter().find(|v| v.current).unwrap();
    assert_eq!(now.device_id, lead_dev.to_string());
    assert_eq!(now.initials.as_deref(), Some("TL"));

    // Refusals change nothing: a device without a version, the erasure, a worker resolving.
    let before = text_rows(
        &t.lead,
        "SELECT entity, id, coalesce(resolved_at, '-') FROM merge_conflicts",
    );
    assert!(t.lead.resolve_conflict(&b, &bb_dev.to_string()).is_err());
    assert!(t
        .lead
        .resolve_conflict(&gone.to_string(), &em_dev.to_string())
        .is_err());
    assert!(matches!(
        t.bb.resolve_conflict(&b, &em_dev.to_string()),
        Err(Error::Forbidden)
    ));
    assert_eq!(
        text_rows(
            &t.lead,
            "SELECT entity, id, coalesce(resolved_at, '-') FROM merge_conflicts"
        ),
        before
    );

    // The lead takes Erika's edit for Bente, keeps Ben's Gül.
    let r = t.lead.resolve_conflict(&b, &em_dev.to_string()).unwrap();
    assert!(r.travels);
    for c in t.lead.merge_conflicts().unwrap() {
        assert_ne!(c.id, b);
        t.lead
            .resolve_conflict(&c.id, &lead_dev.to_string())
            .unwrap();
    }
    assert!(t.lead.merge_conflicts().unwrap().is_empty());
    assert_eq!(
        one(
            &t.lead,
            "SELECT pseudonym || ' ' || device_id FROM persons WHERE id = ?1",
            &b
        ),
        format!("Bente K. {bb_dev}")
    );

    // Erika's next bundle sends her edit again: settled, no new conflict.
    t.em.add_contact(&contact(&t.em, "später")).unwrap();
    assert_eq!(send(&mut t, "em"), 0);
    assert!(t.lead.merge_conflicts().unwrap().is_empty());

    // The resolution reaches Ben with the package; his next edit wins at the lead.
    let second = publish(&mut t, "office-2.age");
    receive_all(&mut t, &second);
    assert_eq!(t.bb.person(ben).unwrap().pseudonym, "Bente K.");
    assert_eq!(
        count(
            &t.bb,
            "SELECT count(*) FROM persons WHERE id = ?1",
            &gone.to_string()
        ),
        1
    );
    t.bb.edit_person(
        ben,
        &PersonPatch {
            district: Some("Ostend".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(send(&mut t, "bb"), 0);
    assert_eq!(
        one(
            &t.lead,
            "SELECT pseudonym || ' ' || district FROM persons WHERE id = ?1",
            &b
        ),
        "Bente K. Ostend"
    );
}

#[test]
fn a_hand_over_goes_only_to_an_enrolled_workers_device_and_only_by_the_lead() {
    let mut t = team();
    let first = publish(&mut t, "office-1.age");
    receive_all(&mut t, &first);
    let cem = person(&mut t.em, "Cem");
    assert_eq!(send(&mut t, "em"), 0);
    let state = |s: &Store| {
        text_rows(
            s,
            "SELECT id, device_id, revision FROM persons UNION ALL
             SELECT id, device_id, revision FROM consents ORDER BY 1",
        )
    };
    let before = state(&t.lead);
    let (em_dev, vl_dev) = (device_of(&t.em), device_of(&t.vl));
    let code = |e: Error| match e {
        Error::Invalid { code, .. } => code,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        code(t.lead.hand_over(cem, vl_dev).unwrap_err()),
        "error-handover-volunteer"
    );
    assert_eq!(
        code(t.lead.hand_over(cem, em_dev).unwrap_err()),
        "error-handover-same-device"
    );
    assert_eq!(
        code(t.lead.hand_over(cem, DeviceId::new()).unwrap_err()),
        "error-device-not-enrolled"
    );
    assert!(matches!(
        t.em.hand_over(cem, device_of(&t.bb)),
        Err(Error::Forbidden)
    ));
    t.lead.revoke_device(&device_of(&t.bb).to_string()).unwrap();
    assert_eq!(
        code(t.lead.hand_over(cem, device_of(&t.bb)).unwrap_err()),
        "error-handover-revoked"
    );
    assert_eq!(state(&t.lead), before);
    assert!(t.lead.handovers().unwrap().is_empty());
}

#[test]
fn a_workers_deletions_and_erasures_reach_the_lead() {
    let mut t = team();
    let first = publish(&mut t, "office-1.age");
    receive_all(&mut t, &first);
    let dora = person(&mut t.em, "Dora");
    let mut c = contact(&t.em, "mit Dora");
    c.persons = vec![dora];
    let with_dora = t.em.add_contact(&c).unwrap();
    t.em.add_followup("2026-12-15", "Anruf", Some(dora), None)
        .unwrap();
    let mistake = t.em.add_contact(&contact(&t.em, "doppelt")).unwrap();
    assert_eq!(send(&mut t, "em"), 0);
    let d = dora.to_string();
    assert_eq!(
        count(&t.lead, "SELECT count(*) FROM persons WHERE id = ?1", &d),
        1
    );
    assert_eq!(
        count(
            &t.lead,
            "SELECT count(*) FROM followups WHERE person_id = ?1",
            &d
        ),
        1
    );

    // The contact logged twice is deleted; Dora asks to be erased (Art. 17).
    t.em.delete_contact(mistake.id).unwrap();
    t.em.erase_person(dora).unwrap();
    assert_eq!(send(&mut t, "em"), 0);
    for sql in [
        "SELECT count(*) FROM persons WHERE id = ?1",
        "SELECT count(*) FROM consents WHERE person_id = ?1",
        "SELECT count(*) FROM followups WHERE person_id = ?1",
        "SELECT count(*) FROM contact_persons WHERE person_id = ?1",
    ] {
        assert_eq!(count(&t.lead, sql, &d), 0, "{sql}");
    }
    let gone = mistake.id.to_string();
    assert_eq!(
        count(
            &t.lead,
            "SELECT count(*) FROM contacts WHERE id = ?1",
            &gone
        ),
        0
    );
    // The contact with her stays, counted without her.
    let kept = with_dora.id.to_string();
    assert_eq!(
        count(
            &t.lead,
            "SELECT count(*) FROM contacts WHERE id = ?1",
            &kept
        ),
        1
    );
}
