//! Steps several tests share: set-up, sites, Heute, unlocking.

use crate::harness::*;
use fantoccini::key::Key;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The topic chips of quick entry, in tab order.
pub(crate) const TOPICS: [&str; 10] = [
    "einsamkeit",
    "wohnen",
    "arbeit",
    "gesundheit",
    "finanzen",
    "familie",
    "sprache",
    "behoerden",
    "freizeit",
    "sonstiges",
];

// ---------------------------------------------------------------------------------------------
// Shared flows
// ---------------------------------------------------------------------------------------------

/// First start: fill the setup form, confirm the recovery key, end on the main screen.
/// Returns the recovery key as shown.
pub(crate) async fn setup(h: &Harness, passphrase: &str) -> String {
    setup_in(h, passphrase, "de").await
}

/// First start in `locale`: profile, passphrase, recovery key confirmed; returns the key.
pub(crate) async fn setup_in(h: &Harness, passphrase: &str, locale: &str) -> String {
    setup_as(h, passphrase, locale, "worker").await
}

/// First start in `locale` with `role` (worker, lead, volunteer).
pub(crate) async fn setup_as(h: &Harness, passphrase: &str, locale: &str, role: &str) -> String {
    submit_setup(h, passphrase, locale, role).await;
    confirm_recovery_key(h).await
}

/// First start, the form: ends when the recovery key is shown.
pub(crate) async fn submit_setup(h: &Harness, passphrase: &str, locale: &str, role: &str) {
    h.wait_testid("setup-locale", SLOW).await;
    h.select_value("setup-locale", locale).await;
    h.fill("setup-name", "Erika Muster").await;
    h.fill("setup-initials", "EM").await;
    h.fill("setup-team", "Nord").await;
    h.select_value("setup-role", role).await;
    h.fill("setup-passphrase", passphrase).await;
    h.fill("setup-passphrase-confirm", passphrase).await;
    h.click("setup-submit").await;

    h.wait_testid_or_error("recovery-key", "setup-error", SLOW)
        .await;
}

/// First start, the recovery key shown once: read it, confirm it, end on the main screen.
/// Returns the key.
pub(crate) async fn confirm_recovery_key(h: &Harness) -> String {
    let mut shown = h.text_of("recovery-key").await;
    if shown.trim().is_empty() {
        // Shown in a read-only field rather than as text.
        shown = h.value_of("recovery-key").await.unwrap_or_default();
    }
    // The key is the (longest) whitespace-free token with '-' separated groups.
    let key = shown
        .split_whitespace()
        .filter(|t| t.contains('-'))
        .max_by_key(|t| t.len())
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("`recovery-key` shows no dash-separated key: {shown:?}"));
    let last_group = key
        .rsplit('-')
        .next()
        .expect("rsplit yields at least one item")
        .to_owned();
    assert!(!last_group.is_empty(), "recovery key {key:?} ends with '-'");

    // The button must stay disabled until both confirmations are given.
    if let Some(done) = h.find_visible(&by_testid("recovery-done")).await {
        assert_eq!(
            within(done.is_enabled()).await.ok(),
            Some(false),
            "`recovery-done` must be disabled before the key is confirmed"
        );
    }
    h.fill("recovery-confirm-input", &last_group).await;
    h.click("recovery-confirm-checkbox").await;
    let done = h.wait_enabled("recovery-done", UI).await;
    if let Err(e) = within(done.click()).await {
        let msg = h
            .diagnose(&format!("clicking `recovery-done` failed: {e}"))
            .await;
        panic!("{msg}");
    }
    h.wait_testid("nav-heute", UI).await;
    key
}

/// A fresh app, set up in German, with the site [`SITE`].
pub(crate) async fn ready_with_site(name: &'static str) -> Harness {
    let mut h = Harness::start(name).await;
    h.open_session().await;
    setup(&h, PASSPHRASE).await;
    add_site(&h, SITE, "kita", Some("Nordend")).await;
    h
}

/// Add a site on the Sites screen and wait for its row.
pub(crate) async fn add_site(h: &Harness, name: &str, kind: &str, district: Option<&str>) {
    h.click("nav-sites").await;
    h.wait_testid("site-name", UI).await;
    h.fill("site-name", name).await;
    h.select_value("site-kind", kind).await;
    if let Some(district) = district {
        h.fill("site-district", district).await;
    }
    h.click("site-add").await;
    let error = h
        .wait_until(UI, || async {
            let rows = h.texts(&by_testid("site-row")).await?;
            if rows.iter().any(|r| r.contains(name)) {
                return Ok(None);
            }
            if let Some(err) = h.find_visible(&by_testid("site-error")).await {
                return Ok(Some(within(err.text()).await.unwrap_or_default()));
            }
            Err(format!("no `site-row` with {name:?}; rows: {rows:?}"))
        })
        .await;
    if let Some(text) = error {
        let msg = h
            .diagnose(&format!(
                "adding site {name:?} failed: `site-error` says {text:?}"
            ))
            .await;
        panic!("{msg}");
    }
}

