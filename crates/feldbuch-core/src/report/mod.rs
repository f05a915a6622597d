//! The quarterly report: figures for a period (and the one before it), protected by
//! statistical disclosure control, localized, and written as an XLSX workbook.
//!
//! One [`Report`] value is what every face shows: the CLI prints it (`report --json`), the app's
//! Berichte screen draws it, and [`xlsx::write`] lays it out as a workbook. It holds only
//! published values — a hidden cell is its mark ([`Shown::Hidden`]: a small count, or a cell hidden
//! to protect one) — so no face can leak a raw small count.
//! The one exception is [`Report::incomplete`]: the pseudonyms of participants with missing
//! mandatory fields, for the lead to complete before submitting. It never goes into the
//! workbook, which holds aggregates only.

mod compute;
mod own;
pub mod sdc;
pub mod xlsx;

use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::store::{audit, Store};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

/// Smallest count published as it is, unless configured otherwise.
pub const DEFAULT_K: u64 = 3;
/// Bounds of the configurable k.
pub const K_RANGE: (u64, u64) = (2, 50);
/// Longest period a report covers (days).
pub const MAX_DAYS: i64 = 3 * 366;

/// The reporting period: whole days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Set when the period is a calendar quarter (year, 1..=4).
    pub quarter: Option<(i32, u32)>,
}

impl Period {
    /// A calendar quarter written `2026-Q3`.
    pub fn quarter(s: &str) -> Result<Period> {
        let bad = || Error::invalid("error-invalid-quarter", &[("value", s)]);
        let (y, q) = s.trim().split_once(['-', ' ']).ok_or_else(bad)?;
        let year: i32 = y.parse().map_err(|_| bad())?;
        let q: u32 = q
            .strip_prefix(['Q', 'q'])
            .and_then(|n| n.parse().ok())
            .ok_or_else(bad)?;
        if !(1..=4).contains(&q) || !(2000..=2100).contains(&year) {
            return Err(bad());
        }
        Ok(Self::of_quarter(year, q))
    }

    fn of_quarter(year: i32, q: u32) -> Period {
        let from = NaiveDate::from_ymd_opt(year, 3 * q - 2, 1).unwrap_or(NaiveDate::MIN);
        let next = if q == 4 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, 3 * q + 1, 1)
        };
        Period {
            from,
            to: next.map_or(from, |n| n - Duration::days(1)),
            quarter: Some((year, q)),
        }
    }

    /// The quarter that holds `day`.
    pub fn quarter_of(day: NaiveDate) -> Period {
        Self::of_quarter(day.year(), (day.month() - 1) / 3 + 1)
    }

    /// Any range of whole days, `YYYY-MM-DD` to `YYYY-MM-DD`, at most [`MAX_DAYS`] long.
    pub fn range(from: &str, to: &str) -> Result<Period> {
        let f = crate::validate::date(from)?;
        let t = crate::validate::date(to)?;
        if t < f || (t - f).num_days() >= MAX_DAYS {
            return Err(Error::invalid(
                "error-invalid-period",
                &[("from", from), ("to", to)],
            ));
        }
        // A range that happens to be a whole quarter is one.
        let q = Self::quarter_of(f);
        if q.from == f && q.to == t {
            return Ok(q);
        }
        Ok(Period {
            from: f,
            to: t,
            quarter: None,
        })
    }

    /// The period a request names, the same for the CLI and the app: a quarter, or both ends of
    /// a range; nothing names the last complete quarter before `today`; one end alone is refused.
    pub fn choose(
        quarter: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        today: NaiveDate,
    ) -> Result<Period> {
        match (quarter, from, to) {
            (Some(q), _, _) => Period::quarter(q),
            (None, Some(f), Some(t)) => Period::range(f, t),
            (None, None, None) => Ok(Period::quarter_of(today).previous()),
            (None, f, t) => Err(Error::invalid(
                "error-invalid-period",
                &[("from", f.unwrap_or("")), ("to", t.unwrap_or(""))],
            )),
        }
    }

    /// The period compared against: the quarter before; for a range of whole months (a year,
    /// a half-year) the same number of whole months before; else the same number of days before.
    pub fn previous(&self) -> Period {
        match self.quarter {
            Some((y, 1)) => Self::of_quarter(y - 1, 4),
            Some((y, q)) => Self::of_quarter(y, q - 1),
            None => {
                if let Some(p) = self.months_before() {
                    return p;
                }
                let days = (self.to - self.from).num_days() + 1;
                Period {
                    from: self.from - Duration::days(days),
                    to: self.from - Duration::days(1),
                    quarter: None,
                }
            }
        }
    }

    /// For a range from the first of a month to the last of a month: the same number of whole
    /// months right before it.
    fn months_before(&self) -> Option<Period> {
        let next_day = self.to.succ_opt()?;
        if self.from.day() != 1 || next_day.day() != 1 {
            return None;
        }
        let index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        let n = index(next_day) - index(self.from);
        let start = index(self.from) - n;
        let from =
            NaiveDate::from_ymd_opt(start.div_euclid(12), start.rem_euclid(12) as u32 + 1, 1)?;
        Some(Period {
            from,
            to: self.from.pred_opt()?,
            quarter: None,
        })
    }

    /// `2026-Q3`, or `2026-01-05 – 2026-02-20`.
    pub fn label(&self) -> String {
        match self.quarter {
            Some((y, q)) => format!("{y}-Q{q}"),
            None => format!("{} – {}", self.from, self.to),
        }
    }

    /// The first day of every month the period touches.
    pub fn months(&self) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut m = self.from.with_day(1).unwrap_or(self.from);
        while m <= self.to {
            out.push(m);
            m = if m.month() == 12 {
                NaiveDate::from_ymd_opt(m.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(m.year(), m.month() + 1, 1)
            }
            .unwrap_or(NaiveDate::MAX);
        }
        out
    }
}

