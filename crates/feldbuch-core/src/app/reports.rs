//! Berichte: the report's figures for a period, and the workbook written for the funder.

use super::App;
use crate::error::Result;
use crate::report::{self, xlsx, Period};
pub use crate::report::{
    Hidden, Incomplete, KeyFigure, Label, PeriodInfo, Report, Shown, Source, Table,
};
use crate::vocab::Locale;
use crate::Localizer;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A quarter (`2026-Q3`), or a range of days; all absent: the last complete quarter.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct ReportPeriod {
    pub quarter: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ReportRequest {
    pub period: ReportPeriod,
    /// The smallest count published; the default when absent.
    pub k: Option<u64>,
    /// The language of its labels: the one the window shows (a report asked for right after a
    /// switch is never in the old one); the saved setting when absent.
    pub locale: Option<Locale>,
    /// Where `write_report` saves the workbook (the documents folder without one).
    #[serde(default)]
    #[ts(optional)]
    pub out: Option<String>,
    /// One programme (its id or name); every programme when absent.
    #[serde(default)]
    #[ts(optional)]
    pub programme: Option<String>,
}

/// The workbook written, and the figures in it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReportFile {
    pub path: String,
    pub report: Report,
}

/// The report a request asks for, with its period and the localizer it was made in.
fn build(app: &App, req: &ReportRequest) -> Result<(Period, Localizer, Report)> {
    let p = &req.period;
    let period = Period::choose(
        p.quarter.as_deref(),
        p.from.as_deref(),
        p.to.as_deref(),
        app.clock().today(),
    )?;
    let l = Localizer::new(req.locale.unwrap_or_else(|| app.data().settings().locale));
    let k = req.k.unwrap_or(report::DEFAULT_K);
    if req.programme.as_ref().is_some_and(|p| p.len() > 200) {
        return Err(crate::error::Error::invalid(
            "error-programme-unknown",
            &[("name", "")],
        ));
    }
    let r = app.with_store(|s| {
        let programme = match &req.programme {
            Some(p) => Some(s.resolve_programme(p)?.id),
            None => None,
        };
        s.report_for(&period, programme, k, &l)
    })?;
    Ok((period, l, r))
}

/// The figures (workers and leads; every report is logged in the audit log).
pub fn report(app: &App, req: ReportRequest) -> Result<Report> {
    Ok(build(app, &req)?.2)
}

/// The workbook, written where the user chose or into the documents folder.
pub fn write_report(app: &App, req: ReportRequest) -> Result<ReportFile> {
    let (period, l, r) = build(app, &req)?;
    let path = match &req.out {
        Some(p) => super::path_of(p)?,
        None => crate::datadir::documents_dir()?.join(xlsx::file_name(&period, app.clock().now())),
    };
    xlsx::write(&r, &l, &path)?;
    app.remember_written(&path);
    Ok(ReportFile {
        path: path.display().to_string(),
        report: r,
    })
}
