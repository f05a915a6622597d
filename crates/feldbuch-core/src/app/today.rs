//! Heute: quick entry of a contact, today's contacts, the follow-ups due and today's planned
//! visits.

use super::App;
use crate::error::{Error, Result};
use crate::ids::{ContactId, SiteId};
pub use crate::store::contacts::{Contact, ContactInput};
pub use crate::store::followups::FollowUp;
pub use crate::store::sites::VisitSlot;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct TodayQuery {
    /// Only the last `limit` of today's contacts (all without one).
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Today {
    pub date: NaiveDate,
    /// The last of today's contacts, as many as asked for.
    pub contacts: Vec<Contact>,
    /// How many contacts today has in all.
    pub contacts_total: u32,
    pub follow_ups_due: Vec<FollowUp>,
    pub planned_visits: Vec<VisitSlot>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ContactRef {
    pub id: ContactId,
}

/// Log a contact. The window picks its site from the list: only a site's id is taken here,
/// never a name (the CLI may name one).
pub fn add_contact(app: &App, req: ContactInput) -> Result<Contact> {
    if req.site.trim().is_empty() {
        return Err(Error::invalid("error-text-required", &[("field", "site")]));
    }
    SiteId::parse(&req.site)?;
    app.with_store(|s| s.add_contact(&req))
}

pub fn today(app: &App, req: TodayQuery) -> Result<Today> {
    let date = app.clock().today();
    let limit = req.limit.map_or(usize::MAX, |l| l as usize);
    let ((contacts, total), due, planned) = app.with_store(|s| {
        Ok((
            s.today_contacts_latest(limit)?,
            s.due_followups()?,
            s.planned_visits(date)?,
        ))
    })?;
    Ok(Today {
        date,
        contacts,
        contacts_total: u32::try_from(total).unwrap_or(u32::MAX),
        follow_ups_due: due,
        planned_visits: planned,
    })
}

pub fn delete_contact(app: &App, req: ContactRef) -> Result<()> {
    app.with_store(|s| s.delete_contact(req.id))
}
