//! Network partners (Netzwerkpartner) and the services they offer: where referrals go.

use super::{audit, timestamp, Store};
use crate::error::{Error, Result};
use crate::ids::{PartnerId, ServiceId};
use crate::validate::{self, field};
use crate::vocab::PartnerKind;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest partner or service name accepted.
pub const MAX_PARTNER_NAME: usize = 120;
/// Most services one partner can list.
pub const MAX_SERVICES: usize = 30;

/// A partner as entered, unvalidated.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct PartnerInput {
    pub name: String,
    pub kind: String,
    pub district: Option<String>,
    pub address: Option<String>,
    pub contact_person: Option<String>,
    /// Names of the services offered.
    pub services: Vec<String>,
}

/// A correction of a partner: only the fields given change; an empty text clears an optional
/// one.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct PartnerPatch {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub district: Option<String>,
    pub address: Option<String>,
    pub contact_person: Option<String>,
}

/// A service a partner offers.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Service {
    pub id: ServiceId,
    pub name: String,
    /// Archived: no new referrals to it; old ones keep it.
    pub archived: bool,
}

/// A partner as read back.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Partner {
    pub id: PartnerId,
    pub name: String,
    pub kind: PartnerKind,
    pub district: Option<String>,
    pub address: Option<String>,
    pub contact_person: Option<String>,
    pub services: Vec<Service>,
    /// Archived: out of the pickers, still in history and reports.
    pub archived: bool,
    pub revision: i64,
    /// The programme's own kind refining `kind` (a vocabulary extension), if any.
    pub kind_ext: Option<String>,
}

fn services_of(conn: &rusqlite::Connection, id: PartnerId) -> Result<Vec<Service>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, archived_on IS NOT NULL FROM partner_services WHERE partner_id = ?1
         ORDER BY archived_on IS NOT NULL, name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Service {
            id: r.get(0)?,
            name: r.get(1)?,
            archived: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn load(conn: &rusqlite::Connection, id: PartnerId) -> Result<Option<Partner>> {
    let row = conn
        .prepare_cached(
            "SELECT name, kind, district, address, contact_person, revision, archived_on IS NOT NULL,
                    kind_ext
             FROM partners WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(Partner {
                id,
                name: r.get(0)?,
                kind: r.get(1)?,
                district: r.get(2)?,
                address: r.get(3)?,
                contact_person: r.get(4)?,
                services: vec![],
                archived: r.get(6)?,
                revision: r.get(5)?,
                kind_ext: r.get(7)?,
            })
        })
        .optional()?;
    match row {
        None => Ok(None),
        Some(p) => Ok(Some(Partner {
            services: services_of(conn, id)?,
            ..p
        })),
    }
}

/// A partner that passed the checks of [`Store::add_partner`].
pub(crate) struct ValidPartner {
    pub(crate) name: String,
    pub(crate) kind: PartnerKind,
    pub(crate) district: Option<String>,
    pub(crate) address: Option<String>,
    pub(crate) contact_person: Option<String>,
    pub(crate) services: Vec<String>,
    pub(crate) kind_ext: Option<String>,
}

/// Write a partner with its services (also the seed's way in).
pub(crate) fn insert(
    tx: &rusqlite::Transaction<'_>,
    id: PartnerId,
    v: &ValidPartner,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO partners (id, device_id, created_at, updated_at, kind, name, district, address,
            contact_person, kind_ext) VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(rusqlite::params![
        id,
        actor.device,
        ts,
        v.kind,
        v.name,
        v.district,
        v.address,
        v.contact_person,
        v.kind_ext
    ])?;
    for s in &v.services {
        insert_service(tx, ServiceId::new(), id, s, actor, ts)?;
    }
    Ok(())
}

fn insert_service(
    tx: &rusqlite::Transaction<'_>,
    id: ServiceId,
    partner: PartnerId,
    name: &str,
    actor: &super::Actor,
    ts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO partner_services (id, device_id, created_at, updated_at, partner_id, name)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5)",
    )?
    .execute(rusqlite::params![id, actor.device, ts, partner, name])?;
    Ok(())
}

/// A partner's own fields after the checks every write of a partner makes.
struct ValidFields {
    name: String,
    kind: PartnerKind,
    district: Option<String>,
    address: Option<String>,
    contact_person: Option<String>,
}

fn validate_fields(
    name: &str,
    kind: &str,
    district: Option<&str>,
    address: Option<&str>,
    contact_person: Option<&str>,
) -> Result<ValidFields> {
    Ok(ValidFields {
        name: validate::required_line(field::NAME, name, MAX_PARTNER_NAME)?,
        kind: PartnerKind::parse(kind)?,
        district: validate::optional_line(field::DISTRICT, district, 80)?,
        address: validate::optional_line(field::ADDRESS, address, 200)?,
        contact_person: validate::optional_line(field::CONTACT_PERSON, contact_person, 120)?,
    })
}

