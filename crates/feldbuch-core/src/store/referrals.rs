//! Referrals (Vermittlungen) to a partner's service, from a contact or for a person, with the
//! status flow vorgeschlagen → vereinbart → wahrgenommen | nicht wahrgenommen | abgebrochen.

use super::{audit, row_date, timestamp, Store};
use crate::error::{Error, Result};
use crate::ids::{ContactId, PartnerId, PersonId, ReferralId, ServiceId, WorkerId};
use crate::validate::{self, field};
use crate::vocab::ReferralStatus;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest referral note.
pub const MAX_REFERRAL_NOTE: usize = 1000;

/// A referral as entered, unvalidated.
#[derive(Debug, Clone, Default, TS, Deserialize)]
pub struct ReferralInput {
    pub partner_id: PartnerId,
    /// One of that partner's services.
    pub service_id: Option<ServiceId>,
    /// The person referred (needs a documentation consent).
    pub person_id: Option<PersonId>,
    /// The contact the referral came out of.
    pub contact_id: Option<ContactId>,
    pub note: Option<String>,
}

/// A correction of a referral: another partner or service, another note (an empty one clears
/// it). A new partner without a service clears the service. The status moves by its own action.
#[derive(Debug, Clone, Default, TS, Deserialize)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ReferralPatch {
    pub partner_id: Option<PartnerId>,
    pub service_id: Option<ServiceId>,
    pub note: Option<String>,
}

/// A referral as read back.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct Referral {
    pub id: ReferralId,
    pub partner_id: PartnerId,
    pub partner_name: String,
    pub service_id: Option<ServiceId>,
    pub service_name: Option<String>,
    pub person_id: Option<PersonId>,
    pub pseudonym: Option<String>,
    pub contact_id: Option<ContactId>,
    pub status: ReferralStatus,
    /// The statuses it may move to next.
    pub next: Vec<ReferralStatus>,
    pub status_changed_on: NaiveDate,
    pub note: Option<String>,
    /// Whether the person has a forwarding consent in force for this partner.
    pub forwarding_consent: bool,
    pub created_at: String,
    pub revision: i64,
}

const SELECT: &str = "SELECT r.id, r.partner_id, pa.name, r.service_id, s.name, r.person_id,
        pe.pseudonym, r.contact_id, r.status, r.status_changed_on, r.note, r.created_at,
        r.revision, r.worker_id,
        EXISTS (SELECT 1 FROM consents c WHERE c.person_id = r.person_id
                AND c.scope = 'forwarding' AND c.partner_id = r.partner_id
                AND c.withdrawn_on IS NULL)
     FROM referrals r
     JOIN partners pa ON pa.id = r.partner_id
     LEFT JOIN partner_services s ON s.id = r.service_id
     LEFT JOIN persons pe ON pe.id = r.person_id";

/// A referral that passed the checks of [`Store::add_referral`].
pub(crate) struct ValidReferral {
    pub(crate) contact: Option<ContactId>,
    pub(crate) person: Option<PersonId>,
    pub(crate) partner: PartnerId,
    pub(crate) service: Option<ServiceId>,
    pub(crate) status: ReferralStatus,
    pub(crate) status_changed_on: NaiveDate,
    pub(crate) note: Option<String>,
}

/// Write a referral (also the seed's way in).
pub(crate) fn insert(
    tx: &rusqlite::Transaction<'_>,
    id: ReferralId,
    v: &ValidReferral,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO referrals (id, device_id, created_at, updated_at, contact_id, person_id,
            partner_id, service_id, status, status_changed_on, note, worker_id)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(rusqlite::params![
        id,
        actor.device,
        ts,
        v.contact,
        v.person,
        v.partner,
        v.service,
        v.status,
        v.status_changed_on.to_string(),
        v.note,
        actor.worker
    ])?;
    Ok(())
}

impl Store {
    fn referral_rows(
        &self,
        where_order: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Referral>> {
        let me = self.actor().worker;
        let volunteer = self.is_volunteer();
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT} {where_order}"))?;
        let rows = stmt.query_map(params, |r| {
            let changed: String = r.get(9)?;
            let worker: Option<WorkerId> = r.get(13)?;
            let status: ReferralStatus = r.get(8)?;
            Ok((
                worker,
                Referral {
                    id: r.get(0)?,
                    partner_id: r.get(1)?,
                    partner_name: r.get(2)?,
                    service_id: r.get(3)?,
                    service_name: r.get(4)?,
                    person_id: r.get(5)?,
                    pseudonym: r.get(6)?,
                    contact_id: r.get(7)?,
                    status,
                    next: ReferralStatus::ALL
                        .iter()
                        .copied()
                        .filter(|s| status.can_move_to(*s))
                        .collect(),
                    status_changed_on: row_date(&changed)?,
                    note: r.get(10)?,
                    forwarding_consent: r.get::<_, i64>(14)? == 1,
                    created_at: r.get(11)?,
                    revision: r.get(12)?,
                },
            ))
        })?;
        let all: Vec<(Option<WorkerId>, Referral)> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(all
            .into_iter()
            .filter(|(w, _)| !volunteer || *w == Some(me))
            .map(|(_, mut r)| {
                if volunteer {
                    r.note = None;
                }
                r
            })
            .collect())
    }

