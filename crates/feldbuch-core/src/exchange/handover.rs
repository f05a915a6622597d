//! Hand-overs: the lead moves a person, with its consents and open follow-ups, from one worker's
//! device to another's (a colleague takes over a sick worker's cases). On the lead's store the
//! records change holder at once; the office bundle tells every device: the device they came
//! from keeps the person read-only (its own contacts name it) without real name or contact data,
//! and the device they go to receives them, sealed to its own key inside the bundle, so that no
//! other device of the team can read them.
//!
//! A record's holder writes it; the lead's writes (the hand-over itself, a resolution) come
//! between. What the former holder wrote after the hand-over is kept as its version and is a
//! conflict for the lead, who takes one version (`conflicts resolve`): the resolution is written
//! as the lead's version, travels to the holder in the next office bundle, and the former
//! holder's later versions are conflicts again only when it writes once more.

use super::bundle::{self, Record};
use super::export::{record_of, Entity, ENTITIES};
use crate::error::{Error, Result};
use crate::ids::{DeviceId, PersonId};
use crate::store::{audit, timestamp, Actor, Store};
use crate::vocab::Role;
use base64::Engine;
use rusqlite::OptionalExtension;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use ts_rs::TS;

/// The entities a hand-over moves, in the order a device writes them.
pub(crate) const HANDED: [&str; 3] = ["persons", "consents", "followups"];

/// The version a device sends by erasing a record that was handed away from it.
pub(crate) const ERASED: &str = "{\"erased\":true}";

/// What a hand-over did.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct HandoverReport {
    pub id: String,
    pub person_id: String,
    pub from_device: String,
    pub to_device: String,
    pub to_initials: String,
    /// Records moved per entity (`persons`, `consents`, `followups`).
    pub counts: BTreeMap<String, u64>,
}

/// A hand-over as the lead's store lists it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Handover {
    pub id: String,
    pub person_id: String,
    pub pseudonym: Option<String>,
    pub from_device: String,
    pub to_device: String,
    pub handed_at: String,
}

/// What resolving a conflict did.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Resolution {
    pub entity: String,
    pub id: String,
    /// The device whose version was taken.
    pub taken: String,
    /// The record's revision now.
    pub revision: i64,
    /// Whether the resolution travels to the record's holder in the next office bundle.
    pub travels: bool,
}

/// Who holds a handed record, and who held it before (with the revision of theirs the lead had
/// seen when it was handed away or last resolved).
pub(crate) struct Handed {
    pub holder: String,
    pub former: Vec<(String, i64)>,
}

impl Handed {
    /// Whether a former holder's version is newer than what the lead had seen of it.
    pub fn late_versions(&self, versions: &[(String, i64, String)]) -> bool {
        versions.iter().any(|(device, rev, _)| {
            self.former
                .iter()
                .any(|(d, seen)| d == device && rev > seen)
        })
    }
}

/// The hand-over state of a record (lead's store), if it was ever handed.
pub(crate) fn handed(conn: &rusqlite::Connection, table: &str, id: &str) -> Result<Option<Handed>> {
    if !HANDED.contains(&table) {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT h.to_device, r.from_device, r.revision FROM handed_records r
         JOIN handovers h ON h.id = r.handover_id
         WHERE r.entity = ?1 AND r.id = ?2 ORDER BY h.handed_at, h.id",
    )?;
    let rows: Vec<(String, String, i64)> = stmt
        .query_map([table, id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let Some(holder) = rows.last().map(|r| r.0.clone()) else {
        return Ok(None);
    };
    let mut former: Vec<(String, i64)> = Vec::new();
    for (_, from, seen) in rows {
        if from == holder {
            continue;
        }
        match former.iter_mut().find(|(d, _)| *d == from) {
            Some(f) => f.1 = f.1.max(seen),
            None => former.push((from, seen)),
        }
    }
    Ok(Some(Handed { holder, former }))
}

fn entity(table: &str) -> Result<&'static Entity> {
    ENTITIES
        .iter()
        .find(|e| e.table == table)
        .ok_or_else(|| Error::Internal(format!("no entity {table}")))
}

/// The audit log's name of an entity.
fn audit_entity(table: &str) -> &'static str {
    match table {
        "workers" => "worker",
        "sites" => "site",
        "partners" => "partner",
        "partner_services" => "service",
        "persons" => "person",
        "consents" => "consent",
        "contacts" => "contact",
        "referrals" => "referral",
        "activities" => "activity",
        _ => "followup",
    }
}

