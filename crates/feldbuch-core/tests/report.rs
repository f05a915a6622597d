//! The quarterly report against a real store with known data: every key figure and table is
//! what was logged, small counts are hidden and cannot be recomputed from totals, only
//! workers and leads may run it, and the XLSX workbook (read back with calamine) holds
//! exactly the published figures — real numbers and dates, "< k" and "x" for hidden cells, no
//! pseudonym.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use calamine::{Data, Reader, Xlsx};
use chrono::{NaiveDate, TimeZone, Utc};
use common::sdc_audit::narrowed;
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::ids::{PersonId, SiteId};
use feldbuch_core::report::sdc::{self, Joint, Mark};
use feldbuch_core::report::{xlsx, Cell, Hidden, Period, Report, Shown, Table};
use feldbuch_core::store::activities::ActivityInput;
use feldbuch_core::store::contacts::ContactInput;
use feldbuch_core::store::partners::PartnerInput;
use feldbuch_core::store::persons::{ParticipationInput, PersonInput};
use feldbuch_core::store::referrals::ReferralInput;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{Locale, Role, SiteKind};
use feldbuch_core::{DataDir, Error, FixedClock, Localizer, Passphrase, SharedClock, Store};
use std::sync::Arc;

fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap()
}

fn contact(
    site: SiteId,
    kind: &str,
    date: &str,
    anonymous: i64,
    persons: &[PersonId],
) -> ContactInput {
    ContactInput {
        site_id: site,
        kind: kind.into(),
        date: Some(date.into()),
        start: Some("10:00".into()),
        duration_min: 30,
        anonymous_count: anonymous,
        topics: vec!["einsamkeit".into()],
        persons: persons.to_vec(),
        ..Default::default()
    }
}

fn site(store: &Store, name: &str) -> SiteId {
    store.resolve_site(name).unwrap().id
}

struct Fixture {
    _tmp: tempfile::TempDir,
    store: Store,
}

