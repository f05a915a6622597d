//! Issue 5's proofs in the real window:
//! - every text field is fed script and markup: through the app's forms (site, district, quick
//!   entry note, pseudonym), through the CLI into every other text field the product has
//!   (partner, person, real name and contact data, notes, follow-up, referral, activity), and
//!   typed into every visible text field of every screen; on every screen nothing of it becomes
//!   an element or runs;
//! - after that scripted day, an export, a backup and quitting, no marker of that text appears in
//!   any file under the data, cache, config, home and temp folders, the web view's own storage,
//!   the app's log or the exported bundle (searched as UTF-8 and UTF-16).

use crate::flows::*;
use crate::harness::*;
use fantoccini::Locator;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Markup that would become elements (`data-xss`, `img[src=x]`) or run (`__xss`) if any screen
/// put it into the page as HTML. `marker` makes each field's text findable.
/// Within 80 characters (a district's limit).
fn payload(marker: &str) -> String {
    format!("\"'><svg data-xss onload=__xss=2><img src=x onerror=__xss=1>{marker}")
}

/// For the long texts (notes): a script element too.
fn note_payload(marker: &str) -> String {
    format!("{}<script>__xss=3</script>", payload(marker))
}

/// The same within 40 characters (a pseudonym's limit).
fn short_payload(marker: &str) -> String {
    format!("<img src=x onerror=__xss=1>{marker}")
}

fn marker(n: u32) -> String {
    format!("Zedernholz{n:02}")
}

async fn assert_nothing_injected(h: &Harness, screen: &str) {
    let found = within(h.c().execute(
        "return [document.querySelectorAll('[data-xss], img[src=\"x\"], svg[data-xss]').length,
                 typeof window.__xss];",
        vec![],
    ))
    .await
    .expect("script ran");
    if found != json!([0, "undefined"]) {
        let msg = h
            .diagnose(&format!("{screen}: markup became elements or ran: {found}"))
            .await;
        panic!("{msg}");
    }
}

/// Type a payload into every visible, enabled text field of the screen (no Enter: nothing is
/// submitted), then check nothing of it became live.
async fn type_into_every_text_field(h: &Harness, screen: &str, n: u32) -> usize {
    let fields = within(h.c().find_all(Locator::Css(
        "input:not([type]), input[type=text], input[type=search], textarea",
    )))
    .await
    .expect("find text fields");
    let mut typed = 0;
    for f in fields {
        let usable = within(f.is_displayed()).await.unwrap_or(false)
            && within(f.is_enabled()).await.unwrap_or(false);
        if usable && within(f.send_keys(&note_payload(&marker(n)))).await.is_ok() {
            typed += 1;
        }
    }
    assert_nothing_injected(h, &format!("{screen} after typing into {typed} fields")).await;
    typed
}

async fn page_has(h: &Harness, screen: &str, markers: &[u32]) {
    for m in markers {
        let text = marker(*m);
        h.wait_until(UI, || async {
            // What is shown: the text, and what the fields hold (a real name is edited in one).
            let page = within(h.c().execute(
                "return document.body.innerText + ' ' + Array.from(
                   document.querySelectorAll('input, textarea')).map(e => e.value).join(' ');",
                vec![],
            ))
            .await
            .map_err(|e| e.to_string())?;
            if page.as_str().unwrap_or_default().contains(&text) {
                Ok(())
            } else {
                Err(format!("{screen}: {text} is not shown"))
            }
        })
        .await;
    }
}

fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}

fn id_of(json_text: &str) -> String {
    let v: Value = serde_json::from_str(json_text).expect("JSON from the CLI");
    v["id"].as_str().expect("an id").to_string()
}

