//! Wire types of the report: the published figures exactly as the core computed them (a hidden
//! cell is its mark, `{ hidden: "small" }` or `{ hidden: "protect" }`), with labels already in
//! the app's language.

use feldbuch_core::report::{
    Hidden, Incomplete, KeyFigure, Label, PeriodInfo, Report, Shown, Source, Table,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which period: a quarter (`2026-Q3`), or `from` and `to`; neither means the last complete
/// quarter.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportPeriodDto {
    pub quarter: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PeriodInfoDto {
    pub from: String,
    pub to: String,
    pub label: String,
}

impl From<PeriodInfo> for PeriodInfoDto {
    fn from(p: PeriodInfo) -> Self {
        Self {
            from: p.from.to_string(),
            to: p.to.to_string(),
            label: p.label,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LabelDto {
    pub key: String,
    pub text: String,
}

impl From<Label> for LabelDto {
    fn from(l: Label) -> Self {
        Self {
            key: l.key,
            text: l.text,
        }
    }
}

/// Why a number is not shown: a count from 1 to k−1 ("< k"), or a cell hidden to protect one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum HiddenDto {
    Small,
    Protect,
}

/// A published number (counts fit a JavaScript number), or the mark that hides it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(untagged)]
pub enum ShownDto {
    Value(f64),
    Hidden { hidden: HiddenDto },
}

impl<T: Into<f64>> From<Shown<T>> for ShownDto {
    fn from(s: Shown<T>) -> Self {
        match s {
            Shown::Value(v) => ShownDto::Value(v.into()),
            Shown::Hidden { hidden } => ShownDto::Hidden {
                hidden: match hidden {
                    Hidden::Small => HiddenDto::Small,
                    Hidden::Protect => HiddenDto::Protect,
                },
            },
        }
    }
}

fn shown_counts(cells: Vec<Shown<u64>>) -> Vec<ShownDto> {
    cells
        .into_iter()
        .map(|c| c.map(|v| v as f64).into())
        .collect()
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TableDto {
    pub id: String,
    pub title: String,
    pub row_header: String,
    pub rows: Vec<LabelDto>,
    pub cols: Vec<LabelDto>,
    pub cells: Vec<Vec<ShownDto>>,
    pub row_totals: Option<Vec<ShownDto>>,
    pub col_totals: Option<Vec<ShownDto>>,
    /// The grand total, when the table has both totals.
    pub total: Option<ShownDto>,
}

impl From<Table> for TableDto {
    fn from(t: Table) -> Self {
        Self {
            id: t.id,
            title: t.title,
            row_header: t.row_header,
            rows: t.rows.into_iter().map(Into::into).collect(),
            cols: t.cols.into_iter().map(Into::into).collect(),
            cells: t.cells.into_iter().map(shown_counts).collect(),
            row_totals: t.row_totals.map(shown_counts),
            col_totals: t.col_totals.map(shown_counts),
            total: t.total.map(|c| c.map(|v| v as f64).into()),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KeyFigureDto {
    pub id: String,
    pub label: String,
    pub current: ShownDto,
    pub previous: ShownDto,
    /// Relative change, computed in the core (the workbook shows the same).
    pub change: Option<f64>,
}

impl From<KeyFigure> for KeyFigureDto {
    fn from(f: KeyFigure) -> Self {
        Self {
            id: f.id.to_string(),
            label: f.label,
            current: f.current.into(),
            previous: f.previous.into(),
            change: f.change,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SourceDto {
    pub device_id: String,
    pub this_device: bool,
    pub team: Option<String>,
    pub contacts_in_period: ShownDto,
    #[ts(type = "number")]
    pub bundles_imported: u64,
    #[ts(type = "number | null")]
    pub last_bundle_seq: Option<u64>,
    pub last_import: Option<String>,
}

impl From<Source> for SourceDto {
    fn from(s: Source) -> Self {
        Self {
            device_id: s.device_id,
            this_device: s.this_device,
            team: s.team,
            contacts_in_period: s.contacts_in_period.map(|v| v as f64).into(),
            bundles_imported: s.bundles_imported,
            last_bundle_seq: s.last_bundle_seq,
            last_import: s.last_import,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IncompleteDto {
    pub person_id: String,
    pub pseudonym: String,
    pub missing: Vec<String>,
}

impl From<Incomplete> for IncompleteDto {
    fn from(i: Incomplete) -> Self {
        Self {
            person_id: i.person_id,
            pseudonym: i.pseudonym,
            missing: i.missing.into_iter().map(str::to_string).collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportDto {
    pub locale: String,
    pub period: PeriodInfoDto,
    pub previous: PeriodInfoDto,
    #[ts(type = "number")]
    pub k: u64,
    pub generated_at: String,
    pub key_figures: Vec<KeyFigureDto>,
    pub contacts_by_month: TableDto,
    pub contacts_by_district: TableDto,
    pub contacts_by_kind: TableDto,
    pub topics: TableDto,
    pub topic_shares: Vec<Option<f64>>,
    pub referrals: TableDto,
    pub activities: TableDto,
    pub participants: Vec<TableDto>,
    pub completeness: TableDto,
    pub incomplete: Vec<IncompleteDto>,
    pub sources: Vec<SourceDto>,
}

impl From<Report> for ReportDto {
    fn from(r: Report) -> Self {
        Self {
            locale: r.locale.to_string(),
            period: r.period.into(),
            previous: r.previous.into(),
            k: r.k,
            generated_at: r.generated_at,
            key_figures: r.key_figures.into_iter().map(Into::into).collect(),
            contacts_by_month: r.contacts_by_month.into(),
            contacts_by_district: r.contacts_by_district.into(),
            contacts_by_kind: r.contacts_by_kind.into(),
            topics: r.topics.into(),
            topic_shares: r.topic_shares,
            referrals: r.referrals.into(),
            activities: r.activities.into(),
            participants: r.participants.into_iter().map(Into::into).collect(),
            completeness: r.completeness.into(),
            incomplete: r.incomplete.into_iter().map(Into::into).collect(),
            sources: r.sources.into_iter().map(Into::into).collect(),
        }
    }
}

/// Where the workbook was written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportFileDto {
    pub path: String,
    pub report: ReportDto,
}

pub fn decls() -> Vec<String> {
    vec![
        ReportPeriodDto::decl(),
        PeriodInfoDto::decl(),
        LabelDto::decl(),
        HiddenDto::decl(),
        ShownDto::decl(),
        TableDto::decl(),
        KeyFigureDto::decl(),
        SourceDto::decl(),
        IncompleteDto::decl(),
        ReportDto::decl(),
        ReportFileDto::decl(),
    ]
}