/// A lead's store: Q2 2026 has 4 contacts; Q3 has 18 contacts at three sites, 3 persons (two
/// of them participants, one with fields missing), 2 referrals and one Repair-Café.
fn fixture(role: Role) -> Fixture {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(tmp.path().join("data"));
    let fc = FixedClock::new(at(2026, 9, 30));
    let clock: SharedClock = Arc::new(fc.clone());
    let mut p = profile();
    p.role = role;
    let (mut store, _) = dir
        .init(&p, &Passphrase::new(PASS), &OsKeyring, clock)
        .unwrap();
    for (name, kind, district) in [
        ("KiTa Sonnenblume", SiteKind::Kita, Some("Nordend")),
        (
            "Quartierszentrum Mitte",
            SiteKind::Quartierszentrum,
            Some("Innenstadt"),
        ),
        ("Straße am Markt", SiteKind::OeffentlicherRaum, None),
    ] {
        store
            .add_site(&NewSite {
                name: name.into(),
                kind: kind.id().into(),
                district: district.map(Into::into),
                address: None,
                contact_person: None,
                programme: None,
            })
            .unwrap();
    }
    if role == Role::Volunteer {
        return Fixture { _tmp: tmp, store };
    }
    store
        .add_partner(&PartnerInput {
            name: "Schuldnerberatung".into(),
            kind: "beratungsstelle".into(),
            services: vec!["Erstberatung".into()],
            ..Default::default()
        })
        .unwrap();
    let mut ids = Vec::new();
    let mut pids = Vec::new();
    for (pseudonym, year, gender) in [
        ("AB1990", 1990, "weiblich"),
        ("CD2001", 2001, "maennlich"),
        ("EF1960", 1960, "divers"),
    ] {
        let person = store
            .add_person(&PersonInput {
                pseudonym: pseudonym.into(),
                birth_year: Some(year),
                gender: Some(gender.into()),
                markers: vec!["fluchterfahrung".into()],
                ..Default::default()
            })
            .unwrap();
        store
            .give_consent(person.id, "documentation", "written", None, None)
            .unwrap();
        ids.push(person.id);
        pids.push(person.id);
    }
    for (i, &pid) in pids.iter().take(2).enumerate() {
        store
            .give_consent(pid, "participant-reporting", "written", None, None)
            .unwrap();
        store
            .enrol_participant(
                pid,
                &ParticipationInput {
                    entry_date: Some(["2026-07-15", "2026-08-01"][i].into()),
                    employment: Some("arbeitslos".into()),
                    education: (i == 0).then(|| "isced-0-2".into()),
                    household: Some("alleinlebend".into()),
                },
            )
            .unwrap();
    }
    // Q2: 4 anonymous contacts.
    for d in ["2026-05-04", "2026-05-05", "2026-06-01", "2026-06-02"] {
        store
            .add_contact(&contact(
                site(&store, "KiTa Sonnenblume"),
                "beratung",
                d,
                1,
                &[],
            ))
            .unwrap();
    }
    // July: 10 at the KiTa, 4 of them with persons (one with two).
    for i in 0..10 {
        let persons: Vec<PersonId> = match i {
            0..=2 => vec![ids[i]],
            3 => vec![ids[0], ids[1]],
            _ => vec![],
        };
        let anonymous = if persons.is_empty() { 1 } else { 0 };
        store
            .add_contact(&contact(
                site(&store, "KiTa Sonnenblume"),
                "beratung",
                "2026-07-10",
                anonymous,
                &persons,
            ))
            .unwrap();
    }
    // August: 5 at the Quartierszentrum (2 people each), 1 on the street.
    for _ in 0..5 {
        store
            .add_contact(&contact(
                site(&store, "Quartierszentrum Mitte"),
                "kurzkontakt",
                "2026-08-12",
                2,
                &[],
            ))
            .unwrap();
    }
    store
        .add_contact(&contact(
            site(&store, "Straße am Markt"),
            "kurzkontakt",
            "2026-08-20",
            1,
            &[],
        ))
        .unwrap();
    // September: 2 at the KiTa.
    for _ in 0..2 {
        store
            .add_contact(&contact(
                site(&store, "KiTa Sonnenblume"),
                "telefonat",
                "2026-09-03",
                1,
                &[],
            ))
            .unwrap();
    }
    for id in ids.iter().take(2) {
        store
            .add_referral(&ReferralInput {
                partner_id: store.resolve_partner("Schuldnerberatung").unwrap().id,
                person_id: Some(*id),
                ..Default::default()
            })
            .unwrap();
    }
    store
        .add_activity(&ActivityInput {
            kind: "repair-cafe".into(),
            title: "Repair-Café August".into(),
            date: Some("2026-08-10".into()),
            site_id: Some(store.resolve_site("Quartierszentrum Mitte").unwrap().id),
            volunteers_count: 3,
            anonymous_count: 5,
            persons: vec![ids[0], ids[2]],
            ..Default::default()
        })
        .unwrap();
    // The report is written later, in November.
    fc.set(at(2026, 11, 20));
    Fixture { _tmp: tmp, store }
}

/// A published number.
fn v<T>(x: T) -> Shown<T> {
    Shown::Value(x)
}

fn figure(r: &Report, id: &str) -> (Shown<f64>, Shown<f64>) {
    let f = r.key_figures.iter().find(|f| f.id == id).unwrap();
    (f.current, f.previous)
}

fn cell(t: &Table, row: &str, col: &str) -> Cell {
    let r = t.rows.iter().position(|l| l.key == row).unwrap();
    let c = t.cols.iter().position(|l| l.key == col).unwrap();
    t.cells[r][c]
}