/// Go to Heute and wait for the quick-entry form.
pub(crate) async fn open_heute(h: &Harness) {
    h.click("nav-heute").await;
    h.wait_testid("qe-site", UI).await;
}

/// Click into `qe-site` (the only mouse action of quick entry), pick [`SITE`] by typing part of
/// its name, and check it was picked; the focus is then on `qe-kind`.
pub(crate) async fn start_quick_entry(h: &Harness) {
    h.click("qe-site").await;
    h.expect_focus("qe-site").await;
    pick_site_by_keys(h, "Sonne").await;
    h.wait_value(
        "qe-site",
        &format!("the picked site {SITE:?}"),
        |v| v.contains(SITE),
        QUICK,
    )
    .await;
}

/// Type into the `qe-site` combobox and pick the first match with Tab (focus then on `qe-kind`).
pub(crate) async fn pick_site_by_keys(h: &Harness, typed: &str) {
    h.replace_focused(typed).await;
    // Let the combobox filter its list before Tab picks the first match.
    tokio::time::sleep(Duration::from_millis(500)).await;
    h.tab_to("qe-kind").await;
}

/// On the lock screen: type a passphrase into `unlock-passphrase` and press Enter.
pub(crate) async fn type_passphrase_and_enter(h: &Harness, passphrase: &str) {
    h.fill("unlock-passphrase", passphrase).await;
    h.press(&enter()).await;
}

/// Wrong passphrase: `unlock-error` appears and the app stays locked.
pub(crate) async fn assert_wrong_passphrase_rejected(h: &Harness, wrong: &str) {
    type_passphrase_and_enter(h, wrong).await;
    let err = h.wait_testid("unlock-error", SLOW).await;
    let text = within(err.text()).await.unwrap_or_default();
    assert!(!text.trim().is_empty(), "`unlock-error` is shown but empty");
    // Give a (wrong) unlock a moment to switch screens, then check we are still locked.
    tokio::time::sleep(Duration::from_millis(500)).await;
    if h.is_visible("nav-heute").await || !h.is_visible("unlock-passphrase").await {
        let msg = h
            .diagnose(&format!(
                "after the wrong passphrase {wrong:?} the app must stay locked"
            ))
            .await;
        panic!("{msg}");
    }
}

/// Right passphrase: the main screen (navigation) appears.
pub(crate) async fn unlock_with(h: &Harness, passphrase: &str) {
    type_passphrase_and_enter(h, passphrase).await;
    h.wait_testid("nav-heute", SLOW).await;
    assert!(
        !h.is_visible("unlock-passphrase").await,
        "still on the lock screen after unlocking"
    );
}

/// From `qe-gender`, Tab past the button that adds a group of anonymous people into the topics,
/// walk them with Arrow Down pressing Space on `pressed`, and Tab on to `qe-duration`.
pub(crate) async fn tab_over_topics(h: &Harness, pressed: &[&str]) {
    h.tab_to("qe-group-add").await;
    // The topics are one Tab stop (a toolbar); Arrow Down moves to the next in either direction.
    for (i, topic) in TOPICS.iter().enumerate() {
        let id = format!("qe-topic-{topic}");
        if i == 0 {
            h.tab_to(&id).await;
        } else {
            h.press(&keys(&[Key::Down])).await;
            h.expect_focus(&id).await;
        }
        if pressed.contains(topic) {
            h.press(&keys(&[Key::Space])).await;
            h.wait_attr(&id, "aria-pressed", "true", QUICK).await;
        }
    }
    h.tab_to("qe-duration").await;
}

/// In the focused person picker `picker`: type, wait for `pseudonym` among the options, take it
/// with Enter and wait for its chip.
pub(crate) async fn pick_person_by_keys(h: &Harness, picker: &str, typed: &str, pseudonym: &str) {
    h.press(typed).await;
    h.wait_row(&by_testid(&format!("{picker}-option")), &[pseudonym], UI)
        .await;
    h.press(&enter()).await;
    h.wait_row(&by_testid(&format!("{picker}-chip")), &[pseudonym], UI)
        .await;
}

/// The CLI binary beside the app binary (the test command builds the whole workspace).
pub(crate) fn cli() -> PathBuf {
    let path = Path::new(APP).with_file_name("feldbuch");
    assert!(
        path.exists(),
        "{} is missing: build the workspace first (cargo build --workspace)",
        path.display()
    );
    path
}

pub(crate) fn feldbuch(h: &Harness, args: &[&str]) -> String {
    let out = Command::new(cli())
        .arg("--data-dir")
        .arg(h.data_dir())
        .args(args)
        .env("FELDBUCH_PASSPHRASE", PASSPHRASE)
        .env("TMPDIR", h.root().join("tmp"))
        .output()
        .expect("run the feldbuch CLI");
    assert!(
        out.status.success(),
        "feldbuch {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
