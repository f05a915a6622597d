//! Persons (Klient:innen) and their consents. Pseudonym first: a real name and contact data can
//! only be stored while a documentation consent is in force, and withdrawing a consent clears the
//! fields it covered. Every read of a person is written to the audit log in the same transaction.

use super::{audit, timestamp, Store, DOCUMENTED};
use crate::error::{Error, Result};
use crate::ids::{ConsentId, PartnerId, PersonId, WorkerId};
use crate::validate::{self, field};
use crate::vocab::{
    AgeBand, ConsentForm, ConsentScope, Education, Employment, Gender, Household, Marker,
};
use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest pseudonym accepted.
pub const MAX_PSEUDONYM: usize = 40;

/// A person as entered, unvalidated (every face builds one of these).
#[derive(Debug, Clone, Default, TS, Deserialize)]
pub struct PersonInput {
    pub pseudonym: String,
    pub birth_year: Option<i64>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    /// Language codes such as `de`, `tr`, `ar` (2–3 lowercase letters).
    pub languages: Vec<String>,
    pub district: Option<String>,
    pub markers: Vec<String>,
    pub real_name: Option<String>,
    pub contact_info: Option<String>,
    /// The programme the person belongs to (one in use), if any.
    #[serde(default)]
    #[ts(optional)]
    pub programme: Option<crate::ids::ProgrammeId>,
}

/// Changes to a person; `None` keeps the stored value, `Some("")` clears an optional text.
#[derive(Debug, Clone, Default, TS, Deserialize)]
#[ts(optional_fields)]
pub struct PersonPatch {
    pub pseudonym: Option<String>,
    /// Absent keeps the year, `null` removes it, a number sets it.
    #[serde(default, deserialize_with = "present")]
    #[ts(optional, type = "number | null")]
    pub birth_year: Option<Option<i64>>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub languages: Option<Vec<String>>,
    pub district: Option<String>,
    pub markers: Option<Vec<String>>,
    pub real_name: Option<String>,
    pub contact_info: Option<String>,
}

/// A consent as read back.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct Consent {
    pub id: ConsentId,
    pub scope: ConsentScope,
    pub given_on: NaiveDate,
    pub form: ConsentForm,
    pub withdrawn_on: Option<NaiveDate>,
    /// For a forwarding consent: the partner the data may go to.
    pub partner_id: Option<PartnerId>,
    pub partner_name: Option<String>,
}

impl Consent {
    /// Whether the consent is in force.
    pub fn active(&self) -> bool {
        self.withdrawn_on.is_none()
    }
}

/// A person as read back, with consents and markers.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct Person {
    pub id: PersonId,
    pub pseudonym: String,
    pub birth_year: Option<i64>,
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    pub languages: Vec<String>,
    pub district: Option<String>,
    pub markers: Vec<Marker>,
    /// Markers of the programme's own vocabulary.
    pub own_markers: Vec<String>,
    pub real_name: Option<String>,
    pub contact_info: Option<String>,
    pub status: String,
    pub closed_on: Option<NaiveDate>,
    pub close_reason: Option<String>,
    /// Enrolment as a programme participant (ESF Plus), if any.
    pub participant: Option<Participation>,
    pub consents: Vec<Consent>,
    /// The worker who registered the person.
    pub worker_id: WorkerId,
    pub revision: i64,
    /// Linked for the team's count (a keyed hash, see `store::links`).
    pub linked: bool,
}

/// A person's enrolment as a programme participant, with the funder's fields.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct Participation {
    pub entry_date: NaiveDate,
    pub exit_date: Option<NaiveDate>,
    pub employment: Option<Employment>,
    pub education: Option<Education>,
    pub household: Option<Household>,
    /// The ESF Plus common result indicators at leaving, once the exit is recorded.
    pub exit_result: ExitResult,
}

/// The ESF Plus common result indicators at leaving (Annex I of Regulation (EU) 2021/1057): each
/// `None` while not recorded.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ExitResult {
    /// Engaged in job searching upon leaving.
    pub job_searching: Option<bool>,
    /// In education or training upon leaving.
    pub in_education: Option<bool>,
    /// Gained a qualification upon leaving.
    pub qualification: Option<bool>,
    /// In employment, including self-employment, upon leaving.
    pub employed: Option<bool>,
}

/// Enrolment data as entered, unvalidated.
#[derive(Debug, Clone, Default, TS, Deserialize)]
pub struct ParticipationInput {
    pub entry_date: Option<String>,
    pub employment: Option<String>,
    pub education: Option<String>,
    pub household: Option<String>,
}

