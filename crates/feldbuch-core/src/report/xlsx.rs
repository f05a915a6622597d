//! The report as an XLSX workbook (rust_xlsxwriter): the sheets of PRODUCT.md, in the report's
//! locale, with real numbers and dates, hidden cells as their marks ("< k" for a small count, "x" for a
//! cell hidden to protect one), and native charts.
//! Built in memory and written atomically (temp file, fsync, rename, owner-only).

use super::{Cell, Hidden, Report, Shown, Table};
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Chart, ChartType, DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet,
    XlsxError,
};
use std::path::Path;

impl From<XlsxError> for Error {
    fn from(e: XlsxError) -> Self {
        Error::Internal(format!("xlsx: {e}"))
    }
}

struct Formats {
    title: Format,
    head: Format,
    count: Format,
    suppressed: Format,
    percent: Format,
    decimal: Format,
    date: Format,
    month: Format,
    text: Format,
}

impl Formats {
    fn new() -> Self {
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            head: Format::new().set_bold().set_text_wrap(),
            count: Format::new().set_num_format("#,##0"),
            suppressed: Format::new().set_align(FormatAlign::Right),
            percent: Format::new().set_num_format("0.0%"),
            decimal: Format::new().set_num_format("#,##0.0"),
            date: Format::new()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
            month: Format::new()
                .set_num_format("yyyy-mm")
                .set_align(FormatAlign::Left),
            text: Format::new().set_text_wrap(),
        }
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime> {
    let year = u16::try_from(d.year()).map_err(|_| Error::Internal("year out of range".into()))?;
    Ok(ExcelDateTime::from_ymd(
        year,
        d.month() as u8,
        d.day() as u8,
    )?)
}

/// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters.
fn sheet_name(l: &Localizer, id: &str) -> String {
    let name: String = l
        .tr(id, &[])
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    let name = name.trim_matches('\'').trim().to_string();
    if name.is_empty() {
        id.to_string()
    } else {
        name
    }
}

/// What a hidden number shows, in the report's locale.
struct Marks {
    small: String,
    protect: String,
}

impl Marks {
    fn new(l: &Localizer, k: u64) -> Marks {
        Marks {
            small: l.tr("report-mark-small", &[("k", &k.to_string())]),
            protect: l.tr("report-mark-protect", &[]),
        }
    }

    fn of(&self, hidden: Hidden) -> &str {
        match hidden {
            Hidden::Small => &self.small,
            Hidden::Protect => &self.protect,
        }
    }
}

struct Sheet<'a> {
    ws: &'a mut Worksheet,
    f: &'a Formats,
    marks: &'a Marks,
    row: u32,
}

