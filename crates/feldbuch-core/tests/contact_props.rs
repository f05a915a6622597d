//! Property test: whatever a face sends as a contact, the core never panics; it either stores
//! exactly what was valid (and reads it back the same) or refuses with a localized error code and
//! writes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::ids::SiteId;
use feldbuch_core::store::contacts::ContactInput;
use feldbuch_core::Localizer;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(None),
        1 => Just(Some(String::new())),
        8 => "[a-zA-ZäöüÄÖÜß0-9 <>&\"'/\\n\\u{0627}-\\u{064a}]{0,60}".prop_map(Some),
        1 => "[a-z\\t\\u{0}-\\u{1f}\\u{202e}]{0,20}".prop_map(Some),
        1 => (4000usize..4010).prop_map(|n| Some("x".repeat(n))),
    ]
}

/// Stands for the site `fresh()` made, which the strategy cannot know.
fn the_site() -> SiteId {
    SiteId::parse("00000000-0000-0000-0000-00000000517e").unwrap()
}

fn vocab(ids: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        12 => proptest::sample::select(ids).prop_map(String::from),
        1 => "[a-z-]{0,12}",
    ]
}

prop_compose! {
    fn contact_input()(
        // The store's site (filled in by the test), or one that does not exist.
        site_id in prop_oneof![12 => Just(the_site()), 1 => Just(SiteId::new())],
        kind in vocab(&["erstkontakt", "beratung", "kurzkontakt", "netzwerkkontakt"]),
        date in prop_oneof![6 => Just(None), 6 => Just(Some("2026-01-15".to_string())), 1 => "[0-9-]{0,12}".prop_map(Some)],
        start in prop_oneof![6 => Just(None), 6 => Just(Some("09:30".to_string())), 1 => "[0-9:]{0,6}".prop_map(Some)],
        duration_min in prop_oneof![12 => 1i64..=720, 1 => any::<i64>()],
        anonymous_count in prop_oneof![12 => 1i64..=500, 1 => any::<i64>()],
        anonymous_age_band in proptest::option::weighted(0.3, vocab(&["unter-18", "18-29", "ab-65"])),
        anonymous_gender in proptest::option::weighted(0.3, vocab(&["weiblich", "divers"])),
        topics in proptest::collection::vec(vocab(&["einsamkeit", "wohnen", "arbeit", "sonstiges"]), 0..5),
        note in text(),
        follow_up in prop_oneof![12 => Just(None), 3 => Just(Some("2026-12-01".to_string())), 1 => "[0-9-]{0,12}".prop_map(Some)],
    ) -> ContactInput {
        ContactInput { site_id, kind, date, start, duration_min, anonymous_count, anonymous_age_band,
            anonymous_gender, topics, note, follow_up, persons: vec![], ..Default::default() }
    }
}

prop_compose! {
    fn contact_with_extras()(
        base in contact_input(),
        language in prop_oneof![4 => Just(None), 4 => Just(Some("tr".to_string())), 1 => "[A-Za-z1]{0,4}".prop_map(Some)],
        interpreter in any::<bool>(),
        outcome in proptest::option::weighted(0.5, vocab(&["beraten", "vermittelt", "kein-bedarf"])),
    ) -> ContactInput {
        ContactInput { language, interpreter, outcome, ..base }
    }
}

#[test]
fn any_contact_input_is_stored_faithfully_or_refused_without_a_trace() {
    let (_tmp, _dir, store, _) = fresh();
    let store = std::cell::RefCell::new(store);
    let de = Localizer::new(feldbuch_core::vocab::Locale::De);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 300,
        ..ProptestConfig::default()
    });
    let (saved, refused) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    runner
        .run(&contact_with_extras(), |mut input| {
            let mut store = store.borrow_mut();
            if input.site_id == the_site() {
                input.site_id = store.resolve_site("KiTa Sonnenblume").unwrap().id;
            }
            let before_contacts = store.list_contacts(None, None).unwrap().len();
            let before_audit = audit_count(&store);
            match store.add_contact(&input) {
                Ok(c) => {
                    saved.set(saved.get() + 1);
                    prop_assert_eq!(store.contact(c.id).unwrap(), c.clone());
                    prop_assert_eq!(c.duration_min, input.duration_min);
                    prop_assert_eq!(c.anonymous_count, input.anonymous_count);
                    let want_note = input
                        .note
                        .as_deref()
                        .map(str::trim)
                        .filter(|n| !n.is_empty());
                    prop_assert_eq!(c.note.as_deref(), want_note);
                    prop_assert_eq!(c.interpreter, input.interpreter);
                    let want_language = input
                        .language
                        .as_deref()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_lowercase);
                    prop_assert_eq!(c.language, want_language);
                    prop_assert_eq!(
                        c.outcome.map(|o| o.id()),
                        input.outcome.as_deref().filter(|o| !o.is_empty())
                    );
                }
                Err(e) => {
                    refused.set(refused.get() + 1);
                    prop_assert!(e.code().starts_with("error-"));
                    let msg = de.error(&e);
                    prop_assert!(!msg.starts_with("error-"), "no message for {}", e.code());
                    prop_assert_eq!(
                        store.list_contacts(None, None).unwrap().len(),
                        before_contacts
                    );
                    prop_assert_eq!(audit_count(&store), before_audit);
                }
            }
            Ok(())
        })
        .unwrap();
    let (saved, refused) = (saved.get(), refused.get());
    assert!(
        saved > 10 && refused > 10,
        "saved {saved}, refused {refused}: the generator is off"
    );
    assert!(store.borrow().verify().unwrap().ok());
}
