//! Contacts (Kontakte): the heart of the app.

use super::{audit, timestamp, Store};
use crate::error::{Error, Result};
use crate::ids::{ContactId, FollowUpId, PersonId, SiteId, WorkerId};
use crate::validate::{self, field};
use crate::vocab::{AgeBand, ContactKind, Gender, Outcome, Topic};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Limits of a contact, enforced in Rust before anything is written (and again by the schema).
pub const MAX_DURATION_MIN: i64 = 720;
pub const MAX_ANONYMOUS: i64 = 500;
pub const MAX_NOTE_CHARS: usize = 4000;
pub const MAX_PERSONS: usize = 50;

/// One group of anonymous people a contact reached, as entered: how many, of which age band and
/// gender (both optional). On the command line `COUNT[:AGE_BAND[:GENDER]]`, e.g.
/// `1:30-54:weiblich`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
pub struct AnonymousGroupInput {
    pub count: i64,
    #[serde(default)]
    #[ts(optional)]
    pub age_band: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub gender: Option<String>,
}

impl std::str::FromStr for AnonymousGroupInput {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let mut parts = s.split(':').map(str::trim);
        let count = parts
            .next()
            .and_then(|c| c.parse::<i64>().ok())
            .ok_or_else(|| Error::invalid("error-invalid-anonymous-group", &[("value", s)]))?;
        let part = |p: Option<&str>| p.filter(|x| !x.is_empty()).map(String::from);
        let group = AnonymousGroupInput {
            count,
            age_band: part(parts.next()),
            gender: part(parts.next()),
        };
        match parts.next() {
            Some(_) => Err(Error::invalid(
                "error-invalid-anonymous-group",
                &[("value", s)],
            )),
            None => Ok(group),
        }
    }
}

/// One group of anonymous people a contact reached, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AnonymousGroup {
    pub count: i64,
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
}

/// A contact as the user entered it, unvalidated: every face builds one of these. With the
/// `cli` feature it is also the CLI's options of `contact add` (`--duration`, `--topic`, …): a
/// field added here is an option there. The CLI fills in the references (`--site` and
/// `--person` may name them).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
pub struct ContactInput {
    #[cfg_attr(feature = "cli", arg(skip))]
    pub site_id: SiteId,
    #[cfg_attr(feature = "cli", arg(long))]
    pub kind: String,
    /// `YYYY-MM-DD`; `None` means today.
    #[cfg_attr(feature = "cli", arg(long))]
    pub date: Option<String>,
    /// `HH:MM`
    #[cfg_attr(feature = "cli", arg(long))]
    pub start: Option<String>,
    #[cfg_attr(
        feature = "cli",
        arg(
            long = "duration",
            id = "duration",
            value_name = "DURATION",
            default_value_t = 15,
            allow_negative_numbers = true
        )
    )]
    pub duration_min: i64,
    #[cfg_attr(
        feature = "cli",
        arg(
            long = "anonymous",
            id = "anonymous",
            value_name = "ANONYMOUS",
            default_value_t = 0,
            allow_negative_numbers = true
        )
    )]
    pub anonymous_count: i64,
    #[cfg_attr(
        feature = "cli",
        arg(long = "age-band", id = "age_band", value_name = "AGE_BAND")
    )]
    pub anonymous_age_band: Option<String>,
    #[cfg_attr(
        feature = "cli",
        arg(long = "gender", id = "gender", value_name = "GENDER")
    )]
    pub anonymous_gender: Option<String>,
    /// The anonymous people as groups by age band and gender (instead of the three fields
    /// above): a mother with two children is one contact.
    #[serde(default)]
    #[ts(as = "Option<Vec<AnonymousGroupInput>>", optional)]
    #[cfg_attr(
        feature = "cli",
        arg(long = "group", id = "group", value_name = "COUNT:AGE_BAND:GENDER")
    )]
    pub anonymous_groups: Vec<AnonymousGroupInput>,
    #[cfg_attr(
        feature = "cli",
        arg(long = "topic", id = "topic", value_name = "TOPIC")
    )]
    pub topics: Vec<String>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub note: Option<String>,
    /// Follow-up (Wiedervorlage) date `YYYY-MM-DD`.
    #[cfg_attr(
        feature = "cli",
        arg(long = "followup", id = "followup", value_name = "FOLLOWUP")
    )]
    pub follow_up: Option<String>,
    /// The persons reached (each needs a documentation consent in force).
    #[cfg_attr(feature = "cli", arg(skip))]
    pub persons: Vec<PersonId>,
    /// Language spoken (code such as `de`, `tr`, `ar`).
    #[cfg_attr(feature = "cli", arg(long))]
    pub language: Option<String>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub interpreter: bool,
    /// What came of it ([`Outcome`] id).
    #[cfg_attr(feature = "cli", arg(long))]
    pub outcome: Option<String>,
}