impl<'a> Sheet<'a> {
    /// A new worksheet named `name`, right to left if asked, with the given column widths
    /// (from the first column on).
    fn new(
        wb: &'a mut Workbook,
        name: &str,
        rtl: bool,
        widths: &[f64],
        f: &'a Formats,
        marks: &'a Marks,
    ) -> Result<Sheet<'a>> {
        let ws = wb.add_worksheet();
        ws.set_name(name)?.set_right_to_left(rtl);
        for (c, w) in (0u16..).zip(widths) {
            ws.set_column_width(c, *w)?;
        }
        Ok(Sheet {
            ws,
            f,
            marks,
            row: 0,
        })
    }

    fn cell(&mut self, row: u32, col: u16, v: Cell) -> Result<()> {
        self.number(row, col, v.map(|n| n as f64), &self.f.count)
    }

    /// A published number in `format`, or the mark that hides it.
    fn number(&mut self, row: u32, col: u16, v: Shown<f64>, format: &Format) -> Result<()> {
        match v {
            Shown::Value(x) => self.ws.write_number_with_format(row, col, x, format)?,
            Shown::Hidden { hidden } => self.ws.write_string_with_format(
                row,
                col,
                self.marks.of(hidden),
                &self.f.suppressed,
            )?,
        };
        Ok(())
    }

    fn text(&mut self, row: u32, col: u16, s: &str) -> Result<()> {
        self.ws.write_string(row, col, s)?;
        Ok(())
    }

    fn head(&mut self, row: u32, col: u16, s: &str) -> Result<()> {
        self.ws
            .write_string_with_format(row, col, s, &self.f.head)?;
        Ok(())
    }

    /// Two rows: the reporting period and the comparison period, each a pair of real dates.
    fn periods(&mut self, report: &Report, l: &Localizer) -> Result<()> {
        for (label, from, to) in [
            ("report-period", report.period.from, report.period.to),
            (
                "report-previous-period",
                report.previous.from,
                report.previous.to,
            ),
        ] {
            self.head(self.row, 0, &l.tr(label, &[]))?;
            self.ws
                .write_datetime_with_format(self.row, 1, &excel_date(from)?, &self.f.date)?;
            self.ws
                .write_datetime_with_format(self.row, 2, &excel_date(to)?, &self.f.date)?;
            self.row += 1;
        }
        // A report for one programme says which.
        if let Some(programme) = &report.programme {
            self.head(self.row, 0, &l.tr("report-programme", &[]))?;
            self.text(self.row, 1, programme)?;
            self.row += 1;
        }
        Ok(())
    }

    fn title(&mut self, s: &str) -> Result<()> {
        self.ws
            .write_string_with_format(self.row, 0, s, &self.f.title)?;
        self.row += 2;
        Ok(())
    }

    /// A table: title, header row, one row per label (month rows as dates), totals. Returns the
    /// row of its first data line.
    fn table(&mut self, t: &Table, total_label: &str) -> Result<u32> {
        self.head(self.row, 0, &t.title)?;
        self.row += 1;
        self.head(self.row, 0, &t.row_header)?;
        for (c, col) in t.cols.iter().enumerate() {
            self.head(self.row, c as u16 + 1, &col.text)?;
        }
        let total_col = t.cols.len() as u16 + 1;
        if t.row_totals.is_some() {
            self.head(self.row, total_col, total_label)?;
        }
        self.row += 1;
        let first = self.row;
        for (r, label) in t.rows.iter().enumerate() {
            match label.month {
                Some(m) => {
                    let d = excel_date(m)?;
                    self.ws
                        .write_datetime_with_format(self.row, 0, &d, &self.f.month)?;
                }
                None => self.text(self.row, 0, &label.text)?,
            }
            for (c, v) in t.cells[r].iter().enumerate() {
                self.cell(self.row, c as u16 + 1, *v)?;
            }
            if let Some(rt) = &t.row_totals {
                self.cell(self.row, total_col, rt[r])?;
            }
            self.row += 1;
        }
        if let Some(ct) = &t.col_totals {
            self.head(self.row, 0, total_label)?;
            for (c, v) in ct.iter().enumerate() {
                self.cell(self.row, c as u16 + 1, *v)?;
            }
            if let Some(total) = t.total {
                self.cell(self.row, total_col, total)?;
            }
            self.row += 1;
        }
        self.row += 2;
        Ok(first)
    }
}

/// The report's tables of the programme's own terms with these ids, in their order.
fn own<'a>(report: &'a Report, ids: &'a [&str]) -> impl Iterator<Item = &'a Table> + 'a {
    ids.iter()
        .filter_map(|id| report.own_terms.iter().find(|t| t.id == *id))
}

