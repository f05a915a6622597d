//! Einsatzorte: the sites, their regular visits, and the partner directory.

use super::App;
use crate::error::{Error, Result};
use crate::ids::{PartnerId, ServiceId, SiteId, VisitSlotId};
pub use crate::store::districts::District;
pub use crate::store::partners::{Partner, PartnerInput, PartnerPatch, Service};
pub use crate::store::programmes::Programme;
pub use crate::store::referrals::Referral;
pub use crate::store::sites::{NewSite, Site, SiteMonth, SitePatch, VisitSlot};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A correction of a site: see [`SitePatch`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditSite {
    pub id: SiteId,
    pub changes: SitePatch,
}

/// Archive a site (`archived: true`) or take it back into use.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ArchiveSite {
    pub id: SiteId,
    pub archived: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct SiteRef {
    pub id: SiteId,
}

/// A site's page: the site, its regular visits and its contacts per month, oldest first (its
/// contacts themselves are the journal's, filtered by the site).
#[derive(Debug, Clone, Serialize, TS)]
pub struct SitePage {
    pub site: Site,
    pub visit_slots: Vec<VisitSlot>,
    pub months: Vec<SiteMonth>,
    pub total_contacts: i64,
}

/// A correction of a partner: see [`PartnerPatch`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditPartner {
    pub id: PartnerId,
    pub changes: PartnerPatch,
}

/// Archive a partner (`archived: true`) or take it back into use.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ArchivePartner {
    pub id: PartnerId,
    pub archived: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct PartnerRef {
    pub id: PartnerId,
}

/// A partner's page: the partner with all its services and the referrals to it, newest first.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PartnerPage {
    pub partner: Partner,
    pub referrals: Vec<Referral>,
}

/// A service added to a partner later.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewService {
    pub partner_id: PartnerId,
    pub name: String,
}

/// A service renamed.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditService {
    pub id: ServiceId,
    pub name: String,
}

/// Archive a service (`archived: true`) or take it back into use.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ArchiveService {
    pub id: ServiceId,
    pub archived: bool,
}

/// A regular visit moved to another weekday or other times.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditVisitSlot {
    pub id: VisitSlotId,
    pub weekday: i64,
    pub start: String,
    pub end: String,
}

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

/// A site by id or by its exact name (case-insensitive), the archived ones too: for the
/// commands that correct or archive a site.
pub fn find_any_site(app: &App, name_or_id: &str) -> Result<Site> {
    let wanted = name_or_id.trim();
    app.with_store(|s| s.all_sites())?
        .into_iter()
        .find(|s| s.id.to_string() == wanted || s.name.to_lowercase() == wanted.to_lowercase())
        .ok_or_else(|| Error::not_found("error-site-not-found", &[("value", wanted)]))
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

/// Every site, the archived ones too (the directory).
pub fn all_sites(app: &App, _: ()) -> Result<Vec<Site>> {
    app.with_store(|s| s.all_sites())
}

pub fn edit_site(app: &App, req: EditSite) -> Result<Site> {
    app.with_store(|s| s.edit_site(req.id, &req.changes))
}

pub fn archive_site(app: &App, req: ArchiveSite) -> Result<Site> {
    app.with_store(|s| s.set_site_archived(req.id, req.archived))
}

/// A site with its visits and its contacts per month (from the report's monthly counts, so it
/// reads a few hundred rows however many contacts there are).
pub fn site_page(app: &App, req: SiteRef) -> Result<SitePage> {
    app.with_store(|s| {
        let site = s.site(req.id)?;
        let months = s.site_months(req.id)?;
        Ok(SitePage {
            visit_slots: s.visit_slots(Some(site.id))?,
            total_contacts: months.iter().map(|m| m.contacts).sum(),
            months,
            site,
        })
    })
}

/// Every partner and service, the archived ones too (the directory).
pub fn all_partners(app: &App, _: ()) -> Result<Vec<Partner>> {
    app.with_store(|s| s.all_partners())
}

pub fn edit_partner(app: &App, req: EditPartner) -> Result<Partner> {
    app.with_store(|s| s.edit_partner(req.id, &req.changes))
}

pub fn archive_partner(app: &App, req: ArchivePartner) -> Result<Partner> {
    app.with_store(|s| s.set_partner_archived(req.id, req.archived))
}

pub fn partner_page(app: &App, req: PartnerRef) -> Result<PartnerPage> {
    app.with_store(|s| {
        Ok(PartnerPage {
            partner: s.partner(req.id)?,
            referrals: s.referrals_of_partner(req.id)?,
        })
    })
}

pub fn add_service(app: &App, req: NewService) -> Result<Partner> {
    app.with_store(|s| s.add_service(req.partner_id, &req.name))
}

pub fn edit_service(app: &App, req: EditService) -> Result<Partner> {
    app.with_store(|s| s.edit_service(req.id, &req.name))
}

pub fn archive_service(app: &App, req: ArchiveService) -> Result<Partner> {
    app.with_store(|s| s.set_service_archived(req.id, req.archived))
}

pub fn edit_visit_slot(app: &App, req: EditVisitSlot) -> Result<VisitSlot> {
    app.with_store(|s| s.edit_visit_slot(req.id, req.weekday, &req.start, &req.end))
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

/// The programme's districts in use (for the district fields' suggestions; with a list, a
/// district outside it is refused).
pub fn districts(app: &App, _: ()) -> Result<Vec<District>> {
    app.with_store(|s| s.districts(false))
}

/// A district to add to the list (lead).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewDistrict {
    pub name: String,
}

pub fn add_district(app: &App, req: NewDistrict) -> Result<District> {
    app.with_store(|s| s.add_district(&req.name))
}

/// The programmes in use (for the report's choice and the forms).
pub fn programmes(app: &App, _: ()) -> Result<Vec<Programme>> {
    app.with_store(|s| s.programmes(false))
}

/// A programme to add (lead).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewProgramme {
    pub name: String,
}

pub fn add_programme(app: &App, req: NewProgramme) -> Result<Programme> {
    app.with_store(|s| s.add_programme(&req.name))
}

/// A site merged into another (lead): see [`crate::store::Store::merge_site`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct MergeSite {
    pub id: SiteId,
    pub into: SiteId,
}

pub fn merge_site(app: &App, req: MergeSite) -> Result<Site> {
    app.with_store(|s| s.merge_site(req.id, req.into))
}

/// A partner merged into another (lead): see [`crate::store::Store::merge_partner`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct MergePartner {
    pub id: PartnerId,
    pub into: PartnerId,
}

pub fn merge_partner(app: &App, req: MergePartner) -> Result<Partner> {
    app.with_store(|s| s.merge_partner(req.id, req.into))
}

pub use crate::store::vocab_ext::VocabExtension;

/// The programme's own vocabulary (extensions of the built-in lists, with their labels).
pub fn vocab_extensions(app: &App, _: ()) -> Result<Vec<VocabExtension>> {
    app.with_store(|s| s.vocab_extensions())
}

/// Add an id to a vocabulary (lead): see [`crate::store::Store::add_vocab`].
pub fn add_vocab(app: &App, req: VocabExtension) -> Result<VocabExtension> {
    app.with_store(|s| s.add_vocab(req))
}
