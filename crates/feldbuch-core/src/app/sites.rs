//! Einsatzorte: the sites, their regular visits, and the partner directory.

use super::App;
use crate::error::{Error, Result};
use crate::ids::{ServiceId, SiteId, VisitSlotId};
pub use crate::store::partners::{Partner, PartnerInput, Service};
pub use crate::store::sites::{NewSite, Site, VisitSlot};
use serde::Deserialize;
use ts_rs::TS;

/// A regular visit: weekday 1 = Monday … 7 = Sunday, times `HH:MM`.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewVisitSlot {
    pub site_id: SiteId,
    pub weekday: i64,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct VisitSlotRef {
    pub id: VisitSlotId,
}

/// An active site by id or by its exact name (case-insensitive): for a face where a person
/// types the site (the CLI's `--site`). Records name sites by id.
pub fn find_site(app: &App, name_or_id: &str) -> Result<Site> {
    app.with_store(|s| s.resolve_site(name_or_id))
}

/// A partner by id or by its exact name (case-insensitive), like [`find_site`].
pub fn find_partner(app: &App, name_or_id: &str) -> Result<Partner> {
    app.with_store(|s| s.resolve_partner(name_or_id))
}

/// One of a partner's services by id or by its name (case-insensitive), like [`find_site`].
pub fn find_service(partner: &Partner, name_or_id: &str) -> Result<ServiceId> {
    let wanted = name_or_id.trim();
    partner
        .services
        .iter()
        .find(|s| s.id.to_string() == wanted || s.name.eq_ignore_ascii_case(wanted))
        .map(|s| s.id)
        .ok_or_else(|| {
            Error::not_found(
                "error-service-not-found",
                &[("value", wanted), ("partner", &partner.name)],
            )
        })
}

/// The active sites, by name.
pub fn list_sites(app: &App, _: ()) -> Result<Vec<Site>> {
    app.with_store(|s| s.list_sites())
}

pub fn add_site(app: &App, req: NewSite) -> Result<Site> {
    app.with_store(|s| s.add_site(&req))
}

pub fn list_partners(app: &App, _: ()) -> Result<Vec<Partner>> {
    app.with_store(|s| s.list_partners())
}

pub fn add_partner(app: &App, req: PartnerInput) -> Result<Partner> {
    app.with_store(|s| s.add_partner(&req))
}

/// Every site's regular visits.
pub fn list_visit_slots(app: &App, _: ()) -> Result<Vec<VisitSlot>> {
    app.with_store(|s| s.visit_slots(None))
}

pub fn remove_visit_slot(app: &App, req: VisitSlotRef) -> Result<()> {
    app.with_store(|s| s.remove_visit_slot(req.id))
}

pub fn add_visit_slot(app: &App, req: NewVisitSlot) -> Result<VisitSlot> {
    app.with_store(|s| s.add_visit_slot(req.site_id, req.weekday, &req.start, &req.end))
}
