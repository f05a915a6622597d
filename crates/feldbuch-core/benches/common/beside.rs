//! What the worker does while long work runs on another connection: log a contact (committed
//! with synchronous=FULL, so durable when it returns), look at Heute, search the notes. Each is
//! timed on the session's own connection, every `period`, for as long as `running` says.

use feldbuch_core::ids::SiteId;
use feldbuch_core::store::contacts::ContactInput;
use feldbuch_core::Store;
use std::time::{Duration, Instant};

#[derive(Default)]
pub struct Samples {
    pub log: Vec<f64>,
    pub heute: Vec<f64>,
    pub search: Vec<f64>,
}

pub fn contact(site: SiteId, i: usize) -> ContactInput {
    ContactInput {
        site_id: site,
        kind: "kurzkontakt".into(),
        start: Some("10:15".into()),
        duration_min: 10,
        anonymous_count: 1,
        topics: vec!["wohnen".into()],
        note: Some(format!("Nebenbei {i}: Gespräch über Nachbarschaftshilfe")),
        ..Default::default()
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// Sample until `running()` is false (and at least `min` rounds).
pub fn sample(
    store: &mut Store,
    site: SiteId,
    period: Duration,
    min: usize,
    running: &dyn Fn() -> bool,
) -> Samples {
    let mut s = Samples::default();
    let mut i = 0;
    while i < min || running() {
        let t = Instant::now();
        store.add_contact(&contact(site, i)).unwrap();
        s.log.push(ms(t));
        let t = Instant::now();
        store.today_contacts_latest(50).unwrap();
        s.heute.push(ms(t));
        let t = Instant::now();
        store.search_notes("Nachbarschaftshilfe").unwrap();
        s.search.push(ms(t));
        i += 1;
        std::thread::sleep(period);
    }
    s
}

pub fn pct(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    v[((v.len() - 1) as f64 * p).round() as usize]
}

/// One table row per operation: count, p50, p99, max (ms).
pub fn print_rows(label: &str, s: &Samples) {
    for (what, v) in [
        ("log a contact", &s.log),
        ("Heute", &s.heute),
        ("search", &s.search),
    ] {
        println!(
            "| {label} | {what} | {} | {:.2} | {:.2} | {:.2} |",
            v.len(),
            pct(v, 0.5),
            pct(v, 0.99),
            v.iter().copied().fold(0.0, f64::max)
        );
    }
}
