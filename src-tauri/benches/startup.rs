//! Start-up and memory of the real app (release build) with a store of a million contacts, under
//! Xvfb, driven through tauri-driver like the end-to-end tests (`tests/e2e/harness.rs`):
//!
//! - **to the lock screen**: from asking WebDriver for a new session (which starts the app) until
//!   the passphrase field is there: the first interactive screen;
//! - **unlock to Heute**: from Enter on the passphrase until Heute's quick entry is there (key
//!   derivation, opening the store, the Heute query, rendering), on the day's first unlock: the
//!   regular backups are removed before each run, so the day's backup is due and starts (in the
//!   background) at every unlock measured;
//!   The same path is also timed inside the page (Enter to the quick entry drawn, and to Heute's
//!   first contact rows drawn, with each IPC request on the way), which has no WebDriver polling;
//! - **memory**: PSS and RSS summed over the app's process and every process under it (WebKit's
//!   web and network processes), from `/proc/<pid>/smaps_rollup`, at the lock screen and on Heute.
//!
//! Run through `.ci/bench-startup` (Xvfb, keyring, the release CLI to seed the store).
//! `FELDBUCH_BENCH_CONTACTS` (default 1,000,000), `FELDBUCH_BENCH_RUNS` (default 5).

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

#[path = "../../tests/e2e/harness.rs"]
mod harness;

use harness::*;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn cli(data: &Path, args: &[&str]) {
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
}

/// The process and all its descendants.
fn tree(roots: &[u32]) -> Vec<u32> {
    let mut all: Vec<u32> = roots.to_vec();
    loop {
        let mut added = false;
        for pid in all_pids() {
            if all.contains(&pid) {
                continue;
            }
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            // The parent is the second field after the command name in parentheses.
            let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
            let ppid: u32 = after
                .split_whitespace()
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            if all.contains(&ppid) {
                all.push(pid);
                added = true;
            }
        }
        if !added {
            return all;
        }
    }
}

/// (PSS, RSS) in MiB summed over `pids`, and each process as "name PSS".
fn memory(pids: &[u32]) -> (f64, f64, Vec<String>) {
    let (mut pss, mut rss) = (0u64, 0u64);
    let mut names = Vec::new();
    for pid in pids {
        let before = pss;
        let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
            continue;
        };
        for line in text.lines() {
            let mut parts = line.split_whitespace();
            let (Some(key), Some(kb)) = (parts.next(), parts.next()) else {
                continue;
            };
            let kb: u64 = kb.parse().unwrap_or(0);
            match key {
                "Pss:" => pss += kb,
                "Rss:" => rss += kb,
                _ => {}
            }
        }
        if let Ok(comm) = std::fs::read_to_string(format!("/proc/{pid}/comm")) {
            names.push(format!(
                "{} {:.0} MiB",
                comm.trim(),
                (pss - before) as f64 / 1024.0
            ));
        }
    }
    (pss as f64 / 1024.0, rss as f64 / 1024.0, names)
}

