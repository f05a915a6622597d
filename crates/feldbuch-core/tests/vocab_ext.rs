//! A programme's own vocabulary, against real stores and bundles: the lead adds an id with a
//! label in every language; what is wrong is refused with its own message and changes nothing;
//! the office's package carries it to the devices, which resolve it to the built-in id it
//! refines.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::team::*;
use common::*;
use feldbuch_core::error::Error;
use feldbuch_core::store::vocab_ext::VocabExtension;
use std::collections::BTreeMap;

fn labels(text: &str) -> BTreeMap<String, String> {
    ["de", "en", "tr", "ar", "uk"]
        .iter()
        .map(|l| (l.to_string(), format!("{text} ({l})")))
        .collect()
}

fn ext(kind: &str, id: &str, parent: Option<&str>) -> VocabExtension {
    VocabExtension {
        kind: kind.into(),
        id: id.into(),
        parent: parent.map(str::to_string),
        labels: labels(id),
    }
}

fn code(e: Error) -> &'static str {
    match e {
        Error::Invalid { code, .. } => code,
        Error::Forbidden => "forbidden",
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_lead_adds_to_a_vocabulary_and_the_devices_receive_it() {
    let mut t = team();
    let shelter = t
        .lead
        .add_vocab(ext("site-kind", "notunterkunft", None))
        .unwrap();
    assert_eq!(
        shelter.parent.as_deref(),
        Some("sonstiges"),
        "the catch-all by default"
    );
    t.lead
        .add_vocab(ext("activity-kind", "sprachcafe", Some("netzwerktreffen")))
        .unwrap();
    t.lead
        .add_vocab(ext("partner-kind", "migrantenorganisation", None))
        .unwrap();

    // Refused, each with its message, nothing written.
    let before = t.lead.vocab_extensions().unwrap();
    let audit = audit_count(&t.lead);
    let mut short = ext("site-kind", "tagesaufenthalt", None);
    short.labels.remove("uk");
    let mut two_lines = ext("site-kind", "tagesaufenthalt", None);
    two_lines
        .labels
        .insert("de".into(), "Tages\naufenthalt".into());
    for (bad, expected) in [
        (ext("farbe", "rot", None), "error-vocab-kind"),
        (ext("site-kind", "Not Unterkunft", None), "error-vocab-id"),
        (ext("site-kind", "kita", None), "error-vocab-built-in"),
        (
            ext("site-kind", "notunterkunft", None),
            "error-vocab-exists",
        ),
        // A contact kind refines a kind named (there is no catch-all); a marker is a flag.
        (
            ext("contact-kind", "streetwork", None),
            "error-vocab-parent",
        ),
        (
            ext("marker", "sprachbarriere", Some("einsam")),
            "error-vocab-parent",
        ),
        (
            ext("activity-kind", "sprachcafe", Some("urban-gardening")),
            "error-vocab-exists",
        ),
        (
            ext("site-kind", "tagesaufenthalt", Some("gibts-nicht")),
            "error-vocab-parent",
        ),
        (short, "error-vocab-label"),
        (two_lines, "error-vocab-label"),
    ] {
        assert_eq!(code(t.lead.add_vocab(bad).unwrap_err()), expected);
    }
    assert_eq!(
        code(
            t.em.add_vocab(ext("site-kind", "tagesaufenthalt", None))
                .unwrap_err()
        ),
        "forbidden"
    );
    assert_eq!(t.lead.vocab_extensions().unwrap(), before);
    assert_eq!(audit_count(&t.lead), audit);

    // A directory site of the new kind, kept with the kind it refines; a kind no vocabulary
    // knows is refused with the site kinds' message.
    let mut shelter_site = site("Notunterkunft Hafen");
    shelter_site.kind = "notunterkunft".into();
    let mut wrong = shelter_site.clone();
    wrong.kind = "notunterkunf".into();
    assert_eq!(
        code(t.lead.add_site(&wrong).unwrap_err()),
        "error-invalid-site-kind"
    );
    let hafen = t.lead.add_site(&shelter_site).unwrap();
    assert_eq!(
        (hafen.kind.id(), hafen.kind_ext.as_deref()),
        ("sonstiges", Some("notunterkunft"))
    );
    // A correction to a built-in kind drops the own one; back to it takes it again.
    let edit = |kind: &str| feldbuch_core::store::sites::SitePatch {
        kind: Some(kind.into()),
        ..Default::default()
    };
    let kita = t.lead.edit_site(hafen.id, &edit("kita")).unwrap();
    assert_eq!((kita.kind.id(), kita.kind_ext), ("kita", None));
    let back = t.lead.edit_site(hafen.id, &edit("notunterkunft")).unwrap();
    assert_eq!(back.kind_ext.as_deref(), Some("notunterkunft"));

    // The package brings them; the device resolves an extension to its parent.
    assert!(t.em.vocab_extensions().unwrap().is_empty());
    assert!(t.em.resolve_vocab("site-kind", "notunterkunft").is_err());
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    assert_eq!(t.em.vocab_extensions().unwrap(), before);
    assert_eq!(
        t.em.resolve_vocab("site-kind", "notunterkunft").unwrap(),
        ("sonstiges".to_string(), Some("notunterkunft".to_string()))
    );
    assert_eq!(
        t.em.resolve_vocab("site-kind", "kita").unwrap(),
        ("kita".to_string(), None)
    );
    assert_eq!(
        code(
            t.em.resolve_vocab("activity-kind", "notunterkunft")
                .unwrap_err()
        ),
        "error-invalid-activity-kind",
        "the vocabulary's own message"
    );
}

#[test]
fn a_worker_logs_at_a_site_of_the_programmes_kind_and_the_lead_takes_it() {
    use feldbuch_core::report::Shown;
    let mut t = team();
    t.lead
        .add_vocab(ext("site-kind", "notunterkunft", None))
        .unwrap();
    let mut hafen = site("Notunterkunft Hafen");
    hafen.kind = "notunterkunft".into();
    let hafen = t.lead.add_site(&hafen).unwrap();
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    let at_em = t.em.site(hafen.id).unwrap();
    assert_eq!(at_em.kind_ext.as_deref(), Some("notunterkunft"));
    // Erika logs three contacts there and makes a site of that kind herself.
    let mut c = contact(&t.em, "");
    c.site_id = hafen.id;
    c.note = None;
    for _ in 0..3 {
        t.em.add_contact(&c).unwrap();
    }
    let mut own = site("Notunterkunft Nord");
    own.kind = "notunterkunft".into();
    let own = t.em.add_site(&own).unwrap();
    // And one contact at a plain "Sonstiges" site: the rest of the kind is 1.
    let mut plain = site("Bahnhofsvorplatz");
    plain.kind = "sonstiges".into();
    let plain = t.em.add_site(&plain).unwrap();
    c.site_id = plain.id;
    t.em.add_contact(&c).unwrap();
    em_to_lead(&mut t);
    assert_eq!(
        t.lead.site(own.id).unwrap().kind_ext.as_deref(),
        Some("notunterkunft")
    );
    // Counted like any contact (by site kind under "Sonstiges", the kind it refines).
    let r = report_of_today(&mut t, feldbuch_core::vocab::Locale::De);
    let contacts = r.key_figures.iter().find(|f| f.id == "contacts").unwrap();
    assert_eq!(contacts.current, Shown::Value(4.0));
    // And below "Sonstiges" as the programme's own kind, the rest of "Sonstiges" beside it: the
    // 3 are not published beside the 4 of "Sonstiges" (which would tell the 1).
    let own = r
        .own_terms
        .iter()
        .find(|t| t.id == "report-table-own-site-kinds")
        .unwrap();
    let rows: Vec<(&str, Shown<u64>)> = own
        .rows
        .iter()
        .map(|x| x.key.as_str())
        .zip(own.cells.iter().map(|c| c[0]))
        .collect();
    assert_eq!(
        rows,
        [
            ("notunterkunft", Shown::PROTECT),
            ("sonstiges:rest", Shown::SMALL)
        ]
    );
    let month = &r.contacts_by_month;
    let col = month
        .cols
        .iter()
        .position(|c| c.key == "sonstiges")
        .unwrap();
    assert_eq!(
        month.col_totals.as_ref().unwrap()[col],
        Shown::Value(4),
        "the cheaper cell is hidden"
    );
    assert_eq!(own.rows[0].text, "notunterkunft (de) (Sonstiges)");
    // No own terms of other vocabularies: no tables for them.
    assert_eq!(r.own_terms.len(), 1);
}

/// The own contact kind below "Kurzkontakt": 4 contacts of it and 1 other make the kind's 5.
/// Publishing the 4 beside the 5 would tell the 1: the own term is hidden with the rest.
#[test]
fn an_own_term_is_protected_with_the_built_in_count_it_breaks_down() {
    use feldbuch_core::report::Shown;
    let mut t = team();
    t.lead
        .add_vocab(ext("contact-kind", "aufsuchend", Some("kurzkontakt")))
        .unwrap();
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    let mut c = contact(&t.em, "");
    c.note = None;
    c.kind = "aufsuchend".into();
    for _ in 0..4 {
        t.em.add_contact(&c).unwrap();
    }
    c.kind = "kurzkontakt".into();
    t.em.add_contact(&c).unwrap();
    em_to_lead(&mut t);
    let r = report_of_today(&mut t, feldbuch_core::vocab::Locale::En);
    let by_kind = &r.contacts_by_kind;
    let row = by_kind
        .rows
        .iter()
        .position(|x| x.key == "kurzkontakt")
        .unwrap();
    let own = r
        .own_terms
        .iter()
        .find(|t| t.id == "report-table-own-contact-kinds")
        .unwrap();
    let keys: Vec<&str> = own.rows.iter().map(|x| x.key.as_str()).collect();
    assert_eq!(keys, ["aufsuchend", "kurzkontakt:rest"]);
    assert_eq!(own.rows[1].text, "Brief contact: other");
    assert_eq!(own.cells[1][0], Shown::SMALL, "1 contact of the rest");
    let (parent, child) = (by_kind.cells[row][0], own.cells[0][0]);
    assert!(
        !matches!((parent, child), (Shown::Value(_), Shown::Value(_))),
        "{parent:?} beside {child:?} would tell the rest"
    );
    assert_eq!(parent, Shown::Value(5), "the cheaper cell is hidden");
    assert_eq!(child, Shown::PROTECT);
}

#[test]
fn partners_and_group_activities_take_the_programmes_kinds_both_ways() {
    use feldbuch_core::store::activities::{ActivityInput, ActivityPatch};
    use feldbuch_core::store::partners::{PartnerInput, PartnerPatch};
    let mut t = team();
    t.lead
        .add_vocab(ext("activity-kind", "sprachcafe", Some("netzwerktreffen")))
        .unwrap();
    t.lead
        .add_vocab(ext("partner-kind", "migrantenorganisation", None))
        .unwrap();
    // Before the package the device does not know them: refused with the vocabulary's message.
    let cafe = ActivityInput {
        kind: "sprachcafe".into(),
        title: "Sprachcafé Mittwoch".into(),
        anonymous_count: 6,
        ..Default::default()
    };
    assert_eq!(
        code(t.em.add_activity(&cafe).unwrap_err()),
        "error-invalid-activity-kind"
    );
    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    let a = t.em.add_activity(&cafe).unwrap();
    assert_eq!(
        (a.kind.id(), a.kind_ext.as_deref()),
        ("netzwerktreffen", Some("sprachcafe"))
    );
    // A correction of the title keeps the own kind; a built-in kind given drops it.
    let a =
        t.em.edit_activity(
            a.id,
            &ActivityPatch {
                title: Some("Sprachcafé".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(a.kind_ext.as_deref(), Some("sprachcafe"));
    // Its attendance list names the own kind by its label.
    let pdf =
        t.em.attendance_list(
            a.id,
            &feldbuch_core::Localizer::new(feldbuch_core::vocab::Locale::En),
        )
        .unwrap();
    let text = text_of(&pdf);
    assert!(text.contains("sprachcafe (en)"), "{text}");
    let p =
        t.em.add_partner(&PartnerInput {
            name: "Verein der Freundschaft".into(),
            kind: "migrantenorganisation".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (p.kind.id(), p.kind_ext.as_deref()),
        ("sonstiges", Some("migrantenorganisation"))
    );
    let p =
        t.em.edit_partner(
            p.id,
            &PartnerPatch {
                district: Some("Nordend".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(p.kind_ext.as_deref(), Some("migrantenorganisation"));
    // Three referrals to it, out of a contact.
    let mut c = contact(&t.em, "");
    c.note = None;
    let c = t.em.add_contact(&c).unwrap();
    for _ in 0..3 {
        t.em.add_referral(&feldbuch_core::store::referrals::ReferralInput {
            partner_id: p.id,
            service_id: None,
            person_id: None,
            contact_id: Some(c.id),
            note: None,
        })
        .unwrap();
    }

    // And one to a partner of plain "Sonstiges": the rest of the kind is 1.
    let plain =
        t.em.add_partner(&PartnerInput {
            name: "Nachbarschaftshilfe".into(),
            kind: "sonstiges".into(),
            ..Default::default()
        })
        .unwrap();
    t.em.add_referral(&feldbuch_core::store::referrals::ReferralInput {
        partner_id: plain.id,
        service_id: None,
        person_id: None,
        contact_id: Some(c.id),
        note: None,
    })
    .unwrap();

    // Both reach the lead with their own kinds.
    em_to_lead(&mut t);
    assert_eq!(
        t.lead.activity(a.id).unwrap().kind_ext.as_deref(),
        Some("sprachcafe")
    );
    assert_eq!(
        t.lead.partner(p.id).unwrap().kind_ext.as_deref(),
        Some("migrantenorganisation")
    );
    // The report breaks "Sonstiges" down: the own partner kind's referrals, the own activity
    // kind's activity, each beside the rest of the kind it refines.
    let r = report_of_today(&mut t, feldbuch_core::vocab::Locale::De);
    let table = |id: &str| r.own_terms.iter().find(|t| t.id == id).unwrap();
    let partners = table("report-table-own-partner-kinds");
    let keys: Vec<&str> = partners.rows.iter().map(|x| x.key.as_str()).collect();
    assert_eq!(keys, ["migrantenorganisation", "sonstiges:rest"]);
    let proposed = partners
        .cols
        .iter()
        .position(|c| c.key == "vorgeschlagen")
        .unwrap();
    // 3 of the own kind, 1 other: the 3 are not published beside the kind's 4.
    use feldbuch_core::report::Shown;
    assert_eq!(partners.cells[1][proposed], Shown::SMALL);
    let row = r
        .referrals
        .rows
        .iter()
        .position(|x| x.key == "sonstiges")
        .unwrap();
    let parent = r.referrals.cells[row][proposed];
    assert!(
        !matches!(
            (parent, partners.cells[0][proposed]),
            (Shown::Value(_), Shown::Value(_))
        ),
        "{parent:?} beside the own kind's count would tell the rest"
    );
    let activities = table("report-table-own-activity-kinds");
    assert_eq!(activities.rows[0].key, "sprachcafe");
    assert_eq!(activities.rows[1].key, "netzwerktreffen:rest");
}

#[test]
fn contacts_and_persons_take_the_programmes_kinds_outcomes_topics_and_markers() {
    use feldbuch_core::store::contacts::ContactPatch;
    use feldbuch_core::store::persons::{PersonInput, PersonPatch};
    let mut t = team();
    for e in [
        ext("contact-kind", "aufsuchend", Some("kurzkontakt")),
        ext("outcome", "wohnplatz-gefunden", Some("vermittelt")),
        ext("topic", "schulden", Some("finanzen")),
        ext("topic", "aufenthalt", Some("behoerden")),
        ext("marker", "sprachbarriere", None),
    ] {
        t.lead.add_vocab(e).unwrap();
    }
    // Unknown before the package: refused with each vocabulary's own message, nothing written.
    let mut c = contact(&t.em, "");
    c.note = None;
    c.kind = "aufsuchend".into();
    c.outcome = Some("wohnplatz-gefunden".into());
    c.topics = vec!["schulden".into(), "wohnen".into(), "aufenthalt".into()];
    let before = audit_count(&t.em);
    assert_eq!(
        code(t.em.add_contact(&c).unwrap_err()),
        "error-invalid-contact-kind"
    );
    let person = PersonInput {
        pseudonym: "Falke".into(),
        markers: vec!["sprachbarriere".into(), "einsam".into()],
        ..Default::default()
    };
    assert_eq!(
        code(t.em.add_person(&person).unwrap_err()),
        "error-invalid-marker"
    );
    assert_eq!(audit_count(&t.em), before);

    let first = publish(&mut t, "office-1.age");
    receive(&mut t.em, &first, &t.fp).unwrap();
    let added = t.em.add_contact(&c).unwrap();
    let check = |x: &feldbuch_core::store::contacts::Contact| {
        assert_eq!(
            (x.kind.id(), x.kind_ext.as_deref()),
            ("kurzkontakt", Some("aufsuchend"))
        );
        assert_eq!(
            (x.outcome.map(|o| o.id()), x.outcome_ext.as_deref()),
            (Some("vermittelt"), Some("wohnplatz-gefunden"))
        );
        let topics: Vec<&str> = x.topics.iter().map(|t| t.id()).collect();
        assert_eq!(topics, ["wohnen", "finanzen", "behoerden"]);
        assert_eq!(x.topics_ext, ["aufenthalt", "schulden"]);
    };
    check(&added);
    check(&t.em.contact(added.id).unwrap());
    // A correction of something else keeps them; a built-in kind given drops the own one.
    let edited =
        t.em.edit_contact(
            added.id,
            &ContactPatch {
                duration_min: Some(40),
                ..Default::default()
            },
        )
        .unwrap();
    check(&edited);
    // A built-in kind, outcome or topic list given drops the own ones.
    let plain =
        t.em.edit_contact(
            added.id,
            &ContactPatch {
                kind: Some("kurzkontakt".into()),
                outcome: Some("vermittelt".into()),
                topics: Some(vec!["finanzen".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (plain.kind_ext, plain.outcome_ext, plain.topics_ext.len()),
        (None, None, 0)
    );
    let edited =
        t.em.edit_contact(
            added.id,
            &ContactPatch {
                kind: Some("aufsuchend".into()),
                outcome: Some("wohnplatz-gefunden".into()),
                topics: Some(vec![
                    "schulden".into(),
                    "wohnen".into(),
                    "aufenthalt".into(),
                ]),
                ..Default::default()
            },
        )
        .unwrap();
    check(&edited);
    // The journal finds it by its own kind and topic, and by the built-in ones they refine.
    let found = |kind: &str, topic: &str| {
        t.em.journal(&feldbuch_core::store::journal::JournalQuery {
            kind: Some(kind.into()),
            topic: Some(topic.into()),
            ..Default::default()
        })
        .unwrap()
        .entries
        .len()
    };
    assert_eq!(found("aufsuchend", "schulden"), 1);
    assert_eq!(found("kurzkontakt", "finanzen"), 1);
    assert_eq!(found("aufsuchend", "aufenthalt"), 1);
    assert_eq!(found("beratung", "schulden"), 0);
    assert_eq!(found("aufsuchend", "arbeit"), 0);
    let p = t.em.add_person(&person).unwrap();
    assert_eq!(p.own_markers, ["sprachbarriere"]);
    assert_eq!(
        p.markers.iter().map(|m| m.id()).collect::<Vec<_>>(),
        ["einsam"]
    );
    let p =
        t.em.edit_person(
            p.id,
            &PersonPatch {
                district: Some("Nordend".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(p.own_markers, ["sprachbarriere"]);
    let found =
        t.em.search_persons(&feldbuch_core::store::persons::PersonQuery {
            marker: Some("sprachbarriere".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].own_markers, ["sprachbarriere"]);
    // The person's Auskunft names the own marker by its label, and carries its definition.
    let (auskunft, text) =
        t.em.auskunft_document(
            p.id,
            feldbuch_core::store::rights::AuskunftFormat::Text,
            &feldbuch_core::Localizer::new(feldbuch_core::vocab::Locale::En),
        )
        .unwrap();
    let text = String::from_utf8(text.to_vec()).unwrap();
    assert!(text.contains("sprachbarriere (en)"), "{text}");
    assert_eq!(auskunft.vocabulary.len(), 1);

    // Falke takes part in the programme (ESF Plus): counted under the own marker too.
    t.em.give_consent(p.id, "participant-reporting", "written", None, None)
        .unwrap();
    t.em.enrol_participant(
        p.id,
        &feldbuch_core::store::persons::ParticipationInput {
            entry_date: Some(chrono::Local::now().date_naive().to_string()),
            employment: Some("arbeitslos".into()),
            education: Some("isced-3-4".into()),
            household: Some("alleinlebend".into()),
        },
    )
    .unwrap();

    // The lead receives them as they were written.
    em_to_lead(&mut t);
    let at_lead = t.lead.contact(added.id).unwrap();
    assert_eq!(at_lead.kind_ext.as_deref(), Some("aufsuchend"));
    assert_eq!(at_lead.outcome_ext.as_deref(), Some("wohnplatz-gefunden"));
    assert_eq!(at_lead.topics_ext, ["aufenthalt", "schulden"]);
    assert_eq!(
        strings(
            &t.lead,
            "SELECT person_id, marker FROM person_markers ORDER BY marker"
        )
        .into_iter()
        .map(|(_, m)| m)
        .collect::<Vec<_>>(),
        ["einsam", "sprachbarriere"]
    );
    // The report lists the participants with the own marker beside the funder's markers (one
    // entry: a small count).
    let r = report_of_today(&mut t, feldbuch_core::vocab::Locale::De);
    let own = r
        .participants
        .iter()
        .find(|t| t.id == "report-table-own-markers")
        .unwrap();
    assert_eq!(own.rows[0].key, "sprachbarriere");
    assert_eq!(own.rows[0].text, "sprachbarriere (de)");
    assert_eq!(own.cells[0][0], feldbuch_core::report::Shown::SMALL);
    // Each own topic beside the rest of its topic.
    let topics = r
        .own_terms
        .iter()
        .find(|t| t.id == "report-table-own-topics")
        .unwrap();
    let keys: Vec<&str> = topics.rows.iter().map(|x| x.key.as_str()).collect();
    assert_eq!(
        keys,
        ["schulden", "schulden:rest", "aufenthalt", "aufenthalt:rest"]
    );
    assert_eq!(topics.rows[1].text, "Finanzen/Schulden ohne schulden (de)");
}
