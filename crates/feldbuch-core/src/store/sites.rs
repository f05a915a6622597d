//! Sites (Einsatzorte).

use super::{audit, Store};
use crate::error::{Error, Result};
use crate::ids::SiteId;
use crate::validate::{self, field};
use crate::vocab::SiteKind;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Input for a new site, as the user gave it.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewSite {
    pub name: String,
    pub kind: SiteKind,
    pub district: Option<String>,
}

/// A site as read back.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Site {
    pub id: SiteId,
    pub name: String,
    pub kind: SiteKind,
    pub district: Option<String>,
    pub revision: i64,
}

/// Longest site name accepted.
pub const MAX_SITE_NAME: usize = 120;

fn site_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Site> {
    Ok(Site {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        district: r.get(3)?,
        revision: r.get(4)?,
    })
}

/// Write a site that passed the checks of [`Store::add_site`] (also the seed's way in).
pub(crate) fn insert(
    tx: &rusqlite::Transaction<'_>,
    id: SiteId,
    kind: SiteKind,
    name: &str,
    district: Option<&str>,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO sites (id, device_id, created_at, updated_at, kind, name, district)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)",
    )?
    .execute(rusqlite::params![
        id,
        actor.device,
        ts,
        kind,
        name,
        district
    ])?;
    Ok(())
}

impl Store {
    /// Add a site. Names are unique (case-insensitive) so the CLI and autocomplete can use them.
    pub fn add_site(&mut self, site: &NewSite) -> Result<Site> {
        let name = validate::required_line(field::NAME, &site.name, MAX_SITE_NAME)?;
        let district = validate::optional_line(field::DISTRICT, site.district.as_deref(), 80)?;
        let now = self.clock().now();
        let ts = super::timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let exists: Option<String> = tx
            .query_row(
                "SELECT id FROM sites WHERE name = ?1 COLLATE NOCASE",
                [&name],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_some() {
            return Err(Error::invalid("error-site-exists", &[("name", &name)]));
        }
        let id = SiteId::new();
        insert(&tx, id, site.kind, &name, district.as_deref(), &actor, &ts)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "site",
            &id.to_string(),
        )?;
        tx.commit()?;
        Ok(Site {
            id,
            name,
            kind: site.kind,
            district,
            revision: 1,
        })
    }

    /// All active sites, by name.
    pub fn list_sites(&self) -> Result<Vec<Site>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, kind, district, revision FROM sites WHERE archived = 0
             ORDER BY name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], site_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// An active site a record may name. Uses the primary key: this runs on every logged
    /// contact.
    pub fn active_site(&self, id: SiteId) -> Result<Site> {
        self.conn()
            .prepare_cached(
                "SELECT id, name, kind, district, revision FROM sites WHERE id = ?1 AND archived = 0",
            )?
            .query_row([id], site_row)
            .optional()?
            .ok_or_else(|| Error::not_found("error-site-not-found", &[("value", &id.to_string())]))
    }

    /// Find an active site by id, or by its exact name (case-insensitive): for a face where a
    /// person types the site (the CLI). Records themselves take a [`SiteId`].
    pub fn resolve_site(&self, name_or_id: &str) -> Result<Site> {
        let wanted = name_or_id.trim();
        if let Ok(id) = SiteId::parse(wanted) {
            if let Ok(site) = self.active_site(id) {
                return Ok(site);
            }
        }
        self.conn()
            .prepare_cached(
                "SELECT id, name, kind, district, revision FROM sites
                 WHERE name = ?1 COLLATE NOCASE AND archived = 0",
            )?
            .query_row([wanted], site_row)
            .optional()?
            .ok_or_else(|| Error::not_found("error-site-not-found", &[("value", name_or_id)]))
    }
}

/// A regular visit of a site, e.g. Tuesday 08:00–10:00 (weekday 1 = Monday … 7 = Sunday).
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct VisitSlot {
    pub id: crate::ids::VisitSlotId,
    pub site_id: SiteId,
    pub site_name: String,
    pub weekday: u32,
    pub start: String,
    pub end: String,
}

impl Store {
    /// Add a regular visit slot to a site.
    pub fn add_visit_slot(
        &mut self,
        site: SiteId,
        weekday: i64,
        start: &str,
        end: &str,
    ) -> Result<VisitSlot> {
        self.deny_volunteer()?;
        let site = self.active_site(site)?;
        let weekday = validate::in_range("error-invalid-weekday", weekday, 1, 7)?;
        let start_t = validate::time(start)?;
        let end_t = validate::time(end)?;
        if end_t <= start_t {
            return Err(Error::invalid(
                "error-slot-end-before-start",
                &[("start", start.trim()), ("end", end.trim())],
            ));
        }
        let start = start_t.format("%H:%M").to_string();
        let end = end_t.format("%H:%M").to_string();
        let now = self.clock().now();
        let ts = super::timestamp(now);
        let actor = self.actor().clone();
        let id = crate::ids::VisitSlotId::new();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO site_visit_slots (id, device_id, created_at, updated_at, site_id, weekday,
                \"start\", \"end\") VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![id, actor.device, ts, site.id, weekday, start, end],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "visit-slot",
            &id.to_string(),
        )?;
        tx.commit()?;
        Ok(VisitSlot {
            id,
            site_id: site.id,
            site_name: site.name,
            weekday: weekday as u32,
            start,
            end,
        })
    }

    /// Remove a visit slot.
    pub fn remove_visit_slot(&mut self, id: crate::ids::VisitSlotId) -> Result<()> {
        self.deny_volunteer()?;
        let now = self.clock().now();
        let ts = super::timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let revision: Option<i64> = tx
            .query_row(
                "SELECT revision FROM site_visit_slots WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(revision) = revision else {
            return Err(Error::not_found(
                "error-slot-not-found",
                &[("id", &id.to_string())],
            ));
        };
        tx.execute("DELETE FROM site_visit_slots WHERE id = ?1", [id])?;
        super::tombstone(
            &tx,
            "visit-slot",
            &id.to_string(),
            &actor,
            &ts,
            revision + 1,
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Delete,
            "visit-slot",
            &id.to_string(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Visit slots, of one site or of all; by weekday and time.
    pub fn visit_slots(&self, site: Option<SiteId>) -> Result<Vec<VisitSlot>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT v.id, v.site_id, s.name, v.weekday, v.\"start\", v.\"end\"
             FROM site_visit_slots v JOIN sites s ON s.id = v.site_id
             WHERE s.archived = 0 AND (?1 IS NULL OR v.site_id = ?1)
             ORDER BY v.weekday, v.\"start\", s.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([site], |r| {
            Ok(VisitSlot {
                id: r.get(0)?,
                site_id: r.get(1)?,
                site_name: r.get(2)?,
                weekday: r.get(3)?,
                start: r.get(4)?,
                end: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The site visits planned for a day, from the regular slots (Heute shows today's).
    pub fn planned_visits(&self, day: chrono::NaiveDate) -> Result<Vec<VisitSlot>> {
        use chrono::Datelike;
        let weekday = day.weekday().number_from_monday();
        Ok(self
            .visit_slots(None)?
            .into_iter()
            .filter(|s| s.weekday == weekday)
            .collect())
    }
}
