//! Group activities (Gruppenangebote: Repair-Café, Urban Gardening, …) with facilitators, a
//! volunteers count and mixed attendance: registered persons plus an anonymous count.

use super::{audit, row_date, timestamp, Store};
use crate::error::{Error, Result};
use crate::ids::{ActivityId, PersonId, SiteId, WorkerId};
use crate::validate::{self, field};
use crate::vocab::{ActivityKind, AgeBand, Gender};
use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Limits of an activity.
pub const MAX_ATTENDEES: usize = 200;
pub const MAX_ANONYMOUS_ATTENDANCE: i64 = 2000;
pub const MAX_VOLUNTEERS: i64 = 200;
pub const MAX_ACTIVITY_NOTE: usize = 4000;
pub const MAX_CO_FACILITATORS: usize = 20;

/// An activity as entered, unvalidated.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct ActivityInput {
    pub kind: String,
    pub title: String,
    /// `YYYY-MM-DD`; `None` means today.
    pub date: Option<String>,
    pub start: Option<String>,
    pub duration_min: Option<i64>,
    pub site_id: Option<SiteId>,
    pub volunteers_count: i64,
    pub anonymous_count: i64,
    pub anonymous_age_band: Option<String>,
    pub anonymous_gender: Option<String>,
    pub note: Option<String>,
    /// Registered persons present (each needs a documentation consent).
    pub persons: Vec<PersonId>,
    /// Colleagues who ran it too (workers this store knows: [`Store::team`]); the acting worker
    /// is always the first facilitator and need not be named.
    #[serde(default)]
    #[ts(optional, as = "Option<Vec<WorkerId>>")]
    pub co_facilitators: Vec<WorkerId>,
    /// The programme it belongs to (one in use), if any.
    #[serde(default)]
    #[ts(optional)]
    pub programme: Option<crate::ids::ProgrammeId>,
}

/// A correction of an activity: only the fields given change; an empty text clears an optional
/// one. `persons` replaces the registered attendance when given.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ActivityPatch {
    pub kind: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub start: Option<String>,
    pub duration_min: Option<i64>,
    pub site_id: Option<SiteId>,
    pub volunteers_count: Option<i64>,
    pub anonymous_count: Option<i64>,
    pub anonymous_age_band: Option<String>,
    pub anonymous_gender: Option<String>,
    pub note: Option<String>,
    pub persons: Option<Vec<PersonId>>,
    /// Replaces the co-facilitators when given (the activity's own worker always stays).
    pub co_facilitators: Option<Vec<WorkerId>>,
}

/// An activity as read back.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Activity {
    pub id: ActivityId,
    pub kind: ActivityKind,
    pub title: String,
    pub date: NaiveDate,
    pub start: Option<String>,
    pub duration_min: Option<i64>,
    pub site_id: Option<SiteId>,
    pub site_name: Option<String>,
    pub volunteers_count: i64,
    pub anonymous_count: i64,
    pub anonymous_age_band: Option<AgeBand>,
    pub anonymous_gender: Option<Gender>,
    pub note: Option<String>,
    /// Registered persons present (each with a documentation consent).
    pub attendees: Vec<Attendee>,
    /// Who ran it: the worker who recorded it first, then the co-facilitators by initials.
    pub facilitators: Vec<Facilitator>,
    /// Registered plus anonymous.
    pub total_attendance: i64,
    /// Archived: out of the activity list's work, still in history and reports.
    pub archived: bool,
    pub revision: i64,
    /// The programme's own kind refining `kind` (a vocabulary extension), if any.
    pub kind_ext: Option<String>,
}

impl Activity {
    /// The worker who recorded it (its first facilitator).
    pub fn recorder(&self) -> Option<WorkerId> {
        self.facilitators.iter().find(|f| f.recorder).map(|f| f.id)
    }
}

/// A worker who ran an activity.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Facilitator {
    pub id: WorkerId,
    /// `?` for a worker this store does not know (yet).
    pub initials: String,
    /// The worker who recorded the activity (not a co-facilitator).
    pub recorder: bool,
}

/// A registered person present at an activity (they have a documentation consent in force).
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Attendee {
    pub id: PersonId,
    pub pseudonym: String,
    /// A documentation consent is in force (it always is for a person a record names).
    pub documented: bool,
}

/// An activity a person attended (for the person page).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct Attended {
    pub activity_id: ActivityId,
    pub date: NaiveDate,
    pub kind: ActivityKind,
    pub title: String,
    /// The programme's own kind, refining `kind`.
    pub kind_ext: Option<String>,
}