#[derive(Default)]
pub(crate) struct ValidPerson {
    pub(crate) pseudonym: String,
    pub(crate) birth_year: Option<i64>,
    pub(crate) age_band: Option<AgeBand>,
    pub(crate) gender: Option<Gender>,
    pub(crate) languages: Vec<String>,
    pub(crate) district: Option<String>,
    pub(crate) markers: Vec<Marker>,
    pub(crate) own_markers: Vec<String>,
    pub(crate) real_name: Option<String>,
    pub(crate) contact_info: Option<String>,
}

fn parse_date(s: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn validate_person(
    conn: &Connection,
    input: &PersonInput,
    today: NaiveDate,
) -> Result<ValidPerson> {
    let pseudonym = validate::required_line(field::PSEUDONYM, &input.pseudonym, MAX_PSEUDONYM)?;
    let birth_year = match input.birth_year {
        None => None,
        Some(y) => Some(validate::in_range(
            "error-invalid-birth-year",
            y,
            1900,
            i64::from(today.year()),
        )?),
    };
    let mut languages = Vec::new();
    for l in &input.languages {
        let l = validate::language(l)?;
        if !languages.contains(&l) {
            languages.push(l);
        }
    }
    let (markers, own_markers) = super::vocab_ext::split_markers(conn, &input.markers)?;
    Ok(ValidPerson {
        pseudonym,
        birth_year,
        age_band: validate::optional_vocab(input.age_band.as_deref(), AgeBand::parse)?,
        gender: validate::optional_vocab(input.gender.as_deref(), Gender::parse)?,
        languages,
        district: validate::optional_line(field::DISTRICT, input.district.as_deref(), 80)?,
        markers,
        own_markers,
        real_name: validate::optional_line(field::REAL_NAME, input.real_name.as_deref(), 120)?,
        contact_info: validate::optional_text(
            field::CONTACT_INFO,
            input.contact_info.as_deref(),
            500,
        )?,
    })
}

fn consents_of(tx: &rusqlite::Connection, id: PersonId) -> Result<Vec<Consent>> {
    let mut stmt = tx.prepare_cached(
        "SELECT c.id, c.scope, c.given_on, c.form, c.withdrawn_on, c.partner_id, p.name
         FROM consents c LEFT JOIN partners p ON p.id = c.partner_id
         WHERE c.person_id = ?1 ORDER BY c.given_on, c.id",
    )?;
    let rows = stmt.query_map([id], |r| {
        let given: String = r.get(2)?;
        let withdrawn: Option<String> = r.get(4)?;
        Ok(Consent {
            id: r.get(0)?,
            scope: r.get(1)?,
            given_on: parse_date(&given)?,
            form: r.get(3)?,
            withdrawn_on: withdrawn.as_deref().map(parse_date).transpose()?,
            partner_id: r.get(5)?,
            partner_name: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn has_active(consents: &[Consent], scope: ConsentScope) -> bool {
    consents.iter().any(|c| c.scope == scope && c.active())
}

fn load(tx: &rusqlite::Connection, id: PersonId) -> Result<Person> {
    let person = tx
        .prepare_cached(
            "SELECT pseudonym, birth_year, age_band, gender, languages, district, real_name,
                    contact_info, status, revision, closed_on, close_reason, participant,
                    esf_entry_date, esf_exit_date, esf_employment, esf_education, esf_household,
                    worker_id, esf_exit_job_searching, esf_exit_in_education,
                    esf_exit_qualification, esf_exit_employed, link_hash IS NOT NULL
             FROM persons WHERE id = ?1",
        )?
        .query_row([id], |r| {
            let languages: String = r.get(4)?;
            let closed_on: Option<String> = r.get(10)?;
            let entry: Option<String> = r.get(13)?;
            let exit: Option<String> = r.get(14)?;
            let participant = match (r.get::<_, i64>(12)?, entry) {
                (1, Some(entry)) => Some(Participation {
                    entry_date: parse_date(&entry)?,
                    exit_date: exit.as_deref().map(parse_date).transpose()?,
                    employment: r.get(15)?,
                    education: r.get(16)?,
                    household: r.get(17)?,
                    exit_result: ExitResult {
                        job_searching: r.get(19)?,
                        in_education: r.get(20)?,
                        qualification: r.get(21)?,
                        employed: r.get(22)?,
                    },
                }),
                _ => None,
            };
            Ok(Person {
                linked: r.get(23)?,
                closed_on: closed_on.as_deref().map(parse_date).transpose()?,
                close_reason: r.get(11)?,
                participant,
                worker_id: r.get(18)?,
                id,
                pseudonym: r.get(0)?,
                birth_year: r.get(1)?,
                age_band: r.get(2)?,
                gender: r.get(3)?,
                languages: serde_json::from_str(&languages).unwrap_or_default(),
                district: r.get(5)?,
                markers: vec![],
                own_markers: vec![],
                real_name: r.get(6)?,
                contact_info: r.get(7)?,
                status: r.get(8)?,
                consents: vec![],
                revision: r.get(9)?,
            })
        })
        .optional()?
        .ok_or_else(|| Error::not_found("error-person-not-found", &[("id", &id.to_string())]))?;
    let (markers, own_markers) = markers_of(tx, id)?;
    Ok(Person {
        markers,
        own_markers,
        consents: consents_of(tx, id)?,
        ..person
    })
}

/// A person this (worker's) device handed away: the lead moved it to another worker's device,
/// and this one keeps it read-only, for its own contacts that name it. A lead's store holds the
/// whole team's persons and is not bound by this.
pub(crate) fn handed_away_guard(
    conn: &rusqlite::Connection,
    actor: &super::Actor,
    id: PersonId,
) -> Result<()> {
    if actor.role == crate::vocab::Role::Lead {
        return Ok(());
    }
    let device: Option<String> = conn
        .query_row("SELECT device_id FROM persons WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    match device {
        Some(d) if d != actor.device.to_string() => {
            Err(Error::invalid("error-person-handed-over", &[]))
        }
        _ => Ok(()),
    }
}

/// What the acting role may see of a person: a volunteer sees only the persons they registered,
/// and never a real name or contact data.
fn redact(mut p: Person, volunteer: bool, actor: &super::Actor) -> Result<Person> {
    if volunteer {
        if p.worker_id != actor.worker {
            return Err(Error::not_found(
                "error-person-not-found",
                &[("id", &p.id.to_string())],
            ));
        }
        p.real_name = None;
        p.contact_info = None;
    }
    Ok(p)
}

/// Read a person as stored, for internal use (erasure, retention).
pub(crate) fn load_raw(conn: &rusqlite::Connection, id: PersonId) -> Result<Person> {
    load(conn, id)
}

/// Read a person for internal use, as the acting role may see it (not audited: the caller is).
pub(crate) fn load_visible(store: &Store, id: PersonId) -> Result<Person> {
    redact(load(store.conn(), id)?, store.is_volunteer(), store.actor())
}

/// A person's markers: the built-in ones in vocabulary order, then the programme's own by id.
fn markers_of(conn: &Connection, id: PersonId) -> Result<(Vec<Marker>, Vec<String>)> {
    let all: Vec<String> = conn
        .prepare_cached("SELECT marker FROM person_markers WHERE person_id = ?1 ORDER BY marker")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut markers = Vec::new();
    let mut own = Vec::new();
    for m in all {
        match Marker::parse(&m) {
            Ok(marker) => markers.push(marker),
            Err(_) => own.push(m),
        }
    }
    markers.sort();
    Ok((markers, own))
}

fn write_markers(tx: &Transaction<'_>, id: PersonId, v: &ValidPerson) -> Result<()> {
    tx.execute("DELETE FROM person_markers WHERE person_id = ?1", [id])?;
    let mut ins =
        tx.prepare_cached("INSERT INTO person_markers (person_id, marker) VALUES (?1, ?2)")?;
    for m in &v.markers {
        ins.execute(rusqlite::params![id, m])?;
    }
    for m in &v.own_markers {
        ins.execute(rusqlite::params![id, m])?;
    }
    Ok(())
}

fn languages_json(languages: &[String]) -> Result<String> {
    serde_json::to_string(languages).map_err(|e| Error::Internal(e.to_string()))
}

/// Write a person that passed the checks of [`Store::add_person`], with its markers (also the
/// seed's way in). A real name and contact data are never written here.
pub(crate) fn insert(
    tx: &Transaction<'_>,
    id: PersonId,
    v: &ValidPerson,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO persons (id, device_id, created_at, updated_at, worker_id, pseudonym,
            birth_year, age_band, gender, languages, district)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(rusqlite::params![
        id,
        actor.device,
        ts,
        actor.worker,
        v.pseudonym,
        v.birth_year,
        v.age_band,
        v.gender,
        languages_json(&v.languages)?,
        v.district
    ])?;
    write_markers(tx, id, v)
}

/// Write a consent (also the seed's way in); `given_on` and the partner were checked by the
/// caller.
#[allow(clippy::too_many_arguments)]
pub(crate) fn insert_consent(
    tx: &Transaction<'_>,
    id: ConsentId,
    person: PersonId,
    scope: ConsentScope,
    form: ConsentForm,
    given_on: NaiveDate,
    partner: Option<PartnerId>,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO consents (id, device_id, created_at, updated_at, person_id, scope, given_on,
            form, partner_id)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(rusqlite::params![
        id,
        actor.device,
        ts,
        person,
        scope,
        given_on.to_string(),
        form,
        partner
    ])?;
    Ok(())
}

impl Store {
    /// Add a person. A real name or contact data is refused here: there can be no documentation
    /// consent yet for a person that does not exist.
    pub fn add_person(&mut self, input: &PersonInput) -> Result<Person> {
        let mut v = validate_person(self.conn(), input, self.clock().today())?;
        v.district = self.canonical_district(v.district)?;
        self.check_programme(input.programme)?;
        if v.real_name.is_some() || v.contact_info.is_some() {
            return Err(Error::invalid("error-consent-required", &[]));
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let id = PersonId::new();
        let tx = self.conn_mut().transaction()?;
        insert(&tx, id, &v, &actor, &ts)?;
        super::programmes::write_programme(
            &tx,
            super::programmes::InProgramme::Person,
            &id.to_string(),
            input.programme,
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "person",
            &id.to_string(),
        )?;
        let person = load(&tx, id)?;
        tx.commit()?;
        Ok(person)
    }

    /// Read a person. The read itself is audited (who viewed which person, when).
    pub fn person(&mut self, id: PersonId) -> Result<Person> {
        let now = self.clock().now();
        let actor = self.actor().clone();
        let volunteer = self.is_volunteer();
        let tx = self.conn_mut().transaction()?;
        let person = redact(load(&tx, id)?, volunteer, &actor)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::View,
            "person",
            &id.to_string(),
        )?;
        tx.commit()?;
        Ok(person)
    }

    /// A person with their timeline (contacts, referrals, follow-ups, attendance): one audited
    /// read.
    pub fn person_page(&mut self, id: PersonId) -> Result<PersonPage> {
        self.person_page_with(id, None)
    }

    /// A person's page with only the newest `contacts` of their contacts (all without a
    /// number): a person met a thousand times opens as fast as one met once.
    pub fn person_page_with(&mut self, id: PersonId, contacts: Option<u32>) -> Result<PersonPage> {
        let person = self.person(id)?;
        let total: i64 = self.conn().query_row(
            "SELECT count(*) FROM contact_persons WHERE person_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        let handed_to: Option<String> = if self.actor().role == crate::vocab::Role::Lead {
            None
        } else {
            self.conn()
                .query_row(
                    "SELECT coalesce(w.initials, '?') FROM persons p
                     LEFT JOIN workers w ON w.id = p.worker_id
                     WHERE p.id = ?1 AND p.device_id <> ?2",
                    rusqlite::params![id, self.actor().device],
                    |r| r.get(0),
                )
                .optional()?
        };
        Ok(PersonPage {
            handed_to,
            contacts: self.contacts_of_person(id, contacts)?,
            contacts_total: u64::try_from(total).unwrap_or(0),
            referrals: self.referrals_of_person(id)?,
            followups: self.followups_of_person(id)?,
            attendance: self.attendance_of_person(id)?,
            person,
        })
    }

    /// Err unless the person exists and has a documentation consent in force.
    pub(crate) fn require_documentation_consent(&self, id: PersonId) -> Result<()> {
        handed_away_guard(self.conn(), self.actor(), id)?;
        let person = redact(load(self.conn(), id)?, self.is_volunteer(), self.actor())?;
        if has_active(&person.consents, ConsentScope::Documentation) {
            Ok(())
        } else {
            Err(Error::invalid(
                "error-person-needs-consent",
                &[("pseudonym", &person.pseudonym)],
            ))
        }
    }

    /// A person named in a record (contact, activity, referral, follow-up): without a
    /// documentation consent a person may only be counted anonymously.
    pub(crate) fn consenting_person(&self, id: Option<PersonId>) -> Result<Option<PersonId>> {
        if let Some(id) = id {
            self.require_documentation_consent(id)?;
        }
        Ok(id)
    }

    /// Several persons named in a record, each with a documentation consent; duplicates dropped.
    pub(crate) fn consenting_persons(&self, ids: &[PersonId]) -> Result<Vec<PersonId>> {
        let mut out = Vec::new();
        for &id in ids {
            self.require_documentation_consent(id)?;
            if !out.contains(&id) {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// Pseudonyms of all persons, for lists and pickers (not audited as a read of each person:
    /// it shows no more than the pseudonym).
    pub fn list_persons(&self) -> Result<Vec<PersonName>> {
        let only: Option<WorkerId> = self.is_volunteer().then_some(self.actor().worker);
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, pseudonym FROM persons WHERE ?1 IS NULL OR worker_id = ?1
             ORDER BY pseudonym COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([only], |r| {
            Ok(PersonName {
                id: r.get(0)?,
                pseudonym: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Active persons whose pseudonym starts with `prefix` (or contains it, after those that
    /// start with it), for the person picker of the entry forms. Like `list_persons` it is not
    /// audited: it shows no more than pseudonyms, and a picker that searched on every keystroke
    /// would bury the audit log. A volunteer sees only the persons they registered.
    pub fn pick_persons(&self, prefix: &str) -> Result<Vec<PersonPick>> {
        let text = validate::optional_line(field::QUERY, Some(prefix), 80)?;
        let Some(text) = text else {
            return Ok(Vec::new());
        };
        let only: Option<WorkerId> = self.is_volunteer().then_some(self.actor().worker);
        let contains = like_pattern(&text);
        let starts = contains[1..].to_string();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT p.id, p.pseudonym, {DOCUMENTED} FROM persons p
             WHERE p.pseudonym LIKE ?1 ESCAPE '\\' AND p.status = 'active'
               AND (?3 IS NULL OR p.worker_id = ?3)
             ORDER BY p.pseudonym NOT LIKE ?2 ESCAPE '\\', p.pseudonym COLLATE NOCASE, p.id
             LIMIT ?4"
        ))?;
        let rows = stmt.query_map(rusqlite::params![contains, starts, only, MAX_PICKS], |r| {
            Ok(PersonPick {
                id: r.get(0)?,
                pseudonym: r.get(1)?,
                documented: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Change a person. A real name or contact data needs a documentation consent in force.
    pub fn edit_person(&mut self, id: PersonId, patch: &PersonPatch) -> Result<Person> {
        let now = self.clock().now();
        let today = self.clock().today();
        let actor = self.actor().clone();
        let volunteer = self.is_volunteer();
        if volunteer && (patch.real_name.is_some() || patch.contact_info.is_some()) {
            return Err(Error::Forbidden);
        }
        // A district given is matched against the list (before the write starts); one kept as
        // it was stays.
        let canonical = match &patch.district {
            Some(d) => Some(self.canonical_district(validate::optional_line(
                field::DISTRICT,
                Some(d),
                80,
            )?)?),
            None => None,
        };
        let tx = self.conn_mut().transaction()?;
        let old = load(&tx, id)?;
        handed_away_guard(&tx, &actor, id)?;
        redact(old.clone(), volunteer, &actor)?;
        let merged = PersonInput {
            pseudonym: patch.pseudonym.clone().unwrap_or(old.pseudonym.clone()),
            birth_year: patch.birth_year.unwrap_or(old.birth_year),
            age_band: patch
                .age_band
                .clone()
                .or(old.age_band.map(|a| a.id().to_string())),
            gender: patch
                .gender
                .clone()
                .or(old.gender.map(|g| g.id().to_string())),
            languages: patch.languages.clone().unwrap_or(old.languages.clone()),
            district: patch.district.clone().or(old.district.clone()),
            markers: patch.markers.clone().unwrap_or_else(|| {
                old.markers
                    .iter()
                    .map(|m| m.id().to_string())
                    .chain(old.own_markers.iter().cloned())
                    .collect()
            }),
            real_name: patch.real_name.clone().or(old.real_name.clone()),
            contact_info: patch.contact_info.clone().or(old.contact_info.clone()),
            // A correction keeps the programme.
            programme: None,
        };
        let mut v = validate_person(&tx, &merged, today)?;
        if let Some(district) = canonical {
            v.district = district;
        }
        let identifying = v.real_name.is_some() || v.contact_info.is_some();
        if identifying && !has_active(&old.consents, ConsentScope::Documentation) {
            return Err(Error::invalid("error-consent-required", &[]));
        }
        tx.execute(
            "UPDATE persons SET updated_at = ?2, revision = revision + 1, pseudonym = ?3,
                birth_year = ?4, age_band = ?5, gender = ?6, languages = ?7, district = ?8,
                real_name = ?9, contact_info = ?10
             WHERE id = ?1",
            rusqlite::params![
                id,
                timestamp(now),
                v.pseudonym,
                v.birth_year,
                v.age_band,
                v.gender,
                languages_json(&v.languages)?,
                v.district,
                v.real_name,
                v.contact_info
            ],
        )?;
        write_markers(&tx, id, &v)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "person",
            &id.to_string(),
        )?;
        let person = redact(load(&tx, id)?, volunteer, &actor)?;
        tx.commit()?;
        Ok(person)
    }

    /// Record a consent given on `given_on` (not in the future). A forwarding consent names the
    /// partner the data may go to; the other scopes name none.
    pub fn give_consent(
        &mut self,
        person: PersonId,
        scope: &str,
        form: &str,
        given_on: Option<&str>,
        partner: Option<PartnerId>,
    ) -> Result<Consent> {
        let scope = ConsentScope::parse(scope)?;
        let form = ConsentForm::parse(form)?;
        let today = self.clock().today();
        let given_on = validate::date_up_to_today(given_on, today)?;
        let partner = match partner {
            Some(p) if scope == ConsentScope::Forwarding => Some(self.partner(p)?),
            Some(_) => return Err(Error::invalid("error-consent-partner-only-forwarding", &[])),
            None if scope == ConsentScope::Forwarding => {
                return Err(Error::invalid("error-consent-needs-partner", &[]))
            }
            None => None,
        };
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let volunteer = self.is_volunteer();
        let tx = self.conn_mut().transaction()?;
        redact(load(&tx, person)?, volunteer, &actor)?;
        handed_away_guard(&tx, &actor, person)?;
        let id = ConsentId::new();
        insert_consent(
            &tx,
            id,
            person,
            scope,
            form,
            given_on,
            partner.as_ref().map(|p| p.id),
            &actor,
            &ts,
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "consent",
            &id.to_string(),
        )?;
        tx.commit()?;
        Ok(Consent {
            id,
            scope,
            given_on,
            form,
            withdrawn_on: None,
            partner_id: partner.as_ref().map(|p| p.id),
            partner_name: partner.map(|p| p.name),
        })
    }

    /// Withdraw a consent. The fields it covered are cleared in the same transaction: for
    /// documentation the real name and contact data; for participant reporting the funder's
    /// participant fields. The person remains as a pseudonym.
    pub fn withdraw_consent(&mut self, id: ConsentId, on: Option<&str>) -> Result<Person> {
        let today = self.clock().today();
        let on = validate::date_up_to_today(on, today)?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let volunteer = self.is_volunteer();
        let tx = self.conn_mut().transaction()?;
        let row: Option<(PersonId, ConsentScope, String, Option<String>)> = tx
            .query_row(
                "SELECT person_id, scope, given_on, withdrawn_on FROM consents WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((person, scope, given_on, withdrawn)) = row else {
            return Err(Error::not_found(
                "error-consent-not-found",
                &[("id", &id.to_string())],
            ));
        };
        redact(load(&tx, person)?, volunteer, &actor)?;
        handed_away_guard(&tx, &actor, person)?;
        if withdrawn.is_some() {
            return Err(Error::invalid("error-consent-already-withdrawn", &[]));
        }
        if on.to_string() < given_on {
            return Err(Error::invalid(
                "error-invalid-withdrawal-date",
                &[("value", &on.to_string())],
            ));
        }
        tx.execute(
            "UPDATE consents SET withdrawn_on = ?2, updated_at = ?3, revision = revision + 1
             WHERE id = ?1",
            rusqlite::params![id, on.to_string(), ts],
        )?;
        let still_covered = has_active(&consents_of(&tx, person)?, scope);
        if !still_covered {
            let clear = match scope {
                ConsentScope::Documentation => Some("real_name = NULL, contact_info = NULL"),
                ConsentScope::ParticipantReporting => Some(
                    "participant = 0, esf_entry_date = NULL, esf_exit_date = NULL,
                     esf_employment = NULL, esf_education = NULL, esf_household = NULL,
                     esf_exit_job_searching = NULL, esf_exit_in_education = NULL,
                     esf_exit_qualification = NULL, esf_exit_employed = NULL",
                ),
                ConsentScope::Forwarding => None,
            };
            if scope == ConsentScope::Documentation {
                // Without documentation consent the person may only be counted anonymously: each
                // contact and activity that named them keeps the head count, as one more
                // anonymous person.
                let linked: Vec<String> = tx
                    .prepare_cached("SELECT contact_id FROM contact_persons WHERE person_id = ?1")?
                    .query_map([person], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for contact in &linked {
                    super::contacts::one_more_anonymous(&tx, contact, &ts)?;
                    audit::append(&tx, &actor, now, audit::Action::Update, "contact", contact)?;
                }
                tx.execute("DELETE FROM contact_persons WHERE person_id = ?1", [person])?;
                // The same for the activities they attended.
                for activity in super::activities::anonymise_attendance(&tx, person, &ts)? {
                    audit::append(
                        &tx,
                        &actor,
                        now,
                        audit::Action::Update,
                        "activity",
                        &activity,
                    )?;
                }
            }
            if let Some(clear) = clear {
                tx.execute(
                    &format!(
                        "UPDATE persons SET {clear}, updated_at = ?2, revision = revision + 1
                         WHERE id = ?1"
                    ),
                    rusqlite::params![person, ts],
                )?;
            }
        }
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "consent",
            &id.to_string(),
        )?;
        let p = redact(load(&tx, person)?, volunteer, &actor)?;
        tx.commit()?;
        Ok(p)
    }
}

/// A field that is present in a request, `null` or not: absent is told apart by `#[serde(default)]`.
fn present<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(d).map(Some)
}

/// Everything the person page shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PersonPage {
    pub person: Person,
    /// The contacts that reached the person, newest first (the newest few when asked for).
    pub contacts: Vec<super::contacts::Contact>,
    /// How many contacts reached the person in all.
    pub contacts_total: u64,
    pub referrals: Vec<super::referrals::Referral>,
    pub followups: Vec<super::followups::FollowUp>,
    pub attendance: Vec<super::activities::Attended>,
    /// The initials of the worker the lead handed the person to, when this device handed it
    /// away (it is read-only here then).
    pub handed_to: Option<String>,
}

/// A person search: every given criterion must match.
#[derive(Debug, Clone, Default, TS, Deserialize)]
pub struct PersonQuery {
    /// Part of the pseudonym (case-insensitive).
    pub text: Option<String>,
    /// Part of the district (case-insensitive).
    pub district: Option<String>,
    /// A marker id.
    pub marker: Option<String>,
    /// Include closed persons.
    pub include_closed: bool,
}

/// One row of a person search: no more than a list shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct PersonSummary {
    pub id: PersonId,
    pub pseudonym: String,
    pub district: Option<String>,
    pub markers: Vec<Marker>,
    /// Markers of the programme's own vocabulary.
    pub own_markers: Vec<String>,
    pub status: String,
    pub participant: bool,
    /// A documentation consent is in force: the person may be named in records.
    pub documented: bool,
}

/// A person in a plain list: the id and the pseudonym.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct PersonName {
    pub id: PersonId,
    pub pseudonym: String,
}

/// One entry of the person picker: the pseudonym and whether the person may be named in a record.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct PersonPick {
    pub id: PersonId,
    pub pseudonym: String,
    pub documented: bool,
}

/// Most entries the person picker offers.
pub const MAX_PICKS: i64 = 20;

/// SQL: a documentation consent of person `p` is in force.
/// Most rows a person search returns.
pub const MAX_PERSON_HITS: i64 = 200;

fn like_pattern(s: &str) -> String {
    let mut out = String::from("%");
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl Store {
    /// Search persons by pseudonym, district and marker. The search is audited as one entry
    /// (how many persons it listed, never the query).
    pub fn search_persons(&mut self, q: &PersonQuery) -> Result<Vec<PersonSummary>> {
        let text = validate::optional_line(field::QUERY, q.text.as_deref(), 80)?;
        let district = validate::optional_line(field::DISTRICT, q.district.as_deref(), 80)?;
        let marker = match q.marker.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(m) => {
                let (mut built_in, mut own) =
                    super::vocab_ext::split_markers(self.conn(), &[m.to_string()])?;
                built_in
                    .pop()
                    .map(|b| b.id().to_string())
                    .or_else(|| own.pop())
            }
        };
        let only: Option<WorkerId> = self.is_volunteer().then_some(self.actor().worker);
        let rows: Vec<(PersonId, String, Option<String>, String, i64, bool)> = {
            let mut stmt = self.conn().prepare_cached(&format!(
                "SELECT p.id, p.pseudonym, p.district, p.status, p.participant, {DOCUMENTED}
                 FROM persons p
                 WHERE (?1 IS NULL OR p.pseudonym LIKE ?1 ESCAPE '\\')
                   AND (?2 IS NULL OR p.district LIKE ?2 ESCAPE '\\')
                   AND (?3 IS NULL OR EXISTS (SELECT 1 FROM person_markers m
                                              WHERE m.person_id = p.id AND m.marker = ?3))
                   AND (?4 = 1 OR p.status = 'active')
                   AND (?5 IS NULL OR p.worker_id = ?5)
                 ORDER BY p.pseudonym COLLATE NOCASE, p.id LIMIT ?6"
            ))?;
            let rows = stmt.query_map(
                rusqlite::params![
                    text.as_deref().map(like_pattern),
                    district.as_deref().map(like_pattern),
                    marker,
                    q.include_closed,
                    only,
                    MAX_PERSON_HITS
                ],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut out = Vec::with_capacity(rows.len());
        {
            for (id, pseudonym, district, status, participant, documented) in rows {
                let (markers, own_markers) = markers_of(self.conn(), id)?;
                out.push(PersonSummary {
                    id,
                    pseudonym,
                    district,
                    markers,
                    own_markers,
                    status,
                    participant: participant == 1,
                    documented,
                });
            }
        }
        audit::record_search(self, "person", out.len())?;
        Ok(out)
    }

    /// Enrol a person as a programme participant (needs a participant-reporting consent in
    /// force), or change the enrolment data.
    pub fn enrol_participant(
        &mut self,
        id: PersonId,
        input: &ParticipationInput,
    ) -> Result<Person> {
        self.deny_volunteer()?;
        let today = self.clock().today();
        let entry = validate::date_up_to_today(input.entry_date.as_deref(), today)?;
        let employment = validate::optional_vocab(input.employment.as_deref(), Employment::parse)?;
        let education = validate::optional_vocab(input.education.as_deref(), Education::parse)?;
        let household = validate::optional_vocab(input.household.as_deref(), Household::parse)?;
        let person = load(self.conn(), id)?;
        handed_away_guard(self.conn(), self.actor(), id)?;
        if !has_active(&person.consents, ConsentScope::ParticipantReporting) {
            return Err(Error::invalid(
                "error-participant-needs-consent",
                &[("pseudonym", &person.pseudonym)],
            ));
        }
        if let Some(exit) = person.participant.as_ref().and_then(|p| p.exit_date) {
            if exit < entry {
                return Err(Error::invalid(
                    "error-exit-before-entry",
                    &[("value", &exit.to_string())],
                ));
            }
        }
        self.update_person_fields(
            id,
            "participant = 1, esf_entry_date = ?3, esf_employment = ?4, esf_education = ?5,
             esf_household = ?6",
            &[
                &entry.to_string(),
                &employment.map(|e| e.id()),
                &education.map(|e| e.id()),
                &household.map(|e| e.id()),
            ],
        )
    }

    /// Record a participant's exit from the programme, with the result indicators at leaving
    /// (those not given stay as they were). Recorded again, it corrects the date and results.
    pub fn exit_participant(
        &mut self,
        id: PersonId,
        on: Option<&str>,
        result: &ExitResult,
    ) -> Result<Person> {
        self.deny_volunteer()?;
        let today = self.clock().today();
        let exit = validate::date_up_to_today(on, today)?;
        let person = load(self.conn(), id)?;
        handed_away_guard(self.conn(), self.actor(), id)?;
        let Some(p) = person.participant else {
            return Err(Error::invalid(
                "error-not-a-participant",
                &[("pseudonym", &person.pseudonym)],
            ));
        };
        if exit < p.entry_date {
            return Err(Error::invalid(
                "error-exit-before-entry",
                &[("value", &exit.to_string())],
            ));
        }
        let r = ExitResult {
            job_searching: result.job_searching.or(p.exit_result.job_searching),
            in_education: result.in_education.or(p.exit_result.in_education),
            qualification: result.qualification.or(p.exit_result.qualification),
            employed: result.employed.or(p.exit_result.employed),
        };
        self.update_person_fields(
            id,
            "esf_exit_date = ?3, esf_exit_job_searching = ?4, esf_exit_in_education = ?5,
             esf_exit_qualification = ?6, esf_exit_employed = ?7",
            &[
                &exit.to_string(),
                &r.job_searching,
                &r.in_education,
                &r.qualification,
                &r.employed,
            ],
        )
    }

    /// Close a person's record (no more work with them); retention counts from this date.
    pub fn close_person(
        &mut self,
        id: PersonId,
        on: Option<&str>,
        reason: Option<&str>,
    ) -> Result<Person> {
        self.deny_volunteer()?;
        let today = self.clock().today();
        let on = validate::date_up_to_today(on, today)?;
        let reason = validate::optional_line(field::REASON, reason, 200)?;
        let person = load(self.conn(), id)?;
        handed_away_guard(self.conn(), self.actor(), id)?;
        if person.status == "closed" {
            return Err(Error::invalid("error-person-already-closed", &[]));
        }
        self.update_person_fields(
            id,
            "status = 'closed', closed_on = ?3, close_reason = ?4",
            &[&on.to_string(), &reason],
        )
    }

    /// Reopen a closed person record.
    pub fn reopen_person(&mut self, id: PersonId) -> Result<Person> {
        self.deny_volunteer()?;
        load(self.conn(), id)?;
        handed_away_guard(self.conn(), self.actor(), id)?;
        self.update_person_fields(
            id,
            "status = 'active', closed_on = NULL, close_reason = NULL",
            &[],
        )
    }

    /// Set some columns of a person (`?1` is the id, `?2` the timestamp, `?3…` the values),
    /// bump the revision and audit the change, in one transaction.
    fn update_person_fields(
        &mut self,
        id: PersonId,
        set: &str,
        values: &[&dyn rusqlite::ToSql],
    ) -> Result<Person> {
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let mut params: Vec<&dyn rusqlite::ToSql> = vec![&id, &ts];
        params.extend_from_slice(values);
        tx.execute(
            &format!(
                "UPDATE persons SET {set}, updated_at = ?2, revision = revision + 1 WHERE id = ?1"
            ),
            params.as_slice(),
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "person",
            &id.to_string(),
        )?;
        let p = load(&tx, id)?;
        handed_away_guard(&tx, &actor, id)?;
        tx.commit()?;
        Ok(p)
    }
}