/// Changes to an existing contact; `None` keeps the stored value. `Some("")` clears an optional
/// text. With the `cli` feature, the options of `contact edit`, named as for `contact add`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
pub struct ContactPatch {
    #[cfg_attr(feature = "cli", arg(skip))]
    pub site_id: Option<SiteId>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub kind: Option<String>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub date: Option<String>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub start: Option<String>,
    #[cfg_attr(
        feature = "cli",
        arg(
            long = "duration",
            id = "duration",
            value_name = "DURATION",
            allow_negative_numbers = true
        )
    )]
    pub duration_min: Option<i64>,
    #[cfg_attr(
        feature = "cli",
        arg(
            long = "anonymous",
            id = "anonymous",
            value_name = "ANONYMOUS",
            allow_negative_numbers = true
        )
    )]
    pub anonymous_count: Option<i64>,
    #[cfg_attr(
        feature = "cli",
        arg(long = "age-band", id = "age_band", value_name = "AGE_BAND")
    )]
    pub anonymous_age_band: Option<String>,
    #[cfg_attr(
        feature = "cli",
        arg(long = "gender", id = "gender", value_name = "GENDER")
    )]
    pub anonymous_gender: Option<String>,
    /// Replaces the anonymous people (count, age band and gender) when given.
    #[cfg_attr(
        feature = "cli",
        arg(long = "group", id = "group", value_name = "COUNT:AGE_BAND:GENDER")
    )]
    pub anonymous_groups: Option<Vec<AnonymousGroupInput>>,
    /// Replaces all topics when given.
    #[cfg_attr(
        feature = "cli",
        arg(long = "topic", id = "topic", value_name = "TOPIC")
    )]
    pub topics: Option<Vec<String>>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub note: Option<String>,
    #[cfg_attr(
        feature = "cli",
        arg(long = "followup", id = "followup", value_name = "FOLLOWUP")
    )]
    pub follow_up: Option<String>,
    /// Replaces all linked persons when given.
    #[cfg_attr(feature = "cli", arg(skip))]
    pub persons: Option<Vec<PersonId>>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub language: Option<String>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub interpreter: Option<bool>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub outcome: Option<String>,
}

/// A contact that passed every check, ready to be written ([`insert`]).
pub(crate) struct ValidContact {
    pub(crate) site: SiteId,
    pub(crate) site_name: String,
    pub(crate) kind: ContactKind,
    pub(crate) date: NaiveDate,
    pub(crate) start: Option<String>,
    pub(crate) duration_min: i64,
    pub(crate) anonymous_count: i64,
    pub(crate) anonymous_age_band: Option<AgeBand>,
    pub(crate) anonymous_gender: Option<Gender>,
    /// Two or more groups; one group lives in the three fields above.
    pub(crate) anonymous_groups: Vec<AnonymousGroup>,
    pub(crate) topics: Vec<Topic>,
    pub(crate) note: Option<String>,
    pub(crate) follow_up: Option<NaiveDate>,
    pub(crate) persons: Vec<PersonId>,
    pub(crate) language: Option<String>,
    pub(crate) interpreter: bool,
    pub(crate) outcome: Option<Outcome>,
    /// The programme's own kind, outcome and topics, beside the built-in ids they refine.
    pub(crate) own: OwnTerms,
}