pub(crate) struct Valid {
    pub(crate) kind: ActivityKind,
    pub(crate) kind_ext: Option<String>,
    pub(crate) title: String,
    pub(crate) date: NaiveDate,
    pub(crate) start: Option<String>,
    pub(crate) duration_min: Option<i64>,
    pub(crate) site: Option<SiteId>,
    pub(crate) volunteers_count: i64,
    pub(crate) anonymous_count: i64,
    pub(crate) anonymous_age_band: Option<AgeBand>,
    pub(crate) anonymous_gender: Option<Gender>,
    pub(crate) note: Option<String>,
    pub(crate) persons: Vec<PersonId>,
    pub(crate) co_facilitators: Vec<WorkerId>,
}

/// Write an activity with the acting worker as its first facilitator and its attendance (also
/// the seed's way in).
pub(crate) fn insert(
    tx: &rusqlite::Transaction<'_>,
    id: ActivityId,
    v: &Valid,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO activities (id, device_id, created_at, updated_at, kind, title, date,
            start_time, duration_min, site_id, volunteers_count, anonymous_count,
            anonymous_age_band, anonymous_gender, note, worker_id, kind_ext)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(rusqlite::params![
        id,
        actor.device,
        ts,
        v.kind.id(),
        v.title,
        v.date.to_string(),
        v.start,
        v.duration_min,
        v.site,
        v.volunteers_count,
        v.anonymous_count,
        v.anonymous_age_band,
        v.anonymous_gender,
        v.note,
        actor.worker,
        v.kind_ext
    ])?;
    let mut run_by = vec![actor.worker];
    run_by.extend(&v.co_facilitators);
    write_facilitators(tx, id, &run_by)?;
    write_attendance(tx, id, &v.persons)
}

/// Rows `(activity, other)` of one of an activity's link tables.
fn write_links<T: rusqlite::ToSql>(
    tx: &rusqlite::Transaction<'_>,
    sql: &str,
    id: ActivityId,
    others: &[T],
) -> Result<()> {
    let mut ins = tx.prepare_cached(sql)?;
    for other in others {
        ins.execute(rusqlite::params![id, other])?;
    }
    Ok(())
}

fn write_facilitators(
    tx: &rusqlite::Transaction<'_>,
    id: ActivityId,
    workers: &[WorkerId],
) -> Result<()> {
    write_links(
        tx,
        "INSERT INTO activity_facilitators (activity_id, worker_id) VALUES (?1, ?2)",
        id,
        workers,
    )
}

fn write_attendance(
    tx: &rusqlite::Transaction<'_>,
    id: ActivityId,
    persons: &[PersonId],
) -> Result<()> {
    write_links(
        tx,
        "INSERT INTO activity_attendance (activity_id, person_id) VALUES (?1, ?2)",
        id,
        persons,
    )
}