/// Every file under `dir` (symlinks not followed).
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_dir() {
            files_under(&e.path(), out);
        } else if kind.is_file() {
            out.push(e.path());
        }
    }
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn markup_everywhere_stays_text_and_a_day_leaves_no_plaintext() {
    let _serial = serial();
    let mut h = ready_with_site("proof").await;

    // Through the app's own forms.
    let site = payload(&marker(1));
    add_site(&h, &site, "kita", Some(&payload(&marker(2)))).await;
    open_heute(&h).await;
    start_quick_entry(&h).await;
    h.fill("qe-anonymous", "1").await;
    h.fill("qe-note", &note_payload(&marker(3))).await;
    h.press(&ctrl_enter()).await;
    h.wait_contact_row(&[SITE, &marker(3)], UI).await;
    h.click("nav-persons").await;
    h.fill("person-new-pseudonym", &short_payload(&marker(4)))
        .await;
    h.click("person-new-submit").await;
    h.wait_testid("person-page", UI).await;

    // Through the CLI, into every other text field.
    feldbuch(
        &h,
        &[
            "partner",
            "add",
            "--name",
            &payload(&marker(5)),
            "--kind",
            "verein",
            "--district",
            &payload(&marker(6)),
            "--address",
            &payload(&marker(7)),
            "--contact-person",
            &payload(&marker(8)),
            "--service",
            &payload(&marker(9)),
        ],
    );
    let person = id_of(&feldbuch(
        &h,
        &[
            "person",
            "add",
            "--pseudonym",
            &short_payload(&marker(10)),
            "--district",
            &payload(&marker(11)),
            "--json",
        ],
    ));
    feldbuch(
        &h,
        &[
            "consent",
            "give",
            &person,
            "--scope",
            "documentation",
            "--form",
            "written",
        ],
    );
    feldbuch(
        &h,
        &[
            "person",
            "edit",
            &person,
            "--real-name",
            &payload(&marker(12)),
            "--contact-info",
            &payload(&marker(13)),
        ],
    );
    feldbuch(
        &h,
        &[
            "contact",
            "add",
            "--site",
            &site,
            "--kind",
            "beratung",
            "--anonymous",
            "1",
            "--person",
            &person,
            "--note",
            &note_payload(&marker(14)),
        ],
    );
    feldbuch(
        &h,
        &[
            "followup",
            "add",
            "--due",
            &today(),
            "--what",
            &payload(&marker(15)),
            "--person",
            &person,
        ],
    );
    feldbuch(
        &h,
        &[
            "referral",
            "add",
            "--partner",
            &payload(&marker(5)),
            "--service",
            &payload(&marker(9)),
            "--person",
            &person,
            "--note",
            &note_payload(&marker(16)),
        ],
    );
    feldbuch(
        &h,
        &[
            "activity",
            "add",
            "--kind",
            "repair-cafe",
            "--title",
            &payload(&marker(17)),
            "--note",
            &note_payload(&marker(18)),
            "--site",
            &site,
            "--person",
            &person,
        ],
    );

    // Every screen shows that text as text, and nothing of it runs.
    let mut typed = 0;
    h.click("nav-heute").await;
    page_has(&h, "Heute", &[3, 14, 15]).await;
    assert_nothing_injected(&h, "Heute").await;
    typed += type_into_every_text_field(&h, "Heute", 20).await;

    h.click("nav-sites").await;
    page_has(&h, "Einsatzorte", &[1, 2, 5]).await;
    assert_nothing_injected(&h, "Einsatzorte").await;
    typed += type_into_every_text_field(&h, "Einsatzorte", 21).await;

    h.click("nav-persons").await;
    h.fill("persons-search-text", "Zedernholz10").await;
    h.click("persons-search-submit").await;
    h.wait_row(&by_testid("person-result"), &[&marker(10)], UI)
        .await;
    assert_nothing_injected(&h, "Personen (results)").await;
    let result = h.wait_for(&by_testid("person-result"), UI).await;
    within(result.click()).await.expect("open the person");
    h.wait_testid("person-page", UI).await;
    page_has(&h, "Person page", &[10, 11, 12, 13, 14, 15, 16]).await;
    assert_nothing_injected(&h, "Person page").await;
    typed += type_into_every_text_field(&h, "Person page", 22).await;

    h.click("nav-activities").await;
    page_has(&h, "Gruppenangebote", &[17]).await;
    assert_nothing_injected(&h, "Gruppenangebote").await;
    typed += type_into_every_text_field(&h, "Gruppenangebote", 23).await;

    for (nav, screen, n) in [
        ("nav-austausch", "Austausch", 24),
        ("nav-reports", "Berichte", 25),
        ("nav-settings", "Einstellungen", 26),
    ] {
        h.click(nav).await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_nothing_injected(&h, screen).await;
        typed += type_into_every_text_field(&h, screen, n).await;
    }
    assert!(typed >= 15, "only {typed} text fields were typed into");

    // The rest of the day: an export and a backup; then quit.
    let key = h.root().join("office-key.txt");
    let outbox = h.root().join("outbox");
    std::fs::create_dir_all(&outbox).expect("outbox");
    feldbuch(
        &h,
        &["office", "init", "--out", key.to_str().expect("path")],
    );
    feldbuch(&h, &["office", "key", key.to_str().expect("path")]);
    feldbuch(&h, &["export", "notes", "on"]);
    feldbuch(&h, &["export", "folder", outbox.to_str().expect("path")]);
    feldbuch(&h, &["export"]);
    feldbuch(&h, &["backup", "now"]);
    h.close_session().await;

    // No marker in any file.
    let mut files = Vec::new();
    files_under(h.root(), &mut files);
    if let Some(data_home) = std::env::var_os("XDG_DATA_HOME") {
        files_under(
            &PathBuf::from(data_home).join("de.feldbuch.app"),
            &mut files,
        );
    }
    files.push(h.log_path().to_path_buf());
    let bundles = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "age"))
        .count();
    assert_eq!(bundles, 1, "the export is among the files scanned");
    assert!(
        files
            .iter()
            .any(|f| f.starts_with(h.root().join("data/backups"))),
        "the backups are among the files scanned"
    );
    let mut found = Vec::new();
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        for n in 1..=26 {
            let m = marker(n);
            if contains(&bytes, m.as_bytes()) || contains(&bytes, &utf16(&m)) {
                found.push(format!("{m} in {}", f.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "plaintext on disk after the day ({} files scanned): {found:#?}",
        files.len()
    );
    eprintln!("plaintext scan: {} files, no marker", files.len());
    h.finish().await;
}