/// A contact's terms from the programme's own vocabulary: each refines the built-in id the
/// contact keeps in its kind, outcome or topics, so the funder's categories stay comparable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OwnTerms {
    pub(crate) kind: Option<String>,
    pub(crate) outcome: Option<String>,
    pub(crate) topics: Vec<String>,
}

impl OwnTerms {
    /// Own topics as stored: ids joined by commas, in order; `None` for none.
    fn topics_column(&self) -> Option<String> {
        (!self.topics.is_empty()).then(|| self.topics.join(","))
    }
}

/// A contact as read back.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Contact {
    pub id: ContactId,
    pub date: NaiveDate,
    pub start: Option<String>,
    pub duration_min: i64,
    pub site_id: SiteId,
    pub site_name: String,
    pub worker_id: WorkerId,
    pub kind: ContactKind,
    pub anonymous_count: i64,
    pub anonymous_age_band: Option<AgeBand>,
    pub anonymous_gender: Option<Gender>,
    /// The anonymous people by age band and gender: one group for a contact with a plain
    /// count, none without anonymous people.
    pub anonymous_groups: Vec<AnonymousGroup>,
    pub topics: Vec<Topic>,
    pub note: Option<String>,
    pub follow_up: Option<NaiveDate>,
    pub persons: Vec<PersonId>,
    pub language: Option<String>,
    pub interpreter: bool,
    pub outcome: Option<Outcome>,
    /// The programme's own kind, refining `kind`.
    pub kind_ext: Option<String>,
    /// The programme's own outcome, refining `outcome`.
    pub outcome_ext: Option<String>,
    /// The programme's own topics, each refining one of `topics`.
    pub topics_ext: Vec<String>,
    pub revision: i64,
    pub created_at: String,
    pub updated_at: String,
}

const SELECT: &str =
    "SELECT c.id, c.date, c.start_time, c.duration_min, c.site_id, s.name, c.worker_id,
        c.kind, c.anonymous_count, c.anonymous_age_band, c.anonymous_gender, c.topics,
        c.note, c.followup_date, c.revision, c.created_at, c.updated_at,
        (SELECT group_concat(p.person_id, ',') FROM contact_persons p WHERE p.contact_id = c.id),
        c.language, c.interpreter, c.outcome, c.anonymous_groups, c.kind_ext, c.outcome_ext,
        c.topics_ext
     FROM contacts c JOIN sites s ON s.id = c.site_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Contact> {
    let date: String = r.get(1)?;
    let topics: i64 = r.get(11)?;
    let follow_up: Option<String> = r.get(13)?;
    let persons: Option<String> = r.get(17)?;
    let mut persons: Vec<PersonId> = persons
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| PersonId::parse(s).ok())
        .collect();
    persons.sort();
    let parse_date = |s: &str| {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
        })
    };
    let topics = Topic::from_mask(topics);
    let anonymous_count: i64 = r.get(8)?;
    let anonymous_age_band: Option<AgeBand> = r.get(9)?;
    let anonymous_gender: Option<Gender> = r.get(10)?;
    let groups: Option<String> = r.get(21)?;
    let anonymous_groups = match groups {
        Some(json) => serde_json::from_str(&json).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(21, rusqlite::types::Type::Text, Box::new(e))
        })?,
        None if anonymous_count > 0 => vec![AnonymousGroup {
            count: anonymous_count,
            age_band: anonymous_age_band,
            gender: anonymous_gender,
        }],
        None => vec![],
    };
    Ok(Contact {
        id: r.get(0)?,
        date: parse_date(&date)?,
        start: r.get(2)?,
        duration_min: r.get(3)?,
        site_id: r.get(4)?,
        site_name: r.get(5)?,
        worker_id: r.get(6)?,
        kind: r.get(7)?,
        anonymous_count,
        anonymous_age_band,
        anonymous_gender,
        anonymous_groups,
        topics,
        note: r.get(12)?,
        follow_up: follow_up.as_deref().map(parse_date).transpose()?,
        persons,
        language: r.get(18)?,
        interpreter: r.get::<_, i64>(19)? != 0,
        outcome: r.get(20)?,
        kind_ext: r.get(22)?,
        outcome_ext: r.get(23)?,
        topics_ext: r
            .get::<_, Option<String>>(24)?
            .map(|t| t.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
        revision: r.get(14)?,
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
    })
}

