//! `activity …`: group activities and their attendance.

use crate::args::ActivityCmd;
use crate::output::{json, say, Names};
use crate::sites::{archived, changed};
use crate::today::{person_ids, site_named};
use feldbuch_core::app::activities::{
    self, Activity, ActivityInput, ActivityPatch, ActivityRef, ArchiveActivity, Attendance,
    EditActivity,
};
use feldbuch_core::app::{App, DateRange};
use feldbuch_core::ids::{ActivityId, WorkerId};
use feldbuch_core::{Error, Localizer};

fn worker_ids(ids: &[String]) -> Result<Vec<WorkerId>, Error> {
    ids.iter().map(|id| WorkerId::parse(id)).collect()
}

fn activity_line(n: &Names<'_>, a: &Activity) {
    let l = n.l;
    println!(
        "{}  {}  {}  [{}]  {}",
        a.id,
        a.date,
        a.title,
        n.term("activity-kind", &a.kind.fluent_id(), a.kind_ext.as_deref()),
        l.tr(
            "cli-attendance",
            &[
                ("total", &a.total_attendance.to_string()),
                ("registered", &a.attendees.len().to_string()),
                ("anonymous", &a.anonymous_count.to_string())
            ]
        )
    );
}

pub fn activity(app: &App, l: &Localizer, cmd: &ActivityCmd) -> Result<(), Error> {
    match cmd {
        ActivityCmd::Add {
            kind,
            title,
            date,
            start,
            duration,
            site,
            volunteers,
            anonymous,
            age_band,
            gender,
            note,
            person,
            facilitator,
            programme,
            json: as_json,
        } => {
            let programme = crate::programme_of(app, programme.as_deref())?;
            let site_id = match site.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(s) => Some(site_named(app, s)?),
            };
            let a = activities::add_activity(
                app,
                ActivityInput {
                    kind: kind.clone(),
                    title: title.clone(),
                    date: date.clone(),
                    start: start.clone(),
                    duration_min: *duration,
                    site_id,
                    volunteers_count: *volunteers,
                    anonymous_count: *anonymous,
                    anonymous_age_band: age_band.clone(),
                    anonymous_gender: gender.clone(),
                    note: note.clone(),
                    persons: person_ids(person)?,
                    co_facilitators: worker_ids(facilitator)?,
                    programme,
                },
            )?;
            if *as_json {
                return json(&a);
            }
            say(l, "cli-activity-added", &[("id", &a.id.to_string())]);
            Ok(())
        }
        ActivityCmd::List {
            from,
            to,
            json: as_json,
        } => {
            let range = DateRange {
                from: from.clone(),
                to: to.clone(),
            };
            let list = activities::list_activities(app, range)?;
            if *as_json {
                return json(&list);
            }
            let names = Names::load(app, l)?;
            list.iter().for_each(|a| activity_line(&names, a));
            Ok(())
        }
        ActivityCmd::Show { id, json: as_json } => {
            let id = ActivityId::parse(id)?;
            let a = activities::show_activity(app, ActivityRef { id })?;
            if *as_json {
                return json(&a);
            }
            activity_line(&Names::load(app, l)?, &a);
            let run_by: Vec<&str> = a.facilitators.iter().map(|f| f.initials.as_str()).collect();
            say(
                l,
                "cli-activity-facilitators",
                &[("initials", &run_by.join(", "))],
            );
            for p in &a.attendees {
                println!("  {}  {}", p.id, p.pseudonym);
            }
            Ok(())
        }
        ActivityCmd::Edit {
            id,
            kind,
            title,
            date,
            start,
            duration,
            site,
            volunteers,
            anonymous,
            age_band,
            gender,
            note,
            person,
            facilitator,
            no_facilitators,
            json: as_json,
        } => {
            let site_id = match site.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(s) => Some(site_named(app, s)?),
            };
            let changes = ActivityPatch {
                kind: kind.clone(),
                title: title.clone(),
                date: date.clone(),
                start: start.clone(),
                duration_min: *duration,
                site_id,
                volunteers_count: *volunteers,
                anonymous_count: *anonymous,
                anonymous_age_band: age_band.clone(),
                anonymous_gender: gender.clone(),
                note: note.clone(),
                persons: if person.is_empty() {
                    None
                } else {
                    Some(person_ids(person)?)
                },
                co_facilitators: if *no_facilitators {
                    Some(vec![])
                } else if facilitator.is_empty() {
                    None
                } else {
                    Some(worker_ids(facilitator)?)
                },
            };
            let id = ActivityId::parse(id)?;
            let a = activities::edit_activity(app, EditActivity { id, changes })?;
            changed(l, &a.id.to_string(), a.revision, &a, *as_json)
        }
        ActivityCmd::Archive { id } | ActivityCmd::Unarchive { id } => {
            let id = ActivityId::parse(id)?;
            let archive = matches!(cmd, ActivityCmd::Archive { .. });
            let a = activities::archive_activity(
                app,
                ArchiveActivity {
                    id,
                    archived: archive,
                },
            )?;
            archived(l, &a.id.to_string(), a.archived);
            Ok(())
        }
        ActivityCmd::Attend {
            id,
            person,
            anonymous,
            json: as_json,
        } => {
            let req = Attendance {
                id: ActivityId::parse(id)?,
                persons: person_ids(person)?,
                anonymous_count: *anonymous,
            };
            let a = activities::set_attendance(app, req)?;
            if *as_json {
                return json(&a);
            }
            activity_line(&Names::load(app, l)?, &a);
            Ok(())
        }
    }
}
