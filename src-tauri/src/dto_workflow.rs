//! Wire types of the outreach workflow (persons, consent, referrals, activities, follow-ups,
//! partners, search, data-subject rights, retention, audit). Plain strings and numbers; every
//! value coming in is validated by the core.

use feldbuch_core::store::activities::{Activity, Attended};
use feldbuch_core::store::audit::AuditEntry;
use feldbuch_core::store::followups::FollowUp;
use feldbuch_core::store::persons::{Consent, Person, PersonPage, PersonPick, PersonSummary};
use feldbuch_core::store::referrals::Referral;
use feldbuch_core::store::retention::{RetentionDue, RetentionRule};
use feldbuch_core::store::rights::ErasureReport;
use feldbuch_core::store::search::NoteHit;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dto::small;

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonQueryDto {
    pub text: Option<String>,
    pub district: Option<String>,
    pub marker: Option<String>,
    pub include_closed: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonSummaryDto {
    pub id: String,
    pub pseudonym: String,
    pub district: Option<String>,
    pub markers: Vec<String>,
    pub status: String,
    pub participant: bool,
    /// A documentation consent is in force: the person may be named in a record.
    pub documented: bool,
}

/// A person as the entry forms' picker and lists show them: the pseudonym only.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonRefDto {
    pub id: String,
    pub pseudonym: String,
    /// A documentation consent is in force (always true for attendees of a record).
    pub documented: bool,
}

impl From<PersonPick> for PersonRefDto {
    fn from(p: PersonPick) -> Self {
        Self {
            id: p.id.to_string(),
            pseudonym: p.pseudonym,
            documented: p.documented,
        }
    }
}

impl From<PersonSummary> for PersonSummaryDto {
    fn from(p: PersonSummary) -> Self {
        Self {
            id: p.id.to_string(),
            pseudonym: p.pseudonym,
            district: p.district,
            markers: p.markers.iter().map(|m| m.id().into()).collect(),
            status: p.status,
            participant: p.participant,
            documented: p.documented,
        }
    }
}

/// A new person, or the changes to one (then `None` keeps a value, `""` clears a text).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonInputDto {
    pub pseudonym: Option<String>,
    pub birth_year: Option<i32>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub languages: Option<Vec<String>>,
    pub district: Option<String>,
    pub markers: Option<Vec<String>>,
    pub real_name: Option<String>,
    pub contact_info: Option<String>,
    /// Changes only: remove the year of birth (`birthYear` absent keeps it).
    #[ts(optional)]
    pub clear_birth_year: Option<bool>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentDto {
    pub id: String,
    pub scope: String,
    pub form: String,
    pub given_on: String,
    pub withdrawn_on: Option<String>,
    pub partner_name: Option<String>,
}

