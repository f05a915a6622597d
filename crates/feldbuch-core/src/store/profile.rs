//! The worker profile and device of this installation.

use super::{audit, meta_set, timestamp, Store};
use crate::error::Result;
use crate::ids::{DeviceId, StoreId, WorkerId};
use crate::validate::{self, field};
use crate::vocab::{Locale, Role};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What set-up asks of the worker.
#[derive(Debug, Clone)]
pub struct NewProfile {
    pub display_name: String,
    pub initials: String,
    pub team: Option<String>,
    pub role: Role,
    pub locale: Locale,
}

/// A validated profile ready to be written.
#[derive(Debug, Clone)]
pub(crate) struct ValidProfile {
    display_name: String,
    initials: String,
    team: Option<String>,
    role: Role,
    locale: Locale,
}

impl NewProfile {
    pub(crate) fn validate(&self) -> Result<ValidProfile> {
        let display_name = validate::required_line(field::NAME, &self.display_name, 80)?;
        let initials = validate::required_line(field::INITIALS, &self.initials, 4)?;
        if !initials.chars().all(char::is_alphabetic) {
            return Err(crate::Error::invalid(
                "error-invalid-initials",
                &[("value", &self.initials)],
            ));
        }
        Ok(ValidProfile {
            display_name,
            initials: initials.to_uppercase(),
            team: validate::optional_line(field::TEAM, self.team.as_deref(), 80)?,
            role: self.role,
            locale: self.locale,
        })
    }
}

/// A correction of the profile: only the fields given change; an empty team clears it. The
/// role is the office's to give (enrolment), the language has its own setting.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ProfilePatch {
    pub display_name: Option<String>,
    pub initials: Option<String>,
    pub team: Option<String>,
}

/// The worker profile as read back.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Profile {
    pub worker_id: WorkerId,
    pub device_id: DeviceId,
    pub display_name: String,
    pub initials: String,
    pub team: Option<String>,
    pub role: Role,
    pub locale: Locale,
}

/// A worker this store knows ([`Store::team`]).
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct TeamMember {
    pub id: WorkerId,
    pub display_name: String,
    pub initials: String,
    pub team: Option<String>,
    pub role: Role,
    /// This device's own worker.
    pub me: bool,
}

/// Write the first records of a new store: meta, this device, this worker, the first audit entry.
pub(crate) fn initialise(
    conn: &mut Connection,
    store_id: StoreId,
    p: &ValidProfile,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let device = DeviceId::new();
    let worker = WorkerId::new();
    let ts = timestamp(now);
    let tx = conn.transaction()?;
    meta_set(&tx, "store_id", &store_id.to_string())?;
    meta_set(&tx, "self_device_id", &device.to_string())?;
    meta_set(&tx, "self_worker_id", &worker.to_string())?;
    tx.execute(
        "INSERT INTO workers (id, device_id, created_at, updated_at, display_name, initials, team, role, locale)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8)",
        rusqlite::params![worker, device, ts, p.display_name, p.initials, p.team, p.role, p.locale],
    )?;
    tx.execute(
        "INSERT INTO devices (id, device_id, created_at, updated_at, label, worker_id, team, enrolled_at)
         VALUES (?1, ?1, ?2, ?2, ?3, ?4, ?5, ?2)",
        rusqlite::params![device, ts, format!("{} device", p.initials), worker, p.team],
    )?;
    let actor = super::Actor {
        device,
        worker,
        role: p.role,
    };
    audit::append(
        &tx,
        &actor,
        now,
        audit::Action::Init,
        "store",
        &store_id.to_string(),
    )?;
    tx.commit()?;
    Ok(())
}

impl Store {
    /// Correct this device's worker profile. The worker record travels in the next export, so
    /// the office sees the new name too.
    pub fn edit_profile(&mut self, patch: &ProfilePatch) -> Result<Profile> {
        let old = self.profile()?;
        let v = NewProfile {
            display_name: patch.display_name.clone().unwrap_or(old.display_name),
            initials: patch.initials.clone().unwrap_or(old.initials),
            team: patch.team.clone().or(old.team),
            role: old.role,
            locale: old.locale,
        }
        .validate()?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE workers SET display_name = ?2, initials = ?3, team = ?4, updated_at = ?5,
                revision = revision + 1 WHERE id = ?1",
            rusqlite::params![actor.worker, v.display_name, v.initials, v.team, ts],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "worker",
            &actor.worker.to_string(),
        )?;
        tx.commit()?;
        self.profile()
    }

    /// This device's worker profile.
    pub fn profile(&self) -> Result<Profile> {
        let a = self.actor().clone();
        Ok(self.conn().query_row(
            "SELECT display_name, initials, team, role, locale FROM workers WHERE id = ?1",
            [a.worker],
            |r| {
                Ok(Profile {
                    worker_id: a.worker,
                    device_id: a.device,
                    display_name: r.get(0)?,
                    initials: r.get(1)?,
                    team: r.get(2)?,
                    role: r.get(3)?,
                    locale: r.get(4)?,
                })
            },
        )?)
    }

    /// The workers this store knows, by name: this device's own and, at a lead's device, the
    /// enrolled ones (a revoked device's worker no longer). Who may be named as a co-facilitator.
    pub fn team(&self) -> Result<Vec<TeamMember>> {
        let me = self.actor().worker;
        let mut stmt = self.conn().prepare_cached(
            "SELECT w.id, w.display_name, w.initials, w.team, w.role FROM workers w
             LEFT JOIN devices d ON d.id = w.device_id
             WHERE d.revoked_at IS NULL
             ORDER BY w.display_name COLLATE NOCASE, w.initials, w.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let id: WorkerId = r.get(0)?;
            Ok(TeamMember {
                id,
                display_name: r.get(1)?,
                initials: r.get(2)?,
                team: r.get(3)?,
                role: r.get(4)?,
                me: id == me,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Record an unlock (or a recovery) in the audit log.
    pub fn record_unlock(&mut self, recovered: bool) -> Result<()> {
        let now = self.clock().now();
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let action = if recovered {
            audit::Action::Recover
        } else {
            audit::Action::Unlock
        };
        audit::append(&tx, &actor, now, action, "store", "")?;
        tx.commit()?;
        Ok(())
    }
}