/// A period as the faces show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
pub struct PeriodInfo {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub label: String,
}

impl From<&Period> for PeriodInfo {
    fn from(p: &Period) -> Self {
        PeriodInfo {
            from: p.from,
            to: p.to,
            label: p.label(),
        }
    }
}

/// A row or column heading: a stable key (vocabulary id, `YYYY-MM`, district name, or `none`
/// for "not stated") and its localized text.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Label {
    pub key: String,
    pub text: String,
    /// The first day of the month, for month rows (written as a real date in the workbook).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub month: Option<NaiveDate>,
}

/// Why a number is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Hidden {
    /// A count from 1 to k−1: shown as "< k".
    Small,
    /// Hidden to protect a small count elsewhere: shown with its own mark ("x"); it may hold
    /// anything from 0 to the table's total.
    Protect,
}

/// A number as published: its value, or the mark that hides it (`{"hidden": "small"}` or
/// `{"hidden": "protect"}` in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ts_rs::TS)]
#[serde(untagged)]
pub enum Shown<T> {
    Value(T),
    Hidden { hidden: Hidden },
}

/// A published count.
pub type Cell = Shown<u64>;

impl<T: Copy> Shown<T> {
    pub const SMALL: Shown<T> = Shown::Hidden {
        hidden: Hidden::Small,
    };
    pub const PROTECT: Shown<T> = Shown::Hidden {
        hidden: Hidden::Protect,
    };

    /// The value, when it is published.
    pub fn value(&self) -> Option<T> {
        match self {
            Shown::Value(v) => Some(*v),
            Shown::Hidden { .. } => None,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Shown<U> {
        match self {
            Shown::Value(v) => Shown::Value(f(v)),
            Shown::Hidden { hidden } => Shown::Hidden { hidden },
        }
    }
}

impl Cell {
    /// A count as its mark says.
    pub fn of(mark: sdc::Mark, count: u64) -> Cell {
        match mark {
            sdc::Mark::Published => Shown::Value(count),
            sdc::Mark::Small => Shown::SMALL,
            sdc::Mark::Protect => Shown::PROTECT,
        }
    }

    /// A count that stands alone (no line adds it up): hidden only when it is small.
    pub fn alone(count: u64, k: u64) -> Cell {
        if (1..k).contains(&count) {
            Shown::SMALL
        } else {
            Shown::Value(count)
        }
    }
}

/// A published table.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Table {
    /// Fluent id of the title; also the table's stable key.
    pub id: String,
    pub title: String,
    pub row_header: String,
    pub rows: Vec<Label>,
    pub cols: Vec<Label>,
    pub cells: Vec<Vec<Cell>>,
    /// One per row, when the table has a total column.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub row_totals: Option<Vec<Cell>>,
    /// One per column, when the table has a total row.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub col_totals: Option<Vec<Cell>>,
    /// The grand total, when the table has both.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub total: Option<Cell>,
}

/// A table before publication: its raw counts and which margins it shows. Margins are summed
/// here, so they always agree with the cells.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub id: &'static str,
    pub row_header: &'static str,
    pub rows: Vec<Label>,
    pub cols: Vec<Label>,
    pub raw: Vec<Vec<u64>>,
    pub row_totals: bool,
    pub col_totals: bool,
}

