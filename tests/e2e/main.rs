//! End-to-end tests of the Feldbuch desktop app, driven through `tauri-driver` + `WebKitWebDriver`.
//!
//! These tests are `#[ignore]`d because they need an X display (Xvfb), a D-Bus session with an
//! unlocked keyring, `tauri-driver` and `WebKitWebDriver`; `.ci/test` sets that up and runs them
//! with `--ignored`.
//!
//! Every test starts its own `tauri-driver` on a free port pair with fresh data, cache and config
//! directories (the app inherits tauri-driver's environment), so the tests are independent. They
//! still run one at a time (see [`serial`]): the keyring is shared and the machine is small.
//!
//! On a failed wait the panic message carries the page text, the focused element, the tail of the
//! tauri-driver/app log and the path of a screenshot, all stored under
//! `target/tmp/feldbuch-e2e/`.

#![allow(clippy::unwrap_used, clippy::expect_used)]
// The serialising mutex guard is held across `.await` on purpose: each test runs on its own
// runtime via `block_on`, and the guard only keeps the tests from running at the same time.
#![allow(clippy::await_holding_lock)]

mod a11y;
mod austausch;
mod berichte;
mod flows;
mod harness;
mod office;
mod proof;
mod week;
mod workflow;

use flows::*;
use harness::*;
use serde_json::json;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn first_start_keyboard_contact_rtl_restart_unlock() {
    let _serial = serial();
    // First start → setup → recovery key confirmed; a site to log contacts at.
    let mut h = ready_with_site("first_start").await;

    // Heute: log a contact with the keyboard only.
    open_heute(&h).await;
    let nav_heute_de = h.text_of("nav-heute").await;
    assert!(!nav_heute_de.trim().is_empty(), "`nav-heute` has no text");
    start_quick_entry(&h).await;
    // qe-kind and qe-outcome: keep the defaults; no person picked (anonymous contact).
    h.tab_to("qe-outcome").await;
    h.tab_to("qe-persons").await;
    h.tab_to("qe-anonymous").await;
    h.replace_focused("2").await;
    h.tab_to("qe-age-band").await;
    h.tab_to("qe-gender").await;
    tab_over_topics(&h, &["einsamkeit"]).await;
    // Tabbing over a chip must not toggle it.
    let wohnen = h.wait_testid("qe-topic-wohnen", QUICK).await;
    let wohnen_pressed = within(wohnen.attr("aria-pressed")).await.ok().flatten();
    assert_ne!(
        wohnen_pressed.as_deref(),
        Some("true"),
        "tabbing over `qe-topic-wohnen` must not press it"
    );
    h.replace_focused("25").await;
    h.tab_to("qe-follow-up").await;
    h.tab_to("qe-language").await;
    h.tab_to("qe-interpreter").await;
    h.tab_to("qe-note").await;
    let note = "Gespräch über Nachbarschaftsgarten 7Q";
    h.replace_focused(note).await;
    h.press(&ctrl_enter()).await;

    // Saved: the row is on Heute, the form is cleared and the focus is back on the site field.
    let row = h.wait_contact_row(&[SITE, note], UI).await;
    eprintln!("[first_start] contact row: {row:?}");
    h.wait_value("qe-site", "empty after saving", str::is_empty, UI)
        .await;
    h.wait_value("qe-note", "empty after saving", str::is_empty, UI)
        .await;
    h.expect_focus("qe-site").await;
    if let Some(status) = h.find_visible(&by_testid("qe-error")).await {
        let text = within(status.text()).await.unwrap_or_default();
        let msg = h
            .diagnose(&format!(
                "`qe-error` is shown after a successful save: {text:?}"
            ))
            .await;
        panic!("{msg}");
    }

    // Switch to Arabic: right-to-left, lang, translated navigation.
    h.click("nav-settings").await;
    h.select_value("settings-locale", "ar").await;
    h.wait_js("return document.documentElement.dir;", &json!("rtl"), UI)
        .await;
    h.wait_js("return document.documentElement.lang;", &json!("ar"), UI)
        .await;
    h.wait_until(UI, || async {
        let now = h.text_of("nav-heute").await;
        if !now.trim().is_empty() && now != nav_heute_de {
            Ok(())
        } else {
            Err(format!(
                "`nav-heute` still reads {now:?} after switching to ar (German: {nav_heute_de:?})"
            ))
        }
    })
    .await;

    // Quit and start again: locked; wrong passphrase fails; right one unlocks.
    h.restart_app().await;
    h.wait_testid("unlock-passphrase", SLOW).await;
    assert!(
        !h.is_visible("nav-heute").await,
        "the app must start locked"
    );
    assert_wrong_passphrase_rejected(&h, "falsches pferd batterie").await;
    unlock_with(&h, PASSPHRASE).await;

    // The contact survived the restart, and so did the locale.
    open_heute(&h).await;
    h.wait_contact_row(&[SITE, note], UI).await;
    h.wait_js("return document.documentElement.dir;", &json!("rtl"), UI)
        .await;
    h.wait_js("return document.documentElement.lang;", &json!("ar"), UI)
        .await;

    h.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn recovery_key_unlocks_and_sets_new_passphrase() {
    let _serial = serial();
    let mut h = Harness::start("recovery").await;
    h.open_session().await;

    let recovery_key = setup(&h, PASSPHRASE).await;
    let new_passphrase = "neues pferd neue batterie";

    // Lock, then unlock with the recovery key and set a new passphrase.
    h.click("lock-now").await;
    h.wait_testid("unlock-passphrase", UI).await;
    assert!(
        !h.is_visible("nav-heute").await,
        "`lock-now` must show the lock screen"
    );
    h.click("unlock-recovery-toggle").await;
    h.wait_testid("recovery-key-input", UI).await;
    h.fill("recovery-key-input", &recovery_key).await;
    h.fill("recovery-new-passphrase", new_passphrase).await;
    h.click("recovery-submit").await;
    // The used recovery key is replaced: the new one is shown once and must be confirmed.
    h.wait_testid_or_error("recovery-replaced", "unlock-error", SLOW)
        .await;
    let next_key = confirm_recovery_key(&h).await;
    assert_ne!(
        next_key, recovery_key,
        "the used recovery key must be replaced"
    );
    h.wait_testid("nav-heute", UI).await;

    // Lock again: the old passphrase no longer works, nor the old recovery key; the new
    // passphrase does.
    h.click("lock-now").await;
    h.wait_testid("unlock-passphrase", UI).await;
    assert_wrong_passphrase_rejected(&h, PASSPHRASE).await;
    h.click("unlock-recovery-toggle").await;
    h.wait_testid("recovery-key-input", UI).await;
    h.fill("recovery-key-input", &recovery_key).await;
    h.fill(
        "recovery-new-passphrase",
        "noch ein pferd noch eine batterie",
    )
    .await;
    h.click("recovery-submit").await;
    h.wait_testid("unlock-error", SLOW).await;
    h.click("unlock-recovery-toggle").await;
    h.wait_testid("unlock-passphrase", UI).await;
    unlock_with(&h, new_passphrase).await;

    h.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn quick_entry_rejects_bad_input_and_saves_nothing() {
    let _serial = serial();
    let h = ready_with_site("bad_input").await;
    open_heute(&h).await;
    h.assert_no_contact_rows("before any entry").await;

    // 1. A site name that matches no site.
    h.click("qe-site").await;
    h.expect_focus("qe-site").await;
    pick_site_by_keys(&h, "Gibtsnicht Zentrum").await;
    h.fill("qe-anonymous", "1").await;
    h.fill("qe-duration", "30").await;
    h.fill("qe-note", "darf nicht gespeichert werden X9").await;
    h.press(&ctrl_enter()).await;
    let err = h.wait_testid("qe-error", UI).await;
    let first_error = within(err.text()).await.unwrap_or_default();
    assert!(
        !first_error.trim().is_empty(),
        "`qe-error` is shown but empty (unknown site)"
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    h.assert_no_contact_rows("after saving with an unknown site")
        .await;

    // Mark the current error element, so that a new error can be told from the old one.
    let _ = within(h.c().execute(
        "document.querySelectorAll('[data-testid=\"qe-error\"]').forEach(e => e.setAttribute('data-e2e-stale', '1'));",
        vec![],
    ))
    .await;

    // 2. A valid site, but a duration far out of range.
    start_quick_entry(&h).await;
    h.fill("qe-anonymous", "1").await;
    h.fill("qe-duration", "100000").await;
    h.fill("qe-note", "darf nicht gespeichert werden X9").await;
    h.press(&ctrl_enter()).await;
    h.wait_until(UI, || async {
        let fresh = h
            .find_visible(&format!("{}:not([data-e2e-stale])", by_testid("qe-error")))
            .await;
        let mut changed = false;
        if let Some(el) = h.find_visible(&by_testid("qe-error")).await {
            let text = within(el.text()).await.unwrap_or_default();
            changed = !text.trim().is_empty() && text != first_error;
        }
        if fresh.is_some() || changed {
            Ok(())
        } else {
            Err(format!(
                "no new `qe-error` for duration 100000 (the earlier one said {first_error:?})"
            ))
        }
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    h.assert_no_contact_rows("after saving with duration 100000")
        .await;

    h.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn markup_in_a_note_stays_text_and_idle_app_locks_itself() {
    let _serial = serial();
    let h = ready_with_site("markup_autolock").await;
    open_heute(&h).await;

    // A note full of markup is saved and shown as the literal text, never as elements.
    let note =
        "<img src=x onerror=\"document.title='pwned'\"><b>fett</b><script>window.pwned=1</script>";
    start_quick_entry(&h).await;
    h.fill("qe-anonymous", "1").await;
    h.fill("qe-note", note).await;
    h.press(&ctrl_enter()).await;
    h.wait_contact_row(&[SITE, "<img src=x", "<b>fett</b>", "<script>"], UI)
        .await;
    let injected = within(h.c().execute(
        "const rows = document.querySelectorAll('[data-testid=\"contact-row\"]');
         let n = 0; rows.forEach(r => n += r.querySelectorAll('img, b, script').length);
         return [n, document.title === 'pwned' || window.pwned === 1];",
        vec![],
    ))
    .await
    .expect("script ran");
    assert_eq!(
        injected,
        json!([0, false]),
        "markup from a note became live elements"
    );

    // Auto-lock: one idle minute, then the store closes and the lock screen replaces everything.
    h.click("nav-settings").await;
    h.fill("settings-autolock", "1").await;
    h.click("settings-autolock-save").await;
    let started = Instant::now();
    h.wait_testid("unlock-passphrase", Duration::from_secs(120))
        .await;
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(50),
        "locked after {waited:?}, before the idle minute was over"
    );
    assert!(
        !h.is_visible("nav-heute").await,
        "unlocked screens still shown"
    );
    let rows = within(h.c().execute(
        "return document.querySelectorAll('[data-testid=\"contact-row\"], [data-testid=\"today-contacts\"]').length;",
        vec![],
    ))
    .await
    .expect("script ran");
    assert_eq!(
        rows,
        json!(0),
        "contact data still in the page after auto-lock"
    );

    // The data is still there after unlocking.
    unlock_with(&h, PASSPHRASE).await;
    open_heute(&h).await;
    h.wait_contact_row(&[SITE, "<b>fett</b>"], UI).await;

    h.finish().await;
}
