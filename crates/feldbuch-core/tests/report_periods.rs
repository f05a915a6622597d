//! The report's figures for any period equal a count over the contacts themselves, by property.
//! Whole months come from the monthly roll-ups (schema v5), partial months from the daily
//! counts, and persons reached from either the month bits or the person-days: random periods
//! (whole months, quarters, and ranges cut anywhere) exercise every mix.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use chrono::{Datelike, Duration, NaiveDate};
use common::*;
use feldbuch_core::report::{Period, Shown};
use feldbuch_core::seed::{fill, SeedSpec};
use feldbuch_core::{Localizer, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn one(store: &Store, sql: &str, from: NaiveDate, to: NaiveDate) -> u64 {
    store
        .conn()
        .query_row(sql, [from.to_string(), to.to_string()], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap() as u64
}

fn contacts(store: &Store, from: NaiveDate, to: NaiveDate) -> u64 {
    one(
        store,
        "SELECT count(*) FROM contacts WHERE date BETWEEN ?1 AND ?2",
        from,
        to,
    )
}

fn persons(store: &Store, from: NaiveDate, to: NaiveDate) -> u64 {
    one(
        store,
        "SELECT count(DISTINCT cp.person_id) FROM contact_persons cp
         JOIN contacts c ON c.id = cp.contact_id WHERE c.date BETWEEN ?1 AND ?2",
        from,
        to,
    )
}

#[test]
fn figures_of_any_period_equal_a_count_of_the_contacts() {
    let (_tmp, _dir, mut store, _) = fresh();
    let today = store.clock().today();
    fill(
        &mut store,
        &SeedSpec {
            contacts: 4_000,
            sites: 6,
            persons: 150,
            years: 2,
            seed: 5,
        },
    )
    .unwrap();
    let l = Localizer::new(feldbuch_core::vocab::Locale::De);
    // A report is audited, so it needs the store mutably; the runner's closure is `Fn`.
    let cell = std::cell::RefCell::new(store);
    let earliest = today - Duration::days(2 * 365);
    let mut runner = TestRunner::new(Config {
        cases: 120,
        ..Config::default()
    });
    // A start day, a length, and whether to snap the period to whole months.
    let strategy = (0i64..700, 0i64..400, 0u8..3);
    runner
        .run(&strategy, |(start, len, snap)| {
            let mut from = earliest + Duration::days(start);
            let mut to = (from + Duration::days(len)).min(today);
            if snap > 0 {
                from = from.with_day(1).unwrap();
                let next = if to.month() == 12 {
                    NaiveDate::from_ymd_opt(to.year() + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(to.year(), to.month() + 1, 1)
                }
                .unwrap();
                to = next.pred_opt().unwrap();
            }
            let period = Period::range(&from.to_string(), &to.to_string()).unwrap();
            let prev = period.previous();
            let mut store = cell.borrow_mut();
            let r = store.report(&period, 2, &l).unwrap();
            let fig = |id: &str| {
                let f = r.key_figures.iter().find(|f| f.id == id).unwrap();
                (f.current, f.previous)
            };
            let (c, p) = fig("contacts");
            // Published figures (k = 2: only a count of 1 is hidden) equal the count.
            if let Shown::Value(c) = c {
                prop_assert_eq!(c as u64, contacts(&store, from, to), "{} – {}", from, to);
            }
            if let Shown::Value(p) = p {
                prop_assert_eq!(p as u64, contacts(&store, prev.from, prev.to));
            }
            let (c, p) = fig("persons");
            if let Shown::Value(c) = c {
                prop_assert_eq!(c as u64, persons(&store, from, to), "{} – {}", from, to);
            }
            if let Shown::Value(p) = p {
                prop_assert_eq!(p as u64, persons(&store, prev.from, prev.to));
            }
            // Every published month total equals the contacts of that month inside the period.
            let t = &r.contacts_by_month;
            for (i, row) in t.rows.iter().enumerate() {
                let Some(Shown::Value(total)) = t.row_totals.as_ref().map(|v| v[i]) else {
                    continue;
                };
                let first = NaiveDate::parse_from_str(&format!("{}-01", row.key), "%Y-%m-%d")
                    .unwrap()
                    .max(from);
                let last = (first.with_day(28).unwrap() + Duration::days(4))
                    .with_day(1)
                    .unwrap()
                    .pred_opt()
                    .unwrap()
                    .min(to);
                prop_assert_eq!(total, contacts(&store, first, last), "month {}", &row.key);
            }
            Ok(())
        })
        .unwrap();
}