    /// The partner and service a referral may name: one of the partner's services, neither
    /// archived – unless the referral named it already (`kept`).
    fn referral_target(
        &self,
        partner: PartnerId,
        service: Option<ServiceId>,
        kept: Option<(PartnerId, Option<ServiceId>)>,
    ) -> Result<(PartnerId, Option<ServiceId>)> {
        let p = self.partner(partner)?;
        let kept_partner = kept.is_some_and(|(k, _)| k == partner);
        if p.archived && !kept_partner {
            return Err(Error::invalid(
                "error-partner-archived",
                &[("name", &p.name)],
            ));
        }
        let Some(s) = service else {
            return Ok((p.id, None));
        };
        let found = p.services.iter().find(|x| x.id == s).ok_or_else(|| {
            Error::not_found(
                "error-service-not-found",
                &[("value", &s.to_string()), ("partner", &p.name)],
            )
        })?;
        if found.archived && !(kept_partner && kept.is_some_and(|(_, k)| k == Some(s))) {
            return Err(Error::invalid(
                "error-service-archived",
                &[("name", &found.name)],
            ));
        }
        Ok((p.id, Some(s)))
    }

    /// Refer a person and/or a contact to a partner (and one of its services).
    pub fn add_referral(&mut self, input: &ReferralInput) -> Result<Referral> {
        self.deny_volunteer()?;
        let (partner, service) = self.referral_target(input.partner_id, input.service_id, None)?;
        let person = self.consenting_person(input.person_id)?;
        let contact = match input.contact_id {
            None => None,
            Some(c) => Some(self.contact(c)?.id),
        };
        if person.is_none() && contact.is_none() {
            return Err(Error::invalid(
                "error-referral-needs-person-or-contact",
                &[],
            ));
        }
        let note = validate::optional_text(field::NOTE, input.note.as_deref(), MAX_REFERRAL_NOTE)?;
        let today = self.clock().today();
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let id = ReferralId::new();
        let tx = self.conn_mut().transaction()?;
        let valid = ValidReferral {
            contact,
            person,
            partner,
            service,
            status: ReferralStatus::Vorgeschlagen,
            status_changed_on: today,
            note,
        };
        insert(&tx, id, &valid, &actor, &ts)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "referral",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.referral(id)
    }

    /// One referral.
    pub fn referral(&self, id: ReferralId) -> Result<Referral> {
        self.referral_rows("WHERE r.id = ?1", &[&id])?
            .into_iter()
            .next()
            .ok_or_else(|| Error::not_found("error-referral-not-found", &[("id", &id.to_string())]))
    }

    /// Correct a referral's partner, service or note.
    pub fn edit_referral(&mut self, id: ReferralId, patch: &ReferralPatch) -> Result<Referral> {
        self.deny_volunteer()?;
        let old = self.referral(id)?;
        let partner = patch.partner_id.unwrap_or(old.partner_id);
        let service = match (patch.service_id, partner == old.partner_id) {
            (Some(s), _) => Some(s),
            (None, true) => old.service_id,
            (None, false) => None,
        };
        let (partner, service) =
            self.referral_target(partner, service, Some((old.partner_id, old.service_id)))?;
        let note = match &patch.note {
            Some(n) => validate::optional_text(field::NOTE, Some(n), MAX_REFERRAL_NOTE)?,
            None => old.note.clone(),
        };
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE referrals SET partner_id = ?2, service_id = ?3, note = ?4, updated_at = ?5,
                revision = revision + 1 WHERE id = ?1 AND revision = ?6",
            rusqlite::params![id, partner, service, note, ts, old.revision],
        )?;
        if changed != 1 {
            return Err(Error::Internal("referral changed concurrently".into()));
        }
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "referral",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.referral(id)
    }

    /// A partner's referrals, newest first (the partner's page).
    pub fn referrals_of_partner(&self, partner: PartnerId) -> Result<Vec<Referral>> {
        self.referral_rows(
            "WHERE r.partner_id = ?1 ORDER BY r.created_at DESC, r.id DESC LIMIT 1000",
            &[&partner],
        )
    }

    /// Move a referral along its status flow; any other step is refused.
    pub fn set_referral_status(
        &mut self,
        id: ReferralId,
        status: &str,
        on: Option<&str>,
    ) -> Result<Referral> {
        self.deny_volunteer()?;
        let next = ReferralStatus::parse(status)?;
        let today = self.clock().today();
        let on = validate::date_up_to_today(on, today)?;
        let old = self.referral(id)?;
        if !old.status.can_move_to(next) {
            return Err(Error::invalid(
                "error-referral-status-step",
                &[("from", old.status.id()), ("to", next.id())],
            ));
        }
        if on < old.status_changed_on {
            return Err(Error::invalid(
                "error-referral-status-date",
                &[("value", &on.to_string())],
            ));
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE referrals SET status = ?2, status_changed_on = ?3, updated_at = ?4,
                revision = revision + 1 WHERE id = ?1 AND revision = ?5",
            rusqlite::params![id, next, on.to_string(), ts, old.revision],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "referral",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.referral(id)
    }

    /// Referrals, newest first; only open ones if asked.
    pub fn list_referrals(&self, open_only: bool) -> Result<Vec<Referral>> {
        self.referral_rows(
            "WHERE (?1 = 0 OR r.status IN ('vorgeschlagen', 'vereinbart'))
             ORDER BY r.created_at DESC, r.id DESC LIMIT 1000",
            &[&open_only],
        )
    }

    /// A person's referrals (also those made from a contact that reached them).
    pub(crate) fn referrals_of_person(&self, person: PersonId) -> Result<Vec<Referral>> {
        self.referral_rows(
            "WHERE r.person_id = ?1 OR r.contact_id IN
                (SELECT contact_id FROM contact_persons WHERE person_id = ?1)
             ORDER BY r.created_at DESC, r.id DESC",
            &[&person],
        )
    }
}