/// Refuse a name another partner (archived ones too) already has.
fn ensure_unique_name(
    conn: &rusqlite::Connection,
    name: &str,
    except: Option<PartnerId>,
) -> Result<()> {
    let exists: Option<PartnerId> = conn
        .query_row(
            "SELECT id FROM partners WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2",
            rusqlite::params![name, except],
            |r| r.get(0),
        )
        .optional()?;
    match exists {
        Some(_) => Err(Error::invalid("error-partner-exists", &[("name", name)])),
        None => Ok(()),
    }
}

impl Store {
    /// Add a partner with its services. Names are unique (case-insensitive).
    pub fn add_partner(&mut self, input: &PartnerInput) -> Result<Partner> {
        self.deny_volunteer()?;
        let (kind_id, kind_ext) = self.resolve_vocab("partner-kind", &input.kind)?;
        let ValidFields {
            name,
            kind,
            district,
            address,
            contact_person,
        } = validate_fields(
            &input.name,
            &kind_id,
            input.district.as_deref(),
            input.address.as_deref(),
            input.contact_person.as_deref(),
        )?;
        let district = self.canonical_district(district)?;
        if input.services.len() > MAX_SERVICES {
            return Err(Error::invalid(
                "error-too-many-services",
                &[("max", &MAX_SERVICES.to_string())],
            ));
        }
        let mut services: Vec<String> = vec![];
        for s in &input.services {
            let s = validate::required_line(field::SERVICE, s, MAX_PARTNER_NAME)?;
            if !services.iter().any(|o| o.eq_ignore_ascii_case(&s)) {
                services.push(s);
            }
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        ensure_unique_name(&tx, &name, None)?;
        let id = PartnerId::new();
        let valid = ValidPartner {
            name,
            kind,
            kind_ext,
            district,
            address,
            contact_person,
            services,
        };
        insert(&tx, id, &valid, &actor, &ts)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "partner",
            &id.to_string(),
        )?;
        let partner = load(&tx, id)?.ok_or(Error::Internal("partner vanished".into()))?;
        tx.commit()?;
        Ok(partner)
    }