impl Store {
    /// `kept_site`: the site the activity names already (an edit may keep an archived one);
    /// `recorder`: the worker who recorded it (the acting one for a new activity).
    fn validate_activity(
        &self,
        input: &ActivityInput,
        kept_site: Option<SiteId>,
        recorder: WorkerId,
    ) -> Result<Valid> {
        // The programme's own kind is stored as the built-in kind it refines, and itself.
        let (kind_id, kind_ext) = self.resolve_vocab("activity-kind", &input.kind)?;
        let kind = ActivityKind::parse(&kind_id)?;
        let title = validate::required_line(field::TITLE, &input.title, 120)?;
        let date = validate::date_up_to_today(input.date.as_deref(), self.clock().today())?;
        let start = match input.start.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(t) => Some(validate::time(t)?.format("%H:%M").to_string()),
        };
        let duration_min = input
            .duration_min
            .map(|d| validate::in_range("error-invalid-duration", d, 1, 720))
            .transpose()?;
        let site = match input.site_id {
            None => None,
            Some(s) => Some(self.site_for_record(s, kept_site)?.id),
        };
        let volunteers_count = validate::in_range(
            "error-invalid-volunteers-count",
            input.volunteers_count,
            0,
            MAX_VOLUNTEERS,
        )?;
        let anonymous_count = validate::in_range(
            "error-invalid-anonymous-count",
            input.anonymous_count,
            0,
            MAX_ANONYMOUS_ATTENDANCE,
        )?;
        let anonymous_age_band =
            validate::optional_vocab(input.anonymous_age_band.as_deref(), AgeBand::parse)?;
        let anonymous_gender =
            validate::optional_vocab(input.anonymous_gender.as_deref(), Gender::parse)?;
        if anonymous_count == 0 && (anonymous_age_band.is_some() || anonymous_gender.is_some()) {
            return Err(Error::invalid("error-anonymous-details-without-count", &[]));
        }
        let note = validate::optional_text(field::NOTE, input.note.as_deref(), MAX_ACTIVITY_NOTE)?;
        if note.is_some() && self.is_volunteer() {
            return Err(Error::Forbidden);
        }
        if input.persons.len() > MAX_ATTENDEES {
            return Err(Error::invalid(
                "error-too-many-attendees",
                &[("max", &MAX_ATTENDEES.to_string())],
            ));
        }
        let persons = self.consenting_persons(&input.persons)?;
        let co_facilitators = self.co_facilitators(&input.co_facilitators, recorder)?;
        Ok(Valid {
            kind,
            kind_ext,
            title,
            date,
            start,
            duration_min,
            site,
            volunteers_count,
            anonymous_count,
            anonymous_age_band,
            anonymous_gender,
            note,
            persons,
            co_facilitators,
        })
    }

    /// Co-facilitators as named: known workers, each once, the recorder left out (it is always
    /// the first facilitator).
    fn co_facilitators(&self, named: &[WorkerId], recorder: WorkerId) -> Result<Vec<WorkerId>> {
        if named.len() > MAX_CO_FACILITATORS {
            return Err(Error::invalid(
                "error-too-many-co-facilitators",
                &[("max", &MAX_CO_FACILITATORS.to_string())],
            ));
        }
        let mut out: Vec<WorkerId> = Vec::new();
        for &w in named {
            if w == recorder || out.contains(&w) {
                continue;
            }
            let known = self
                .conn()
                .prepare_cached("SELECT 1 FROM workers WHERE id = ?1")?
                .query_row([w], |_| Ok(()))
                .optional()?
                .is_some();
            if !known {
                return Err(Error::invalid(
                    "error-co-facilitator-unknown",
                    &[("id", &w.to_string())],
                ));
            }
            out.push(w);
        }
        Ok(out)
    }

    /// Record a group activity; the acting worker is its first facilitator.
    pub fn add_activity(&mut self, input: &ActivityInput) -> Result<Activity> {
        let v = self.validate_activity(input, None, self.actor().worker)?;
        self.check_programme(input.programme)?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let id = ActivityId::new();
        let tx = self.conn_mut().transaction()?;
        insert(&tx, id, &v, &actor, &ts)?;
        super::programmes::write_programme(
            &tx,
            super::programmes::InProgramme::Activity,
            &id.to_string(),
            input.programme,
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "activity",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.activity(id)
    }

    /// Correct an activity: only the fields in `patch` change. A new revision, exported and
    /// merged like the first write.
    pub fn edit_activity(&mut self, id: ActivityId, patch: &ActivityPatch) -> Result<Activity> {
        let old = self.activity(id)?;
        let keep = |new: &Option<String>, old: Option<String>| new.clone().or(old);
        let input = ActivityInput {
            kind: patch.kind.clone().unwrap_or_else(|| {
                old.kind_ext
                    .clone()
                    .unwrap_or_else(|| old.kind.id().to_string())
            }),
            title: patch.title.clone().unwrap_or_else(|| old.title.clone()),
            date: Some(patch.date.clone().unwrap_or_else(|| old.date.to_string())),
            start: keep(&patch.start, old.start.clone()),
            duration_min: patch.duration_min.or(old.duration_min),
            site_id: patch.site_id.or(old.site_id),
            volunteers_count: patch.volunteers_count.unwrap_or(old.volunteers_count),
            anonymous_count: patch.anonymous_count.unwrap_or(old.anonymous_count),
            anonymous_age_band: keep(
                &patch.anonymous_age_band,
                old.anonymous_age_band.map(|a| a.id().to_string()),
            ),
            anonymous_gender: keep(
                &patch.anonymous_gender,
                old.anonymous_gender.map(|g| g.id().to_string()),
            ),
            note: keep(&patch.note, old.note.clone()),
            persons: patch
                .persons
                .clone()
                .unwrap_or_else(|| old.attendees.iter().map(|a| a.id).collect()),
            co_facilitators: patch.co_facilitators.clone().unwrap_or_else(|| {
                old.facilitators
                    .iter()
                    .filter(|f| !f.recorder)
                    .map(|f| f.id)
                    .collect()
            }),
            // A correction keeps the programme.
            programme: None,
        };
        let recorder = old.recorder().unwrap_or(self.actor().worker);
        let v = self.validate_activity(&input, old.site_id, recorder)?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE activities SET kind = ?2, title = ?3, date = ?4, start_time = ?5,
                duration_min = ?6, site_id = ?7, volunteers_count = ?8, anonymous_count = ?9,
                anonymous_age_band = ?10, anonymous_gender = ?11, note = ?12, updated_at = ?13,
                revision = revision + 1, kind_ext = ?15
             WHERE id = ?1 AND revision = ?14",
            rusqlite::params![
                id,
                v.kind,
                v.title,
                v.date.to_string(),
                v.start,
                v.duration_min,
                v.site,
                v.volunteers_count,
                v.anonymous_count,
                v.anonymous_age_band,
                v.anonymous_gender,
                v.note,
                ts,
                old.revision,
                v.kind_ext
            ],
        )?;
        if changed != 1 {
            return Err(Error::Internal("activity changed concurrently".into()));
        }
        if patch.persons.is_some() {
            tx.execute(
                "DELETE FROM activity_attendance WHERE activity_id = ?1",
                [id],
            )?;
            write_attendance(&tx, id, &v.persons)?;
        }
        if patch.co_facilitators.is_some() {
            tx.execute(
                "DELETE FROM activity_facilitators WHERE activity_id = ?1 AND worker_id IS NOT ?2",
                rusqlite::params![id, recorder],
            )?;
            write_facilitators(&tx, id, &v.co_facilitators)?;
        }
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "activity",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.activity(id)
    }

    /// Archive an activity or take it back into use; it stays in history and reports.
    pub fn set_activity_archived(&mut self, id: ActivityId, archived: bool) -> Result<Activity> {
        let old = self.activity(id)?;
        if old.archived != archived {
            let on = archived.then(|| self.clock().today().to_string());
            self.set_archived(
                "activities",
                "activity",
                &id.to_string(),
                "archived_on = ?2",
                &on,
                archived,
            )?;
        }
        self.activity(id)
    }

    /// Set who attended: registered persons and the anonymous count (replaces the former list).
    pub fn set_attendance(
        &mut self,
        id: ActivityId,
        persons: &[PersonId],
        anonymous_count: i64,
    ) -> Result<Activity> {
        let old = self.activity(id)?;
        let input = ActivityInput {
            kind: old
                .kind_ext
                .clone()
                .unwrap_or_else(|| old.kind.id().to_string()),
            title: old.title.clone(),
            date: Some(old.date.to_string()),
            anonymous_count,
            volunteers_count: old.volunteers_count,
            anonymous_age_band: old.anonymous_age_band.map(|a| a.id().to_string()),
            anonymous_gender: old.anonymous_gender.map(|g| g.id().to_string()),
            persons: persons.to_vec(),
            ..Default::default()
        };
        let recorder = old.recorder().unwrap_or(self.actor().worker);
        let v = self.validate_activity(&input, old.site_id, recorder)?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE activities SET anonymous_count = ?2, updated_at = ?3, revision = revision + 1
             WHERE id = ?1",
            rusqlite::params![id, v.anonymous_count, ts],
        )?;
        tx.execute(
            "DELETE FROM activity_attendance WHERE activity_id = ?1",
            [id],
        )?;
        write_attendance(&tx, id, &v.persons)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "activity",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.activity(id)
    }

    /// One activity, as the acting role may see it.
    pub fn activity(&self, id: ActivityId) -> Result<Activity> {
        let not_found = || Error::not_found("error-activity-not-found", &[("id", &id.to_string())]);
        let row = self
            .conn()
            .prepare_cached(
                "SELECT a.kind, a.title, a.date, a.start_time, a.duration_min, a.site_id, s.name,
                    a.volunteers_count, a.anonymous_count, a.anonymous_age_band,
                    a.anonymous_gender, a.note, a.revision, a.worker_id, a.archived_on IS NOT NULL,
                    a.kind_ext
                 FROM activities a LEFT JOIN sites s ON s.id = a.site_id WHERE a.id = ?1",
            )?
            .query_row([id], |r| {
                let date: String = r.get(2)?;
                let worker: Option<WorkerId> = r.get(13)?;
                Ok((
                    worker,
                    Activity {
                        id,
                        kind: r.get(0)?,
                        title: r.get(1)?,
                        date: row_date(&date)?,
                        start: r.get(3)?,
                        duration_min: r.get(4)?,
                        site_id: r.get(5)?,
                        site_name: r.get(6)?,
                        volunteers_count: r.get(7)?,
                        anonymous_count: r.get(8)?,
                        anonymous_age_band: r.get(9)?,
                        anonymous_gender: r.get(10)?,
                        note: r.get(11)?,
                        attendees: vec![],
                        facilitators: vec![],
                        total_attendance: 0,
                        archived: r.get(14)?,
                        revision: r.get(12)?,
                        kind_ext: r.get(15)?,
                    },
                ))
            })
            .optional()?
            .ok_or_else(not_found)?;
        let (worker, mut a) = row;
        if self.is_volunteer() {
            let facilitates: bool = self
                .conn()
                .query_row(
                    "SELECT 1 FROM activity_facilitators WHERE activity_id = ?1 AND worker_id = ?2",
                    rusqlite::params![id, self.actor().worker],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if worker != Some(self.actor().worker) && !facilitates {
                return Err(not_found());
            }
            a.note = None;
        }
        a.attendees = self
            .conn()
            .prepare_cached(&format!(
                "SELECT p.id, p.pseudonym, {} FROM activity_attendance t
                     JOIN persons p ON p.id = t.person_id
                     WHERE t.activity_id = ?1 ORDER BY p.pseudonym COLLATE NOCASE",
                super::DOCUMENTED
            ))?
            .query_map([id], |r| {
                Ok(Attendee {
                    id: r.get(0)?,
                    pseudonym: r.get(1)?,
                    documented: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        a.facilitators = self
            .conn()
            .prepare_cached(
                "SELECT f.worker_id, coalesce(w.initials, '?'), f.worker_id IS ?2
                 FROM activity_facilitators f
                 LEFT JOIN workers w ON w.id = f.worker_id WHERE f.activity_id = ?1
                 ORDER BY 3 DESC, 2, 1",
            )?
            .query_map(rusqlite::params![id, worker], |r| {
                Ok(Facilitator {
                    id: r.get(0)?,
                    initials: r.get(1)?,
                    recorder: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        a.total_attendance = a.anonymous_count + a.attendees.len() as i64;
        Ok(a)
    }

    /// Activities between two dates, newest first.
    pub fn list_activities(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Activity>> {
        let from = from.map(|d| d.to_string()).unwrap_or_default();
        let to = to
            .map(|d| d.to_string())
            .unwrap_or_else(|| "9999-99-99".into());
        let ids: Vec<ActivityId> = self
            .conn()
            .prepare_cached(
                "SELECT id FROM activities WHERE date BETWEEN ?1 AND ?2
                 ORDER BY date DESC, start_time DESC, id DESC LIMIT 1000",
            )?
            .query_map([from, to], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = vec![];
        for id in ids {
            match self.activity(id) {
                Ok(a) => out.push(a),
                Err(Error::NotFound { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// Activities a person attended, newest first.
    pub(crate) fn attendance_of_person(&self, person: PersonId) -> Result<Vec<Attended>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.id, a.date, a.kind, a.title, a.kind_ext FROM activity_attendance t
             JOIN activities a ON a.id = t.activity_id WHERE t.person_id = ?1
             ORDER BY a.date DESC, a.id DESC",
        )?;
        let rows = stmt.query_map([person], |r| {
            Ok(Attended {
                activity_id: r.get(0)?,
                date: row_date(&r.get::<_, String>(1)?)?,
                kind: r.get(2)?,
                title: r.get(3)?,
                kind_ext: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The person no longer attends any activity by name: each activity counts them as one more
/// anonymous visitor instead (erasure, withdrawal of the documentation consent). Returns the
/// activities changed.
pub(crate) fn anonymise_attendance(
    tx: &rusqlite::Transaction<'_>,
    person: PersonId,
    ts: &str,
) -> Result<Vec<String>> {
    let activities: Vec<String> = tx
        .prepare("SELECT activity_id FROM activity_attendance WHERE person_id = ?1")?
        .query_map([person], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for a in &activities {
        tx.execute(
            "UPDATE activities SET anonymous_count = anonymous_count + 1, revision = revision + 1,
                updated_at = ?2 WHERE id = ?1",
            rusqlite::params![a, ts],
        )?;
    }
    tx.execute(
        "DELETE FROM activity_attendance WHERE person_id = ?1",
        [person],
    )?;
    Ok(activities)
}
