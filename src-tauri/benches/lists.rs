//! The lists a worker opens all day, at a million contacts, through the real window (release
//! build, Xvfb, tauri-driver like the end-to-end tests):
//!
//! - **journal**: Verlauf from the navigation to its first page painted;
//! - **person**: a person with some 1,200 contacts, from the click on the search result to the
//!   timeline painted;
//! - **site**: a site's page (its visits and contacts per month) from the click to painted.
//!
//! Each is timed by the page's own clock (a click listener in the capture phase to the list's
//! rows in the DOM and two animation frames later, so drawn) and, beside it, by WebDriver (from
//! sending the click command to the answer of one asynchronous script that waits for the rows and
//! two animation frames: the round trips of the real driver, without polling). 20 clicks each;
//! median and p95 reported.
//!
//! Run through `.ci/bench-lists` (Xvfb, keyring, the release CLI to seed the store).
//! `FELDBUCH_BENCH_CONTACTS` (default 1,000,000), `FELDBUCH_BENCH_CLICKS` (default 20).

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

#[path = "../../tests/e2e/harness.rs"]
mod harness;

use harness::*;
use serde_json::json;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn cli(data: &Path, args: &[&str]) -> String {
    let cli = Path::new(APP).with_file_name("feldbuch");
    let out = Command::new(&cli)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("FELDBUCH_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", cli.display()));
    assert!(
        out.status.success(),
        "feldbuch {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Installed once: `window.__fbArm(css)` arms a measurement; the next click (capture phase)
/// starts it; the first moment `css` matches after that, plus two animation frames, ends it.
/// `window.__fbTaken()` answers the milliseconds, or null while not done.
const PROBE: &str = r#"
const fb = (window.__fbLists = window.__fbLists || {});
if (!fb.installed) {
  fb.installed = true;
  document.addEventListener('click', () => {
    if (fb.want && fb.t0 === undefined) fb.t0 = performance.now();
  }, true);
  new MutationObserver(() => {
    if (fb.want && fb.t0 !== undefined && fb.seen === undefined && document.querySelector(fb.want)) {
      fb.seen = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { fb.taken = performance.now() - fb.t0; }));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.__fbArm = (css) => { fb.want = css; fb.t0 = undefined; fb.seen = undefined; fb.taken = undefined; };
  window.__fbTaken = () => (fb.taken === undefined ? null : fb.taken);
}
return true;
"#;

/// One asynchronous script: answers once `css` matches and two animation frames have passed
/// (so the list is drawn) – WebDriver's view of "painted" without polling.
const PAINTED: &str = r#"
const [css, done] = arguments;
const drawn = () => requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
if (document.querySelector(css)) { drawn(); return; }
const seen = new MutationObserver(() => {
  if (document.querySelector(css)) { seen.disconnect(); drawn(); }
});
seen.observe(document.documentElement, { childList: true, subtree: true });
"#;

async fn arm(h: &Harness, css: &str) {
    h.c().execute(PROBE, vec![]).await.unwrap();
    h.c()
        .execute(
            "window.__fbArm(arguments[0]); return true;",
            vec![json!(css)],
        )
        .await
        .unwrap();
}

/// Click `testid` (the armed measurement starts), wait for `css`; (in-page ms, WebDriver ms).
async fn timed_click(h: &Harness, testid: &str, css: &str) -> (f64, f64) {
    arm(h, css).await;
    let el = h.wait_testid(testid, UI).await;
    let t = Instant::now();
    el.click().await.unwrap();
    h.c()
        .execute_async(PAINTED, vec![json!(css)])
        .await
        .unwrap();
    let driver = t.elapsed().as_secs_f64() * 1000.0;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = h
            .c()
            .execute("return window.__fbTaken();", vec![])
            .await
            .unwrap();
        if let Some(ms) = v.as_f64() {
            return (ms, driver);
        }
        assert!(Instant::now() < deadline, "no measurement for {css}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// WebDriver's own share: the same two commands as [`timed_click`] (a click, then the script
/// that waits two animation frames) for a click that changes nothing (the page's heading).
async fn driver_floor(h: &Harness) -> f64 {
    let el = h.wait_for("main h1", UI).await;
    let t = Instant::now();
    el.click().await.unwrap();
    h.c()
        .execute_async(PAINTED, vec![json!("main h1")])
        .await
        .unwrap();
    t.elapsed().as_secs_f64() * 1000.0
}

fn quantiles(v: &[f64]) -> (f64, f64) {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let at = |q: f64| s[((s.len() as f64 * q).ceil() as usize).clamp(1, s.len()) - 1];
    (at(0.5), at(0.95))
}

#[tokio::main]
async fn main() {
    let contacts = env_u64("FELDBUCH_BENCH_CONTACTS", 1_000_000);
    let clicks = env_u64("FELDBUCH_BENCH_CLICKS", 20);
    let mut h = Harness::start("bench-lists").await;
    let data = h.data_dir().to_path_buf();
    let seeded = Instant::now();
    cli(
        &data,
        &["init", "--name", "Bench Worker", "--initials", "BW"],
    );
    cli(
        &data,
        &[
            "seed",
            "--yes",
            "--contacts",
            &contacts.to_string(),
            "--sites",
            "40",
            "--persons",
            "500",
            "--years",
            "3",
        ],
    );
    eprintln!(
        "seeded {contacts} contacts in {:.0} s",
        seeded.elapsed().as_secs_f64()
    );
    // The person the bench opens: the first by pseudonym, and how many contacts reached them.
    let persons: serde_json::Value =
        serde_json::from_str(&cli(&data, &["person", "list", "--json"])).unwrap();
    let first = persons
        .as_array()
        .unwrap()
        .iter()
        .min_by_key(|p| p["pseudonym"].as_str().unwrap_or("").to_string())
        .unwrap()
        .clone();
    let pseudonym = first["pseudonym"].as_str().unwrap().to_string();
    let pid = first["id"].as_str().unwrap().to_string();
    let page: serde_json::Value =
        serde_json::from_str(&cli(&data, &["person", "show", &pid, "--json"])).unwrap();
    let person_contacts = page["contacts"].as_array().map_or(0, Vec::len);

    h.open_session().await;
    h.fill("unlock-passphrase", PASSPHRASE).await;
    h.press(&enter()).await;
    h.wait_testid("qe-site", SLOW).await;

    let (mut journal_page, mut journal_driver) = (vec![], vec![]);
    let (mut person_page, mut person_driver) = (vec![], vec![]);
    let (mut site_page, mut site_driver) = (vec![], vec![]);
    let mut floor = vec![];
    let mut timeline_rows = 0;
    for i in 0..clicks {
        // Verlauf's first page, from Heute.
        h.click("nav-heute").await;
        h.wait_testid("qe-site", UI).await;
        let (page, driver) = timed_click(&h, "nav-journal", &by_testid("journal-entry")).await;
        journal_page.push(page);
        journal_driver.push(driver);

        // A person's page with their whole timeline.
        h.click("nav-persons").await;
        h.fill("persons-search-text", &pseudonym).await;
        h.click("persons-search-submit").await;
        h.wait_testid("person-result", UI).await;
        let (page, driver) = timed_click(&h, "person-result", &by_testid("timeline-contact")).await;
        person_page.push(page);
        person_driver.push(driver);
        timeline_rows = h
            .texts(&by_testid("timeline-contact"))
            .await
            .map_or(0, |t| t.len());

        // A site's page: its visits and contacts per month.
        h.click("nav-sites").await;
        h.wait_testid("site-open", UI).await;
        let (page, driver) = timed_click(&h, "site-open", &by_testid("site-month")).await;
        site_page.push(page);
        site_driver.push(driver);
        floor.push(driver_floor(&h).await);
        eprintln!(
            "click {i}: journal {:.0}/{:.0} ms, person {:.0}/{:.0} ms, site {:.0}/{:.0} ms (in page/WebDriver), WebDriver alone {:.0} ms",
            journal_page[i as usize],
            journal_driver[i as usize],
            person_page[i as usize],
            person_driver[i as usize],
            site_page[i as usize],
            site_driver[i as usize],
            floor[i as usize]
        );
    }
    println!(
        "| list at {contacts} contacts | in the page: median / p95 | through WebDriver: median / p95 |"
    );
    println!("|---|---:|---:|");
    for (name, page, driver) in [
        ("Verlauf, first page", &journal_page, &journal_driver),
        (
            &*format!("a person's page ({person_contacts} contacts, {timeline_rows} rows drawn)"),
            &person_page,
            &person_driver,
        ),
        (
            "a site's page (visits, contacts per month)",
            &site_page,
            &site_driver,
        ),
    ] {
        let (pm, p95) = quantiles(page);
        let (dm, d95) = quantiles(driver);
        println!("| {name} | {pm:.0} / {p95:.0} ms | {dm:.0} / {d95:.0} ms |");
    }
    let (fm, f95) = quantiles(&floor);
    println!("| WebDriver alone (a click that changes nothing, two frames) | – | {fm:.0} / {f95:.0} ms |");
    h.close_session().await;
    h.finish().await;
}
