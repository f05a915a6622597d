//! Printable documents: PDF files made by the core, read back with `pdftotext` (poppler) to
//! prove their text is there, in German and in Arabic (shaped, right to left).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use feldbuch_core::store::activities::ActivityInput;
use feldbuch_core::store::persons::{ExitResult, ParticipationInput, PersonInput};
use feldbuch_core::store::rights::AuskunftFormat;
use feldbuch_core::vocab::Locale;
use feldbuch_core::Localizer;

fn pages(pdf: &[u8]) -> usize {
    text_of(pdf).matches('\u{c}').count()
}

#[test]
fn documents_print_in_german_and_arabic() {
    let (_tmp, _dir, mut store, _) = fresh();
    let p = store
        .add_person(&PersonInput {
            pseudonym: "AY1987".into(),
            birth_year: Some(1987),
            gender: Some("weiblich".into()),
            markers: vec!["alleinerziehend".into()],
            ..Default::default()
        })
        .unwrap();
    let doc = store
        .give_consent(p.id, "documentation", "written", None, None)
        .unwrap();
    let reporting = store
        .give_consent(p.id, "participant-reporting", "written", None, None)
        .unwrap();
    let _ = reporting;
    let today = store.clock().today().to_string();

    // The consent receipt: German first, then Arabic on its own page.
    let pdf = store.consent_receipt(doc.id, Locale::Ar).unwrap();
    let text = text_of(&pdf);
    println!("{text}");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(text.contains("Bestätigung Ihrer Einwilligung"), "{text}");
    assert!(text.contains("AY1987"));
    assert!(text.contains(&today));
    assert!(text.contains("jederzeit ohne Angabe von Gründen widerrufen"));
    assert!(text.contains("تأكيد موافقتك"), "Arabic title: {text}");
    assert!(
        text.contains("يمكنك سحب هذه الموافقة"),
        "Arabic withdrawal: {text}"
    );
    assert_eq!(pages(&pdf), 2);
    // German only for a German-speaking client.
    let de_only = store.consent_receipt(doc.id, Locale::De).unwrap();
    assert_eq!(pages(&de_only), 1);

    // The Auskunft as PDF, in Arabic.
    let (_, bytes) = store
        .auskunft_document(p.id, AuskunftFormat::Pdf, &Localizer::new(Locale::Ar))
        .unwrap();
    let text = text_of(&bytes);
    println!("{text}");
    assert!(text.contains("AY1987"));
    assert!(text.contains("المادة 15") || text.contains("15"), "{text}");

    // The Stammblatt, with the results at leaving; in Turkish letters too.
    store
        .enrol_participant(
            p.id,
            &ParticipationInput {
                entry_date: Some(today.clone()),
                employment: Some("langzeitarbeitslos".into()),
                education: Some("isced-3-4".into()),
                household: Some("alleinerziehend".into()),
            },
        )
        .unwrap();
    store
        .exit_participant(
            p.id,
            None,
            &ExitResult {
                employed: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
    let pdf = store.stammblatt(p.id, &Localizer::new(Locale::Tr)).unwrap();
    let text = text_of(&pdf);
    println!("{text}");
    assert!(text.contains("Katılımcı formu (ESF Plus)"), "{text}");
    assert!(text.contains("Çalışıyor"), "{text}");

    // The attendance list: the registered person by pseudonym, lines for the rest.
    let a = store
        .add_activity(&ActivityInput {
            kind: "repair-cafe".into(),
            title: "Repair-Café".into(),
            anonymous_count: 3,
            persons: vec![p.id],
            ..Default::default()
        })
        .unwrap();
    let pdf = store
        .attendance_list(a.id, &Localizer::new(Locale::De))
        .unwrap();
    let text = text_of(&pdf);
    println!("{text}");
    assert!(text.contains("Anwesenheitsliste: Repair-Café"), "{text}");
    assert!(text.contains("AY1987"));
    assert!(text.contains("20"), "twenty numbered lines: {text}");
    let uk = store
        .attendance_list(a.id, &Localizer::new(Locale::Uk))
        .unwrap();
    assert!(text_of(&uk).contains("Список присутніх"));

    // Each document is audited as an export of its record.
    let exports: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'export'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(exports, 6);
}
