//! The outreach workflow: persons and consent, referrals, partners and visit slots, group
//! activities, follow-ups, search, data-subject rights, retention and the audit view. Each
//! command unpacks its input, calls one core function and maps the result.

use super::IpcResult;
use crate::dto_workflow::*;
use feldbuch_core::app::App;
use feldbuch_core::ids::{ActivityId, ConsentId, FollowUpId, PersonId, ReferralId};
use feldbuch_core::store::activities::ActivityInput;
use feldbuch_core::store::audit::AuditFilter;
use feldbuch_core::store::followups::FollowUpFilter;
use feldbuch_core::store::persons::{ParticipationInput, PersonInput, PersonPatch, PersonQuery};
use feldbuch_core::store::referrals::ReferralInput;
use feldbuch_core::store::rights::AuskunftFormat;
use feldbuch_core::Localizer;
use tauri::State;

#[tauri::command]
pub fn search_persons(
    state: State<'_, App>,
    query: PersonQueryDto,
) -> IpcResult<Vec<PersonSummaryDto>> {
    let q = PersonQuery {
        text: query.text,
        district: query.district,
        marker: query.marker,
        include_closed: query.include_closed,
    };
    let hits = state.with_store(|s| s.search_persons(&q))?;
    Ok(hits.into_iter().map(PersonSummaryDto::from).collect())
}

/// The person picker of the entry forms: pseudonyms only, not audited (see `Store::pick_persons`).
#[tauri::command]
pub fn pick_persons(state: State<'_, App>, text: String) -> IpcResult<Vec<PersonRefDto>> {
    let picks = state.with_store(|s| s.pick_persons(&text))?;
    Ok(picks.into_iter().map(PersonRefDto::from).collect())
}

#[tauri::command]
pub fn add_person(state: State<'_, App>, person: PersonInputDto) -> IpcResult<PersonDto> {
    let input = PersonInput {
        pseudonym: person.pseudonym.unwrap_or_default(),
        birth_year: person.birth_year.map(i64::from),
        age_band: person.age_band,
        gender: person.gender,
        languages: person.languages.unwrap_or_default(),
        district: person.district,
        markers: person.markers.unwrap_or_default(),
        real_name: person.real_name,
        contact_info: person.contact_info,
    };
    Ok(state.with_store(|s| s.add_person(&input))?.into())
}

#[tauri::command]
pub fn edit_person(
    state: State<'_, App>,
    id: String,
    changes: PersonInputDto,
) -> IpcResult<PersonDto> {
    let id = PersonId::parse(&id)?;
    let patch = PersonPatch {
        pseudonym: changes.pseudonym,
        birth_year: if changes.clear_birth_year == Some(true) {
            Some(None)
        } else {
            changes.birth_year.map(|y| Some(i64::from(y)))
        },
        age_band: changes.age_band,
        gender: changes.gender,
        languages: changes.languages,
        district: changes.district,
        markers: changes.markers,
        real_name: changes.real_name,
        contact_info: changes.contact_info,
    };
    Ok(state.with_store(|s| s.edit_person(id, &patch))?.into())
}

#[tauri::command]
pub fn person_page(state: State<'_, App>, id: String) -> IpcResult<PersonPageDto> {
    let id = PersonId::parse(&id)?;
    Ok(state.with_store(|s| s.person_page(id))?.into())
}

#[tauri::command]
pub fn give_consent(state: State<'_, App>, consent: ConsentRequest) -> IpcResult<PersonDto> {
    let id = PersonId::parse(&consent.person_id)?;
    Ok(state
        .with_store(|s| {
            s.give_consent(
                id,
                &consent.scope,
                &consent.form,
                consent.given_on.as_deref(),
                consent.partner_id.as_deref(),
            )?;
            s.person(id)
        })?
        .into())
}

#[tauri::command]
pub fn withdraw_consent(state: State<'_, App>, id: String) -> IpcResult<PersonDto> {
    let id = ConsentId::parse(&id)?;
    Ok(state.with_store(|s| s.withdraw_consent(id, None))?.into())
}