impl Store {
    /// `kept_site`: the site the contact names already (an edit may keep an archived one).
    fn validate_contact(
        &self,
        input: &ContactInput,
        kept_site: Option<SiteId>,
    ) -> Result<ValidContact> {
        let today = self.clock().today();
        let site = self.site_for_record(input.site_id, kept_site)?;
        let mut own = OwnTerms::default();
        let (kind_id, kind_ext) = self.resolve_vocab("contact-kind", &input.kind)?;
        let kind = ContactKind::parse(&kind_id)?;
        own.kind = kind_ext;
        let date = validate::date_up_to_today(input.date.as_deref(), today)?;
        let start = match input.start.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(t) => Some(validate::time(t)?.format("%H:%M").to_string()),
        };
        let duration_min = validate::in_range(
            "error-invalid-duration",
            input.duration_min,
            1,
            MAX_DURATION_MIN,
        )?;
        let anonymous_count = validate::in_range(
            "error-invalid-anonymous-count",
            input.anonymous_count,
            0,
            MAX_ANONYMOUS,
        )?;
        let anonymous_age_band =
            validate::optional_vocab(input.anonymous_age_band.as_deref(), AgeBand::parse)?;
        let anonymous_gender =
            validate::optional_vocab(input.anonymous_gender.as_deref(), Gender::parse)?;
        if anonymous_count == 0 && (anonymous_age_band.is_some() || anonymous_gender.is_some()) {
            return Err(Error::invalid("error-anonymous-details-without-count", &[]));
        }
        let (anonymous_count, anonymous_age_band, anonymous_gender, anonymous_groups) =
            if input.anonymous_groups.is_empty() {
                (
                    anonymous_count,
                    anonymous_age_band,
                    anonymous_gender,
                    vec![],
                )
            } else {
                if anonymous_age_band.is_some() || anonymous_gender.is_some() {
                    return Err(Error::invalid("error-anonymous-groups-and-details", &[]));
                }
                let groups = valid_groups(&input.anonymous_groups)?;
                let sum: i64 = groups.iter().map(|g| g.count).sum();
                if anonymous_count != 0 && anonymous_count != sum {
                    return Err(Error::invalid(
                        "error-anonymous-count-mismatch",
                        &[
                            ("count", &anonymous_count.to_string()),
                            ("sum", &sum.to_string()),
                        ],
                    ));
                }
                match groups.as_slice() {
                    [one] => (one.count, one.age_band, one.gender, vec![]),
                    _ => (sum, None, None, groups),
                }
            };
        let mut topics = Vec::with_capacity(input.topics.len());
        for t in &input.topics {
            let (id, ext) = self.resolve_vocab("topic", t)?;
            topics.push(Topic::parse(&id)?);
            own.topics.extend(ext);
        }
        topics.sort();
        topics.dedup();
        own.topics.sort();
        own.topics.dedup();
        let note = validate::optional_text(field::NOTE, input.note.as_deref(), MAX_NOTE_CHARS)?;
        let follow_up = match input.follow_up.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) => Some(validate::date(d)?),
        };
        if let Some(f) = follow_up {
            if f < date {
                return Err(Error::invalid(
                    "error-follow-up-before-contact",
                    &[("value", &f.to_string())],
                ));
            }
        }
        if input.persons.len() > MAX_PERSONS {
            return Err(Error::invalid(
                "error-too-many-persons",
                &[("max", &MAX_PERSONS.to_string())],
            ));
        }
        let mut persons = self.consenting_persons(&input.persons)?;
        persons.sort();
        let language = validate::optional_language(input.language.as_deref())?;
        let outcome = match input.outcome.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(o) => {
                let (id, ext) = self.resolve_vocab("outcome", o)?;
                own.outcome = ext;
                Some(Outcome::parse(&id)?)
            }
        };
        if note.is_some() && self.is_volunteer() {
            return Err(Error::Forbidden);
        }
        Ok(ValidContact {
            site: site.id,
            site_name: site.name,
            kind,
            date,
            start,
            duration_min,
            anonymous_count,
            anonymous_age_band,
            anonymous_gender,
            anonymous_groups,
            topics,
            note,
            follow_up,
            persons,
            language,
            interpreter: input.interpreter,
            outcome,
            own,
        })
    }

    /// Log a contact: validated first, then written with its topics, follow-up and audit entry in
    /// one transaction. When this returns, the contact is durable.
    pub fn add_contact(&mut self, input: &ContactInput) -> Result<Contact> {
        let v = self.validate_contact(input, None)?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let id = ContactId::new();
        let tx = self.conn_mut().transaction()?;
        insert(&tx, id, &v, &actor, &ts)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "contact",
            &id.to_string(),
        )?;
        tx.commit()?;
        // Built from what was written rather than read back: this is the hot path of quick entry.
        Ok(Contact {
            id,
            date: v.date,
            start: v.start,
            duration_min: v.duration_min,
            site_id: v.site,
            site_name: v.site_name,
            worker_id: actor.worker,
            kind: v.kind,
            anonymous_groups: if v.anonymous_groups.is_empty() && v.anonymous_count > 0 {
                vec![AnonymousGroup {
                    count: v.anonymous_count,
                    age_band: v.anonymous_age_band,
                    gender: v.anonymous_gender,
                }]
            } else {
                v.anonymous_groups
            },
            anonymous_count: v.anonymous_count,
            anonymous_age_band: v.anonymous_age_band,
            anonymous_gender: v.anonymous_gender,
            topics: v.topics,
            note: v.note,
            follow_up: v.follow_up,
            persons: v.persons,
            language: v.language,
            interpreter: v.interpreter,
            outcome: v.outcome,
            kind_ext: v.own.kind,
            outcome_ext: v.own.outcome,
            topics_ext: v.own.topics,
            revision: 1,
            created_at: ts.clone(),
            updated_at: ts,
        })
    }

    /// Change a contact; only the fields given in `patch` change. The revision goes up by one.
    pub fn edit_contact(&mut self, id: ContactId, patch: &ContactPatch) -> Result<Contact> {
        let old = self.contact(id)?;
        // The anonymous people: new groups replace the old; a plain count, band or gender
        // changes the one group; else the old stay as they were.
        let plain = patch.anonymous_count.is_some()
            || patch.anonymous_age_band.is_some()
            || patch.anonymous_gender.is_some();
        let (anonymous_count, anonymous_age_band, anonymous_gender, anonymous_groups) =
            match &patch.anonymous_groups {
                Some(groups) => (0, None, None, groups.clone()),
                None if !plain && old.anonymous_groups.len() > 1 => (
                    0,
                    None,
                    None,
                    old.anonymous_groups
                        .iter()
                        .map(|g| AnonymousGroupInput {
                            count: g.count,
                            age_band: g.age_band.map(|a| a.id().to_string()),
                            gender: g.gender.map(|x| x.id().to_string()),
                        })
                        .collect(),
                ),
                None => (
                    patch.anonymous_count.unwrap_or(old.anonymous_count),
                    patch
                        .anonymous_age_band
                        .clone()
                        .or(old.anonymous_age_band.map(|a| a.id().to_string())),
                    patch
                        .anonymous_gender
                        .clone()
                        .or(old.anonymous_gender.map(|g| g.id().to_string())),
                    vec![],
                ),
            };
        let merged = ContactInput {
            site_id: patch.site_id.unwrap_or(old.site_id),
            kind: patch.kind.clone().unwrap_or_else(|| {
                old.kind_ext
                    .clone()
                    .unwrap_or_else(|| old.kind.id().to_string())
            }),
            date: Some(patch.date.clone().unwrap_or_else(|| old.date.to_string())),
            start: patch.start.clone().or(old.start.clone()),
            duration_min: patch.duration_min.unwrap_or(old.duration_min),
            anonymous_count,
            anonymous_age_band,
            anonymous_gender,
            anonymous_groups,
            topics: patch.topics.clone().unwrap_or_else(|| {
                old.topics
                    .iter()
                    .map(|t| t.id().to_string())
                    .chain(old.topics_ext.iter().cloned())
                    .collect()
            }),
            note: patch.note.clone().or(old.note.clone()),
            follow_up: patch
                .follow_up
                .clone()
                .or(old.follow_up.map(|d| d.to_string())),
            persons: patch.persons.clone().unwrap_or_else(|| old.persons.clone()),
            language: patch.language.clone().or(old.language.clone()),
            interpreter: patch.interpreter.unwrap_or(old.interpreter),
            outcome: patch.outcome.clone().or(old
                .outcome_ext
                .clone()
                .or(old.outcome.map(|o| o.id().to_string()))),
        };
        let v = self.validate_contact(&merged, Some(old.site_id))?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE contacts SET updated_at = ?2, revision = revision + 1, date = ?3, start_time = ?4,
                duration_min = ?5, site_id = ?6, kind = ?7, anonymous_count = ?8, anonymous_age_band = ?9,
                anonymous_gender = ?10, note = ?11, followup_date = ?12, topics = ?14, language = ?15,
                interpreter = ?16, outcome = ?17, anonymous_groups = ?18, kind_ext = ?19,
                outcome_ext = ?20, topics_ext = ?21
             WHERE id = ?1 AND revision = ?13",
            rusqlite::params![
                id,
                ts,
                v.date.to_string(),
                v.start,
                v.duration_min,
                v.site,
                v.kind,
                v.anonymous_count,
                v.anonymous_age_band,
                v.anonymous_gender,
                v.note,
                v.follow_up.map(|d| d.to_string()),
                old.revision,
                Topic::mask(&v.topics),
                v.language,
                v.interpreter,
                v.outcome,
                groups_json(&v.anonymous_groups)?,
                v.own.kind,
                v.own.outcome,
                v.own.topics_column(),
            ],
        )?;
        if changed != 1 {
            return Err(Error::Internal("contact changed concurrently".into()));
        }
        tx.execute(
            "DELETE FROM followups WHERE contact_id = ?1 AND done_on IS NULL",
            [id],
        )?;
        tx.execute("DELETE FROM contact_persons WHERE contact_id = ?1", [id])?;
        write_children(&tx, id, &v, &actor, &ts)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "contact",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.contact(id)
    }

    /// Delete a contact, leaving a tombstone (so an export carries the deletion) and an audit entry.
    pub fn delete_contact(&mut self, id: ContactId) -> Result<()> {
        let old = self.contact(id)?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute("DELETE FROM contacts WHERE id = ?1", [id])?;
        tx.execute(
            "INSERT INTO tombstones (entity, id, device_id, deleted_at, revision)
             VALUES ('contact', ?1, ?2, ?3, ?4)
             ON CONFLICT (entity, id) DO UPDATE SET deleted_at = excluded.deleted_at,
                revision = excluded.revision, device_id = excluded.device_id",
            rusqlite::params![id, actor.device, ts, old.revision + 1],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Delete,
            "contact",
            &id.to_string(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// One contact by id.
    pub fn contact(&self, id: ContactId) -> Result<Contact> {
        self.conn()
            .prepare_cached(&format!("{SELECT} WHERE c.id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .and_then(|c| self.shown(c))
            .ok_or_else(|| Error::not_found("error-contact-not-found", &[("id", &id.to_string())]))
    }

    /// What the acting role may see of a contact: a volunteer sees only their own contacts, and
    /// never a note.
    pub(crate) fn shown(&self, mut c: Contact) -> Option<Contact> {
        if self.is_volunteer() {
            if c.worker_id != self.actor().worker {
                return None;
            }
            c.note = None;
        }
        Some(c)
    }

    /// Contacts between two dates (inclusive), oldest first.
    pub fn list_contacts(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Contact>> {
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(Error::invalid(
                    "error-invalid-range",
                    &[("from", &f.to_string()), ("to", &t.to_string())],
                ));
            }
        }
        let from = from
            .map(|d| d.to_string())
            .unwrap_or_else(|| "0000-00-00".into());
        let to = to
            .map(|d| d.to_string())
            .unwrap_or_else(|| "9999-99-99".into());
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT} WHERE c.date BETWEEN ?1 AND ?2 ORDER BY c.date, c.start_time, c.id"
        ))?;
        let rows = stmt.query_map([from, to], from_row)?;
        let all: Vec<Contact> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(all.into_iter().filter_map(|c| self.shown(c)).collect())
    }

    /// Today's contacts, by start time then entry order.
    pub fn today_contacts(&self) -> Result<Vec<Contact>> {
        let today = self.clock().today();
        self.list_contacts(Some(today), Some(today))
    }

    /// The last `limit` of today's contacts (in the order of [`Store::today_contacts`]) and how
    /// many there are in all. Heute shows the latest of a busy day, not a thousand rows.
    pub fn today_contacts_latest(&self, limit: usize) -> Result<(Vec<Contact>, usize)> {
        let mut all = self.today_contacts()?;
        let total = all.len();
        all.drain(..total.saturating_sub(limit));
        Ok((all, total))
    }
}

