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
    /// A built-in site kind, or one of the programme's own (kept with the kind it refines).
    pub kind: String,
    pub district: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub address: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub contact_person: Option<String>,
    /// The programme it belongs to (one in use), if any.
    #[serde(default)]
    #[ts(optional)]
    pub programme: Option<crate::ids::ProgrammeId>,
}

/// A correction of a site: only the fields given change; an empty text clears an optional one.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct SitePatch {
    pub name: Option<String>,
    /// A built-in site kind, or one of the programme's own.
    pub kind: Option<String>,
    pub district: Option<String>,
    pub address: Option<String>,
    pub contact_person: Option<String>,
}

/// A site as read back.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Site {
    pub id: SiteId,
    pub name: String,
    pub kind: SiteKind,
    pub district: Option<String>,
    pub address: Option<String>,
    pub contact_person: Option<String>,
    /// Archived: out of the pickers, still in history and reports.
    pub archived: bool,
    pub revision: i64,
    /// The programme's own kind refining `kind` (a vocabulary extension), if any.
    pub kind_ext: Option<String>,
}

/// Longest site name accepted.
pub const MAX_SITE_NAME: usize = 120;

const SITE_COLUMNS: &str =
    "id, name, kind, district, address, contact_person, archived, revision, kind_ext";

fn site_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Site> {
    Ok(Site {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        district: r.get(3)?,
        address: r.get(4)?,
        contact_person: r.get(5)?,
        archived: r.get(6)?,
        revision: r.get(7)?,
        kind_ext: r.get(8)?,
    })
}

/// A site's fields after the checks every write of a site makes.
struct ValidSite {
    name: String,
    kind: SiteKind,
    district: Option<String>,
    address: Option<String>,
    contact_person: Option<String>,
}

fn validate_site(
    name: &str,
    kind: SiteKind,
    district: Option<&str>,
    address: Option<&str>,
    contact_person: Option<&str>,
) -> Result<ValidSite> {
    Ok(ValidSite {
        name: validate::required_line(field::NAME, name, MAX_SITE_NAME)?,
        kind,
        district: validate::optional_line(field::DISTRICT, district, 80)?,
        address: validate::optional_line(field::ADDRESS, address, 200)?,
        contact_person: validate::optional_line(field::CONTACT_PERSON, contact_person, 120)?,
    })
}

