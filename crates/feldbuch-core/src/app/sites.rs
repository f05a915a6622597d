//! Einsatzorte: the sites, their regular visits, and the partner directory.

use super::App;
use crate::error::Result;
use crate::ids::SiteId;
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

pub fn add_visit_slot(app: &App, req: NewVisitSlot) -> Result<VisitSlot> {
    let site = req.site_id.to_string();
    app.with_store(|s| s.add_visit_slot(&site, req.weekday, &req.start, &req.end))
}
