//! The programme's managed list of districts (Stadtteile, Quartiere): kept by the lead, handed to
//! the devices in office bundles. With a list in use, every district typed for a site, a partner
//! or a person is matched against it – letters and digits only, case ignored, so
//! "Handwerker-Viertel" and "handwerkerviertel" are the list's "Handwerkerviertel" – and stored as
//! the list spells it; a district the list does not know is refused. Without a list, districts
//! stay free text.

use super::Store;
use crate::error::{Error, Result};
use crate::ids::DistrictId;
use crate::validate::{self, field};
use serde::Serialize;
use ts_rs::TS;

/// Longest district name.
pub const MAX_DISTRICT: usize = 80;
/// Most districts in a list.
pub const MAX_DISTRICTS: usize = 500;

/// A district of the list.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct District {
    pub id: DistrictId,
    pub name: String,
    pub archived: bool,
}

/// What two spellings of a district have in common: their letters and digits, in lower case.
pub fn district_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Store {
    /// The list of districts, by name; archived ones only with `all`.
    pub fn districts(&self, all: bool) -> Result<Vec<District>> {
        Ok(super::lead_lists::rows(self, "districts", all)?
            .into_iter()
            .map(|(id, name, archived)| District { id, name, archived })
            .collect())
    }

    /// Add a district to the list (lead only; audited). A name the list already has, in any
    /// spelling, is refused.
    pub fn add_district(&mut self, name: &str) -> Result<District> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let name = validate::required_line(field::DISTRICT, name, MAX_DISTRICT)?;
        let key = district_key(&name);
        if key.is_empty() {
            return Err(Error::invalid("error-district-invalid", &[("name", &name)]));
        }
        let known = self.districts(true)?;
        if let Some(d) = known.iter().find(|d| district_key(&d.name) == key) {
            return Err(Error::invalid(
                "error-district-exists",
                &[("name", &d.name)],
            ));
        }
        if known.len() >= MAX_DISTRICTS {
            return Err(Error::invalid(
                "error-too-many-districts",
                &[("max", &MAX_DISTRICTS.to_string())],
            ));
        }
        let id = DistrictId::new();
        super::lead_lists::insert(self, "districts", "district", &id, &name)?;
        Ok(District {
            id,
            name,
            archived: false,
        })
    }

    /// A district as it is stored: with a list in use, the list's spelling of the one typed (or
    /// an error naming it); without one, the text as typed.
    pub(crate) fn canonical_district(&self, typed: Option<String>) -> Result<Option<String>> {
        let Some(typed) = typed else {
            return Ok(None);
        };
        let list = self.districts(false)?;
        if list.is_empty() {
            return Ok(Some(typed));
        }
        let key = district_key(&typed);
        list.into_iter()
            .find(|d| district_key(&d.name) == key)
            .map(|d| Some(d.name))
            .ok_or_else(|| Error::invalid("error-district-unknown", &[("name", &typed)]))
    }
}