/// Refuse a name another site (archived ones too) already has.
fn ensure_unique_name(tx: &rusqlite::Connection, name: &str, except: Option<SiteId>) -> Result<()> {
    let exists: Option<SiteId> = tx
        .query_row(
            "SELECT id FROM sites WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2",
            rusqlite::params![name, except],
            |r| r.get(0),
        )
        .optional()?;
    match exists {
        Some(_) => Err(Error::invalid("error-site-exists", &[("name", name)])),
        None => Ok(()),
    }
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
        let (kind, kind_ext) = self.site_kind(&site.kind)?;
        let mut v = validate_site(
            &site.name,
            kind,
            site.district.as_deref(),
            site.address.as_deref(),
            site.contact_person.as_deref(),
        )?;
        v.district = self.canonical_district(v.district)?;
        self.check_programme(site.programme)?;
        let now = self.clock().now();
        let ts = super::timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        ensure_unique_name(&tx, &v.name, None)?;
        let id = SiteId::new();
        insert(&tx, id, kind, &v.name, v.district.as_deref(), &actor, &ts)?;
        if v.address.is_some() || v.contact_person.is_some() || kind_ext.is_some() {
            tx.execute(
                "UPDATE sites SET address = ?2, contact_person = ?3, kind_ext = ?4 WHERE id = ?1",
                rusqlite::params![id, v.address, v.contact_person, kind_ext],
            )?;
        }
        super::programmes::write_programme(
            &tx,
            super::programmes::InProgramme::Site,
            &id.to_string(),
            site.programme,
        )?;
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
            name: v.name,
            kind: v.kind,
            district: v.district,
            address: v.address,
            contact_person: v.contact_person,
            archived: false,
            revision: 1,
            kind_ext,
        })
    }

    /// Correct a site: only the fields in `patch` change; the name stays unique. A new revision,
    /// exported and merged like the first write; the history keeps pointing at the same site, so
    /// every contact shows the new name.
    pub fn edit_site(&mut self, id: SiteId, patch: &SitePatch) -> Result<Site> {
        self.deny_volunteer()?;
        self.deny_office_entry("sites", &id.to_string())?;
        let old = self.site(id)?;
        let pick = |new: &Option<String>, old: &Option<String>| -> Option<String> {
            new.clone().or_else(|| old.clone())
        };
        let (kind, kind_ext) = match patch.kind.as_deref() {
            Some(k) => self.site_kind(k)?,
            None => (old.kind, old.kind_ext.clone()),
        };
        let mut v = validate_site(
            patch.name.as_deref().unwrap_or(&old.name),
            kind,
            pick(&patch.district, &old.district).as_deref(),
            pick(&patch.address, &old.address).as_deref(),
            pick(&patch.contact_person, &old.contact_person).as_deref(),
        )?;
        // A district given is matched against the list; one kept as it was stays.
        if patch.district.is_some() {
            v.district = self.canonical_district(v.district)?;
        }
        let now = self.clock().now();
        let ts = super::timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        ensure_unique_name(&tx, &v.name, Some(id))?;
        tx.execute(
            "UPDATE sites SET name = ?2, kind = ?3, district = ?4, address = ?5, contact_person = ?6,
                updated_at = ?7, revision = revision + 1, kind_ext = ?8 WHERE id = ?1",
            rusqlite::params![
                id,
                v.name,
                v.kind,
                v.district,
                v.address,
                v.contact_person,
                ts,
                kind_ext
            ],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "site",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.site(id)
    }

    /// A site kind as given: a built-in kind, or the programme's own with the kind it refines.
    fn site_kind(&self, id: &str) -> Result<(SiteKind, Option<String>)> {
        let (kind, own) = self.resolve_vocab("site-kind", id)?;
        Ok((SiteKind::parse(&kind)?, own))
    }

    /// Archive a site (it leaves the pickers and the planned visits, stays in history and
    /// reports) or take it back into use.
    pub fn set_site_archived(&mut self, id: SiteId, archived: bool) -> Result<Site> {
        self.deny_volunteer()?;
        self.deny_office_entry("sites", &id.to_string())?;
        let old = self.site(id)?;
        if old.archived != archived {
            self.set_archived(
                "sites",
                "site",
                &id.to_string(),
                "archived = ?2",
                &archived,
                archived,
            )?;
        }
        self.site(id)
    }

    /// A site, archived or not.
    pub fn site(&self, id: SiteId) -> Result<Site> {
        self.conn()
            .prepare_cached(&format!("SELECT {SITE_COLUMNS} FROM sites WHERE id = ?1"))?
            .query_row([id], site_row)
            .optional()?
            .ok_or_else(|| Error::not_found("error-site-not-found", &[("value", &id.to_string())]))
    }

    /// All active sites, by name.
    pub fn list_sites(&self) -> Result<Vec<Site>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {SITE_COLUMNS} FROM sites WHERE archived = 0 ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], site_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every site, the archived ones too (the directory), by name.
    pub fn all_sites(&self) -> Result<Vec<Site>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {SITE_COLUMNS} FROM sites ORDER BY archived, name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], site_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// An active site a record may name. Uses the primary key: this runs on every logged
    /// contact.
    pub fn active_site(&self, id: SiteId) -> Result<Site> {
        self.conn()
            .prepare_cached(&format!(
                "SELECT {SITE_COLUMNS} FROM sites WHERE id = ?1 AND archived = 0"
            ))?
            .query_row([id], site_row)
            .optional()?
            .ok_or_else(|| Error::not_found("error-site-not-found", &[("value", &id.to_string())]))
    }

    /// The site a record may name: an active one, or the archived one it named already.
    pub(crate) fn site_for_record(&self, id: SiteId, kept: Option<SiteId>) -> Result<Site> {
        if kept == Some(id) {
            self.site(id)
        } else {
            self.active_site(id)
        }
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
            .prepare_cached(&format!(
                "SELECT {SITE_COLUMNS} FROM sites WHERE name = ?1 COLLATE NOCASE AND archived = 0"
            ))?
            .query_row([wanted], site_row)
            .optional()?
            .ok_or_else(|| Error::not_found("error-site-not-found", &[("value", name_or_id)]))
    }
}

/// One month of a site's history.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct SiteMonth {
    /// `YYYY-MM`
    pub month: String,
    pub contacts: i64,
    pub minutes: i64,
}