/// Write a new contact with the rows that hang off it (the persons reached, its open follow-up),
/// inside the caller's transaction; the one place a contact row is inserted (`seed` too).
pub(crate) fn insert(
    tx: &rusqlite::Transaction<'_>,
    id: ContactId,
    v: &ValidContact,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO contacts (id, device_id, created_at, updated_at, date, start_time, duration_min,
            site_id, worker_id, kind, anonymous_count, anonymous_age_band, anonymous_gender, note, followup_date,
            topics, language, interpreter, outcome, anonymous_groups, kind_ext, outcome_ext, topics_ext)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22)",
    )?
    .execute(rusqlite::params![
        id,
        actor.device,
        ts,
        v.date.to_string(),
        v.start,
        v.duration_min,
        v.site,
        actor.worker,
        v.kind,
        v.anonymous_count,
        v.anonymous_age_band,
        v.anonymous_gender,
        v.note,
        v.follow_up.map(|d| d.to_string()),
        Topic::mask(&v.topics),
        v.language,
        v.interpreter,
        v.outcome,
        groups_json(&v.anonymous_groups)?,
        v.own.kind,
        v.own.outcome,
        v.own.topics_column(),
    ])?;
    write_children(tx, id, v, actor, ts)
}

/// The stored form of two or more groups; `None` for fewer (they live in the plain columns).
fn groups_json(groups: &[AnonymousGroup]) -> Result<Option<String>> {
    if groups.len() < 2 {
        return Ok(None);
    }
    serde_json::to_string(groups)
        .map(Some)
        .map_err(|e| Error::Internal(e.to_string()))
}