/// Keep the lead's row of a record as the lead's own version, so that no older version of
/// another device wins over it later.
fn lead_version(conn: &rusqlite::Connection, table: &str, id: &str, lead: &str) -> Result<()> {
    let Some(r) = record_of(conn, entity(table)?, id, true)? else {
        return Ok(());
    };
    let body = serde_json::to_string(&r.d).map_err(|e| Error::Internal(e.to_string()))?;
    let hash = hex::encode(Sha256::digest(body.as_bytes()));
    conn.execute(
        "INSERT INTO merge_versions (entity, id, device_id, revision, body_hash, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (entity, id, device_id) DO UPDATE SET revision = excluded.revision,
            body_hash = excluded.body_hash, body = excluded.body",
        rusqlite::params![table, id, lead, r.rev, hash, body],
    )?;
    Ok(())
}

/// The highest revision anyone holds of a record: its row and every version.
fn top_revision(conn: &rusqlite::Connection, table: &str, id: &str) -> Result<i64> {
    Ok(conn.query_row(
        &format!(
            "SELECT max(coalesce((SELECT revision FROM {table} WHERE id = ?2), 0),
                        coalesce((SELECT max(revision) FROM merge_versions
                                  WHERE entity = ?1 AND id = ?2), 0))"
        ),
        [table, id],
        |r| r.get(0),
    )?)
}

fn handover_error(code: &'static str) -> Error {
    Error::invalid(code, &[])
}