impl Draft {
    /// Its cells and margins, laid out as [`sdc::grid_lines`] expects (a table without rows
    /// still has its column totals, all 0).
    pub fn counts(&self) -> Vec<u64> {
        if self.raw.is_empty() {
            let nc = self.cols.len();
            let margins = if self.col_totals { nc } else { 0 }
                + usize::from(self.row_totals && self.col_totals);
            return vec![0; margins];
        }
        sdc::grid(&self.raw, self.row_totals, self.col_totals)
    }

    pub fn lines(&self) -> Vec<sdc::Line> {
        sdc::grid_lines(
            self.rows.len(),
            self.cols.len(),
            self.row_totals,
            self.col_totals,
        )
    }

    /// Where column `c`'s total lies in [`Draft::counts`].
    pub fn col_total_at(&self, c: usize) -> Option<usize> {
        let (nr, nc) = (self.rows.len(), self.cols.len());
        self.col_totals
            .then(|| nr * nc + if self.row_totals { nr } else { 0 } + c)
    }

    /// Where the grand total lies in [`Draft::counts`].
    pub fn total_at(&self) -> Option<usize> {
        let (nr, nc) = (self.rows.len(), self.cols.len());
        (self.row_totals && self.col_totals).then_some(nr * nc + nr + nc)
    }

    /// Protected on its own (it shares no total with another table).
    pub fn protect(self, l: &Localizer, k: u64) -> Table {
        let marks = sdc::protect(&self.counts(), &self.lines(), k);
        self.publish(l, &marks)
    }

    /// Published with the marks of its cells (in [`Draft::counts`]' order).
    pub fn publish(self, l: &Localizer, marks: &[sdc::Mark]) -> Table {
        let (nr, nc) = (self.rows.len(), self.cols.len());
        let counts = self.counts();
        let show = |i: usize| Cell::of(marks[i], counts[i]);
        let cells = (0..nr)
            .map(|r| (0..nc).map(|c| show(r * nc + c)).collect())
            .collect();
        let mut next = nr * nc;
        let rt = self.row_totals.then(|| {
            let v = (0..nr).map(|r| show(next + r)).collect();
            next += nr;
            v
        });
        let ct = self.col_totals.then(|| {
            let v = (0..nc).map(|c| show(next + c)).collect();
            next += nc;
            v
        });
        Table {
            id: self.id.to_string(),
            title: l.tr(self.id, &[]),
            row_header: l.tr(self.row_header, &[]),
            rows: self.rows,
            cols: self.cols,
            cells,
            row_totals: rt,
            col_totals: ct,
            total: (self.row_totals && self.col_totals).then(|| show(next)),
        }
    }
}

/// One key figure of the Überblick, for the period and the one before.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct KeyFigure {
    pub id: &'static str,
    pub label: String,
    /// Counts are whole numbers; hours have one decimal.
    pub current: Shown<f64>,
    pub previous: Shown<f64>,
    /// (current − previous) / previous, when both are published and previous is above 0.
    pub change: Option<f64>,
}

impl KeyFigure {
    /// The relative change, only from published figures and a previous value above 0.
    pub fn change_of(current: Shown<f64>, previous: Shown<f64>) -> Option<f64> {
        match (current, previous) {
            (Shown::Value(c), Shown::Value(p)) if p > 0.0 => Some((c - p) / p),
            _ => None,
        }
    }
}

/// Where the figures come from: one device whose records are in the store.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Source {
    pub device_id: String,
    pub this_device: bool,
    pub team: Option<String>,
    /// The device's share of the period's contacts, protected with the contact tables (the
    /// shares add up to their total).
    pub contacts_in_period: Cell,
    pub bundles_imported: u64,
    pub last_bundle_seq: Option<u64>,
    pub last_import: Option<String>,
}

