//! Retention (DSGVO Art. 5(1)(e)): a period in years per category; what is past it is listed
//! and, on confirmation, erased. The deletion log records the category, the count and when,
//! never what the records said.

use super::{audit, timestamp, tombstone, Actor, Store};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::vocab::RetentionCategory;
use chrono::{Months, NaiveDate};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

/// Longest retention period that can be set, in years.
pub const MAX_YEARS: i64 = 30;

/// The period of one category.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RetentionRule {
    pub category: RetentionCategory,
    /// `None`: kept without limit.
    pub years: Option<i64>,
}

/// What is past its period in one category.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct RetentionDue {
    pub category: RetentionCategory,
    pub years: i64,
    /// Records dated before this day are due.
    pub cutoff: NaiveDate,
    pub count: u64,
}

/// One line of the deletion log.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct DeletionLogEntry {
    pub at: String,
    pub reason: String,
    pub category: String,
    pub count: i64,
}

fn cutoff(today: NaiveDate, years: i64) -> NaiveDate {
    let months = u32::try_from(years.clamp(0, MAX_YEARS) * 12).unwrap_or(0);
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(today)
}

/// How many records of a category are dated before `cut`.
fn count_due(conn: &Connection, cat: RetentionCategory, cut: &str) -> Result<u64> {
    let sql = match cat {
        RetentionCategory::ClosedPersons => {
            "SELECT count(*) FROM persons WHERE status = 'closed' AND closed_on < ?1"
        }
        RetentionCategory::Notes => {
            "SELECT count(*) FROM contacts WHERE note IS NOT NULL AND date < ?1"
        }
        RetentionCategory::DoneFollowups => {
            "SELECT count(*) FROM followups WHERE done_on IS NOT NULL AND done_on < ?1"
        }
        RetentionCategory::ClosedReferrals => {
            "SELECT count(*) FROM referrals WHERE status IN ('wahrgenommen', 'nicht-wahrgenommen',
                'abgebrochen') AND status_changed_on < ?1"
        }
    };
    let n: i64 = conn.query_row(sql, [cut], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

impl Store {
    /// The retention period of every category.
    pub fn retention_rules(&self) -> Result<Vec<RetentionRule>> {
        let mut out = vec![];
        for cat in RetentionCategory::ALL {
            let years: Option<i64> = self
                .conn()
                .query_row(
                    "SELECT years FROM retention_policy WHERE category = ?1",
                    [cat],
                    |r| r.get(0),
                )
                .optional()?;
            out.push(RetentionRule {
                category: *cat,
                years,
            });
        }
        Ok(out)
    }

    /// Set (or, with `None`, remove) the period of a category. Only a lead or a worker may.
    pub fn set_retention(&mut self, category: &str, years: Option<i64>) -> Result<RetentionRule> {
        self.deny_volunteer()?;
        let category = RetentionCategory::parse(category)?;
        let years = years
            .map(|y| crate::validate::in_range("error-invalid-retention-years", y, 1, MAX_YEARS))
            .transpose()?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        match years {
            Some(y) => tx.execute(
                "INSERT INTO retention_policy (category, years, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (category) DO UPDATE SET years = excluded.years,
                    updated_at = excluded.updated_at",
                rusqlite::params![category, y, ts],
            )?,
            None => tx.execute(
                "DELETE FROM retention_policy WHERE category = ?1",
                [category],
            )?,
        };
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "retention",
            category.id(),
        )?;
        tx.commit()?;
        Ok(RetentionRule { category, years })
    }

    /// What is past its retention period now, per category with a period.
    pub fn retention_due(&self) -> Result<Vec<RetentionDue>> {
        self.deny_volunteer()?;
        let today = self.clock().today();
        let mut out = vec![];
        for rule in self.retention_rules()? {
            let Some(years) = rule.years else { continue };
            let cut = cutoff(today, years);
            out.push(RetentionDue {
                category: rule.category,
                years,
                cutoff: cut,
                count: count_due(self.conn(), rule.category, &cut.to_string())?,
            });
        }
        Ok(out)
    }

    /// Erase what is past its period in the given categories (all with a period if empty), in
    /// one transaction. Returns what was erased per category.
    pub fn apply_retention(&mut self, categories: &[String]) -> Result<Vec<RetentionDue>> {
        self.deny_volunteer()?;
        let wanted = categories
            .iter()
            .map(|c| RetentionCategory::parse(c))
            .collect::<Result<Vec<_>>>()?;
        let due: Vec<RetentionDue> = self
            .retention_due()?
            .into_iter()
            .filter(|d| wanted.is_empty() || wanted.contains(&d.category))
            .collect();
        if let Some(c) = wanted
            .iter()
            .find(|c| !due.iter().any(|d| d.category == **c))
        {
            return Err(Error::invalid(
                "error-retention-no-period",
                &[("category", c.id())],
            ));
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let mut done = vec![];
        for d in due {
            let cut = d.cutoff.to_string();
            let count = match d.category {
                RetentionCategory::ClosedPersons => {
                    let ids: Vec<PersonId> = tx
                        .prepare(
                            "SELECT id FROM persons WHERE status = 'closed' AND closed_on < ?1",
                        )?
                        .query_map([&cut], |r| r.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    for id in &ids {
                        let person = super::persons::load_raw(&tx, *id)?;
                        super::rights::erase_in(&tx, &person, &actor, &ts)?;
                    }
                    ids.len() as u64
                }
                RetentionCategory::Notes => tx.execute(
                    "UPDATE contacts SET note = NULL, revision = revision + 1, updated_at = ?2
                     WHERE note IS NOT NULL AND date < ?1",
                    [&cut, &ts],
                )? as u64,
                RetentionCategory::DoneFollowups => delete_with_tombstones(
                    &tx,
                    "followup",
                    "SELECT id, revision FROM followups WHERE done_on IS NOT NULL AND done_on < ?1",
                    "followups",
                    &cut,
                    &actor,
                    &ts,
                )?,
                RetentionCategory::ClosedReferrals => delete_with_tombstones(
                    &tx,
                    "referral",
                    "SELECT id, revision FROM referrals WHERE status IN ('wahrgenommen',
                        'nicht-wahrgenommen', 'abgebrochen') AND status_changed_on < ?1",
                    "referrals",
                    &cut,
                    &actor,
                    &ts,
                )?,
            };
            super::audit::log_deletion(
                &tx,
                &actor,
                &ts,
                "retention",
                d.category.id(),
                i64::try_from(count).unwrap_or(i64::MAX),
            )?;
            audit::append(
                &tx,
                &actor,
                now,
                audit::Action::Erase,
                "retention",
                d.category.id(),
            )?;
            done.push(RetentionDue { count, ..d });
        }
        tx.commit()?;
        Ok(done)
    }

    /// The deletion log, newest first.
    pub fn deletion_log(&self) -> Result<Vec<DeletionLogEntry>> {
        self.deny_volunteer()?;
        let mut stmt = self.conn().prepare(
            "SELECT at, reason, category, count FROM deletion_log ORDER BY seq DESC LIMIT 1000",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(DeletionLogEntry {
                at: r.get(0)?,
                reason: r.get(1)?,
                category: r.get(2)?,
                count: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn delete_with_tombstones(
    tx: &rusqlite::Transaction<'_>,
    entity: &str,
    select: &str,
    table: &str,
    cut: &str,
    actor: &Actor,
    ts: &str,
) -> Result<u64> {
    let rows: Vec<(String, i64)> = tx
        .prepare(select)?
        .query_map([cut], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, rev) in &rows {
        tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
        tombstone(tx, entity, id, actor, ts, rev + 1)?;
    }
    Ok(rows.len() as u64)
}
