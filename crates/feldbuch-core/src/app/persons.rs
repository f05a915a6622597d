//! Personen: persons and their consents, ESF participation, closing, the person page, notes
//! search, the data-subject rights (Auskunft, erasure), referrals and follow-ups.

pub use super::FileWritten;
use super::{write_document, App};
use crate::error::Result;
use crate::ids::{ConsentId, FollowUpId, PartnerId, PersonId, ReferralId};
pub use crate::store::activities::Attended;
pub use crate::store::contacts::Contact;
pub use crate::store::followups::FollowUp;
use crate::store::followups::FollowUpFilter;
pub use crate::store::persons::{
    Consent, Participation, ParticipationInput, Person, PersonInput, PersonPage, PersonPatch,
    PersonPick, PersonQuery, PersonSummary,
};
pub use crate::store::referrals::{Referral, ReferralInput};
use crate::store::rights::AuskunftFormat;
pub use crate::store::rights::ErasureReport;
pub use crate::store::search::NoteHit;
use crate::Localizer;
use serde::Deserialize;
use ts_rs::TS;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct PersonRef {
    pub id: PersonId,
}

/// What the person picker of the entry forms was typed.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct PickQuery {
    pub text: String,
}

/// Changes to a person: see [`PersonPatch`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditPerson {
    pub id: PersonId,
    pub changes: PersonPatch,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewConsent {
    pub person_id: PersonId,
    pub scope: String,
    pub form: String,
    /// `YYYY-MM-DD`; today when absent.
    pub given_on: Option<String>,
    /// The partner a forwarding consent names.
    pub partner_id: Option<PartnerId>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ConsentRef {
    pub id: ConsentId,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct EnrolParticipant {
    pub id: PersonId,
    pub participation: ParticipationInput,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ClosePerson {
    pub id: PersonId,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NoteQuery {
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ReferralStatusChange {
    pub id: ReferralId,
    pub status: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ReferralQuery {
    pub open_only: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct FollowUpQuery {
    /// Open ones (all, also those due later); `false`: the done ones.
    pub open: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewFollowUp {
    /// `YYYY-MM-DD`
    pub due: String,
    pub what: String,
    pub person_id: Option<PersonId>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct FollowUpRef {
    pub id: FollowUpId,
}

pub fn search_persons(app: &App, req: PersonQuery) -> Result<Vec<PersonSummary>> {
    app.with_store(|s| s.search_persons(&req))
}

/// The person picker of the entry forms: pseudonyms only, not audited (see `Store::pick_persons`).
pub fn pick_persons(app: &App, req: PickQuery) -> Result<Vec<PersonPick>> {
    app.with_store(|s| s.pick_persons(&req.text))
}

pub fn add_person(app: &App, req: PersonInput) -> Result<Person> {
    app.with_store(|s| s.add_person(&req))
}

pub fn edit_person(app: &App, req: EditPerson) -> Result<Person> {
    app.with_store(|s| s.edit_person(req.id, &req.changes))
}

/// Everything on one person: an audited read, made only when the user opens the person.
pub fn person_page(app: &App, req: PersonRef) -> Result<PersonPage> {
    app.with_store(|s| s.person_page(req.id))
}

/// Record a consent; answers the person with it.
pub fn give_consent(app: &App, req: NewConsent) -> Result<Person> {
    let partner = req.partner_id.map(|p| p.to_string());
    app.with_store(|s| {
        s.give_consent(
            req.person_id,
            &req.scope,
            &req.form,
            req.given_on.as_deref(),
            partner.as_deref(),
        )?;
        s.person(req.person_id)
    })
}

pub fn withdraw_consent(app: &App, req: ConsentRef) -> Result<Person> {
    app.with_store(|s| s.withdraw_consent(req.id, None))
}

pub fn enrol_participant(app: &App, req: EnrolParticipant) -> Result<Person> {
    app.with_store(|s| s.enrol_participant(req.id, &req.participation))
}

pub fn close_person(app: &App, req: ClosePerson) -> Result<Person> {
    app.with_store(|s| s.close_person(req.id, None, req.reason.as_deref()))
}

pub fn search_notes(app: &App, req: NoteQuery) -> Result<Vec<NoteHit>> {
    app.with_store(|s| s.search_notes(&req.text))
}

/// The name of a person's Auskunft file: date and time (a second one the same day gets a file of
/// its own) and the end of the person's id (its random part), never the pseudonym.
pub fn auskunft_file_name(id: PersonId, at: chrono::DateTime<chrono::Utc>) -> String {
    let id = id.to_string();
    let tail = &id[id.len().saturating_sub(8)..];
    format!(
        "Feldbuch-Auskunft-{}-{tail}.txt",
        at.format("%Y-%m-%d-%H%M%S")
    )
}

/// Write the Auskunft (Art. 15 DSGVO) of a person, in the app's language, into the user's
/// documents folder; answers the path written.
pub fn export_auskunft(app: &App, req: PersonRef) -> Result<FileWritten> {
    let l = Localizer::new(app.data().settings().locale);
    let name = auskunft_file_name(req.id, app.clock().now());
    let (_, bytes) = app.with_store(|s| s.auskunft_document(req.id, AuskunftFormat::Text, &l))?;
    write_document(&name, &bytes)
}

pub fn erase_person(app: &App, req: PersonRef) -> Result<ErasureReport> {
    app.with_store(|s| s.erase_person(req.id))
}

/// A referral to a partner the window picked from the directory (only its id is taken here).
pub fn add_referral(app: &App, req: ReferralInput) -> Result<Referral> {
    PartnerId::parse(&req.partner)?;
    app.with_store(|s| s.add_referral(&req))
}

pub fn set_referral_status(app: &App, req: ReferralStatusChange) -> Result<Referral> {
    app.with_store(|s| s.set_referral_status(req.id, &req.status, None))
}

pub fn list_referrals(app: &App, req: ReferralQuery) -> Result<Vec<Referral>> {
    app.with_store(|s| s.list_referrals(req.open_only))
}

pub fn list_followups(app: &App, req: FollowUpQuery) -> Result<Vec<FollowUp>> {
    let filter = if req.open {
        FollowUpFilter::Open
    } else {
        FollowUpFilter::Done
    };
    app.with_store(|s| s.followups(filter))
}

pub fn add_followup(app: &App, req: NewFollowUp) -> Result<FollowUp> {
    let person = req.person_id.map(|p| p.to_string());
    app.with_store(|s| s.add_followup(&req.due, &req.what, person.as_deref(), None))
}

pub fn complete_followup(app: &App, req: FollowUpRef) -> Result<FollowUp> {
    app.with_store(|s| s.complete_followup(req.id, None))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_auskunft_file_is_named_by_time_and_the_end_of_the_id() {
        let id = PersonId::parse("01931e4c-7a2b-7c3d-8e4f-0123456789ab").unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-04T09:05:07Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(
            auskunft_file_name(id, at),
            "Feldbuch-Auskunft-2026-12-04-090507-456789ab.txt"
        );
    }
}