#[test]
fn the_report_counts_what_was_logged_and_hides_small_groups() {
    let mut f = fixture(Role::Lead);
    let l = Localizer::new(Locale::De);
    let q3 = Period::quarter("2026-Q3").unwrap();
    let r = f.store.report(&q3, 3, &l).unwrap();
    assert_eq!(r.previous.label, "2026-Q2");

    assert_eq!(figure(&r, "contacts"), (v(18.0), v(4.0)));
    assert_eq!(figure(&r, "persons"), (v(3.0), v(0.0)));
    // 6 July + 10 August Quartierszentrum + 1 street + 2 September; 4 in Q2.
    assert_eq!(figure(&r, "anonymous-people"), (v(19.0), v(4.0)));
    assert_eq!(figure(&r, "anonymous-contacts"), (v(14.0), v(4.0)));
    assert_eq!(figure(&r, "new-persons"), (v(3.0), v(0.0)));
    // 2 referrals: published as "< 3".
    assert_eq!(figure(&r, "referrals"), (Shown::SMALL, v(0.0)));
    assert_eq!(figure(&r, "activities"), (Shown::SMALL, v(0.0)));
    assert_eq!(figure(&r, "attendance"), (v(7.0), v(0.0)));
    assert_eq!(figure(&r, "hours"), (v(9.0), v(2.0)));

    // Month × site kind: published cells are the true counts; 1 and 2 are "< 3".
    let t = &r.contacts_by_month;
    assert_eq!(
        t.rows.iter().map(|l| l.key.as_str()).collect::<Vec<_>>(),
        ["2026-07", "2026-08", "2026-09"]
    );
    assert_eq!(t.total, Some(v(18)));
    assert_eq!(cell(t, "2026-08", "oeffentlicher-raum"), Shown::SMALL);
    assert_eq!(cell(t, "2026-09", "kita"), Shown::SMALL);
    let truth: Vec<Vec<u64>> = {
        let mut m = vec![vec![0u64; SiteKind::ALL.len()]; 3];
        let col = |k: SiteKind| SiteKind::ALL.iter().position(|x| *x == k).unwrap();
        m[0][col(SiteKind::Kita)] = 10;
        m[1][col(SiteKind::Quartierszentrum)] = 5;
        m[1][col(SiteKind::OeffentlicherRaum)] = 1;
        m[2][col(SiteKind::Kita)] = 2;
        m
    };
    // As JSON (the CLI's `--json`), a hidden number says why: never a bare null.
    let json = serde_json::to_value(t).unwrap();
    let month_json = |row: usize, col: SiteKind| {
        json["cells"][row][SiteKind::ALL.iter().position(|x| *x == col).unwrap()].clone()
    };
    assert_eq!(
        month_json(2, SiteKind::Kita),
        serde_json::json!({ "hidden": "small" })
    );
    assert_eq!(month_json(0, SiteKind::Kita), serde_json::json!(10));

    // Districts: Innenstadt 5, Nordend 12, not stated 1.
    let d = &r.contacts_by_district;
    assert_eq!(
        d.rows.iter().map(|l| l.key.as_str()).collect::<Vec<_>>(),
        ["Innenstadt", "Nordend", "none"]
    );
    assert_eq!(d.cells[2][0], Shown::SMALL);
    let districts = vec![vec![5], vec![12], vec![1]];
    // Contact kinds, counted from the store.
    let kinds: Vec<Vec<u64>> = r
        .contacts_by_kind
        .rows
        .iter()
        .map(|label| {
            let n: i64 = f
                .store
                .conn()
                .query_row(
                    "SELECT count(*) FROM contacts WHERE kind = ?1
                     AND date BETWEEN '2026-07-01' AND '2026-09-30'",
                    [&label.key],
                    |r| r.get(0),
                )
                .unwrap();
            vec![n as u64]
        })
        .collect();

    // The three contact tables share their total: what the whole of them publishes is audited
    // by enumerating every set of tables a reader must allow.
    let mut joint = Joint::default();
    let mut counts = Vec::new();
    let mut marks = Vec::new();
    let mut lines = Vec::new();
    let mut totals = Vec::new();
    for (table, raw, both) in [
        (t, &truth, true),
        (d, &districts, false),
        (&r.contacts_by_kind, &kinds, false),
    ] {
        let grid = sdc::grid(raw, both, true);
        let at = joint.add(grid.clone(), vec![]);
        let mut shown: Vec<Cell> = table.cells.iter().flatten().copied().collect();
        shown.extend(table.row_totals.clone().unwrap_or_default());
        shown.extend(table.col_totals.clone().unwrap_or_default());
        shown.extend(table.total);
        assert_eq!(shown.len(), grid.len(), "{}", table.id);
        for (&truth, cell) in grid.iter().zip(&shown) {
            marks.push(match cell {
                Shown::Value(n) => {
                    assert_eq!(
                        *n, truth,
                        "{}: a published cell is the true count",
                        table.id
                    );
                    Mark::Published
                }
                Shown::Hidden {
                    hidden: Hidden::Small,
                } => {
                    assert!(
                        (1..3).contains(&truth),
                        "{}: {truth} marked small",
                        table.id
                    );
                    Mark::Small
                }
                Shown::Hidden {
                    hidden: Hidden::Protect,
                } => Mark::Protect,
            });
        }
        lines.extend(
            sdc::grid_lines(raw.len(), raw[0].len(), both, true)
                .into_iter()
                .map(|l| sdc::Line {
                    margin: l.margin + at,
                    cells: l.cells.into_iter().map(|i| i + at).collect(),
                }),
        );
        totals.push(at + grid.len() - 1);
        counts.extend(grid);
    }
    for &other in &totals[1..] {
        lines.push(sdc::Line {
            margin: totals[0],
            cells: vec![other],
        });
    }
    assert_eq!(
        narrowed(&counts, &marks, &lines, 3, 20_000_000),
        Some(vec![]),
        "every small contact count can still be 1 or 2; marks {marks:?}"
    );

    // Topics: all 18 about loneliness, 100 %.
    let topic = r
        .topics
        .rows
        .iter()
        .position(|l| l.key == "einsamkeit")
        .unwrap();
    assert_eq!(r.topics.cells[topic][0], v(18));
    assert_eq!(r.topic_shares[topic], Some(1.0));

    // Activities: one Repair-Café, 2 registered + 5 anonymous, 3 volunteers.
    assert_eq!(cell(&r.activities, "repair-cafe", "attendance"), v(7));
    assert_eq!(
        cell(&r.activities, "repair-cafe", "activities"),
        Shown::SMALL
    );
    assert_eq!(cell(&r.activities, "repair-cafe", "volunteers"), v(3));

    // Participants: two entries (hidden as < 3), and the completeness check finds CD2001
    // without an education band.
    let gender = &r.participants[0];
    assert_eq!(gender.col_totals.as_ref().unwrap()[0], Shown::SMALL);
    assert_eq!(r.incomplete.len(), 1);
    assert_eq!(r.incomplete[0].pseudonym, "CD2001");
    assert_eq!(r.incomplete[0].missing, vec!["education"]);
    assert_eq!(cell(&r.completeness, "education", "missing"), Shown::SMALL);
    assert_eq!(cell(&r.completeness, "gender", "missing"), v(0));

    // With k = 2 the two participants and two referrals are published.
    let r2 = f.store.report(&q3, 2, &l).unwrap();
    assert_eq!(figure(&r2, "referrals").0, v(2.0));
    assert_eq!(r2.participants[0].col_totals.as_ref().unwrap()[0], v(2));
    let age = &r2.participants[1];
    assert_eq!(
        cell(age, "30-54", "entries"),
        Shown::SMALL,
        "one person: still hidden"
    );

    // Each report run is in the audit log.
    let n: i64 = f
        .store
        .conn()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'report'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 2);
}