impl From<Consent> for ConsentDto {
    fn from(c: Consent) -> Self {
        Self {
            id: c.id.to_string(),
            scope: c.scope.id().into(),
            form: c.form.id().into(),
            given_on: c.given_on.to_string(),
            withdrawn_on: c.withdrawn_on.map(|d| d.to_string()),
            partner_name: c.partner_name,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonDto {
    pub id: String,
    pub pseudonym: String,
    pub birth_year: Option<i32>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub languages: Vec<String>,
    pub district: Option<String>,
    pub markers: Vec<String>,
    pub real_name: Option<String>,
    pub contact_info: Option<String>,
    pub status: String,
    pub closed_on: Option<String>,
    pub participant_entry: Option<String>,
    pub participant_exit: Option<String>,
    pub employment: Option<String>,
    pub education: Option<String>,
    pub household: Option<String>,
    pub consents: Vec<ConsentDto>,
    pub revision: i32,
}

impl From<Person> for PersonDto {
    fn from(p: Person) -> Self {
        let part = p.participant.as_ref();
        Self {
            id: p.id.to_string(),
            pseudonym: p.pseudonym.clone(),
            birth_year: p.birth_year.map(small),
            age_band: p.age_band.map(|a| a.id().into()),
            gender: p.gender.map(|g| g.id().into()),
            languages: p.languages.clone(),
            district: p.district.clone(),
            markers: p.markers.iter().map(|m| m.id().into()).collect(),
            real_name: p.real_name.clone(),
            contact_info: p.contact_info.clone(),
            status: p.status.clone(),
            closed_on: p.closed_on.map(|d| d.to_string()),
            participant_entry: part.map(|x| x.entry_date.to_string()),
            participant_exit: part.and_then(|x| x.exit_date.map(|d| d.to_string())),
            employment: part.and_then(|x| x.employment.map(|e| e.id().into())),
            education: part.and_then(|x| x.education.map(|e| e.id().into())),
            household: part.and_then(|x| x.household.map(|e| e.id().into())),
            consents: p.consents.into_iter().map(ConsentDto::from).collect(),
            revision: small(p.revision),
        }
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentRequest {
    pub person_id: String,
    pub scope: String,
    pub form: String,
    pub given_on: Option<String>,
    pub partner_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipationDto {
    pub entry_date: Option<String>,
    pub employment: Option<String>,
    pub education: Option<String>,
    pub household: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReferralDto {
    pub id: String,
    pub partner_id: String,
    pub partner_name: String,
    pub service_name: Option<String>,
    pub person_id: Option<String>,
    pub pseudonym: Option<String>,
    pub contact_id: Option<String>,
    pub status: String,
    pub status_changed_on: String,
    pub note: Option<String>,
    pub forwarding_consent: bool,
    pub created_on: String,
    /// The statuses this referral may move to next.
    pub next: Vec<String>,
}

impl From<Referral> for ReferralDto {
    fn from(r: Referral) -> Self {
        use feldbuch_core::vocab::ReferralStatus;
        Self {
            id: r.id.to_string(),
            partner_id: r.partner_id.to_string(),
            partner_name: r.partner_name,
            service_name: r.service_name,
            person_id: r.person_id.map(|p| p.to_string()),
            pseudonym: r.pseudonym,
            contact_id: r.contact_id.map(|c| c.to_string()),
            status: r.status.id().into(),
            status_changed_on: r.status_changed_on.to_string(),
            note: r.note,
            forwarding_consent: r.forwarding_consent,
            created_on: r.created_at.get(..10).unwrap_or("").to_string(),
            next: ReferralStatus::ALL
                .iter()
                .filter(|s| r.status.can_move_to(**s))
                .map(|s| s.id().into())
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReferralInputDto {
    pub partner_id: String,
    pub service: Option<String>,
    pub person_id: Option<String>,
    pub contact_id: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactLineDto {
    pub id: String,
    pub date: String,
    pub site_name: String,
    pub kind: String,
    pub topics: Vec<String>,
    pub note: Option<String>,
    pub anonymous_count: i32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpLineDto {
    pub id: String,
    pub due: String,
    pub what: String,
    pub pseudonym: Option<String>,
    pub person_id: Option<String>,
    pub contact_date: Option<String>,
    pub done_on: Option<String>,
    pub overdue: bool,
}

impl From<FollowUp> for FollowUpLineDto {
    fn from(f: FollowUp) -> Self {
        Self {
            id: f.id.to_string(),
            due: f.due_on.to_string(),
            what: f.what,
            pseudonym: f.pseudonym,
            person_id: f.person_id.map(|p| p.to_string()),
            contact_date: f.contact_date.map(|d| d.to_string()),
            done_on: f.done_on.map(|d| d.to_string()),
            overdue: f.overdue,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendedDto {
    pub activity_id: String,
    pub date: String,
    pub kind: String,
    pub title: String,
}

impl From<Attended> for AttendedDto {
    fn from(a: Attended) -> Self {
        Self {
            activity_id: a.activity_id.to_string(),
            date: a.date.to_string(),
            kind: a.kind.id().into(),
            title: a.title,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonPageDto {
    pub person: PersonDto,
    pub contacts: Vec<ContactLineDto>,
    pub referrals: Vec<ReferralDto>,
    pub follow_ups: Vec<FollowUpLineDto>,
    pub attendance: Vec<AttendedDto>,
}

impl From<PersonPage> for PersonPageDto {
    fn from(p: PersonPage) -> Self {
        Self {
            person: p.person.into(),
            contacts: p
                .contacts
                .into_iter()
                .map(|c| ContactLineDto {
                    id: c.id.to_string(),
                    date: c.date.to_string(),
                    site_name: c.site_name,
                    kind: c.kind.id().into(),
                    topics: c.topics.iter().map(|t| t.id().into()).collect(),
                    note: c.note,
                    anonymous_count: small(c.anonymous_count),
                })
                .collect(),
            referrals: p.referrals.into_iter().map(ReferralDto::from).collect(),
            follow_ups: p.followups.into_iter().map(FollowUpLineDto::from).collect(),
            attendance: p.attendance.into_iter().map(AttendedDto::from).collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteHitDto {
    pub contact_id: String,
    pub date: String,
    pub site_name: String,
    pub kind: String,
    pub excerpt: String,
}

impl From<NoteHit> for NoteHitDto {
    fn from(h: NoteHit) -> Self {
        Self {
            contact_id: h.contact_id.to_string(),
            date: h.date.to_string(),
            site_name: h.site_name,
            kind: h.kind.id().into(),
            excerpt: h.excerpt,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErasureDto {
    pub contacts_anonymised: i32,
    pub notes_erased: i32,
    pub followups_deleted: i32,
    pub consents_deleted: i32,
    pub attendance_anonymised: i32,
}

impl From<ErasureReport> for ErasureDto {
    fn from(r: ErasureReport) -> Self {
        let n = |v: u64| i32::try_from(v).unwrap_or(i32::MAX);
        Self {
            contacts_anonymised: n(r.contacts_anonymised),
            notes_erased: n(r.notes_erased),
            followups_deleted: n(r.followups_deleted),
            consents_deleted: n(r.consents_deleted),
            attendance_anonymised: n(r.attendance_anonymised),
        }
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInputDto {
    pub kind: String,
    pub title: String,
    pub date: Option<String>,
    pub start: Option<String>,
    pub duration_minutes: Option<i32>,
    pub site_id: Option<String>,
    pub volunteers_count: i32,
    pub anonymous_count: i32,
    pub note: Option<String>,
    pub person_ids: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDto {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub date: String,
    pub start: Option<String>,
    pub site_name: Option<String>,
    pub volunteers_count: i32,
    pub anonymous_count: i32,
    pub attendees: Vec<PersonRefDto>,
    pub facilitators: Vec<String>,
    pub total_attendance: i32,
}

impl From<Activity> for ActivityDto {
    fn from(a: Activity) -> Self {
        Self {
            id: a.id.to_string(),
            kind: a.kind.id().into(),
            title: a.title,
            date: a.date.to_string(),
            start: a.start,
            site_name: a.site_name,
            volunteers_count: small(a.volunteers_count),
            anonymous_count: small(a.anonymous_count),
            attendees: a
                .attendees
                .into_iter()
                .map(|(id, pseudonym)| PersonRefDto {
                    id: id.to_string(),
                    pseudonym,
                    documented: true,
                })
                .collect(),
            facilitators: a.facilitators,
            total_attendance: small(a.total_attendance),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDto {
    pub category: String,
    pub years: Option<i32>,
    /// Records past the period now (only when a period is set).
    pub due: Option<i32>,
    pub cutoff: Option<String>,
}

pub fn retention_rows(rules: Vec<RetentionRule>, due: &[RetentionDue]) -> Vec<RetentionDto> {
    rules
        .into_iter()
        .map(|r| {
            let d = due.iter().find(|d| d.category == r.category);
            RetentionDto {
                category: r.category.id().into(),
                years: r.years.map(small),
                due: d.map(|d| i32::try_from(d.count).unwrap_or(i32::MAX)),
                cutoff: d.map(|d| d.cutoff.to_string()),
            }
        })
        .collect()
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntryDto {
    pub seq: i32,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
}

impl From<AuditEntry> for AuditEntryDto {
    fn from(e: AuditEntry) -> Self {
        Self {
            seq: small(e.seq),
            at: e.at,
            actor: e.actor_initials.unwrap_or(e.actor),
            action: e.action,
            entity: e.entity,
            entity_id: e.entity_id,
        }
    }
}

/// Declarations of this module's wire types, for `ui/src/lib/bindings.ts`.
pub fn decls() -> Vec<String> {
    vec![
        PersonQueryDto::decl(),
        PersonSummaryDto::decl(),
        PersonRefDto::decl(),
        PersonInputDto::decl(),
        ConsentDto::decl(),
        PersonDto::decl(),
        ConsentRequest::decl(),
        ParticipationDto::decl(),
        ReferralDto::decl(),
        ReferralInputDto::decl(),
        ContactLineDto::decl(),
        FollowUpLineDto::decl(),
        AttendedDto::decl(),
        PersonPageDto::decl(),
        NoteHitDto::decl(),
        ErasureDto::decl(),
        ActivityInputDto::decl(),
        ActivityDto::decl(),
        RetentionDto::decl(),
        AuditEntryDto::decl(),
    ]
}