impl Store {
    /// Hand a person over to another device (lead only): the person, its consents and its open
    /// follow-ups move to `to` (an enrolled, unrevoked worker's or lead's device, or this one),
    /// each with a new revision kept as the lead's version. Audited. The devices learn it from
    /// the next office bundle.
    pub fn hand_over(&mut self, person: PersonId, to: DeviceId) -> Result<HandoverReport> {
        if self.actor().role != Role::Lead {
            return Err(Error::Forbidden);
        }
        let actor = self.actor().clone();
        let me = actor.device.to_string();
        let to = to.to_string();
        let person = person.to_string();
        let now = self.clock().now();
        let ts = timestamp(now);
        let tx = self.conn_mut().transaction()?;
        let from: String = tx
            .query_row(
                "SELECT device_id FROM persons WHERE id = ?1",
                [&person],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("error-person-not-found", &[("id", &person)]))?;
        if from == to {
            return Err(handover_error("error-handover-same-device"));
        }
        let (to_worker, to_initials) = if to == me {
            let initials: String = tx.query_row(
                "SELECT initials FROM workers WHERE id = ?1",
                [actor.worker.to_string()],
                |r| r.get(0),
            )?;
            (actor.worker.to_string(), initials)
        } else {
            let row: Option<(Option<String>, Option<String>, String, String)> = tx
                .query_row(
                    "SELECT d.enrolled_at, d.revoked_at, w.id, w.role || ' ' || w.initials
                     FROM devices d JOIN workers w ON w.id = d.worker_id WHERE d.id = ?1",
                    [&to],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            match row {
                Some((Some(_), None, worker, role_initials)) => {
                    let (role, initials) = role_initials.split_once(' ').unwrap_or(("", ""));
                    if role == Role::Volunteer.id() {
                        return Err(handover_error("error-handover-volunteer"));
                    }
                    (worker, initials.to_string())
                }
                Some((_, Some(_), _, _)) => return Err(handover_error("error-handover-revoked")),
                _ => return Err(handover_error("error-device-not-enrolled")),
            }
        };
        // What moves: the person, its consents, and the follow-ups still open for it (set for
        // the person, or from a contact that reached it) that its holder made.
        let mut moved: Vec<(&str, String)> = vec![("persons", person.clone())];
        for (table, sql) in [
            (
                "consents",
                "SELECT id FROM consents WHERE person_id = ?1 AND device_id = ?2 ORDER BY id",
            ),
            (
                "followups",
                "SELECT id FROM followups WHERE done_on IS NULL AND device_id = ?2
                   AND (person_id = ?1 OR contact_id IN
                        (SELECT contact_id FROM contact_persons WHERE person_id = ?1))
                 ORDER BY id",
            ),
        ] {
            let mut stmt = tx.prepare(sql)?;
            let ids: Vec<String> = stmt
                .query_map([&person, &from], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            moved.extend(ids.into_iter().map(|id| (table, id)));
        }
        let id = uuid::Uuid::now_v7().to_string();
        tx.execute(
            "INSERT INTO handovers (id, person_id, from_device, to_device, to_worker, by_device,
                handed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![id, person, from, to, to_worker, me, ts],
        )?;
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        for (table, rid) in &moved {
            // What the lead had seen of the former holder: its newest version (or the row, for
            // a record the lead's own device made).
            let seen: i64 = tx.query_row(
                &format!(
                    "SELECT coalesce((SELECT max(revision) FROM merge_versions
                                      WHERE entity = ?1 AND id = ?2 AND device_id = ?3),
                                     (SELECT revision FROM {table} WHERE id = ?2), 0)"
                ),
                [*table, rid.as_str(), from.as_str()],
                |r| r.get(0),
            )?;
            let rev = top_revision(&tx, table, rid)? + 1;
            let extra = match *table {
                "persons" => ", worker_id = ?5",
                "followups" => ", worker_id = ?5, person_id = ?6, contact_id = NULL",
                _ => "",
            };
            let mut params: Vec<rusqlite::types::Value> = vec![
                rid.clone().into(),
                to.clone().into(),
                rev.into(),
                ts.clone().into(),
            ];
            if *table != "consents" {
                params.push(to_worker.clone().into());
            }
            if *table == "followups" {
                params.push(person.clone().into());
            }
            tx.execute(
                &format!(
                    "UPDATE {table} SET device_id = ?2, revision = ?3, updated_at = ?4{extra}
                     WHERE id = ?1"
                ),
                rusqlite::params_from_iter(params),
            )?;
            lead_version(&tx, table, rid, &me)?;
            tx.execute(
                "INSERT INTO handed_records (entity, id, handover_id, from_device, revision)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                rusqlite::params![table, rid, id, from, seen],
            )?;
            *counts.entry((*table).to_string()).or_default() += 1;
        }
        audit::append(&tx, &actor, now, audit::Action::HandOver, "person", &person)?;
        tx.commit()?;
        Ok(HandoverReport {
            id,
            person_id: person,
            from_device: from,
            to_device: to,
            to_initials,
            counts,
        })
    }

