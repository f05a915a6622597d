//! Gruppenangebote: group activities and who attended them.

use super::App;
pub use super::DateRange;
use crate::error::Result;
use crate::ids::{ActivityId, PersonId};
pub use crate::store::activities::{Activity, ActivityInput, ActivityPatch, Attendee, Facilitator};
pub use crate::store::profile::TeamMember;
use serde::Deserialize;
use ts_rs::TS;

/// Who attended an activity: registered persons by id, and a count of anonymous ones.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Attendance {
    pub id: ActivityId,
    pub persons: Vec<PersonId>,
    pub anonymous_count: i64,
}

pub fn add_activity(app: &App, req: ActivityInput) -> Result<Activity> {
    app.with_store(|s| s.add_activity(&req))
}

/// Every activity, newest first.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ActivityRef {
    pub id: ActivityId,
}

/// The activities of a range of days (all without one).
pub fn list_activities(app: &App, req: DateRange) -> Result<Vec<Activity>> {
    let (from, to) = req.dates()?;
    app.with_store(|s| s.list_activities(from, to))
}

pub fn show_activity(app: &App, req: ActivityRef) -> Result<Activity> {
    app.with_store(|s| s.activity(req.id))
}

/// A correction of an activity: see [`ActivityPatch`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditActivity {
    pub id: ActivityId,
    pub changes: ActivityPatch,
}

/// Archive an activity (`archived: true`) or take it back into use.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ArchiveActivity {
    pub id: ActivityId,
    pub archived: bool,
}

pub fn edit_activity(app: &App, req: EditActivity) -> Result<Activity> {
    app.with_store(|s| s.edit_activity(req.id, &req.changes))
}

pub fn archive_activity(app: &App, req: ArchiveActivity) -> Result<Activity> {
    app.with_store(|s| s.set_activity_archived(req.id, req.archived))
}

pub fn set_attendance(app: &App, req: Attendance) -> Result<Activity> {
    app.with_store(|s| s.set_attendance(req.id, &req.persons, req.anonymous_count))
}

/// The workers who may be named as co-facilitators ([`crate::store::Store::team`]).
pub fn team(app: &App, _req: ()) -> Result<Vec<TeamMember>> {
    app.with_store(|s| s.team())
}