    /// Add a service to a partner.
    pub fn add_service(&mut self, partner: PartnerId, name: &str) -> Result<Partner> {
        self.deny_volunteer()?;
        self.deny_office_entry("partners", &partner.to_string())?;
        let p = self.partner(partner)?;
        let name = validate::required_line(field::SERVICE, name, MAX_PARTNER_NAME)?;
        if p.services
            .iter()
            .any(|s| s.name.eq_ignore_ascii_case(&name))
        {
            return Err(Error::invalid("error-service-exists", &[("name", &name)]));
        }
        if p.services.len() >= MAX_SERVICES {
            return Err(Error::invalid(
                "error-too-many-services",
                &[("max", &MAX_SERVICES.to_string())],
            ));
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        insert_service(&tx, ServiceId::new(), p.id, &name, &actor, &ts)?;
        tx.execute(
            "UPDATE partners SET revision = revision + 1, updated_at = ?2 WHERE id = ?1",
            rusqlite::params![p.id, ts],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "partner",
            &p.id.to_string(),
        )?;
        let partner = load(&tx, p.id)?.ok_or(Error::Internal("partner vanished".into()))?;
        tx.commit()?;
        Ok(partner)
    }

    /// Correct a partner: only the fields in `patch` change; the name stays unique.
    pub fn edit_partner(&mut self, id: PartnerId, patch: &PartnerPatch) -> Result<Partner> {
        self.deny_volunteer()?;
        self.deny_office_entry("partners", &id.to_string())?;
        let old = self.partner(id)?;
        let pick = |new: &Option<String>, old: &Option<String>| new.clone().or_else(|| old.clone());
        // A kind given may be the programme's own; none keeps both as they are.
        let (kind_id, kind_ext) = match patch.kind.as_deref() {
            Some(k) => self.resolve_vocab("partner-kind", k)?,
            None => (old.kind.id().to_string(), old.kind_ext.clone()),
        };
        let mut v = validate_fields(
            patch.name.as_deref().unwrap_or(&old.name),
            &kind_id,
            pick(&patch.district, &old.district).as_deref(),
            pick(&patch.address, &old.address).as_deref(),
            pick(&patch.contact_person, &old.contact_person).as_deref(),
        )?;
        if patch.district.is_some() {
            v.district = self.canonical_district(v.district)?;
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        ensure_unique_name(&tx, &v.name, Some(id))?;
        tx.execute(
            "UPDATE partners SET name = ?2, kind = ?3, district = ?4, address = ?5,
                contact_person = ?6, updated_at = ?7, revision = revision + 1, kind_ext = ?8
             WHERE id = ?1",
            rusqlite::params![
                id,
                v.name,
                v.kind,
                v.district,
                v.address,
                v.contact_person,
                ts,
                kind_ext
            ],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "partner",
            &id.to_string(),
        )?;
        tx.commit()?;
        self.partner(id)
    }

    /// Archive a partner (no new referrals or consents name it; old ones keep it) or take it
    /// back into use.
    pub fn set_partner_archived(&mut self, id: PartnerId, archived: bool) -> Result<Partner> {
        self.deny_volunteer()?;
        self.deny_office_entry("partners", &id.to_string())?;
        let old = self.partner(id)?;
        if old.archived != archived {
            let on = archived.then(|| self.clock().today().to_string());
            self.set_archived(
                "partners",
                "partner",
                &id.to_string(),
                "archived_on = ?2",
                &on,
                archived,
            )?;
        }
        self.partner(id)
    }

    /// The partner a service belongs to.
    fn partner_of_service(&self, service: ServiceId) -> Result<Partner> {
        let partner: Option<PartnerId> = self
            .conn()
            .prepare_cached("SELECT partner_id FROM partner_services WHERE id = ?1")?
            .query_row([service], |r| r.get(0))
            .optional()?;
        match partner {
            Some(p) => self.partner(p),
            None => Err(Error::not_found(
                "error-service-not-found",
                &[("value", &service.to_string()), ("partner", "")],
            )),
        }
    }

    /// Rename a service; the name stays unique within its partner.
    pub fn edit_service(&mut self, service: ServiceId, name: &str) -> Result<Partner> {
        self.deny_volunteer()?;
        self.deny_office_entry("partner_services", &service.to_string())?;
        let p = self.partner_of_service(service)?;
        let name = validate::required_line(field::SERVICE, name, MAX_PARTNER_NAME)?;
        if p.services
            .iter()
            .any(|s| s.id != service && s.name.eq_ignore_ascii_case(&name))
        {
            return Err(Error::invalid("error-service-exists", &[("name", &name)]));
        }
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE partner_services SET name = ?2, updated_at = ?3, revision = revision + 1
             WHERE id = ?1",
            rusqlite::params![service, name, ts],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "service",
            &service.to_string(),
        )?;
        tx.commit()?;
        self.partner(p.id)
    }

    /// Archive a service (no new referrals to it) or take it back into use.
    pub fn set_service_archived(&mut self, service: ServiceId, archived: bool) -> Result<Partner> {
        self.deny_volunteer()?;
        self.deny_office_entry("partner_services", &service.to_string())?;
        let p = self.partner_of_service(service)?;
        let was = p.services.iter().any(|s| s.id == service && s.archived);
        if was != archived {
            let on = archived.then(|| self.clock().today().to_string());
            self.set_archived(
                "partner_services",
                "service",
                &service.to_string(),
                "archived_on = ?2",
                &on,
                archived,
            )?;
        }
        self.partner(p.id)
    }

    /// The partners in use, by name, each with its services in use: what pickers offer.
    pub fn list_partners(&self) -> Result<Vec<Partner>> {
        Ok(self
            .all_partners()?
            .into_iter()
            .filter(|p| !p.archived)
            .map(|mut p| {
                p.services.retain(|s| !s.archived);
                p
            })
            .collect())
    }

    /// Every partner and service, the archived ones too (the directory): those in use first.
    pub fn all_partners(&self) -> Result<Vec<Partner>> {
        let ids: Vec<PartnerId> = self
            .conn()
            .prepare_cached(
                "SELECT id FROM partners ORDER BY archived_on IS NOT NULL, name COLLATE NOCASE",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(p) = load(self.conn(), id)? {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// One partner with its services.
    pub fn partner(&self, id: PartnerId) -> Result<Partner> {
        load(self.conn(), id)?.ok_or_else(|| {
            Error::not_found("error-partner-not-found", &[("value", &id.to_string())])
        })
    }

    /// Find a partner by id or exact name (case-insensitive): for a face where a person types
    /// the partner (the CLI). Records themselves take a [`PartnerId`].
    pub fn resolve_partner(&self, name_or_id: &str) -> Result<Partner> {
        let wanted = name_or_id.trim();
        if let Ok(id) = PartnerId::parse(wanted) {
            if let Some(p) = load(self.conn(), id)? {
                return Ok(p);
            }
        }
        let id: Option<PartnerId> = self
            .conn()
            .prepare_cached("SELECT id FROM partners WHERE name = ?1 COLLATE NOCASE")?
            .query_row([wanted], |r| r.get(0))
            .optional()?;
        match id {
            Some(id) => load(self.conn(), id)?,
            None => None,
        }
        .ok_or_else(|| Error::not_found("error-partner-not-found", &[("value", name_or_id)]))
    }
}

/// Move what refers to partner `from` to partner `into`: every row (`mine` is `None`, the lead's
/// store), or this device's own rows as its own corrections (revision + 1). A service of `from`
/// is mapped to `into`'s service of the same name (case ignored; the first by id), or moves to
/// `into` when it has none. `from` is archived.
pub(crate) fn move_partner_records(
    tx: &rusqlite::Connection,
    mine: Option<&str>,
    from: &str,
    into: &str,
    ts: &str,
) -> Result<usize> {
    // Every statement below numbers its parameters alike: ?1 the row, ?2 and ?3 the new values,
    // ?4 the time, ?5 this device (NULL on the lead's store: every row).
    let run = |sql: &str, a: &str, b: &str, c: &str| -> Result<usize> {
        let (own, bump) = match mine {
            Some(_) => (
                "device_id = ?5",
                ", updated_at = ?4, revision = revision + 1",
            ),
            None => ("?5 IS NULL", ""),
        };
        let sql = sql.replace("{own}", own).replace("{bump}", bump);
        Ok(tx.execute(&sql, rusqlite::params![a, b, c, ts, mine])?)
    };
    let today = &ts[..10];
    let services: Vec<(String, String)> = tx
        .prepare("SELECT id, name FROM partner_services WHERE partner_id = ?1 ORDER BY id")?
        .query_map([from], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut moved = 0;
    for (service, name) in services {
        let same: Option<String> = tx
            .query_row(
                "SELECT id FROM partner_services WHERE partner_id = ?1 AND id <> ?2
                   AND name = ?3 COLLATE NOCASE ORDER BY id LIMIT 1",
                [into, &service, &name],
                |r| r.get(0),
            )
            .optional()?;
        match same {
            Some(target) => {
                moved += run(
                    "UPDATE referrals SET partner_id = ?2, service_id = ?3{bump}
                     WHERE service_id = ?1 AND {own}",
                    &service,
                    into,
                    &target,
                )?;
                run(
                    "UPDATE partner_services SET archived_on = coalesce(archived_on, ?2){bump}
                     WHERE id = ?1 AND {own}",
                    &service,
                    today,
                    "",
                )?;
            }
            None => {
                run(
                    "UPDATE partner_services SET partner_id = ?2{bump} WHERE id = ?1 AND {own}",
                    &service,
                    into,
                    "",
                )?;
            }
        }
    }
    for table in ["referrals", "consents"] {
        moved += run(
            &format!(
                "UPDATE {table} SET partner_id = ?2{{bump}} WHERE partner_id = ?1 AND {{own}}"
            ),
            from,
            into,
            "",
        )?;
    }
    run(
        "UPDATE partners SET archived_on = coalesce(archived_on, ?2){bump} WHERE id = ?1 AND {own}",
        from,
        today,
        "",
    )?;
    Ok(moved)
}

impl Store {
    /// Merge a partner into another (lead only; audited), like [`Store::merge_site`]: typically
    /// one a device made before it had the office's directory, into the directory's entry. Its
    /// referrals, consents and services count at the other from now on and it is archived; the
    /// next office bundle tells the devices, which move their own records the same way. Merging
    /// a partner again, into itself or into an archived or merged one is refused.
    pub fn merge_partner(&mut self, from: PartnerId, into: PartnerId) -> Result<Partner> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let merged = self.partner(from)?;
        let target = self.partner(into)?;
        let already = |s: &Self, id: PartnerId| s.merged_away("partner_merges", &id.to_string());
        if from == into || target.archived || already(self, from)? || already(self, into)? {
            return Err(Error::invalid(
                "error-partner-merge-invalid",
                &[("name", &merged.name), ("into", &target.name)],
            ));
        }
        let (from_id, into_id) = (from.to_string(), into.to_string());
        self.write_merge(
            "partner_merges",
            "partner",
            &from_id,
            &into_id,
            |tx, device, ts| {
                // The lead's own records as its corrections, then every other row as it will be
                // once the devices have applied the merge.
                move_partner_records(tx, Some(device), &from_id, &into_id, ts)?;
                move_partner_records(tx, None, &from_id, &into_id, ts).map(|_| ())
            },
        )?;
        self.partner(into)
    }
}