    /// Every hand-over this store knows, newest first.
    pub fn handovers(&self) -> Result<Vec<Handover>> {
        let mut stmt = self.conn().prepare(
            "SELECT h.id, h.person_id, p.pseudonym, h.from_device, h.to_device, h.handed_at
             FROM handovers h LEFT JOIN persons p ON p.id = h.person_id
             ORDER BY h.handed_at DESC, h.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Handover {
                id: r.get(0)?,
                person_id: r.get(1)?,
                pseudonym: r.get(2)?,
                from_device: r.get(3)?,
                to_device: r.get(4)?,
                handed_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Resolve a conflict (lead only) by taking the version `take` sent of record `id` (the
    /// lead's own device's version keeps what the lead's store holds). For a handed record the
    /// version becomes the holder's record with a new revision, kept as the lead's version, and
    /// travels to the holder in the next office bundle; the former holder's versions so far are
    /// settled. Audited.
    pub fn resolve_conflict(&mut self, id: &str, take: &str) -> Result<Resolution> {
        if self.actor().role != Role::Lead {
            return Err(Error::Forbidden);
        }
        let actor = self.actor().clone();
        let me = actor.device.to_string();
        let now = self.clock().now();
        let ts = timestamp(now);
        let tx = self.conn_mut().transaction()?;
        let table: String = tx
            .query_row(
                "SELECT entity FROM merge_conflicts WHERE id = ?1 AND resolved_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("error-conflict-not-found", &[("id", id)]))?;
        let e = entity(&table)?;
        let (rev, body): (i64, String) = tx
            .query_row(
                "SELECT revision, body FROM merge_versions
                 WHERE entity = ?1 AND id = ?2 AND device_id = ?3",
                [table.as_str(), id, take],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| Error::invalid("error-conflict-no-version", &[("device", take)]))?;
        if body == ERASED {
            return Err(Error::invalid("error-conflict-erased", &[]));
        }
        let mut d: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&body)
            .map_err(|e| Error::Internal(format!("stored version: {e}")))?;
        let handed = handed(&tx, &table, id)?;
        let (holder, revision) = match &handed {
            Some(h) => {
                // The holder keeps the record: its worker, and for a follow-up no contact of
                // another device.
                let current: Option<(Option<String>, Option<String>)> = tx
                    .query_row(
                        &format!(
                            "SELECT {w}, {c} FROM {table} WHERE id = ?1",
                            w = if table == "consents" {
                                "NULL"
                            } else {
                                "worker_id"
                            },
                            c = if table == "followups" {
                                "contact_id"
                            } else {
                                "NULL"
                            },
                        ),
                        [id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                let Some((worker, contact)) = current else {
                    return Err(Error::invalid("error-conflict-erased", &[]));
                };
                if let Some(w) = worker {
                    d.insert("worker_id".into(), w.into());
                }
                if table == "followups" {
                    d.insert(
                        "contact_id".into(),
                        contact.map_or(serde_json::Value::Null, Into::into),
                    );
                }
                (h.holder.clone(), top_revision(&tx, &table, id)? + 1)
            }
            None => (take.to_string(), rev),
        };
        let r = Record {
            t: table.clone(),
            id: id.to_string(),
            rev: revision,
            upd: ts.clone(),
            d,
        };
        super::import::write_row(&tx, e, &holder, &r)?;
        if let Some(h) = &handed {
            lead_version(&tx, &table, id, &me)?;
            // What the former holders sent so far is settled.
            for (device, _) in &h.former {
                tx.execute(
                    "UPDATE handed_records SET revision = max(revision, coalesce(
                        (SELECT max(revision) FROM merge_versions
                         WHERE entity = ?1 AND id = ?2 AND device_id = ?3), 0))
                     WHERE entity = ?1 AND id = ?2 AND from_device = ?3",
                    [table.as_str(), id, device.as_str()],
                )?;
            }
        }
        tx.execute(
            "UPDATE merge_conflicts SET resolved_at = ?3, resolution = ?4
             WHERE entity = ?1 AND id = ?2",
            rusqlite::params![table, id, ts, take],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            audit_entity(&table),
            id,
        )?;
        tx.commit()?;
        Ok(Resolution {
            entity: table,
            id: id.to_string(),
            taken: take.to_string(),
            revision,
            travels: handed.is_some_and(|h| h.holder != me),
        })
    }
}

/// The office bundle's records of the hand-overs (lead's store): each with the records it moved
/// (ids only); the newest of each person, when its holder is a device that can open it, also
/// with those records as they are now, sealed to that device's own key.
pub(crate) fn office_records(
    conn: &rusqlite::Connection,
    me: &str,
    recipients: &BTreeMap<String, age::x25519::Recipient>,
    out: &mut Vec<Record>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT h.id, h.person_id, h.from_device, h.to_device, h.to_worker, h.by_device,
                h.handed_at,
                h.id = (SELECT l.id FROM handovers l WHERE l.person_id = h.person_id
                        ORDER BY l.handed_at DESC, l.id DESC LIMIT 1)
         FROM handovers h ORDER BY h.handed_at, h.id",
    )?;
    type Row = (String, String, String, String, String, String, String, bool);
    let rows: Vec<Row> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut moved = conn.prepare(
        "SELECT entity, id FROM handed_records WHERE handover_id = ?1 ORDER BY
            CASE entity WHEN 'persons' THEN 0 WHEN 'consents' THEN 1 ELSE 2 END, id",
    )?;
    for (id, person, from, to, to_worker, by, at, newest) in rows {
        let records: Vec<(String, String)> = moved
            .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut d = serde_json::Map::new();
        d.insert("device_id".into(), by.into());
        d.insert("person_id".into(), person.into());
        d.insert("from_device".into(), from.into());
        d.insert("to_device".into(), to.clone().into());
        d.insert("to_worker".into(), to_worker.into());
        d.insert(
            "records".into(),
            records
                .iter()
                .map(|(t, i)| serde_json::json!([t, i]))
                .collect::<Vec<_>>()
                .into(),
        );
        if let (true, Some(recipient)) = (newest && to != me, recipients.get(&to)) {
            let mut held = Vec::new();
            for (t, i) in &records {
                if let Some(r) = record_of(conn, entity(t)?, i, true)? {
                    held.push(r);
                }
            }
            let plain = zeroize::Zeroizing::new(
                serde_json::to_vec(&held).map_err(|e| Error::Internal(e.to_string()))?,
            );
            let sealed = bundle::encrypt_to(&plain, std::slice::from_ref(recipient))?;
            d.insert(
                "sealed".into(),
                base64::engine::general_purpose::STANDARD
                    .encode(sealed)
                    .into(),
            );
        }
        out.push(Record {
            t: KIND.into(),
            id,
            rev: 1,
            upd: at,
            d,
        });
    }
    Ok(())
}

/// The record type of a hand-over in an office bundle.
pub(crate) const KIND: &str = "handovers";

/// The largest sealed part of a hand-over record, in base64 characters.
const MAX_SEALED: usize = 4 * 1024 * 1024;

fn bad(detail: &str) -> Error {
    Error::invalid("error-bundle-malformed", &[("detail", detail)])
}

fn text<'a>(r: &'a Record, field: &str) -> Result<&'a str> {
    r.d.get(field)
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| bad(&format!("handovers.{field}")))
}

