//! Personen: persons and their consents, ESF participation, closing, the person page, notes
//! search, the data-subject rights (Auskunft, erasure), referrals and follow-ups.

pub use super::FileWritten;
use super::{write_document, App};
use crate::error::Result;
use crate::ids::{ConsentId, ContactId, FollowUpId, PartnerId, PersonId, ReferralId};
pub use crate::store::activities::Attended;
pub use crate::store::contacts::Contact;
pub use crate::store::followups::FollowUp;
use crate::store::followups::FollowUpFilter;
pub use crate::store::links::{LinkInput, LinkOutcome};
pub use crate::store::persons::{
    Consent, ExitResult, Participation, ParticipationInput, Person, PersonInput, PersonName,
    PersonPage, PersonPatch, PersonPick, PersonQuery, PersonSummary,
};
pub use crate::store::referrals::{Referral, ReferralInput, ReferralPatch};
pub use crate::store::rights::AuskunftFormat;
pub use crate::store::rights::ErasureReport;
pub use crate::store::search::NoteHit;
use crate::vocab::Locale;
use crate::Localizer;
use serde::Deserialize;
use ts_rs::TS;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct PersonRef {
    pub id: PersonId,
}

/// A person's page; `contacts`: only the newest so many of their contacts (all without).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct PersonPageQuery {
    pub id: PersonId,
    #[serde(default)]
    #[ts(optional)]
    pub contacts: Option<u32>,
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

/// A consent withdrawn, on a day (today without one).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct WithdrawConsent {
    pub id: ConsentId,
    #[serde(default)]
    #[ts(optional)]
    pub on: Option<String>,
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
    /// The day the case closed (today without one).
    #[serde(default)]
    #[ts(optional)]
    pub on: Option<String>,
}

/// The ESF exit: the day the participant left the programme (today without one) and the
/// result indicators at leaving (those not given stay as they were).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ExitParticipant {
    pub id: PersonId,
    #[serde(default)]
    #[ts(optional)]
    pub on: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub result: Option<ExitResult>,
}