/// A participant whose mandatory fields are not all filled in.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Incomplete {
    pub person_id: String,
    pub pseudonym: String,
    /// Keys of the missing fields (`entry-date`, `gender`, `age`, `employment`, `education`,
    /// `household`).
    pub missing: Vec<&'static str>,
}

/// The whole report, as published.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct Report {
    /// The programme the report is made for (its name); `None`: every programme.
    pub programme: Option<String>,
    pub locale: &'static str,
    pub period: PeriodInfo,
    pub previous: PeriodInfo,
    pub k: u64,
    pub generated_at: String,
    pub key_figures: Vec<KeyFigure>,
    /// Months × site kinds, with both totals.
    pub contacts_by_month: Table,
    pub contacts_by_district: Table,
    pub contacts_by_kind: Table,
    /// People reached anonymously: age band × gender, with both totals.
    pub anonymous: Table,
    /// Topics are multi-select: no total, shares of all contacts.
    pub topics: Table,
    pub topic_shares: Vec<Option<f64>>,
    /// Partner kind × status, with both totals.
    pub referrals: Table,
    /// Activity kind × (activities, attendance, volunteers), with a total row.
    pub activities: Table,
    /// ESF Plus indicators at entry: one table per dimension, entries and exits in the period.
    pub participants: Vec<Table>,
    /// The programme's own site kinds, contact kinds, topics and activity kinds below the
    /// built-in ids they refine (only those the programme has; ids `report-table-own-…`).
    pub own_terms: Vec<Table>,
    /// Participants of the period with a mandatory field missing, per field.
    pub completeness: Table,
    /// Who they are (app and JSON only; never in the workbook).
    pub incomplete: Vec<Incomplete>,
    pub sources: Vec<Source>,
}

/// Validate a configured k.
pub fn check_k(k: u64) -> Result<u64> {
    if (K_RANGE.0..=K_RANGE.1).contains(&k) {
        Ok(k)
    } else {
        Err(Error::invalid(
            "error-invalid-k",
            &[
                ("value", &k.to_string()),
                ("min", &K_RANGE.0.to_string()),
                ("max", &K_RANGE.1.to_string()),
            ],
        ))
    }
}

impl Store {
    /// The report for `period`, published with threshold `k`, in `l`'s locale. Workers and
    /// leads only (volunteers never see programme figures). Logged in the audit log as an
    /// export of the report.
    pub fn report(&mut self, period: &Period, k: u64, l: &Localizer) -> Result<Report> {
        self.report_for(period, None, k, l)
    }

    /// The report for `period` of one programme (its sites' contacts, its persons, activities
    /// and participants, referrals of its persons or made at its sites), or of all.
    pub fn report_for(
        &mut self,
        period: &Period,
        programme: Option<crate::ids::ProgrammeId>,
        k: u64,
        l: &Localizer,
    ) -> Result<Report> {
        if self.is_volunteer() {
            return Err(Error::Forbidden);
        }
        let k = check_k(k)?;
        let name = match programme {
            None => None,
            Some(id) => Some(
                self.programmes(true)?
                    .into_iter()
                    .find(|p| p.id == id)
                    .ok_or_else(|| {
                        Error::invalid("error-programme-unknown", &[("name", &id.to_string())])
                    })?
                    .name,
            ),
        };
        let id = programme.map(|p| p.to_string());
        let mut report = compute::build(self, period, id.as_deref(), k, l)?;
        report.programme = name;
        let actor = self.actor().clone();
        let now = self.clock().now();
        let tx = self.conn_mut().transaction()?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Export,
            "report",
            &match &id {
                Some(p) => format!("{} {p}", period.label()),
                None => period.label(),
            },
        )?;
        tx.commit()?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_is_only_computed_from_published_figures_and_a_previous_value_above_0() {
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-12);
        let v = Shown::Value;
        assert!(close(KeyFigure::change_of(v(42.0), v(30.0)), 0.4));
        assert!(close(KeyFigure::change_of(v(15.0), v(30.0)), -0.5));
        assert_eq!(KeyFigure::change_of(Shown::SMALL, v(30.0)), None);
        assert_eq!(KeyFigure::change_of(v(3.0), Shown::PROTECT), None);
        assert_eq!(KeyFigure::change_of(v(3.0), v(0.0)), None);
    }
}