#[test]
fn a_period_without_any_contact_gives_a_report_of_zeros() {
    let mut f = fixture(Role::Lead);
    let l = Localizer::new(Locale::De);
    let empty = Period::quarter("2020-Q1").unwrap();
    let r = f.store.report(&empty, 3, &l).unwrap();
    assert_eq!(r.contacts_by_month.total, Some(v(0)));
    assert!(r.contacts_by_district.rows.is_empty());
    assert_eq!(r.contacts_by_district.col_totals, Some(vec![v(0)]));
}

#[test]
fn each_devices_share_of_the_contacts_is_protected_with_the_tables() {
    let mut f = fixture(Role::Lead);
    let l = Localizer::new(Locale::De);
    // Three days of September: 2 contacts (KiTa), a total of "< 3" – and so is this device's
    // share, which would otherwise print the hidden total beside the sources.
    let days = Period::range("2026-09-01", "2026-09-30").unwrap();
    let r = f.store.report(&days, 3, &l).unwrap();
    assert_eq!(r.contacts_by_month.total, Some(Shown::SMALL));
    let me: Vec<_> = r.sources.iter().filter(|s| s.this_device).collect();
    assert_eq!(me.len(), 1);
    assert!(
        me[0].contacts_in_period.value().is_none(),
        "the device's share gives the hidden total away: {:?}",
        me[0].contacts_in_period
    );
    // In the quarter the total (18) is published, and so is the one device's share.
    let q3 = Period::quarter("2026-Q3").unwrap();
    let r = f.store.report(&q3, 3, &l).unwrap();
    let me = r.sources.iter().find(|s| s.this_device).unwrap();
    assert_eq!(me.contacts_in_period, v(18));
}

