//! The Berichte screen: the report's figures, and the workbook written to the user's documents
//! folder (the window has no file-system access of its own). Both run off the main thread.

use super::IpcResult;
use crate::dto_report::{ReportDto, ReportFileDto, ReportPeriodDto};
use feldbuch_core::app::App;
use feldbuch_core::report::{self, xlsx, Period, Report};
use feldbuch_core::vocab::Locale;
use feldbuch_core::{Error, Localizer};
use tauri::State;

/// The report's language: the one the window shows (passed along, so a report asked for right
/// after a switch is never in the old one), else the saved setting.
fn localizer(state: &App, locale: Option<&str>) -> Result<Localizer, Error> {
    Ok(Localizer::new(match locale {
        Some(l) => Locale::parse(l)?,
        None => state.data().settings().locale,
    }))
}

/// The report a request asks for, with the localizer it was made in.
fn build(
    state: &App,
    period: &ReportPeriodDto,
    k: Option<u32>,
    locale: Option<&str>,
) -> Result<(Period, Localizer, Report), Error> {
    let p = Period::choose(
        period.quarter.as_deref(),
        period.from.as_deref(),
        period.to.as_deref(),
        state.clock().today(),
    )?;
    let l = localizer(state, locale)?;
    let k = k.map_or(report::DEFAULT_K, u64::from);
    let r = state.with_store(|s| s.report(&p, k, &l))?;
    Ok((p, l, r))
}

#[tauri::command(async)]
pub fn report(
    state: State<'_, App>,
    period: ReportPeriodDto,
    k: Option<u32>,
    locale: Option<String>,
) -> IpcResult<ReportDto> {
    let (_, _, r) = build(&state, &period, k, locale.as_deref())?;
    Ok(r.into())
}

#[tauri::command(async)]
pub fn write_report(
    state: State<'_, App>,
    period: ReportPeriodDto,
    k: Option<u32>,
    locale: Option<String>,
) -> IpcResult<ReportFileDto> {
    let folder = feldbuch_core::datadir::documents_dir()?;
    let (p, l, r) = build(&state, &period, k, locale.as_deref())?;
    let path = folder.join(xlsx::file_name(&p, state.clock().now()));
    xlsx::write(&r, &l, &path)?;
    Ok(ReportFileDto {
        path: path.display().to_string(),
        report: r.into(),
    })
}