/// Groups after the checks: each count 1 or more, known age bands and genders, groups of the
/// same band and gender joined, the sum within [`MAX_ANONYMOUS`]; in vocabulary order.
fn valid_groups(input: &[AnonymousGroupInput]) -> Result<Vec<AnonymousGroup>> {
    let mut out: Vec<AnonymousGroup> = vec![];
    for g in input {
        let count = validate::in_range("error-invalid-anonymous-count", g.count, 1, MAX_ANONYMOUS)?;
        let age_band = validate::optional_vocab(g.age_band.as_deref(), AgeBand::parse)?;
        let gender = validate::optional_vocab(g.gender.as_deref(), Gender::parse)?;
        match out
            .iter_mut()
            .find(|o| o.age_band == age_band && o.gender == gender)
        {
            Some(o) => o.count += count,
            None => out.push(AnonymousGroup {
                count,
                age_band,
                gender,
            }),
        }
    }
    let sum: i64 = out.iter().map(|g| g.count).sum();
    validate::in_range("error-invalid-anonymous-count", sum, 0, MAX_ANONYMOUS)?;
    out.sort_by_key(|g| (g.age_band, g.gender));
    Ok(out)
}

/// A person a contact named is counted as one more anonymous person instead (withdrawal of the
/// documentation consent, erasure): of unknown age band and gender, since nothing about them may
/// stay. A new revision of the contact; the head count never passes [`MAX_ANONYMOUS`].
pub(crate) fn one_more_anonymous(
    tx: &rusqlite::Transaction<'_>,
    contact: &str,
    ts: &str,
) -> Result<()> {
    let (count, band, gender, groups): (i64, Option<AgeBand>, Option<Gender>, Option<String>) = tx
        .prepare_cached(
            "SELECT anonymous_count, anonymous_age_band, anonymous_gender, anonymous_groups
             FROM contacts WHERE id = ?1",
        )?
        .query_row([contact], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let mut all: Vec<AnonymousGroup> = match groups {
        Some(json) => serde_json::from_str(&json).map_err(|e| Error::Internal(e.to_string()))?,
        None if count > 0 => vec![AnonymousGroup {
            count,
            age_band: band,
            gender,
        }],
        None => vec![],
    };
    if count < MAX_ANONYMOUS {
        match all
            .iter_mut()
            .find(|g| g.age_band.is_none() && g.gender.is_none())
        {
            Some(g) => g.count += 1,
            None => all.push(AnonymousGroup {
                count: 1,
                age_band: None,
                gender: None,
            }),
        }
        all.sort_by_key(|g| (g.age_band, g.gender));
    }
    let total: i64 = all.iter().map(|g| g.count).sum();
    let (band, gender) = match all.as_slice() {
        [one] => (one.age_band, one.gender),
        _ => (None, None),
    };
    tx.prepare_cached(
        "UPDATE contacts SET anonymous_count = ?2, anonymous_age_band = ?3, anonymous_gender = ?4,
            anonymous_groups = ?5, revision = revision + 1, updated_at = ?6 WHERE id = ?1",
    )?
    .execute(rusqlite::params![
        contact,
        total,
        band,
        gender,
        groups_json(&all)?,
        ts
    ])?;
    Ok(())
}

/// Rows that hang off a contact: the persons reached and its open follow-up.
fn write_children(
    tx: &rusqlite::Transaction<'_>,
    id: ContactId,
    v: &ValidContact,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    let mut link =
        tx.prepare_cached("INSERT INTO contact_persons (contact_id, person_id) VALUES (?1, ?2)")?;
    for p in &v.persons {
        link.execute(rusqlite::params![id, p])?;
    }
    if let Some(due) = v.follow_up {
        tx.prepare_cached(
            "INSERT INTO followups (id, device_id, created_at, updated_at, worker_id, due_on, what, contact_id)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, '', ?6)",
        )?
        .execute(rusqlite::params![
            FollowUpId::new(),
            actor.device,
            ts,
            actor.worker,
            due.to_string(),
            id
        ])?;
    }
    Ok(())
}

impl Store {
    /// Contacts that reached a person, newest first (the person's timeline).
    /// The newest `limit` of them (all without one).
    pub(crate) fn contacts_of_person(
        &self,
        person: PersonId,
        limit: Option<u32>,
    ) -> Result<Vec<Contact>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT} WHERE c.id IN (SELECT contact_id FROM contact_persons WHERE person_id = ?1)
             ORDER BY c.date DESC, c.start_time DESC, c.id DESC LIMIT ?2"
        ))?;
        let limit = limit.map_or(-1, i64::from);
        let rows = stmt.query_map(rusqlite::params![person, limit], from_row)?;
        let all: Vec<Contact> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(all.into_iter().filter_map(|c| self.shown(c)).collect())
    }
}