/// The records a hand-over names: (entity, id), each a handed entity and an id.
fn named(r: &Record) -> Result<Vec<(String, String)>> {
    let list =
        r.d.get("records")
            .and_then(serde_json::Value::as_array)
            .ok_or_else(|| bad("handovers.records"))?;
    let mut out = Vec::with_capacity(list.len());
    for item in list {
        let pair = item
            .as_array()
            .filter(|p| p.len() == 2)
            .and_then(|p| Some((p[0].as_str()?, p[1].as_str()?)))
            .filter(|(t, i)| HANDED.contains(t) && uuid::Uuid::parse_str(i).is_ok())
            .ok_or_else(|| bad("handovers.records"))?;
        out.push((pair.0.to_string(), pair.1.to_string()));
    }
    Ok(out)
}

/// A hand-over record's shape, needing no store (its sealed part is checked when opened).
pub(crate) fn check_shape(r: &Record) -> Result<()> {
    super::values::check_head(r)?;
    for field in ["device_id", "from_device", "to_device"] {
        DeviceId::parse(text(r, field)?).map_err(|_| bad(&format!("handovers.{field}")))?;
    }
    PersonId::parse(text(r, "person_id")?).map_err(|_| bad("handovers.person_id"))?;
    crate::ids::WorkerId::parse(text(r, "to_worker")?).map_err(|_| bad("handovers.to_worker"))?;
    uuid::Uuid::parse_str(&r.id).map_err(|_| bad("handovers.id"))?;
    let records = named(r)?;
    if records.len() > 10_000 {
        return Err(bad("handovers.records"));
    }
    for k in r.d.keys() {
        if !matches!(
            k.as_str(),
            "device_id"
                | "person_id"
                | "from_device"
                | "to_device"
                | "to_worker"
                | "records"
                | "sealed"
        ) {
            return Err(bad(&format!("handovers.{k}")));
        }
    }
    if let Some(s) = r.d.get("sealed") {
        s.as_str()
            .filter(|s| s.len() <= MAX_SEALED)
            .ok_or_else(|| bad("handovers.sealed"))?;
    }
    Ok(())
}