impl Store {
    /// A site's contacts and minutes per month, oldest first, from the report's monthly
    /// roll-ups (a few hundred rows however many contacts there are).
    pub fn site_months(&self, id: SiteId) -> Result<Vec<SiteMonth>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT month, sum(contacts), sum(minutes) FROM contact_month_counts
             WHERE site_id = ?1 GROUP BY month ORDER BY month",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(SiteMonth {
                month: r.get(0)?,
                contacts: r.get(1)?,
                minutes: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A visit slot's weekday and times after the checks: 1–7, `HH:MM`, the end after the start.
pub(crate) fn valid_slot(weekday: i64, start: &str, end: &str) -> Result<(i64, String, String)> {
    let weekday = validate::in_range("error-invalid-weekday", weekday, 1, 7)?;
    let start_t = validate::time(start)?;
    let end_t = validate::time(end)?;
    if end_t <= start_t {
        return Err(Error::invalid(
            "error-slot-end-before-start",
            &[("start", start.trim()), ("end", end.trim())],
        ));
    }
    Ok((
        weekday,
        start_t.format("%H:%M").to_string(),
        end_t.format("%H:%M").to_string(),
    ))
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
    /// Move a regular visit to another weekday or other times (the site stays).
    pub fn edit_visit_slot(
        &mut self,
        id: crate::ids::VisitSlotId,
        weekday: i64,
        start: &str,
        end: &str,
    ) -> Result<VisitSlot> {
        self.deny_volunteer()?;
        self.deny_office_entry("site_visit_slots", &id.to_string())?;
        let (weekday, start, end) = valid_slot(weekday, start, end)?;
        let now = self.clock().now();
        let ts = super::timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE site_visit_slots SET weekday = ?2, \"start\" = ?3, \"end\" = ?4, updated_at = ?5,
                revision = revision + 1 WHERE id = ?1",
            rusqlite::params![id, weekday, start, end, ts],
        )?;
        if changed != 1 {
            return Err(Error::not_found(
                "error-slot-not-found",
                &[("id", &id.to_string())],
            ));
        }
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "visit-slot",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.visit_slots(None)?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| Error::not_found("error-slot-not-found", &[("id", &id.to_string())]))
    }

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
        let (weekday, start, end) = valid_slot(weekday, start, end)?;
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
        self.deny_office_entry("site_visit_slots", &id.to_string())?;
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

/// Move this device's own records from a merged site to the one it was merged into, and archive
/// the merged site (only this device's own rows change, each as a correction: a new revision, so
/// its next export carries them). Returns how many records moved.
pub(crate) fn move_own_records(
    tx: &rusqlite::Connection,
    me: &str,
    from: &str,
    into: &str,
    ts: &str,
) -> Result<usize> {
    let mut moved = 0;
    for table in ["contacts", "activities", "site_visit_slots"] {
        moved += tx.execute(
            &format!(
                "UPDATE {table} SET site_id = ?3, updated_at = ?4, revision = revision + 1
                 WHERE site_id = ?2 AND device_id = ?1"
            ),
            rusqlite::params![me, from, into, ts],
        )?;
    }
    tx.execute(
        "UPDATE sites SET archived = 1, updated_at = ?3, revision = revision + 1
         WHERE id = ?2 AND device_id = ?1 AND archived = 0",
        rusqlite::params![me, from, ts],
    )?;
    Ok(moved)
}

impl Store {
    /// Merge a site into another (lead only; audited): typically one a device made before it had
    /// the office's directory, into the directory's entry. Here every contact, activity and
    /// visit at the merged site counts at the other from now on and the merged site is archived;
    /// the next office bundle tells the devices, which move their own records the same way (the
    /// records stay theirs). Merging a site again, into itself or into an archived or merged
    /// one is refused.
    pub fn merge_site(&mut self, from: SiteId, into: SiteId) -> Result<Site> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let merged = self.site(from)?;
        let target = self.active_site(into)?;
        let already = |s: &Self, id: SiteId| s.merged_away("site_merges", &id.to_string());
        if from == into || already(self, from)? || already(self, into)? {
            return Err(Error::invalid(
                "error-site-merge-invalid",
                &[("name", &merged.name), ("into", &target.name)],
            ));
        }
        let (from, into) = (from.to_string(), into.to_string());
        self.write_merge("site_merges", "site", &from, &into, |tx, device, ts| {
            // This device's own records move as its own corrections; the others stay their
            // devices' (same revision: a device's own correction, made when it applies the
            // merge, replaces each of them on import).
            move_own_records(tx, device, &from, &into, ts)?;
            for table in ["contacts", "activities", "site_visit_slots"] {
                tx.execute(
                    &format!("UPDATE {table} SET site_id = ?2 WHERE site_id = ?1"),
                    rusqlite::params![from, into],
                )?;
            }
            tx.execute("UPDATE sites SET archived = 1 WHERE id = ?1", [&from])?;
            Ok(())
        })?;
        self.site(SiteId::parse(&into)?)
    }

    /// Write a merge of a directory entry the lead checked (sites, partners), in one transaction:
    /// the merge's row in `table` (which the next office bundle carries), the records `moves`
    /// (given this device and the time), and the audit entry.
    pub(super) fn write_merge(
        &mut self,
        table: &str,
        entity: &str,
        from: &str,
        into: &str,
        moves: impl FnOnce(&rusqlite::Transaction<'_>, &str, &str) -> Result<()>,
    ) -> Result<()> {
        let now = self.clock().now();
        let ts = super::timestamp(now);
        let actor = self.actor().clone();
        let device = actor.device.to_string();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            &format!(
                "INSERT INTO {table} (from_id, into_id, device_id, merged_at)
                 VALUES (?1, ?2, ?3, ?4)"
            ),
            rusqlite::params![from, into, device, ts],
        )?;
        moves(&tx, &device, &ts)?;
        audit::append(&tx, &actor, now, audit::Action::Update, entity, from)?;
        tx.commit()?;
        Ok(())
    }
}