/// Build the workbook in memory.
pub fn render(report: &Report, l: &Localizer) -> Result<Vec<u8>> {
    let f = Formats::new();
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(l.tr("report-title", &[("period", &report.period.label)]))
            .set_author("Feldbuch"),
    );
    let rtl = report.locale == "ar";
    let total = l.tr("report-total", &[]);
    let k = report.k;
    let marks = Marks::new(l, k);
    let names: Vec<String> = [
        "report-sheet-overview",
        "report-sheet-contacts",
        "report-sheet-topics",
        "report-sheet-referrals",
        "report-sheet-activities",
        "report-sheet-participants",
        "report-sheet-method",
    ]
    .iter()
    .map(|id| sheet_name(l, id))
    .collect();

    // Überblick: period, key figures against the previous period, chart data and charts.
    {
        let mut s = Sheet::new(
            &mut wb,
            &names[0],
            rtl,
            &[34.0, 16.0, 16.0, 16.0, 16.0],
            &f,
            &marks,
        )?;
        s.title(&l.tr("report-title", &[("period", &report.period.label)]))?;
        s.periods(report, l)?;
        s.row += 1;
        s.head(s.row, 0, &l.tr("report-head-figure", &[]))?;
        s.head(s.row, 1, &report.period.label)?;
        s.head(s.row, 2, &report.previous.label)?;
        s.head(s.row, 3, &l.tr("report-head-change", &[]))?;
        s.row += 1;
        for kf in &report.key_figures {
            s.text(s.row, 0, &kf.label)?;
            let fmt = if kf.id == "hours" {
                &f.decimal
            } else {
                &f.count
            };
            for (col, v) in [(1u16, kf.current), (2, kf.previous)] {
                s.number(s.row, col, v, fmt)?;
            }
            if let Some(change) = kf.change {
                s.ws.write_number_with_format(s.row, 3, change, &f.percent)?;
            }
            s.row += 1;
        }
        s.row += 2;

        // Chart data: contacts per month and per site kind (the published totals).
        let t = &report.contacts_by_month;
        let month_head = s.row;
        s.head(s.row, 0, &l.tr("report-chart-months", &[]))?;
        s.head(s.row, 1, &l.tr("report-col-contacts", &[]))?;
        s.row += 1;
        let months_first = s.row;
        for (r, label) in t.rows.iter().enumerate() {
            if let Some(m) = label.month {
                s.ws.write_datetime_with_format(s.row, 0, &excel_date(m)?, &f.month)?;
            }
            if let Some(v) = t.row_totals.as_ref().and_then(|rt| rt.get(r)) {
                s.cell(s.row, 1, *v)?;
            }
            s.row += 1;
        }
        let months_last = s.row - 1;
        s.row += 1;
        s.head(s.row, 0, &l.tr("report-chart-site-kinds", &[]))?;
        s.head(s.row, 1, &l.tr("report-col-contacts", &[]))?;
        s.row += 1;
        let kinds_first = s.row;
        for (c, label) in t.cols.iter().enumerate() {
            s.text(s.row, 0, &label.text)?;
            if let Some(v) = t.col_totals.as_ref().and_then(|ct| ct.get(c)) {
                s.cell(s.row, 1, *v)?;
            }
            s.row += 1;
        }
        let kinds_last = s.row - 1;

        let sheet = names[0].as_str();
        if months_last >= months_first {
            let mut chart = Chart::new(ChartType::Column);
            chart.title().set_name(&l.tr("report-chart-months", &[]));
            chart
                .add_series()
                .set_name(&l.tr("report-col-contacts", &[]))
                .set_categories((sheet, months_first, 0, months_last, 0))
                .set_values((sheet, months_first, 1, months_last, 1));
            chart.legend().set_hidden();
            s.ws.insert_chart(month_head, 5, &chart)?;
        }
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .title()
            .set_name(&l.tr("report-chart-site-kinds", &[]));
        chart
            .add_series()
            .set_name(&l.tr("report-col-contacts", &[]))
            .set_categories((sheet, kinds_first, 0, kinds_last, 0))
            .set_values((sheet, kinds_first, 1, kinds_last, 1));
        chart.legend().set_hidden();
        s.ws.insert_chart(month_head + 16, 5, &chart)?;
    }

    // Kontakte.
    {
        let widths = [[28.0].as_slice(), &[13.0; 10]].concat();
        let mut s = Sheet::new(&mut wb, &names[1], rtl, &widths, &f, &marks)?;
        s.title(&names[1])?;
        s.table(&report.contacts_by_month, &total)?;
        s.table(&report.contacts_by_district, &total)?;
        s.table(&report.contacts_by_kind, &total)?;
        for t in own(
            report,
            &[
                "report-table-own-site-kinds",
                "report-table-own-contact-kinds",
            ],
        ) {
            s.table(t, &total)?;
        }
        s.table(&report.anonymous, &total)?;
    }

    // Themen: counts and shares of all contacts.
    {
        let mut s = Sheet::new(&mut wb, &names[2], rtl, &[30.0, 14.0, 14.0], &f, &marks)?;
        s.title(&report.topics.title)?;
        s.head(s.row, 0, &report.topics.row_header)?;
        s.head(s.row, 1, &l.tr("report-col-contacts", &[]))?;
        s.head(s.row, 2, &l.tr("report-col-share", &[]))?;
        s.row += 1;
        for (r, label) in report.topics.rows.iter().enumerate() {
            s.text(s.row, 0, &label.text)?;
            s.cell(s.row, 1, report.topics.cells[r][0])?;
            if let Some(share) = report.topic_shares[r] {
                s.ws.write_number_with_format(s.row, 2, share, &f.percent)?;
            }
            s.row += 1;
        }
        s.row += 1;
        s.ws.write_string_with_format(s.row, 0, l.tr("report-topics-note", &[]), &f.text)?;
        s.row += 2;
        for t in own(report, &["report-table-own-topics"]) {
            s.table(t, &total)?;
        }
    }

    // Vermittlungen, Gruppenangebote.
    for (i, table, below) in [
        (3usize, &report.referrals, "report-table-own-partner-kinds"),
        (4, &report.activities, "report-table-own-activity-kinds"),
    ] {
        let widths = [[30.0].as_slice(), &[15.0; 7]].concat();
        let mut s = Sheet::new(&mut wb, &names[i], rtl, &widths, &f, &marks)?;
        s.title(&names[i])?;
        s.table(table, &total)?;
        for t in own(report, &[below]) {
            s.table(t, &total)?;
        }
    }

    // Teilnehmende: ESF Plus indicators at entry, entries and exits, completeness.
    {
        let mut s = Sheet::new(&mut wb, &names[5], rtl, &[34.0, 14.0, 14.0], &f, &marks)?;
        s.title(&names[5])?;
        s.ws.write_string_with_format(s.row, 0, l.tr("report-participants-note", &[]), &f.text)?;
        s.row += 2;
        for t in &report.participants {
            s.table(t, &total)?;
        }
        s.table(&report.completeness, &total)?;
        s.ws.write_string_with_format(s.row, 0, l.tr("report-completeness-note", &[]), &f.text)?;
    }

    // Methodik: definitions, period, sources, the suppression rule.
    {
        let widths = [[40.0, 90.0].as_slice(), &[14.0; 5]].concat();
        let mut s = Sheet::new(&mut wb, &names[6], rtl, &widths, &f, &marks)?;
        s.title(&names[6])?;
        s.periods(report, l)?;
        s.head(s.row, 0, &l.tr("report-generated", &[]))?;
        s.text(s.row, 1, &report.generated_at)?;
        s.row += 2;
        let k_text = k.to_string();
        for id in [
            "report-method-sdc",
            "report-method-secondary",
            "report-method-limits",
        ] {
            s.head(s.row, 0, &l.tr(&format!("{id}-title"), &[]))?;
            s.ws.write_string_with_format(s.row, 1, l.tr(id, &[("k", &k_text)]), &f.text)?;
            s.row += 1;
        }
        s.row += 1;
        s.head(s.row, 0, &l.tr("report-definitions", &[]))?;
        s.row += 1;
        for kf in &report.key_figures {
            s.text(s.row, 0, &kf.label)?;
            s.ws.write_string_with_format(
                s.row,
                1,
                l.tr(&format!("report-define-{}", kf.id), &[]),
                &f.text,
            )?;
            s.row += 1;
        }
        s.row += 1;
        s.head(s.row, 0, &l.tr("report-sources", &[]))?;
        s.row += 1;
        for (c, id) in [
            "report-source-device",
            "report-source-team",
            "report-source-contacts",
            "report-source-bundles",
            "report-source-last-seq",
            "report-source-last-import",
        ]
        .iter()
        .enumerate()
        {
            s.head(s.row, c as u16, &l.tr(id, &[]))?;
        }
        s.row += 1;
        for src in &report.sources {
            let device = if src.this_device {
                l.tr("report-source-this-device", &[("id", &src.device_id)])
            } else {
                src.device_id.clone()
            };
            s.text(s.row, 0, &device)?;
            s.text(s.row, 1, src.team.as_deref().unwrap_or(""))?;
            s.cell(s.row, 2, src.contacts_in_period)?;
            s.ws.write_number_with_format(s.row, 3, src.bundles_imported as f64, &f.count)?;
            if let Some(seq) = src.last_bundle_seq {
                s.ws.write_number_with_format(s.row, 4, seq as f64, &f.count)?;
            }
            if let Some(at) = &src.last_import {
                s.text(s.row, 5, at)?;
            }
            s.row += 1;
        }
    }
    Ok(wb.save_to_buffer()?)
}

/// The workbook's file name: `Feldbuch-Bericht-2026-Q3-20261121-101500.xlsx` (the time keeps a
/// second report of the same period from replacing the first).
pub fn file_name(period: &super::Period, now: chrono::DateTime<chrono::Utc>) -> String {
    let label = match period.quarter {
        Some((y, q)) => format!("{y}-Q{q}"),
        None => format!("{}_{}", period.from, period.to),
    };
    format!(
        "Feldbuch-Bericht-{label}-{}.xlsx",
        now.format("%Y%m%d-%H%M%S")
    )
}

/// Write the workbook to `path`, atomically and owner-only.
pub fn write(report: &Report, l: &Localizer, path: &Path) -> Result<()> {
    let bytes = render(report, l)?;
    crate::fsutil::write_atomic(path, &bytes)
}
