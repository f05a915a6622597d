//! Sites (Einsatzorte).

use super::{audit, Store};
use crate::error::{Error, Result};
use crate::ids::SiteId;
use crate::validate::{self, field};
use crate::vocab::SiteKind;
use rusqlite::OptionalExtension;
use serde::Serialize;

/// Input for a new site, as the user gave it.
#[derive(Debug, Clone)]
pub struct NewSite {
    pub name: String,
    pub kind: SiteKind,
    pub district: Option<String>,
}

/// A site as read back.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Site {
    pub id: SiteId,
    pub name: String,
    pub kind: SiteKind,
    pub district: Option<String>,
    pub revision: i64,
}

/// Longest site name accepted.
pub const MAX_SITE_NAME: usize = 120;

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
        tx.execute(
            "INSERT INTO sites (id, device_id, created_at, updated_at, kind, name, district)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)",
            rusqlite::params![id, actor.device, ts, site.kind, name, district],
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
        let rows = stmt.query_map([], |r| {
            Ok(Site {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                district: r.get(3)?,
                revision: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Find a site by id, or by its exact name (case-insensitive). Uses the indexes: this runs on
    /// every logged contact.
    pub fn resolve_site(&self, name_or_id: &str) -> Result<Site> {
        let wanted = name_or_id.trim();
        let row = |r: &rusqlite::Row<'_>| {
            Ok(Site {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                district: r.get(3)?,
                revision: r.get(4)?,
            })
        };
        if let Ok(id) = SiteId::parse(wanted) {
            let by_id = self
                .conn()
                .prepare_cached(
                    "SELECT id, name, kind, district, revision FROM sites WHERE id = ?1 AND archived = 0",
                )?
                .query_row([id], row)
                .optional()?;
            if let Some(site) = by_id {
                return Ok(site);
            }
        }
        self.conn()
            .prepare_cached(
                "SELECT id, name, kind, district, revision FROM sites
                 WHERE name = ?1 COLLATE NOCASE AND archived = 0",
            )?
            .query_row([wanted], row)
            .optional()?
            .ok_or_else(|| Error::not_found("error-site-not-found", &[("value", name_or_id)]))
    }
}