#[test]
fn bad_periods_and_thresholds_are_refused_and_volunteers_get_no_report() {
    for bad in ["2026-Q5", "2026Q3", "Q3-2026", "", "1999-Q1"] {
        assert!(
            matches!(
                Period::quarter(bad),
                Err(Error::Invalid {
                    code: "error-invalid-quarter",
                    ..
                })
            ),
            "{bad}"
        );
    }
    assert!(Period::range("2026-09-30", "2026-07-01").is_err());
    assert!(Period::range("2020-01-01", "2026-01-01").is_err());
    assert!(Period::range("2026-02-30", "2026-03-01").is_err());
    let p = Period::range("2026-01-01", "2026-03-31").unwrap();
    assert_eq!(p.label(), "2026-Q1", "a whole quarter is named as one");
    assert_eq!(p.previous().label(), "2025-Q4");
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    assert_eq!(
        Period::choose(None, None, None, today).unwrap().label(),
        "2026-Q3"
    );
    assert!(matches!(
        Period::choose(None, Some("2026-01-01"), None, today),
        Err(Error::Invalid {
            code: "error-invalid-period",
            ..
        })
    ));
    let p = Period::range("2026-03-10", "2026-03-19").unwrap();
    assert_eq!(
        p.previous().from,
        NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
    );
    // Whole months compare with as many whole months before: a year with the year before
    // (not 365 days, which would start on 2 January in a leap year), a half-year likewise.
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let y = Period::range("2025-01-01", "2025-12-31")
        .unwrap()
        .previous();
    assert_eq!((y.from, y.to), (date(2024, 1, 1), date(2024, 12, 31)));
    let h = Period::range("2026-01-01", "2026-06-30")
        .unwrap()
        .previous();
    assert_eq!((h.from, h.to), (date(2025, 7, 1), date(2025, 12, 31)));
    let m = Period::range("2026-03-01", "2026-03-31")
        .unwrap()
        .previous();
    assert_eq!((m.from, m.to), (date(2026, 2, 1), date(2026, 2, 28)));

    let mut f = fixture(Role::Worker);
    let l = Localizer::new(Locale::De);
    let q3 = Period::quarter("2026-Q3").unwrap();
    assert!(matches!(
        f.store.report(&q3, 1, &l),
        Err(Error::Invalid {
            code: "error-invalid-k",
            ..
        })
    ));
    assert!(
        f.store.report(&q3, 3, &l).is_ok(),
        "workers may see their figures"
    );
    let mut v = fixture(Role::Volunteer);
    assert!(matches!(v.store.report(&q3, 3, &l), Err(Error::Forbidden)));
}

fn text(d: Option<&Data>) -> String {
    match d {
        Some(Data::String(s)) => s.clone(),
        Some(other) => format!("{other:?}"),
        None => String::new(),
    }
}

/// A published value as the workbook must hold it: the number, "< k" for a small count, "x"
/// for a cell hidden to protect one.
fn expect_cell<T: Into<f64> + Copy>(d: Option<&Data>, v: Shown<T>, k: u64, what: &str) {
    match (d, v.map(Into::into)) {
        (Some(Data::Float(x)), Shown::Value(v)) => {
            assert!((x - v).abs() < 1e-9, "{what}: {x} ≠ {v}")
        }
        (Some(Data::Int(x)), Shown::Value(v)) => assert_eq!(*x as f64, v, "{what}"),
        (
            Some(Data::String(s)),
            Shown::Hidden {
                hidden: Hidden::Small,
            },
        ) => assert_eq!(s, &format!("< {k}"), "{what}"),
        (
            Some(Data::String(s)),
            Shown::Hidden {
                hidden: Hidden::Protect,
            },
        ) => assert_eq!(s, "x", "{what}"),
        (d, v) => panic!("{what}: cell {d:?}, expected {v:?}"),
    }
}

/// A count as a number the workbook compares.
fn counted(c: Cell) -> Shown<f64> {
    c.map(|x| x as f64)
}

