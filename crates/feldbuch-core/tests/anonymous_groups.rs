//! Mixed anonymous groups: a contact reaches anonymous people of several age bands and genders
//! (a mother with two children is one contact); refused when malformed, counted in the report.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use feldbuch_core::report::Period;
use feldbuch_core::store::contacts::{AnonymousGroup, AnonymousGroupInput, ContactPatch};
use feldbuch_core::store::persons::PersonInput;
use feldbuch_core::vocab::{AgeBand, Gender, Locale};
use feldbuch_core::Localizer;

fn group(count: i64, band: Option<&str>, gender: Option<&str>) -> AnonymousGroupInput {
    AnonymousGroupInput {
        count,
        age_band: band.map(String::from),
        gender: gender.map(String::from),
    }
}

#[test]
fn a_mother_with_two_children_is_one_contact_with_two_groups() {
    let (_tmp, _dir, mut store, _) = fresh();
    let mut c = contact(&store, "Mutter mit Kindern");
    c.anonymous_count = 0;
    c.anonymous_age_band = None;
    c.anonymous_gender = None;
    c.anonymous_groups = vec![
        group(1, Some("unter-18"), Some("maennlich")),
        group(1, Some("30-54"), Some("weiblich")),
        group(1, Some("unter-18"), Some("maennlich")),
    ];
    let saved = store.add_contact(&c).unwrap();
    let expected = vec![
        AnonymousGroup {
            count: 2,
            age_band: Some(AgeBand::Unter18),
            gender: Some(Gender::Maennlich),
        },
        AnonymousGroup {
            count: 1,
            age_band: Some(AgeBand::From30To54),
            gender: Some(Gender::Weiblich),
        },
    ];
    assert_eq!(saved.anonymous_groups, expected, "equal groups joined");
    assert_eq!(saved.anonymous_count, 3);
    let back = store.contact(saved.id).unwrap();
    assert_eq!(back.anonymous_groups, expected);
    assert_eq!(
        (back.anonymous_age_band, back.anonymous_gender),
        (None, None)
    );

    // Malformed: refused with the reason, nothing written.
    let before = audit_count(&store);
    let refused = |store: &mut feldbuch_core::Store, groups: Vec<AnonymousGroupInput>, count| {
        let mut bad = contact(store, "x");
        bad.anonymous_age_band = None;
        bad.anonymous_gender = None;
        bad.anonymous_count = count;
        bad.anonymous_groups = groups;
        store.add_contact(&bad).err().map(|e| e.code())
    };
    assert_eq!(
        refused(&mut store, vec![group(0, None, None)], 0),
        Some("error-invalid-anonymous-count")
    );
    assert_eq!(
        refused(&mut store, vec![group(1, Some("kind"), None)], 0),
        Some("error-invalid-age-band")
    );
    assert_eq!(
        refused(
            &mut store,
            vec![group(1, None, None), group(2, None, Some("weiblich"))],
            4
        ),
        Some("error-anonymous-count-mismatch")
    );
    assert_eq!(
        refused(
            &mut store,
            vec![group(300, None, None), group(300, None, None)],
            0
        ),
        Some("error-invalid-anonymous-count")
    );
    let mut both = contact(&store, "x");
    both.anonymous_groups = vec![group(1, None, None)];
    assert_eq!(
        store.add_contact(&both).err().map(|e| e.code()),
        Some("error-anonymous-groups-and-details")
    );
    assert_eq!(audit_count(&store), before);
    assert_eq!(
        "2:unter-18:weiblich"
            .parse::<AnonymousGroupInput>()
            .unwrap(),
        group(2, Some("unter-18"), Some("weiblich"))
    );
    assert!("zwei".parse::<AnonymousGroupInput>().is_err());

    // Editing something else keeps the groups; a plain count replaces them with one group.
    let e = store
        .edit_contact(
            saved.id,
            &ContactPatch {
                duration_min: Some(45),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(e.anonymous_groups, expected);
    let e = store
        .edit_contact(
            saved.id,
            &ContactPatch {
                anonymous_groups: Some(vec![group(4, Some("ab-65"), None)]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(e.anonymous_count, 4);
    assert_eq!(e.anonymous_age_band, Some(AgeBand::Ab65));
    assert_eq!(e.anonymous_groups.len(), 1);
}

#[test]
fn the_report_counts_anonymous_people_by_age_band_and_gender_and_a_withdrawn_person_joins_them() {
    let (_tmp, _dir, mut store, _) = fresh();
    let today = store.clock().today();
    // A named person who will withdraw, and five contacts with mixed groups.
    let p = store
        .add_person(&PersonInput {
            pseudonym: "WD1990".into(),
            ..Default::default()
        })
        .unwrap();
    let consent = store
        .give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    for _ in 0..5 {
        let mut c = contact(&store, "Gruppe");
        c.anonymous_count = 0;
        c.anonymous_age_band = None;
        c.anonymous_gender = None;
        c.anonymous_groups = vec![
            group(1, Some("30-54"), Some("weiblich")),
            group(2, Some("unter-18"), None),
        ];
        c.persons = vec![p.id];
        store.add_contact(&c).unwrap();
    }
    store.withdraw_consent(consent.id, None).unwrap();
    let l = Localizer::new(Locale::De);
    let period = Period::range(&today.to_string(), &today.to_string()).unwrap();
    let r = store.report(&period, 3, &l).unwrap();
    let t = &r.anonymous;
    let at = |band: &str, gender: &str| {
        let row = t.rows.iter().position(|x| x.key == band).unwrap();
        let col = t.cols.iter().position(|x| x.key == gender).unwrap();
        t.cells[row][col].value()
    };
    assert_eq!(at("30-54", "weiblich"), Some(5));
    assert_eq!(at("unter-18", "keine-angabe"), Some(10));
    // The withdrawn person: one more anonymous person of unknown band in each contact.
    assert_eq!(at("unbekannt", "keine-angabe"), Some(5));
    assert_eq!(t.total.and_then(|c| c.value()), Some(20));
    assert_rollups_are_a_recount(&store);
}