/// Installed in the page before Enter: times, by the page's own clock, from Enter to the quick
/// entry being in the DOM and drawn (two animation frames later) and to Heute's first contact
/// row; and each IPC request (its resource timing where WebKit keeps one, else a wrapped
/// `fetch`). No WebDriver polling is in these figures.
const PROBE: &str = r#"
const fb = (window.__fbProbe = { ipc: [] });
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && fb.enter === undefined) fb.enter = performance.now();
}, true);
const realFetch = window.fetch;
window.fetch = function (input, init) {
  const url = String(input && input.url ? input.url : input);
  const t0 = performance.now();
  const p = realFetch.call(this, input, init);
  const done = () => fb.ipc.push([url, t0, performance.now()]);
  p.then(done, done);
  return p;
};
fb.frames = [];
const tick = () => {
  if (fb.enter !== undefined) fb.frames.push(performance.now());
  if (fb.rowsDrawn === undefined) requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
const seen = (name, css) => {
  if (fb[name] === undefined && document.querySelector(css)) {
    fb[name] = performance.now();
    // Style and layout of what is there now, forced here to time them apart from drawing.
    document.body.getBoundingClientRect();
    fb[name + 'Layout'] = performance.now() - fb[name];
    requestAnimationFrame(() => requestAnimationFrame(() => { fb[name + 'Drawn'] = performance.now(); }));
  }
};
new MutationObserver(() => {
  seen('quick', '[data-testid="qe-site"]');
  seen('rows', '[data-testid="contact-row"]');
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
return true;
"#;

/// What the probe saw, in ms after Enter: (quick entry drawn, first rows drawn, timeline text).
async fn probe_result(h: &Harness) -> (f64, f64, String) {
    let script = r#"
const fb = window.__fbProbe;
if (!fb || fb.enter === undefined || fb.quickDrawn === undefined || fb.rowsDrawn === undefined) return null;
const rel = (t) => Math.round((t - fb.enter) * 10) / 10;
const res = performance.getEntriesByType('resource')
  .filter((e) => e.startTime >= fb.enter && !e.name.startsWith('tauri:'))
  .map((e) => [e.name, e.startTime, e.responseEnd]);
const ipc = (fb.ipc.length ? fb.ipc : res)
  .map(([u, a, b]) => `${u.replace(/^.*\/\/[^/]*\//, '').replace(/\?.*$/, '')} ${rel(a)}–${rel(b)}`);
const gaps = [];
let last = fb.enter;
for (const f of fb.frames) { if (f - last > 40) gaps.push(`${rel(last)}–${rel(f)}`); last = f; }
return {
  quick: rel(fb.quickDrawn), rows: rel(fb.rowsDrawn),
  text: `quick entry in DOM ${rel(fb.quick)} (style and layout ${Math.round(fb.quickLayout)} ms), drawn ${rel(fb.quickDrawn)}; first rows in DOM ${rel(fb.rows)} (style and layout ${Math.round(fb.rowsLayout)} ms), drawn ${rel(fb.rowsDrawn)}; IPC ${ipc.join(', ')}; no frame for more than 40 ms: ${gaps.join(', ')}`,
};
"#;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(v) = h.c().execute(script, vec![]).await {
            if let (Some(q), Some(r), Some(t)) =
                (v["quick"].as_f64(), v["rows"].as_f64(), v["text"].as_str())
            {
                return (q, r, t.to_string());
            }
        }
        assert!(Instant::now() < deadline, "the page probe saw no Heute");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes --bench; nothing else is read from the command line.
    let contacts = env_u64("FELDBUCH_BENCH_CONTACTS", 1_000_000);
    let runs = env_u64("FELDBUCH_BENCH_RUNS", 5);
    let mut h = Harness::start("bench-startup").await;
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
            "5000",
            "--years",
            "3",
        ],
    );
    cli(&data, &["verify"]);
    let store_bytes = std::fs::metadata(data.join("feldbuch.db")).unwrap().len();
    eprintln!(
        "seeded {contacts} contacts in {:.0} s, store {:.0} MiB",
        seeded.elapsed().as_secs_f64(),
        store_bytes as f64 / 1048576.0
    );

    let (mut to_lock, mut to_heute) = (Vec::new(), Vec::new());
    let (mut pss_lock, mut rss_lock, mut pss_heute, mut rss_heute) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut pss_backup = Vec::new();
    let (mut in_page_quick, mut in_page_rows) = (Vec::new(), Vec::new());
    let mut processes = Vec::new();
    for run in 0..runs {
        // Every measured unlock is the day's first: no scheduled or manual backup is there.
        for e in std::fs::read_dir(data.join("backups"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("scheduled-") || name.starts_with("manual-") {
                std::fs::remove_file(e.path()).unwrap();
            }
        }
        let t = Instant::now();
        h.open_session().await;
        h.wait_testid("unlock-passphrase", SLOW).await;
        to_lock.push(t.elapsed().as_secs_f64() * 1000.0);
        tokio::time::sleep(Duration::from_secs(2)).await;
        let (p, r, _) = memory(&tree(&app_pids(&data)));
        pss_lock.push(p);
        rss_lock.push(r);

        h.fill("unlock-passphrase", PASSPHRASE).await;
        h.c().execute(PROBE, vec![]).await.unwrap();
        let t = Instant::now();
        h.press(&enter()).await;
        h.wait_testid("qe-site", SLOW).await;
        to_heute.push(t.elapsed().as_secs_f64() * 1000.0);
        let (quick, rows, timeline) = probe_result(&h).await;
        in_page_quick.push(quick);
        in_page_rows.push(rows);
        eprintln!("run {run}: in the page, after Enter: {timeline}");
        tokio::time::sleep(Duration::from_secs(2)).await;
        let (p, r, names) = memory(&tree(&app_pids(&data)));
        pss_heute.push(p);
        rss_heute.push(r);
        processes = names.clone();
        // The day's backup starts 5 s after the unlock and takes seconds at a million contacts.
        tokio::time::sleep(Duration::from_secs(6)).await;
        let (p, _, during) = memory(&tree(&app_pids(&data)));
        pss_backup.push(p);
        eprintln!(
            "run {run}: PSS while the day's backup runs {p:.0} MiB ({})",
            during.join(", ")
        );
        eprintln!(
            "run {run}: lock screen {:.0} ms, unlock to Heute {:.0} ms, PSS {:.0}/{:.0} MiB ({})",
            to_lock[run as usize],
            to_heute[run as usize],
            pss_lock[run as usize],
            p,
            names.join(", ")
        );
        h.close_session().await;
    }
    println!(
        "| contacts | store | to the lock screen (median of {runs}) | unlock to Heute (day's first unlock, median) | PSS at lock / on Heute | RSS at lock / on Heute | PSS per process on Heute (last run) |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---|");
    println!(
        "| {contacts} | {:.0} MiB | {:.0} ms (min {:.0}, max {:.0}) | {:.0} ms (min {:.0}, max {:.0}) | {:.0} / {:.0} MiB | {:.0} / {:.0} MiB | {} |",
        store_bytes as f64 / 1048576.0,
        median(&mut to_lock.clone()),
        to_lock.iter().copied().fold(f64::MAX, f64::min),
        to_lock.iter().copied().fold(0.0, f64::max),
        median(&mut to_heute.clone()),
        to_heute.iter().copied().fold(f64::MAX, f64::min),
        to_heute.iter().copied().fold(0.0, f64::max),
        median(&mut pss_lock),
        median(&mut pss_heute),
        median(&mut rss_lock),
        median(&mut rss_heute),
        processes.join(", ")
    );
    println!(
        "\nIn the page (its own clock, no WebDriver polling), Enter to the quick entry drawn: {:.0} ms median (min {:.0}, max {:.0}); to Heute's first contact rows drawn: {:.0} ms median (min {:.0}, max {:.0})",
        median(&mut in_page_quick.clone()),
        in_page_quick.iter().copied().fold(f64::MAX, f64::min),
        in_page_quick.iter().copied().fold(0.0, f64::max),
        median(&mut in_page_rows.clone()),
        in_page_rows.iter().copied().fold(f64::MAX, f64::min),
        in_page_rows.iter().copied().fold(0.0, f64::max),
    );
    println!(
        "\nPSS while the day's backup runs (8 s after Heute, median of {runs}): {:.0} MiB",
        median(&mut pss_backup)
    );
    h.finish().await;
}
