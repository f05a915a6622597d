//! Heute: quick entry of a contact, today's contacts, the follow-ups due and today's planned
//! visits.

use super::App;
pub use super::DateRange;
use crate::error::Result;
use crate::ids::ContactId;
pub use crate::store::contacts::{Contact, ContactInput, ContactPatch};
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
    /// Open follow-ups of the next 7 days, soonest first.
    pub follow_ups_upcoming: Vec<FollowUp>,
    pub planned_visits: Vec<VisitSlot>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ContactRef {
    pub id: ContactId,
}

/// Log a contact.
pub fn add_contact(app: &App, req: ContactInput) -> Result<Contact> {
    app.with_store(|s| s.add_contact(&req))
}

/// How far ahead Heute shows follow-ups beside the due ones.
pub const UPCOMING_DAYS: u32 = 7;

pub fn today(app: &App, req: TodayQuery) -> Result<Today> {
    let date = app.clock().today();
    let limit = req.limit.map_or(usize::MAX, |l| l as usize);
    let ((contacts, total), due, upcoming, planned) = app.with_store(|s| {
        Ok((
            s.today_contacts_latest(limit)?,
            s.due_followups()?,
            s.upcoming_followups(UPCOMING_DAYS)?,
            s.planned_visits(date)?,
        ))
    })?;
    Ok(Today {
        date,
        contacts,
        contacts_total: u32::try_from(total).unwrap_or(u32::MAX),
        follow_ups_due: due,
        follow_ups_upcoming: upcoming,
        planned_visits: planned,
    })
}

/// A contact changed: only the fields given in `changes` change.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditContact {
    pub id: ContactId,
    pub changes: ContactPatch,
}

/// The contacts of a range of days, oldest first.
pub fn list_contacts(app: &App, req: DateRange) -> Result<Vec<Contact>> {
    let (from, to) = req.dates()?;
    app.with_store(|s| s.list_contacts(from, to))
}

pub fn contact(app: &App, req: ContactRef) -> Result<Contact> {
    app.with_store(|s| s.contact(req.id))
}

pub fn edit_contact(app: &App, req: EditContact) -> Result<Contact> {
    app.with_store(|s| s.edit_contact(req.id, &req.changes))
}

pub fn delete_contact(app: &App, req: ContactRef) -> Result<()> {
    app.with_store(|s| s.delete_contact(req.id))
}