/// Excel's serial day number of a date.
fn serial(d: NaiveDate) -> f64 {
    (d - NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days() as f64
}

/// Find `t` on the sheet by its title and compare every cell, heading and total.
fn check_table(range: &calamine::Range<Data>, t: &Table, k: u64, total: &str) {
    let (h, w) = range.get_size();
    let title_row = (0..h as u32)
        .find(|&r| text(range.get_value((r, 0))) == t.title)
        .unwrap_or_else(|| panic!("table {} not on the sheet", t.title));
    let head = title_row + 1;
    assert_eq!(text(range.get_value((head, 0))), t.row_header);
    for (c, col) in t.cols.iter().enumerate() {
        assert_eq!(text(range.get_value((head, c as u32 + 1))), col.text);
    }
    for (r, label) in t.rows.iter().enumerate() {
        let row = head + 1 + r as u32;
        match label.month {
            Some(m) => match range.get_value((row, 0)) {
                Some(Data::DateTime(d)) => assert_eq!(d.as_f64(), serial(m)),
                other => panic!("month row {r}: {other:?} is not a date"),
            },
            None => assert_eq!(text(range.get_value((row, 0))), label.text),
        }
        for (c, v) in t.cells[r].iter().enumerate() {
            expect_cell(range.get_value((row, c as u32 + 1)), counted(*v), k, &t.id);
        }
        if let Some(rt) = &t.row_totals {
            let col = t.cols.len() as u32 + 1;
            expect_cell(range.get_value((row, col)), counted(rt[r]), k, &t.id);
        }
    }
    if let Some(ct) = &t.col_totals {
        let row = head + 1 + t.rows.len() as u32;
        assert_eq!(text(range.get_value((row, 0))), total);
        for (c, v) in ct.iter().enumerate() {
            expect_cell(range.get_value((row, c as u32 + 1)), counted(*v), k, &t.id);
        }
        if let Some(total) = t.total {
            let col = t.cols.len() as u32 + 1;
            expect_cell(range.get_value((row, col)), counted(total), k, &t.id);
        }
    }
    assert!(w > t.cols.len());
}

#[test]
fn the_workbook_holds_exactly_the_published_figures_in_the_locale() {
    let mut f = fixture(Role::Lead);
    for locale in [Locale::De, Locale::Ar] {
        let l = Localizer::new(locale);
        let r = f
            .store
            .report(&Period::quarter("2026-Q3").unwrap(), 3, &l)
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bericht.xlsx");
        xlsx::write(&r, &l, &path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // Nothing but the workbook was left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

        let mut wb: Xlsx<_> = calamine::open_workbook(&path).unwrap();
        let names = wb.sheet_names();
        let want: Vec<String> = [
            "report-sheet-overview",
            "report-sheet-contacts",
            "report-sheet-topics",
            "report-sheet-referrals",
            "report-sheet-activities",
            "report-sheet-participants",
            "report-sheet-method",
        ]
        .iter()
        .map(|id| l.tr(id, &[]))
        .collect();
        assert_eq!(names, want);
        let total = l.tr("report-total", &[]);

        // Überblick: each key figure with its number (or "< k") for both periods.
        let over = wb.worksheet_range(&names[0]).unwrap();
        let (h, _) = over.get_size();
        for kf in &r.key_figures {
            let row = (0..h as u32)
                .find(|&i| text(over.get_value((i, 0))) == kf.label)
                .unwrap_or_else(|| panic!("{} missing", kf.label));
            expect_cell(over.get_value((row, 1)), kf.current, r.k, kf.id);
            expect_cell(over.get_value((row, 2)), kf.previous, r.k, kf.id);
            // The change is the core's, a real percentage cell, or empty.
            match (over.get_value((row, 3)), kf.change) {
                (Some(Data::Float(x)), Some(c)) => assert!((x - c).abs() < 1e-12, "{}", kf.id),
                (None | Some(Data::Empty), None) => {}
                (d, c) => panic!("{}: change cell {d:?}, expected {c:?}", kf.id),
            }
        }
        // The period is a pair of real dates.
        let period_row = (0..h as u32)
            .find(|&i| text(over.get_value((i, 0))) == l.tr("report-period", &[]))
            .unwrap();
        match over.get_value((period_row, 1)) {
            Some(Data::DateTime(d)) => assert_eq!(d.as_f64(), serial(r.period.from)),
            other => panic!("period start {other:?}"),
        }

        let contacts = wb.worksheet_range(&names[1]).unwrap();
        check_table(&contacts, &r.contacts_by_month, r.k, &total);
        check_table(&contacts, &r.contacts_by_district, r.k, &total);
        check_table(&contacts, &r.contacts_by_kind, r.k, &total);
        let referrals = wb.worksheet_range(&names[3]).unwrap();
        check_table(&referrals, &r.referrals, r.k, &total);
        let activities = wb.worksheet_range(&names[4]).unwrap();
        check_table(&activities, &r.activities, r.k, &total);
        let participants = wb.worksheet_range(&names[5]).unwrap();
        for t in &r.participants {
            check_table(&participants, t, r.k, &total);
        }
        check_table(&participants, &r.completeness, r.k, &total);

        // Aggregates only: no pseudonym, site name or activity title anywhere in the file.
        for name in &names {
            let range = wb.worksheet_range(name).unwrap();
            for c in range.used_cells() {
                let s = text(Some(c.2));
                for secret in [
                    "AB1990",
                    "CD2001",
                    "EF1960",
                    "Sonnenblume",
                    "Repair-Café August",
                ] {
                    assert!(!s.contains(secret), "{secret} in sheet {name}");
                }
            }
        }
    }
}
