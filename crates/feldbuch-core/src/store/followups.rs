//! Follow-ups (Wiedervorlagen): set from a contact (its follow-up date) or for a person; listed
//! when due, overdue ones flagged; done with one action.

use super::{audit, row_date, timestamp, Store};
use crate::error::{Error, Result};
use crate::ids::{ContactId, FollowUpId, PersonId, WorkerId};
use crate::validate::{self, field};
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// Longest "what" text of a follow-up.
pub const MAX_WHAT: usize = 200;

/// A follow-up as read back.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub due_on: NaiveDate,
    /// Free text; empty for a follow-up set from a contact.
    pub what: String,
    pub contact_id: Option<ContactId>,
    /// The date of the contact it belongs to, if any.
    pub contact_date: Option<NaiveDate>,
    pub person_id: Option<PersonId>,
    /// The person's pseudonym; for a follow-up set from a contact, the pseudonyms of the persons
    /// the contact reached (comma-separated), if any.
    pub pseudonym: Option<String>,
    /// The site of the contact it belongs to, if any.
    pub site_name: Option<String>,
    pub done_on: Option<NaiveDate>,
    pub overdue: bool,
}

/// Which follow-ups to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpFilter {
    /// Open and due today or earlier.
    Due,
    /// All open ones, also those due later.
    Open,
    /// Done ones, newest first.
    Done,
}

const SELECT: &str = "SELECT f.id, f.due_on, f.what, f.contact_id, c.date, f.person_id,
        coalesce(p.pseudonym,
                 (SELECT group_concat(pseudonym, ', ') FROM
                    (SELECT cpp.pseudonym FROM contact_persons cp
                     JOIN persons cpp ON cpp.id = cp.person_id
                     WHERE cp.contact_id = f.contact_id ORDER BY cpp.pseudonym COLLATE NOCASE))),
        f.done_on, f.worker_id, s.name
     FROM followups f
     LEFT JOIN contacts c ON c.id = f.contact_id
     LEFT JOIN sites s ON s.id = c.site_id
     LEFT JOIN persons p ON p.id = f.person_id";

impl Store {
    fn followup_rows(
        &self,
        where_order: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<FollowUp>> {
        let today = self.clock().today();
        let only: Option<WorkerId> = self.is_volunteer().then_some(self.actor().worker);
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT} {where_order}"))?;
        let rows = stmt.query_map(params, |r| {
            let due_on = row_date(&r.get::<_, String>(1)?)?;
            let cdate: Option<String> = r.get(4)?;
            let done: Option<String> = r.get(7)?;
            let done_on = done.as_deref().map(row_date).transpose()?;
            let worker: WorkerId = r.get(8)?;
            Ok((
                worker,
                FollowUp {
                    id: r.get(0)?,
                    due_on,
                    what: r.get(2)?,
                    contact_id: r.get(3)?,
                    contact_date: cdate.as_deref().map(row_date).transpose()?,
                    person_id: r.get(5)?,
                    pseudonym: r.get(6)?,
                    site_name: r.get(9)?,
                    done_on,
                    overdue: done_on.is_none() && due_on < today,
                },
            ))
        })?;
        let all: Vec<(WorkerId, FollowUp)> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(all
            .into_iter()
            .filter(|(w, _)| only.is_none_or(|o| o == *w))
            .map(|(_, f)| f)
            .collect())
    }

    /// Open follow-ups due today or earlier, oldest first (Heute).
    pub fn due_followups(&self) -> Result<Vec<FollowUp>> {
        self.followups(FollowUpFilter::Due)
    }

    /// Open follow-ups due in the next `days` days (after today), soonest first (Heute).
    pub fn upcoming_followups(&self, days: u32) -> Result<Vec<FollowUp>> {
        let today = self.clock().today();
        let last = today + chrono::Days::new(u64::from(days));
        self.followup_rows(
            "WHERE f.done_on IS NULL AND f.due_on > ?1 AND f.due_on <= ?2 ORDER BY f.due_on, f.id",
            &[&today.to_string(), &last.to_string()],
        )
    }

    /// Follow-ups by filter.
    pub fn followups(&self, filter: FollowUpFilter) -> Result<Vec<FollowUp>> {
        let today = self.clock().today().to_string();
        match filter {
            FollowUpFilter::Due => self.followup_rows(
                "WHERE f.done_on IS NULL AND f.due_on <= ?1 ORDER BY f.due_on, f.id",
                &[&today],
            ),
            FollowUpFilter::Open => {
                self.followup_rows("WHERE f.done_on IS NULL ORDER BY f.due_on, f.id", &[])
            }
            FollowUpFilter::Done => self.followup_rows(
                "WHERE f.done_on IS NOT NULL ORDER BY f.done_on DESC, f.id DESC LIMIT 500",
                &[],
            ),
        }
    }

