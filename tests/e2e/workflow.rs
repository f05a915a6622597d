//! The outreach workflow of a day in the real window, as a worker does it: a person with consent,
//! a contact with that person and two anonymous people, a referral to a partner, a group activity
//! with attendance, a follow-up done with one key, a note search, the Auskunft file and the
//! erasure of the person. Once in German, once in Arabic (right-to-left).

use crate::flows::*;
use crate::harness::*;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::Duration;

const PARTNER: &str = "Schuldnerberatung Mitte";
const SERVICE: &str = "Budgetplanung";
const PSEUDONYM: &str = "MK1980";
const REAL_NAME: &str = "Meral Kaya";
const ACTIVITY: &str = "Repair-Café Nordend";
/// A word of the note that the note search finds by its prefix.
const NOTE_WORD: &str = "Mietschulden";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn a_day_of_outreach_work_in_german() {
    let _serial = serial();
    outreach_day(
        "workflow_de",
        "de",
        "Gespräch über Mietschulden, Brief vom Vermieter",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn a_day_of_outreach_work_in_arabic() {
    let _serial = serial();
    outreach_day("workflow_ar", "ar", "Mietschulden: رسالة من المؤجر").await;
}

async fn outreach_day(name: &'static str, locale: &str, note: &str) {
    let mut h = Harness::start(name).await;
    h.open_session().await;

    setup_in(&h, PASSPHRASE, locale).await;
    let dir = if locale == "ar" { "rtl" } else { "ltr" };
    h.wait_js("return document.documentElement.dir;", &json!(dir), UI)
        .await;
    h.wait_js("return document.documentElement.lang;", &json!(locale), UI)
        .await;

    add_site(&h, SITE, "kita", Some("Nordend")).await;
    add_partner(&h).await;
    create_person_with_consent(&h, locale).await;
    log_contact(&h, note).await;
    refer_to_partner(&h).await;
    record_activity(&h).await;
    complete_follow_up(&h).await;
    search_note(&h, note).await;
    let file = export_auskunft(&h, locale, note).await;
    erase(&h, note).await;
    // The Auskunft file is the user's: erasure does not reach into their documents folder.
    assert!(
        file.exists(),
        "the Auskunft file {} is gone",
        file.display()
    );

    h.finish().await;
}

/// Sites screen: a partner with two services.
async fn add_partner(h: &Harness) {
    h.click("nav-sites").await;
    h.wait_testid("partner-name", UI).await;
    h.fill("partner-name", PARTNER).await;
    h.select_value("partner-kind", "beratungsstelle").await;
    h.fill("partner-contact", "Frau Aydin").await;
    h.fill("partner-services", &format!("Erstberatung, {SERVICE}"))
        .await;
    h.click("partner-add").await;
    h.wait_row(&by_testid("partner-row"), &[PARTNER, SERVICE], UI)
        .await;
}

/// Personen: a new person (pseudonym first), then a documentation consent; only then can the
/// real name be entered.
async fn create_person_with_consent(h: &Harness, locale: &str) {
    h.click("nav-persons").await;
    h.fill("person-new-pseudonym", PSEUDONYM).await;
    h.fill("person-new-birth-year", "1980").await;
    h.click("person-new-submit").await;
    h.wait_row(&by_testid("person-page-heading"), &[PSEUDONYM], UI)
        .await;

    // Without consent there is no field for a real name.
    h.wait_testid("person-identity-locked", UI).await;
    assert!(
        !h.is_visible("person-real-name").await,
        "a real name can be entered before a documentation consent"
    );

    h.select_value("consent-scope", "documentation").await;
    h.select_value("consent-form", "written").await;
    h.click("consent-give-submit").await;
    h.wait_testid_or_error("consent-row", "consent-error", UI)
        .await;

    h.wait_testid("person-real-name", UI).await;
    h.fill("person-real-name", REAL_NAME).await;
    h.click("person-identity-save").await;
    let saved = message(locale, "person-identity-saved");
    h.wait_row(&by_testid("person-details"), &[&saved], UI)
        .await;
    if let Some(err) = h.find_visible(&by_testid("person-identity-error")).await {
        let text = within(err.text()).await.unwrap_or_default();
        panic!("saving the real name failed: {text:?}");
    }
}

/// Heute, keyboard only: the person and two anonymous people, a topic, a follow-up due today
/// and a note.
async fn log_contact(h: &Harness, note: &str) {
    open_heute(h).await;
    start_quick_entry(h).await;
    h.tab_to("qe-outcome").await;
    h.tab_to("qe-persons").await;
    pick_person_by_keys(h, "qe-persons", "MK19", PSEUDONYM).await;
    h.expect_focus("qe-persons").await;
    // The chip's remove button comes next in the tab order.
    h.tab_to("qe-persons-remove").await;
    h.tab_to("qe-anonymous").await;
    h.replace_focused("2").await;
    h.tab_to("qe-age-band").await;
    h.tab_to("qe-gender").await;
    tab_over_topics(h, &["wohnen", "finanzen"]).await;
    h.replace_focused("40").await;
    h.tab_to("qe-follow-up").await;
    let today = chrono::Local::now().date_naive().to_string();
    h.replace_focused(&today).await;
    h.tab_to("qe-language").await;
    h.tab_to("qe-interpreter").await;
    h.tab_to("qe-note").await;
    h.replace_focused(note).await;
    h.press(&ctrl_enter()).await;

    h.wait_contact_row(&[SITE, note], UI).await;
    assert_anonymous_count(h, 2).await;
    h.wait_value("qe-note", "empty after saving", str::is_empty, UI)
        .await;
    assert!(
        h.texts(&by_testid("qe-persons-chip"))
            .await
            .unwrap_or_default()
            .is_empty(),
        "the picked person is still in the form after saving"
    );
}

/// Open the person page through the person search.
async fn open_person(h: &Harness) {
    h.click("nav-persons").await;
    h.fill("persons-search-text", &PSEUDONYM[..2]).await;
    h.click("persons-search-submit").await;
    h.wait_row(&by_testid("person-result"), &[PSEUDONYM], UI)
        .await;
    h.click("person-result").await;
    h.wait_row(&by_testid("person-page-heading"), &[PSEUDONYM], UI)
        .await;
}

/// The person page: a referral to the partner's service, then the next status.
async fn refer_to_partner(h: &Harness) {
    open_person(h).await;
    select_by_label(h, "refer-partner", PARTNER).await;
    select_by_label(h, "refer-service", SERVICE).await;
    h.fill("refer-note", "Termin am Dienstag").await;
    h.click("refer-submit").await;
    let before = h
        .wait_row(&by_testid("timeline-referral"), &[PARTNER, SERVICE], UI)
        .await;
    // Move it one step along its status flow.
    let next = h
        .wait_for(&format!("{} button", by_testid("timeline-referral")), UI)
        .await;
    next.click().await.expect("click the next referral status");
    h.wait_until(UI, || async {
        let now = h.texts(&by_testid("timeline-referral")).await?;
        if now.iter().any(|r| r.contains(PARTNER) && *r != before) {
            Ok(())
        } else {
            Err(format!(
                "the referral row did not change its status: {now:?}"
            ))
        }
    })
    .await;
}

/// Gruppenangebote: an activity with the registered person and three anonymous visitors.
async fn record_activity(h: &Harness) {
    h.click("nav-activities").await;
    h.select_value("activity-kind", "repair-cafe").await;
    h.fill("activity-title", ACTIVITY).await;
    h.fill("activity-volunteers", "2").await;
    h.fill("activity-anonymous", "3").await;
    h.click("activity-persons").await;
    h.expect_focus("activity-persons").await;
    pick_person_by_keys(h, "activity-persons", "MK", PSEUDONYM).await;
    h.click("activity-save").await;
    let row = h
        .wait_row(&by_testid("activity-row"), &[ACTIVITY], UI)
        .await;
    assert!(
        has_number(&row, 4),
        "the activity row does not show 4 attendees (1 registered + 3 anonymous): {row:?}"
    );
}

/// Heute: the follow-up set with the contact is due; one key marks it done.
async fn complete_follow_up(h: &Harness) {
    open_heute(h).await;
    h.wait_row(&by_testid("followup-row"), &[PSEUDONYM, SITE], UI)
        .await;
    // Put the keyboard on the follow-up (as Tab would), then press D.
    h.c()
        .execute(
            "document.querySelector('[data-testid=\"followup-complete\"]').focus();",
            vec![],
        )
        .await
        .expect("focus the follow-up");
    h.expect_focus("followup-complete").await;
    h.press("d").await;
    h.wait_until(UI, || async {
        let rows = h.texts(&by_testid("followup-row")).await?;
        let status = h.text_of("followup-status").await;
        if rows.is_empty() && !status.trim().is_empty() {
            Ok(())
        } else {
            Err(format!(
                "D did not complete the follow-up: rows {rows:?}, status {status:?}"
            ))
        }
    })
    .await;
}

/// Personen: the note is found by a word prefix, in any case.
async fn search_note(h: &Harness, note: &str) {
    h.click("nav-persons").await;
    h.fill("notes-search-query", &NOTE_WORD[..8].to_lowercase())
        .await;
    h.click("notes-search-submit").await;
    h.wait_row(&by_testid("note-hit"), &[note], UI).await;
}

/// The person page shows everything; the Auskunft file holds it in the chosen language.
async fn export_auskunft(h: &Harness, locale: &str, note: &str) -> PathBuf {
    open_person(h).await;
    h.wait_row(&by_testid("timeline-contact"), &[note], UI)
        .await;
    h.wait_row(&by_testid("timeline-referral"), &[PARTNER], UI)
        .await;
    h.wait_row(&by_testid("timeline-attendance"), &[ACTIVITY], UI)
        .await;

    h.click("rights-auskunft").await;
    let status = h
        .wait_row(
            &by_testid("rights-auskunft-status"),
            &["Feldbuch-Auskunft-"],
            UI,
        )
        .await;
    let files: Vec<PathBuf> = std::fs::read_dir(&h.home_dir)
        .expect("read the app's home folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("Feldbuch-Auskunft-"))
        })
        .collect();
    assert_eq!(files.len(), 1, "one Auskunft file expected: {files:?}");
    let file = files[0].clone();
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    assert!(
        status.contains(name),
        "the status {status:?} does not name the file {name:?}"
    );
    let text = std::fs::read_to_string(&file).expect("read the Auskunft file");
    for needle in [PSEUDONYM, REAL_NAME, note, PARTNER, SERVICE, ACTIVITY, SITE] {
        assert!(
            text.contains(needle),
            "the Auskunft lacks {needle:?}:\n{text}"
        );
    }
    for id in [
        "auskunft-section-consents",
        "auskunft-section-contacts",
        "auskunft-section-referrals",
        "auskunft-section-attendance",
        "auskunft-section-audit",
    ] {
        let heading = message(locale, id);
        assert!(
            text.contains(&heading),
            "the {locale} Auskunft lacks the heading {heading:?} ({id}):\n{text}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file)
            .expect("stat the Auskunft file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the Auskunft file is readable by others");
    }
    file
}

/// Erasure after typing the pseudonym: the person is gone, the note that only concerned them is
/// gone, the contact stays with its head count (two anonymous + the person, now anonymous).
async fn erase(h: &Harness, note: &str) {
    h.click("rights-erase").await;
    h.expect_focus("rights-erase-input").await;
    let confirm = h.wait_testid("rights-erase-confirm", UI).await;
    assert_eq!(
        confirm.is_enabled().await.ok(),
        Some(false),
        "erasure is possible before the pseudonym is typed"
    );
    h.replace_focused(PSEUDONYM).await;
    h.wait_enabled("rights-erase-confirm", UI).await;
    h.press(&enter()).await;
    h.wait_testid_or_error("erasure-report", "rights-error", UI)
        .await;

    // The person search no longer finds them, not even among closed persons.
    h.fill("persons-search-text", &PSEUDONYM[..2]).await;
    h.click("persons-search-closed").await;
    h.click("persons-search-submit").await;
    h.wait_present(&by_testid("persons-results"), UI).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let found = h
        .texts(&by_testid("person-result"))
        .await
        .unwrap_or_default();
    assert!(
        found.iter().all(|r| !r.contains(PSEUDONYM)),
        "the erased person is still found: {found:?}"
    );

    // Nor does the note search find the note.
    h.fill("notes-search-query", &NOTE_WORD[..8].to_lowercase())
        .await;
    h.click("notes-search-submit").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let hits = h.texts(&by_testid("note-hit")).await.unwrap_or_default();
    assert!(
        hits.iter().all(|r| !r.contains(note)),
        "the erased person's note is still found: {hits:?}"
    );

    // The contact is still counted: three anonymous people now, without the note.
    open_heute(h).await;
    let row = h.wait_contact_row(&[SITE], UI).await;
    assert_anonymous_count(h, 3).await;
    assert!(
        !row.contains(note),
        "the note is still shown after the erasure: {row:?}"
    );
}

/// Choose the option of a `<select>` whose label contains `label`.
async fn select_by_label(h: &Harness, testid: &str, label: &str) {
    let el = h.wait_testid(testid, UI).await;
    let arg = serde_json::to_value(&el).expect("serialise a WebDriver element reference");
    let value = within(h.c().execute(
        "const o = Array.from(arguments[0].options).find(o => o.text.includes(arguments[1]));
         return o ? o.value : null;",
        vec![arg, json!(label)],
    ))
    .await
    .ok()
    .and_then(|v| v.as_str().map(str::to_owned))
    .unwrap_or_else(|| panic!("`{testid}` has no option labelled {label:?}"));
    h.select_value(testid, &value).await;
}

/// The one contact of the day counts `n` anonymous people (its text says so in words that
/// depend on the language, e.g. the Arabic dual; the element carries the number).
async fn assert_anonymous_count(h: &Harness, n: u32) {
    let counts = within(h.c().execute(
        "return Array.from(document.querySelectorAll('[data-testid=\"contact-anonymous\"]'))
                .map(e => [e.dataset.count, e.innerText]);",
        vec![],
    ))
    .await
    .expect("read the anonymous counts");
    let ok = counts.as_array().is_some_and(|rows| {
        rows.len() == 1
            && rows[0][0] == json!(n.to_string())
            && rows[0][1].as_str().is_some_and(|t| !t.trim().is_empty())
    });
    assert!(
        ok,
        "expected one contact counting {n} anonymous people: {counts}"
    );
}

/// Whether `text` shows the number `n`, in Western or Arabic-Indic digits.
fn has_number(text: &str, n: u32) -> bool {
    let western = n.to_string();
    let arabic: String = western
        .chars()
        .map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect();
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c)))
        .collect();
    words.contains(&western.as_str()) || words.contains(&arabic.as_str())
}

/// The text of a Fluent message of the app (a plain one, without placeables).
fn message(locale: &str, id: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale);
    for entry in std::fs::read_dir(&dir).expect("read the locale folder") {
        let path = entry.expect("a locale file").path();
        let text = std::fs::read_to_string(&path).expect("read a locale file");
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix(id) {
                if let Some(value) = rest.trim_start().strip_prefix('=') {
                    return value.trim().to_owned();
                }
            }
        }
    }
    panic!("no message {id:?} in {}", dir.display());
}
