//! A worker's week in the real window, once in German and once in Arabic (right to left):
//! Tuesday's three contacts logged on Wednesday (the quick entry's date), one corrected from the
//! journal and all found there by date; a typical contact by keyboard within 25 keystrokes
//! (besides its note), counted; a site renamed, its new name in the history; a case closed with
//! a date and reason, gone from the active list and due in retention, then reopened; a consent
//! receipt printed in German and the client's language, saved through the system's dialog and
//! read back from the PDF.

use crate::flows::*;
use crate::harness::*;
use fantoccini::key::Key;
use serde_json::{json, Value};

const PSEUDONYM: &str = "WK1975";
const RENAMED: &str = "KiTa Sonnenschein";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn a_week_of_corrections_in_german() {
    let _serial = serial();
    week("week_de", "de").await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn a_week_of_corrections_in_arabic() {
    let _serial = serial();
    week("week_ar", "ar").await;
}

/// Keys sent to the focused element, counted as a person presses them (a chord is one key).
struct Keystrokes<'a> {
    h: &'a Harness,
    n: usize,
}

impl Keystrokes<'_> {
    async fn tab_to(&mut self, testid: &str) {
        self.n += 1;
        self.h.tab_to(testid).await;
    }

    async fn key(&mut self, k: Key) {
        self.n += 1;
        self.h.press(&keys(&[k])).await;
    }

    /// Type over what the field holds: select all (one chord), then the text.
    async fn type_over(&mut self, text: &str) {
        self.n += 1 + text.chars().count();
        self.h
            .press(&format!("{}a{}", Key::Control, Key::Null))
            .await;
        self.h.press(text).await;
    }

    /// Type text that is not counted (the note's own words).
    async fn text_uncounted(&mut self, text: &str) {
        self.h.press(text).await;
    }

    async fn save(&mut self) {
        self.n += 1;
        self.h.press(&ctrl_enter()).await;
    }
}

fn yesterday() -> String {
    (chrono::Local::now().date_naive() - chrono::Duration::days(1)).to_string()
}

async fn week(name: &'static str, locale: &str) {
    let mut h = Harness::start(name).await;
    h.open_session().await;
    setup_in(&h, PASSPHRASE, locale).await;
    add_site(&h, SITE, "kita", Some("Nordend")).await;

    let counted = typical_contact_by_keys(&h).await;
    assert!(
        counted <= 25,
        "a typical contact took {counted} keystrokes besides its note (at most 25)"
    );
    eprintln!("{name}: a typical contact took {counted} keystrokes besides its note");

    log_tuesday_on_wednesday(&h).await;
    correct_from_the_journal(&h).await;
    rename_the_site(&h).await;
    close_and_reopen_a_case(&h).await;
    print_a_consent_receipt(&h, locale).await;
    h.finish().await;
}

/// On Heute, the focus on the site field (where it is after a save): site, kind, two anonymous
/// people, two topics, the default 15 minutes, a note, saved, all by keyboard.
async fn typical_contact_by_keys(h: &Harness) -> usize {
    open_heute(h).await;
    h.click("qe-site").await;
    h.expect_focus("qe-site").await;
    let mut k = Keystrokes { h, n: 0 };
    k.n += 3;
    h.press("Son").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    k.tab_to("qe-kind").await;
    let kind_before = h.value_of("qe-kind").await;
    k.key(Key::Down).await;
    h.wait_value(
        "qe-kind",
        "another kind than the first",
        |v| Some(v) != kind_before.as_deref(),
        QUICK,
    )
    .await;
    k.tab_to("qe-outcome").await;
    k.tab_to("qe-persons").await;
    k.tab_to("qe-anonymous").await;
    k.type_over("2").await;
    k.tab_to("qe-age-band").await;
    k.tab_to("qe-gender").await;
    // Past the button that adds another group of anonymous people.
    k.tab_to("qe-group-add").await;
    k.tab_to(&format!("qe-topic-{}", TOPICS[0])).await;
    k.key(Key::Space).await;
    k.key(Key::Down).await;
    h.expect_focus(&format!("qe-topic-{}", TOPICS[1])).await;
    k.key(Key::Space).await;
    k.tab_to("qe-duration").await;
    k.tab_to("qe-follow-up").await;
    k.tab_to("qe-language").await;
    k.tab_to("qe-interpreter").await;
    k.tab_to("qe-note").await;
    let note = "Kurz am Tor gesprochen 5Y";
    k.text_uncounted(note).await;
    k.save().await;
    let row = h.wait_contact_row(&[SITE, note], UI).await;
    let saved = saved_contact(h, note);
    assert_eq!(saved["anonymous_count"], 2, "{saved}");
    assert_eq!(saved["duration_min"], 15, "{saved}");
    assert_eq!(saved["topics"].as_array().map(Vec::len), Some(2), "{row}");
    h.expect_focus("qe-site").await;
    k.n
}