/// Apply a hand-over of an office bundle on a device, once: the device it came from keeps the
/// records read-only (the person without real name and contact data; its consents as they
/// were) and drops the open follow-ups it moved; the device it went to writes the sealed records
/// as its own, in this and every later bundle whenever the lead's revision is newer (so a
/// lead's resolution reaches it). Audited on both.
pub(crate) fn apply(
    tx: &rusqlite::Connection,
    actor: &Actor,
    identity: &age::x25519::Identity,
    r: &Record,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let me = actor.device.to_string();
    let person = text(r, "person_id")?;
    let (from, to, to_worker) = (
        text(r, "from_device")?,
        text(r, "to_device")?,
        text(r, "to_worker")?,
    );
    let records = named(r)?;
    let new = tx.execute(
        "INSERT OR IGNORE INTO handovers (id, person_id, from_device, to_device, to_worker,
            by_device, handed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![
            r.id,
            person,
            from,
            to,
            to_worker,
            text(r, "device_id")?,
            r.upd
        ],
    )? == 1;
    if new && from == me {
        for (t, id) in &records {
            match t.as_str() {
                "persons" => tx.execute(
                    "UPDATE persons SET device_id = ?2, worker_id = ?3, real_name = NULL,
                        contact_info = NULL
                     WHERE id = ?1 AND device_id = ?4",
                    rusqlite::params![id, to, to_worker, me],
                )?,
                "consents" => tx.execute(
                    "UPDATE consents SET device_id = ?2 WHERE id = ?1 AND device_id = ?3",
                    rusqlite::params![id, to, me],
                )?,
                _ => tx.execute(
                    "DELETE FROM followups WHERE id = ?1 AND device_id = ?2",
                    rusqlite::params![id, me],
                )?,
            };
        }
    }
    if to == me {
        if let Some(sealed) = r.d.get("sealed").and_then(serde_json::Value::as_str) {
            let cipher = base64::engine::general_purpose::STANDARD
                .decode(sealed)
                .map_err(|_| bad("handovers.sealed"))?;
            let plain = bundle::decrypt(&cipher, identity, &super::Limits::default())?;
            let held: Vec<Record> =
                serde_json::from_slice(&plain).map_err(|_| bad("handovers.sealed"))?;
            for h in &held {
                if !records.iter().any(|(t, i)| *t == h.t && *i == h.id) {
                    return Err(bad("handovers.sealed"));
                }
                super::import::check_shape(h)?;
                take_held(tx, &me, h)?;
            }
        }
    }
    if new && (from == me || to == me) {
        audit::append(tx, actor, now, audit::Action::HandOver, "person", person)?;
    }
    Ok(())
}

/// Write a record handed to this device as its own, when the lead's revision is newer than the
/// one here.
fn take_held(tx: &rusqlite::Connection, me: &str, r: &Record) -> Result<()> {
    let e = entity(&r.t)?;
    let here: Option<i64> = tx
        .query_row(
            &format!("SELECT revision FROM {} WHERE id = ?1", e.table),
            [&r.id],
            |row| row.get(0),
        )
        .optional()?;
    if here.is_some_and(|rev| rev >= r.rev) {
        return Ok(());
    }
    if e.table == "followups" && r.d.get("contact_id").is_some_and(|c| !c.is_null()) {
        return Err(bad("handovers.sealed"));
    }
    super::import::write_row(tx, e, me, r)
}
