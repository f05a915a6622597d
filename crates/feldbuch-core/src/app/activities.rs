//! Gruppenangebote: group activities and who attended them.

use super::App;
use crate::error::Result;
use crate::ids::ActivityId;
pub use crate::store::activities::{Activity, ActivityInput, Attendee};
use serde::Deserialize;
use ts_rs::TS;

/// Who attended an activity: registered persons by id, and a count of anonymous ones.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Attendance {
    pub id: ActivityId,
    pub persons: Vec<String>,
    pub anonymous_count: i64,
}

pub fn add_activity(app: &App, req: ActivityInput) -> Result<Activity> {
    app.with_store(|s| s.add_activity(&req))
}

/// Every activity, newest first.
pub fn list_activities(app: &App, _: ()) -> Result<Vec<Activity>> {
    app.with_store(|s| s.list_activities(None, None))
}

pub fn set_attendance(app: &App, req: Attendance) -> Result<Activity> {
    app.with_store(|s| s.set_attendance(req.id, &req.persons, req.anonymous_count))
}
