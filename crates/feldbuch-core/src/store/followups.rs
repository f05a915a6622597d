//! Follow-ups (Wiedervorlagen).

use super::Store;
use crate::error::Result;
use crate::ids::{ContactId, FollowUpId};
use chrono::NaiveDate;
use serde::Serialize;

/// An open follow-up.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub due_on: NaiveDate,
    /// Free text; empty for a follow-up set from a contact.
    pub what: String,
    pub contact_id: Option<ContactId>,
    /// The date of the contact it belongs to, if any.
    pub contact_date: Option<NaiveDate>,
    pub overdue: bool,
}

impl Store {
    /// Open follow-ups due today or earlier, oldest first.
    pub fn due_followups(&self) -> Result<Vec<FollowUp>> {
        let today = self.clock().today();
        let mut stmt = self.conn().prepare_cached(
            "SELECT f.id, f.due_on, f.what, f.contact_id, c.date FROM followups f
             LEFT JOIN contacts c ON c.id = f.contact_id
             WHERE f.done_on IS NULL AND f.due_on <= ?1 ORDER BY f.due_on, f.id",
        )?;
        let rows = stmt.query_map([today.to_string()], |r| {
            let due: String = r.get(1)?;
            let cdate: Option<String> = r.get(4)?;
            let due_on = NaiveDate::parse_from_str(&due, "%Y-%m-%d").unwrap_or(today);
            Ok(FollowUp {
                id: r.get(0)?,
                due_on,
                what: r.get(2)?,
                contact_id: r.get(3)?,
                contact_date: cdate.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                overdue: due_on < today,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