/// An Auskunft (Art. 15) written to a file the user chose.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct AuskunftTo {
    pub id: PersonId,
    pub path: String,
    pub format: AuskunftFormat,
    /// Its language (the app's setting without one).
    #[serde(default)]
    #[ts(optional)]
    pub locale: Option<Locale>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NoteQuery {
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ReferralStatusChange {
    pub id: ReferralId,
    pub status: String,
    /// The day it changed (today without one).
    #[serde(default)]
    #[ts(optional)]
    pub on: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ReferralQuery {
    pub open_only: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct FollowUpQuery {
    /// Open ones (all, also those due later); `false`: the done ones.
    pub open: bool,
    /// Of the open ones only those due today or earlier.
    #[serde(default)]
    #[ts(optional)]
    pub due_only: Option<bool>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NewFollowUp {
    /// `YYYY-MM-DD`
    pub due: String,
    pub what: String,
    pub person_id: Option<PersonId>,
    /// The contact it follows from.
    #[serde(default)]
    #[ts(optional)]
    pub contact_id: Option<ContactId>,
}

/// A correction of a referral: see [`ReferralPatch`].
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditReferral {
    pub id: ReferralId,
    pub changes: ReferralPatch,
}

/// A follow-up rescheduled (`due`, `YYYY-MM-DD`) or its text changed.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct EditFollowUp {
    pub id: FollowUpId,
    #[serde(default)]
    #[ts(optional)]
    pub due: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub what: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ReferralRef {
    pub id: ReferralId,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct FollowUpRef {
    pub id: FollowUpId,
}

/// A follow-up done, on a day (today without one).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct CompleteFollowUp {
    pub id: FollowUpId,
    #[serde(default)]
    #[ts(optional)]
    pub on: Option<String>,
}

pub fn search_persons(app: &App, req: PersonQuery) -> Result<Vec<PersonSummary>> {
    app.with_store(|s| s.search_persons(&req))
}

/// The person picker of the entry forms: pseudonyms only, not audited (see `Store::pick_persons`).
pub fn pick_persons(app: &App, req: PickQuery) -> Result<Vec<PersonPick>> {
    app.with_store(|s| s.pick_persons(&req.text))
}

/// Every person's id and pseudonym, by pseudonym.
pub fn list_persons(app: &App, _: ()) -> Result<Vec<PersonName>> {
    app.with_store(|s| s.list_persons())
}

pub fn add_person(app: &App, req: PersonInput) -> Result<Person> {
    app.with_store(|s| s.add_person(&req))
}

pub fn edit_person(app: &App, req: EditPerson) -> Result<Person> {
    app.with_store(|s| s.edit_person(req.id, &req.changes))
}

/// Everything on one person: an audited read, made only when the user opens the person.
pub fn person_page(app: &App, req: PersonPageQuery) -> Result<PersonPage> {
    app.with_store(|s| s.person_page_with(req.id, req.contacts))
}

/// Record a consent; answers the person with it.
pub fn give_consent(app: &App, req: NewConsent) -> Result<Person> {
    app.with_store(|s| {
        s.give_consent(
            req.person_id,
            &req.scope,
            &req.form,
            req.given_on.as_deref(),
            req.partner_id,
        )?;
        s.person(req.person_id)
    })
}

pub fn withdraw_consent(app: &App, req: WithdrawConsent) -> Result<Person> {
    app.with_store(|s| s.withdraw_consent(req.id, req.on.as_deref()))
}

pub fn enrol_participant(app: &App, req: EnrolParticipant) -> Result<Person> {
    app.with_store(|s| s.enrol_participant(req.id, &req.participation))
}

pub fn close_person(app: &App, req: ClosePerson) -> Result<Person> {
    app.with_store(|s| s.close_person(req.id, req.on.as_deref(), req.reason.as_deref()))
}

pub fn reopen_person(app: &App, req: PersonRef) -> Result<Person> {
    app.with_store(|s| s.reopen_person(req.id))
}

pub fn exit_participant(app: &App, req: ExitParticipant) -> Result<Person> {
    let result = req.result.unwrap_or_default();
    app.with_store(|s| s.exit_participant(req.id, req.on.as_deref(), &result))
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
    let written = write_document(&name, &bytes)?;
    app.remember_written(std::path::Path::new(&written.path));
    Ok(written)
}

/// The Auskunft into the file the user chose (text or JSON), in the app's language (or the one
/// asked for). Written without the session; an existing file is not replaced.
pub fn write_auskunft(app: &App, req: AuskunftTo) -> Result<FileWritten> {
    let path = super::path_of(&req.path)?;
    let l = Localizer::new(req.locale.unwrap_or_else(|| app.data().settings().locale));
    let (_, bytes) = app.with_store(|s| s.auskunft_document(req.id, req.format, &l))?;
    crate::fsutil::write_new(&path, &bytes)?;
    app.remember_written(&path);
    Ok(FileWritten {
        path: path.display().to_string(),
    })
}

pub fn erase_person(app: &App, req: PersonRef) -> Result<ErasureReport> {
    app.with_store(|s| s.erase_person(req.id))
}

/// A referral to a partner the window picked from the directory (only its id is taken here).
pub fn add_referral(app: &App, req: ReferralInput) -> Result<Referral> {
    app.with_store(|s| s.add_referral(&req))
}

pub fn set_referral_status(app: &App, req: ReferralStatusChange) -> Result<Referral> {
    app.with_store(|s| s.set_referral_status(req.id, &req.status, req.on.as_deref()))
}

pub fn list_referrals(app: &App, req: ReferralQuery) -> Result<Vec<Referral>> {
    app.with_store(|s| s.list_referrals(req.open_only))
}

pub fn list_followups(app: &App, req: FollowUpQuery) -> Result<Vec<FollowUp>> {
    let filter = match (req.open, req.due_only.unwrap_or(false)) {
        (true, true) => FollowUpFilter::Due,
        (true, false) => FollowUpFilter::Open,
        (false, _) => FollowUpFilter::Done,
    };
    app.with_store(|s| s.followups(filter))
}

pub fn add_followup(app: &App, req: NewFollowUp) -> Result<FollowUp> {
    app.with_store(|s| s.add_followup(&req.due, &req.what, req.person_id, req.contact_id))
}

pub fn complete_followup(app: &App, req: CompleteFollowUp) -> Result<FollowUp> {
    app.with_store(|s| s.complete_followup(req.id, req.on.as_deref()))
}

pub fn show_referral(app: &App, req: ReferralRef) -> Result<Referral> {
    app.with_store(|s| s.referral(req.id))
}

pub fn edit_referral(app: &App, req: EditReferral) -> Result<Referral> {
    app.with_store(|s| s.edit_referral(req.id, &req.changes))
}

pub fn edit_followup(app: &App, req: EditFollowUp) -> Result<FollowUp> {
    app.with_store(|s| s.edit_followup(req.id, req.due.as_deref(), req.what.as_deref()))
}

pub fn reopen_followup(app: &App, req: FollowUpRef) -> Result<FollowUp> {
    app.with_store(|s| s.reopen_followup(req.id))
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

/// A person to link for the team's count, with the fields typed for it.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct LinkPerson {
    pub id: PersonId,
    pub link: LinkInput,
}

/// Link a person for the team's count: see [`crate::Store::link_person`].
pub fn link_person(app: &App, req: LinkPerson) -> Result<LinkOutcome> {
    app.with_store(|s| s.link_person(req.id, &req.link))
}

/// Take a person out of the team's count again; answers the person.
pub fn unlink_person(app: &App, req: PersonRef) -> Result<Person> {
    app.with_store(|s| {
        s.unlink_person(req.id)?;
        s.person(req.id)
    })
}