    /// A person's follow-ups, open first.
    pub(crate) fn followups_of_person(&self, person: PersonId) -> Result<Vec<FollowUp>> {
        self.followup_rows(
            "WHERE f.person_id = ?1 OR f.contact_id IN
                (SELECT contact_id FROM contact_persons WHERE person_id = ?1)
             ORDER BY f.done_on IS NOT NULL, f.due_on DESC, f.id",
            &[&person],
        )
    }

    /// Add a follow-up for a person (who needs a documentation consent) or a contact.
    pub fn add_followup(
        &mut self,
        due_on: &str,
        what: &str,
        person: Option<PersonId>,
        contact: Option<ContactId>,
    ) -> Result<FollowUp> {
        let due = validate::date(due_on)?;
        let what = validate::required_line(field::WHAT, what, MAX_WHAT)?;
        let person = self.consenting_person(person)?;
        let contact = match contact {
            Some(c) => Some(self.contact(c)?.id),
            None => None,
        };
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let id = FollowUpId::new();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO followups (id, device_id, created_at, updated_at, worker_id, due_on, what,
                person_id, contact_id) VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                id,
                actor.device,
                ts,
                actor.worker,
                due.to_string(),
                what,
                person,
                contact
            ],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "followup",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.followup(id)
    }

    /// One follow-up, as the acting role may see it.
    pub fn followup(&self, id: FollowUpId) -> Result<FollowUp> {
        self.followup_rows("WHERE f.id = ?1", &[&id])?
            .into_iter()
            .next()
            .ok_or_else(|| Error::not_found("error-followup-not-found", &[("id", &id.to_string())]))
    }

    /// Reschedule a follow-up or change what it is about (an empty `what` is refused, except
    /// that one set from a contact keeps its empty text when none is given). Rescheduling a
    /// contact's follow-up moves the contact's follow-up date with it, so the two never disagree
    /// (and the contact's new revision travels).
    pub fn edit_followup(
        &mut self,
        id: FollowUpId,
        due_on: Option<&str>,
        what: Option<&str>,
    ) -> Result<FollowUp> {
        let f = self.followup(id)?;
        let due = match due_on {
            Some(d) => validate::date(d)?,
            None => f.due_on,
        };
        let what = match what {
            Some(w) => validate::required_line(field::WHAT, w, MAX_WHAT)?,
            None => f.what.clone(),
        };
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE followups SET due_on = ?2, what = ?3, updated_at = ?4, revision = revision + 1
             WHERE id = ?1",
            rusqlite::params![id, due.to_string(), what, ts],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "followup",
            &id.to_string(),
        )?;
        if let (Some(contact), true) = (f.contact_id, due != f.due_on && f.done_on.is_none()) {
            tx.execute(
                "UPDATE contacts SET followup_date = ?2, updated_at = ?3, revision = revision + 1
                 WHERE id = ?1",
                rusqlite::params![contact, due.to_string(), ts],
            )?;
            audit::append(
                &tx,
                &actor,
                now,
                audit::Action::Update,
                "contact",
                &contact.to_string(),
            )?;
        }
        tx.commit()?;
        self.followup(id)
    }

    /// Open a done follow-up again.
    pub fn reopen_followup(&mut self, id: FollowUpId) -> Result<FollowUp> {
        let f = self.followup(id)?;
        if f.done_on.is_none() {
            return Err(Error::invalid("error-followup-not-done", &[]));
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE followups SET done_on = NULL, updated_at = ?2, revision = revision + 1
             WHERE id = ?1",
            rusqlite::params![id, ts],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "followup",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.followup(id)
    }

    /// Mark a follow-up done (today unless a date is given).
    pub fn complete_followup(&mut self, id: FollowUpId, on: Option<&str>) -> Result<FollowUp> {
        let today = self.clock().today();
        let on = validate::date_up_to_today(on, today)?;
        let f = self.followup(id)?;
        if f.done_on.is_some() {
            return Err(Error::invalid("error-followup-already-done", &[]));
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE followups SET done_on = ?2, updated_at = ?3, revision = revision + 1
             WHERE id = ?1 AND done_on IS NULL",
            rusqlite::params![id, on.to_string(), ts],
        )?;
        if changed != 1 {
            return Err(Error::invalid("error-followup-already-done", &[]));
        }
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "followup",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.followup(id)
    }
}