#[tauri::command]
pub fn enrol_participant(
    state: State<'_, App>,
    id: String,
    enrolment: ParticipationDto,
) -> IpcResult<PersonDto> {
    let id = PersonId::parse(&id)?;
    let input = ParticipationInput {
        entry_date: enrolment.entry_date,
        employment: enrolment.employment,
        education: enrolment.education,
        household: enrolment.household,
    };
    Ok(state
        .with_store(|s| s.enrol_participant(id, &input))?
        .into())
}

#[tauri::command]
pub fn close_person(
    state: State<'_, App>,
    id: String,
    reason: Option<String>,
) -> IpcResult<PersonDto> {
    let id = PersonId::parse(&id)?;
    Ok(state
        .with_store(|s| s.close_person(id, None, reason.as_deref()))?
        .into())
}

#[tauri::command]
pub fn search_notes(state: State<'_, App>, query: String) -> IpcResult<Vec<NoteHitDto>> {
    let hits = state.with_store(|s| s.search_notes(&query))?;
    Ok(hits.into_iter().map(NoteHitDto::from).collect())
}

/// Write the Auskunft of a person, in the app's language, to the user's documents folder (the
/// window has no file-system access of its own); returns the path written.
#[tauri::command]
pub fn export_auskunft(state: State<'_, App>, id: String) -> IpcResult<String> {
    let id = PersonId::parse(&id)?;
    let folder = feldbuch_core::datadir::documents_dir()?;
    // Date and time in the name: a second Auskunft for the same person the same day gets a file
    // of its own instead of an error.
    let stamp = state.clock().now().format("%Y-%m-%d-%H%M%S");
    let short: String = id.to_string().chars().rev().take(6).collect();
    let path = folder.join(format!("Feldbuch-Auskunft-{stamp}-{short}.txt"));
    let l = Localizer::new(state.data().settings().locale);
    let (_, bytes) = state.with_store(|s| s.auskunft_document(id, AuskunftFormat::Text, &l))?;
    // Written without the session: a folder that hangs must not keep the store open.
    feldbuch_core::fsutil::write_new(&path, &bytes)?;
    Ok(path.display().to_string())
}

#[tauri::command]
pub fn erase_person(state: State<'_, App>, id: String) -> IpcResult<ErasureDto> {
    let id = PersonId::parse(&id)?;
    Ok(state.with_store(|s| s.erase_person(id))?.into())
}

#[tauri::command]
pub fn add_referral(state: State<'_, App>, referral: ReferralInputDto) -> IpcResult<ReferralDto> {
    feldbuch_core::ids::PartnerId::parse(&referral.partner_id)?;
    let input = ReferralInput {
        partner: referral.partner_id,
        service: referral.service,
        person: referral.person_id,
        contact: referral.contact_id,
        note: referral.note,
    };
    Ok(state.with_store(|s| s.add_referral(&input))?.into())
}

#[tauri::command]
pub fn set_referral_status(
    state: State<'_, App>,
    id: String,
    status: String,
) -> IpcResult<ReferralDto> {
    let id = ReferralId::parse(&id)?;
    Ok(state
        .with_store(|s| s.set_referral_status(id, &status, None))?
        .into())
}

#[tauri::command]
pub fn list_referrals(state: State<'_, App>, open_only: bool) -> IpcResult<Vec<ReferralDto>> {
    let list = state.with_store(|s| s.list_referrals(open_only))?;
    Ok(list.into_iter().map(ReferralDto::from).collect())
}

#[tauri::command]
pub fn add_activity(state: State<'_, App>, activity: ActivityInputDto) -> IpcResult<ActivityDto> {
    let input = ActivityInput {
        kind: activity.kind,
        title: activity.title,
        date: activity.date,
        start: activity.start,
        duration_min: activity.duration_minutes.map(i64::from),
        site: activity.site_id,
        volunteers_count: i64::from(activity.volunteers_count),
        anonymous_count: i64::from(activity.anonymous_count),
        anonymous_age_band: None,
        anonymous_gender: None,
        note: activity.note,
        persons: activity.person_ids,
    };
    Ok(state.with_store(|s| s.add_activity(&input))?.into())
}