/// The contact with `note`, as the CLI reads it from the store.
fn saved_contact(h: &Harness, note: &str) -> Value {
    let all: Value = serde_json::from_str(&feldbuch(
        h,
        &["contact", "list", "--json", "--from", "2000-01-01"],
    ))
    .unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .find(|c| c["note"] == note)
        .cloned()
        .unwrap_or_else(|| panic!("no contact with note {note:?}: {all}"))
}

/// Yesterday's three contacts, entered today: the date typed once stays for the next entries.
async fn log_tuesday_on_wednesday(h: &Harness) {
    let day = yesterday();
    for (i, start) in ["09:00", "11:30", "15:45"].iter().enumerate() {
        h.click("qe-date").await;
        h.replace_focused(&day).await;
        h.tab_to("qe-start").await;
        h.replace_focused(start).await;
        h.tab_to("qe-site").await;
        pick_site_by_keys(h, "Son").await;
        h.tab_to("qe-outcome").await;
        h.tab_to("qe-persons").await;
        h.tab_to("qe-anonymous").await;
        h.replace_focused("1").await;
        h.click("qe-note").await;
        h.replace_focused(&format!("Dienstag {i} 3T")).await;
        h.press(&ctrl_enter()).await;
        h.wait_until(UI, || async {
            let c = saved_contact_opt(h, &format!("Dienstag {i} 3T"));
            c.ok_or_else(|| "not saved yet".to_string())
        })
        .await;
    }
    for i in 0..3 {
        let c = saved_contact(h, &format!("Dienstag {i} 3T"));
        assert_eq!(c["date"], json!(day), "{c}");
    }
}

fn saved_contact_opt(h: &Harness, note: &str) -> Option<Value> {
    let all: Value = serde_json::from_str(&feldbuch(
        h,
        &["contact", "list", "--json", "--from", "2000-01-01"],
    ))
    .ok()?;
    all.as_array()?.iter().find(|c| c["note"] == note).cloned()
}

/// Verlauf filtered to yesterday shows the three; one opens, its duration and note change.
async fn correct_from_the_journal(h: &Harness) {
    let day = yesterday();
    h.click("nav-journal").await;
    h.fill("journal-from", &day).await;
    h.fill("journal-to", &day).await;
    h.click("journal-show").await;
    h.wait_until(UI, || async {
        let rows = h.texts(&by_testid("journal-entry")).await?;
        if rows.len() == 3 {
            Ok(())
        } else {
            Err(format!("three entries of {day} expected, got {rows:?}"))
        }
    })
    .await;
    let target = saved_contact(h, "Dienstag 1 3T");
    let id = target["id"].as_str().unwrap().to_string();
    let button = h
        .wait_for(
            &format!(
                "{}[data-contact=\"{id}\"] {}",
                by_testid("journal-entry"),
                by_testid("contact-edit")
            ),
            UI,
        )
        .await;
    button.click().await.unwrap();
    h.wait_testid("ce-duration", UI).await;
    h.fill("ce-duration", "35").await;
    h.fill("ce-note", "Dienstag 1 korrigiert 3T").await;
    h.click("ce-save").await;
    h.wait_until(UI, || async {
        let c = saved_contact_opt(h, "Dienstag 1 korrigiert 3T")
            .ok_or_else(|| "the correction is not in the store yet".to_string())?;
        if c["duration_min"] == 35 && c["revision"] == 2 && c["id"] == json!(id) {
            Ok(())
        } else {
            Err(format!("not corrected as asked: {c}"))
        }
    })
    .await;
    // Still three entries that day, the corrected one among them.
    h.wait_until(UI, || async {
        let rows = h.texts(&by_testid("journal-entry")).await?;
        // 35 minutes, in Western or Arabic-Indic digits.
        (rows.len() == 3 && rows.iter().any(|r| r.contains("35") || r.contains("٣٥")))
            .then_some(())
            .ok_or_else(|| format!("rows after the correction: {rows:?}"))
    })
    .await;
}

/// Einsatzorte: the site renamed; Heute's history and the journal show the new name.
async fn rename_the_site(h: &Harness) {
    h.click("nav-sites").await;
    h.click("site-open").await;
    h.wait_testid("site-view", UI).await;
    h.fill("site-edit-name", RENAMED).await;
    h.click("site-edit-save").await;
    h.wait_testid_or_error("site-edit-status", "site-edit-error", UI)
        .await;
    h.wait_row(&by_testid("site-row"), &[RENAMED], UI).await;
    h.click("nav-journal").await;
    h.click("journal-show").await;
    h.wait_row(&by_testid("journal-entry"), &[RENAMED], UI)
        .await;
    let rows = h.texts(&by_testid("journal-entry")).await.unwrap();
    assert!(
        rows.iter().all(|r| !r.contains(SITE)),
        "the old name is still shown: {rows:?}"
    );
}

