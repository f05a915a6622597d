//! `feldbuch report`: the same figures as the app's Berichte screen and the workbook.

use crate::output::{json, say};
use feldbuch_core::app::reports::{self, Hidden, ReportPeriod, ReportRequest, Shown};
use feldbuch_core::app::App;
use feldbuch_core::{Error, Localizer};
use std::path::Path;

pub struct Args<'a> {
    pub quarter: Option<&'a str>,
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
    pub out: Option<&'a Path>,
    pub k: u64,
    pub json: bool,
    pub programme: Option<&'a str>,
}

pub fn run(app: &App, l: &Localizer, a: &Args) -> Result<(), Error> {
    let req = ReportRequest {
        period: ReportPeriod {
            quarter: a.quarter.map(String::from),
            from: a.from.map(String::from),
            to: a.to.map(String::from),
        },
        k: Some(a.k),
        locale: Some(l.locale()),
        out: a.out.map(|p| p.display().to_string()),
        programme: a.programme.map(String::from),
    };
    let report = match a.out {
        Some(_) => reports::write_report(app, req)?.report,
        None => reports::report(app, req)?,
    };
    if let Some(out) = a.out {
        if !a.json {
            say(
                l,
                "cli-report-written",
                &[
                    ("period", &report.period.label),
                    ("path", &out.display().to_string()),
                ],
            );
        }
    }
    if a.json {
        return json(&report);
    }
    if a.out.is_none() {
        say(l, "cli-report-summary", &[("period", &report.period.label)]);
        let small = l.tr("report-mark-small", &[("k", &report.k.to_string())]);
        let protect = l.tr("report-mark-protect", &[]);
        let show = |v: Shown<f64>| match v {
            Shown::Value(x) => x.to_string(),
            Shown::Hidden {
                hidden: Hidden::Small,
            } => small.clone(),
            Shown::Hidden {
                hidden: Hidden::Protect,
            } => protect.clone(),
        };
        for f in &report.key_figures {
            println!(
                "{:<40} {:>10} {:>10}",
                f.label,
                show(f.current),
                show(f.previous)
            );
        }
    }
    Ok(())
}
