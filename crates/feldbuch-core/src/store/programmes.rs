//! Programmes: the funded projects a store holds (e.g. "Honjok" and "Zweite Chance"). The lead
//! keeps the list and hands it to the devices in office bundles; a site, an activity and a
//! person belong to one programme (or, as everything recorded before there were programmes, to
//! none); a contact belongs to its site's. A report is made for one programme or for all.

use super::{audit, timestamp, Store};
use crate::error::{Error, Result};
use crate::ids::ProgrammeId;
use crate::validate::{self, field};
use serde::Serialize;
use ts_rs::TS;

/// Longest programme name.
pub const MAX_PROGRAMME: usize = 80;
/// Most programmes in a store.
pub const MAX_PROGRAMMES: usize = 50;

/// A programme.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Programme {
    pub id: ProgrammeId,
    pub name: String,
    pub archived: bool,
}

/// What can belong to a programme: its table and its audit entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InProgramme {
    Site,
    Activity,
    Person,
}

impl InProgramme {
    fn table(self) -> &'static str {
        match self {
            InProgramme::Site => "sites",
            InProgramme::Activity => "activities",
            InProgramme::Person => "persons",
        }
    }

    fn entity(self) -> &'static str {
        match self {
            InProgramme::Site => "site",
            InProgramme::Activity => "activity",
            InProgramme::Person => "person",
        }
    }
}

impl Store {
    /// The programmes, by name; archived ones only with `all`.
    pub fn programmes(&self, all: bool) -> Result<Vec<Programme>> {
        Ok(super::lead_lists::rows(self, "programmes", all)?
            .into_iter()
            .map(|(id, name, archived)| Programme { id, name, archived })
            .collect())
    }

    /// Add a programme (lead only; audited). A name another programme has (case ignored) is
    /// refused.
    pub fn add_programme(&mut self, name: &str) -> Result<Programme> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let name = validate::required_line(field::NAME, name, MAX_PROGRAMME)?;
        let known = self.programmes(true)?;
        if let Some(p) = known
            .iter()
            .find(|p| p.name.to_lowercase() == name.to_lowercase())
        {
            return Err(Error::invalid(
                "error-programme-exists",
                &[("name", &p.name)],
            ));
        }
        if known.len() >= MAX_PROGRAMMES {
            return Err(Error::invalid(
                "error-too-many-programmes",
                &[("max", &MAX_PROGRAMMES.to_string())],
            ));
        }
        let id = ProgrammeId::new();
        super::lead_lists::insert(self, "programmes", "programme", &id, &name)?;
        Ok(Programme {
            id,
            name,
            archived: false,
        })
    }

    /// A programme in use, by its id or its name (case ignored).
    pub fn resolve_programme(&self, name_or_id: &str) -> Result<Programme> {
        let wanted = name_or_id.trim();
        self.programmes(false)?
            .into_iter()
            .find(|p| p.id.to_string() == wanted || p.name.to_lowercase() == wanted.to_lowercase())
            .ok_or_else(|| Error::invalid("error-programme-unknown", &[("name", wanted)]))
    }

    /// Put a site, an activity or a person into a programme in use: a correction like any
    /// other (a new revision, audited, exported). Only what this store may correct.
    pub fn set_programme(
        &mut self,
        what: InProgramme,
        id: &str,
        programme: ProgrammeId,
    ) -> Result<()> {
        self.deny_volunteer()?;
        if !self.programmes(false)?.iter().any(|p| p.id == programme) {
            return Err(Error::invalid(
                "error-programme-unknown",
                &[("name", &programme.to_string())],
            ));
        }
        if what == InProgramme::Site {
            self.deny_office_entry("sites", id)?;
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            &format!(
                "UPDATE {} SET programme_id = ?2, updated_at = ?3, revision = revision + 1
                 WHERE id = ?1 AND programme_id IS NOT ?2",
                what.table()
            ),
            rusqlite::params![id, programme, ts],
        )?;
        if changed == 1 {
            audit::append(&tx, &actor, now, audit::Action::Update, what.entity(), id)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A programme named in a new record's input: one in use, and not on a volunteer's device
    /// (checked before the record is written).
    pub(crate) fn check_programme(&self, programme: Option<ProgrammeId>) -> Result<()> {
        let Some(p) = programme else {
            return Ok(());
        };
        self.deny_volunteer()?;
        if self.programmes(false)?.iter().any(|x| x.id == p) {
            Ok(())
        } else {
            Err(Error::invalid(
                "error-programme-unknown",
                &[("name", &p.to_string())],
            ))
        }
    }

    /// The programme of a site, an activity or a person, if any.
    pub fn programme_of(&self, what: InProgramme, id: &str) -> Result<Option<ProgrammeId>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT programme_id FROM {} WHERE id = ?1", what.table()),
                [id],
                |r| r.get::<_, Option<ProgrammeId>>(0),
            )
            .optional()?
            .flatten())
    }
}

/// Write the programme of a record just inserted (inside its transaction; checked before with
/// [`Store::check_programme`]).
pub(crate) fn write_programme(
    tx: &rusqlite::Connection,
    what: InProgramme,
    id: &str,
    programme: Option<ProgrammeId>,
) -> Result<()> {
    if let Some(p) = programme {
        tx.execute(
            &format!(
                "UPDATE {} SET programme_id = ?2 WHERE id = ?1",
                what.table()
            ),
            rusqlite::params![id, p],
        )?;
    }
    Ok(())
}