/// Personen: a person, closed with a date and reason: gone from the active list, due in
/// retention with a period of three years; reopened, back.
async fn close_and_reopen_a_case(h: &Harness) {
    h.click("nav-persons").await;
    h.fill("person-new-pseudonym", PSEUDONYM).await;
    h.click("person-new-submit").await;
    h.wait_row(&by_testid("person-page-heading"), &[PSEUDONYM], UI)
        .await;
    h.click("person-close").await;
    h.fill("person-close-date", "2020-06-30").await;
    h.fill("person-close-reason", "Umzug nach Kassel").await;
    h.click("person-close-save").await;
    h.wait_testid("person-reopen", UI).await;
    let person: Value = serde_json::from_str(&feldbuch(h, &["person", "list", "--json"])).unwrap();
    let p = person
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pseudonym"] == PSEUDONYM)
        .cloned()
        .unwrap();
    let id = p["id"].as_str().unwrap().to_string();
    let shown: Value =
        serde_json::from_str(&feldbuch(h, &["person", "show", &id, "--json"])).unwrap();
    assert_eq!(shown["person"]["status"], "closed", "{shown}");
    assert_eq!(shown["person"]["closed_on"], "2020-06-30");
    assert_eq!(shown["person"]["close_reason"], "Umzug nach Kassel");

    // Not in the active list.
    h.click("nav-persons").await;
    h.fill("persons-search-text", "WK19").await;
    h.click("persons-search-submit").await;
    h.wait_until(UI, || async {
        let status = h.texts(&by_testid("persons-results")).await?;
        if status.iter().any(|r| r.contains(PSEUDONYM)) {
            Err(format!("the closed case is still listed: {status:?}"))
        } else {
            Ok(())
        }
    })
    .await;

    // Due in retention once closed cases are kept three years.
    feldbuch(h, &["retention", "set", "closed-persons", "--years", "3"]);
    let due: Value = serde_json::from_str(&feldbuch(h, &["retention", "due", "--json"])).unwrap();
    let closed = due
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["category"] == "closed-persons")
        .cloned()
        .unwrap_or(Value::Null);
    assert_eq!(closed["count"], 1, "{due}");

    // Reopened: active again.
    h.click("persons-search-closed").await;
    h.click("persons-search-submit").await;
    h.wait_row(&by_testid("person-result"), &[PSEUDONYM], UI)
        .await;
    h.click("person-result").await;
    h.click("person-reopen").await;
    h.wait_until(UI, || async {
        let shown: Value =
            serde_json::from_str(&feldbuch(h, &["person", "show", &id, "--json"])).unwrap();
        (shown["person"]["status"] == "active")
            .then_some(())
            .ok_or_else(|| format!("not reopened: {}", shown["person"]))
    })
    .await;
}

/// A message of the window's `.ftl` files (a plain one, no placeables): the dialogs' titles.
fn ftl(locale: &str, file: &str, id: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join(format!("{file}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} not in {}", path.display()))
        .to_string()
}

/// On the person page: a documentation consent, then its receipt for a client who reads
/// Turkish (or Arabic), saved where the system's dialog says; the PDF holds both languages.
async fn print_a_consent_receipt(h: &Harness, locale: &str) {
    h.select_value("consent-scope", "documentation").await;
    h.select_value("consent-form", "written").await;
    h.click("consent-give-submit").await;
    h.wait_testid_or_error("consent-row", "consent-error", UI)
        .await;
    let client = if locale == "ar" { "ar" } else { "tr" };
    h.select_value("consent-print-locale", client).await;
    let out = h.root().join(format!("Einwilligung {PSEUDONYM}.pdf"));
    let title = ftl(locale, "documents", "doc-consent-save-title");
    h.choose_in_dialog("consent-print", &title, out.to_str().unwrap(), true)
        .await;
    h.wait_row(&by_testid("consent-print-status"), &[PSEUDONYM], UI)
        .await;
    assert!(out.exists(), "no receipt at {}", out.display());
    let text = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(text.contains("Bestätigung Ihrer Einwilligung"), "{text}");
    assert!(text.contains(PSEUDONYM), "{text}");
    let translated = if client == "ar" {
        "تأكيد موافقتك"
    } else {
        "Onayınızın teyidi"
    };
    assert!(text.contains(translated), "{text}");
}