#[tauri::command]
pub fn list_activities(state: State<'_, App>) -> IpcResult<Vec<ActivityDto>> {
    let list = state.with_store(|s| s.list_activities(None, None))?;
    Ok(list.into_iter().map(ActivityDto::from).collect())
}

#[tauri::command]
pub fn set_attendance(
    state: State<'_, App>,
    id: String,
    person_ids: Vec<String>,
    anonymous_count: i32,
) -> IpcResult<ActivityDto> {
    let id = ActivityId::parse(&id)?;
    Ok(state
        .with_store(|s| s.set_attendance(id, &person_ids, i64::from(anonymous_count)))?
        .into())
}

#[tauri::command]
pub fn list_followups(state: State<'_, App>, open: bool) -> IpcResult<Vec<FollowUpLineDto>> {
    let filter = if open {
        FollowUpFilter::Open
    } else {
        FollowUpFilter::Done
    };
    let list = state.with_store(|s| s.followups(filter))?;
    Ok(list.into_iter().map(FollowUpLineDto::from).collect())
}

#[tauri::command]
pub fn add_followup(
    state: State<'_, App>,
    due: String,
    what: String,
    person_id: Option<String>,
) -> IpcResult<FollowUpLineDto> {
    Ok(state
        .with_store(|s| s.add_followup(&due, &what, person_id.as_deref(), None))?
        .into())
}

#[tauri::command]
pub fn complete_followup(state: State<'_, App>, id: String) -> IpcResult<FollowUpLineDto> {
    let id = FollowUpId::parse(&id)?;
    Ok(state.with_store(|s| s.complete_followup(id, None))?.into())
}

#[tauri::command]
pub fn save_draft(state: State<'_, App>, slot: String, body: String) -> IpcResult<()> {
    Ok(state.with_store(|s| s.save_draft(&slot, &body))?)
}

#[tauri::command]
pub fn load_draft(state: State<'_, App>, slot: String) -> IpcResult<Option<String>> {
    Ok(state.with_store(|s| s.draft(&slot))?)
}

#[tauri::command]
pub fn clear_draft(state: State<'_, App>, slot: String) -> IpcResult<()> {
    Ok(state.with_store(|s| s.clear_draft(&slot))?)
}

#[tauri::command]
pub fn retention(state: State<'_, App>) -> IpcResult<Vec<RetentionDto>> {
    let (rules, due) = state.with_store(|s| Ok((s.retention_rules()?, s.retention_due()?)))?;
    Ok(retention_rows(rules, &due))
}

#[tauri::command]
pub fn set_retention(
    state: State<'_, App>,
    category: String,
    years: Option<i32>,
) -> IpcResult<Vec<RetentionDto>> {
    let (rules, due) = state.with_store(|s| {
        s.set_retention(&category, years.map(i64::from))?;
        Ok((s.retention_rules()?, s.retention_due()?))
    })?;
    Ok(retention_rows(rules, &due))
}

#[tauri::command]
pub fn apply_retention(
    state: State<'_, App>,
    categories: Vec<String>,
) -> IpcResult<Vec<RetentionDto>> {
    let (rules, due) = state.with_store(|s| {
        s.apply_retention(&categories)?;
        Ok((s.retention_rules()?, s.retention_due()?))
    })?;
    Ok(retention_rows(rules, &due))
}

#[tauri::command]
pub fn audit_log(
    state: State<'_, App>,
    entity_id: Option<String>,
    before: Option<i32>,
) -> IpcResult<Vec<AuditEntryDto>> {
    let f = AuditFilter {
        entity_id: entity_id.filter(|e| !e.trim().is_empty()),
        before: before.map(i64::from),
        limit: Some(100),
        ..Default::default()
    };
    let list = state.with_store(|s| s.audit_entries(&f))?;
    Ok(list.into_iter().map(AuditEntryDto::from).collect())
}
