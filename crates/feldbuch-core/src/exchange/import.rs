//! Import on the lead's device: a bundle is opened with the office's identity, checked against the
//! enrolled device's key and the device's sequence, and merged in one transaction, or refused as a
//! whole.
//!
//! Merge rule: every version of a record is kept in `merge_versions`, one per writing device (the
//! highest revision that device sent). The row in the table is the winner among them: highest
//! revision, ties broken by device id. A tombstone beats every version. Two devices with different
//! content for one record make a conflict (`merge_conflicts`) for the lead to look at. Since the
//! winner and the conflicts depend only on the set of versions, importing a bundle twice changes
//! nothing, and the order of bundles from different devices does not matter.

use super::bundle::{self, Limits, Manifest, Record};
use super::export::ENTITIES;
use super::handover;
use super::keys::EnrolledDevice;
use crate::error::{Error, Result};
use crate::store::{audit, timestamp, Store};
use rusqlite::OptionalExtension;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What an import did.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ImportReport {
    pub device_id: String,
    pub worker_initials: String,
    pub sequence: u64,
    pub records: u64,
    /// Records whose version became the one in the tables.
    pub applied: u64,
    /// Records for which another device holds different content.
    pub conflicts: u64,
    /// The sequence expected next from this device, when this bundle skipped some.
    pub gap_expected: Option<u64>,
}

/// A record under conflict: every device's version.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Conflict {
    pub entity: String,
    pub id: String,
    pub found_at: String,
    pub versions: Vec<ConflictVersion>,
}

/// One device's version of a record under conflict.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ConflictVersion {
    pub device_id: String,
    /// The initials of the device's worker, when the store knows them.
    pub initials: Option<String>,
    /// Whether this version is the record's content now.
    pub current: bool,
    pub revision: i64,
    /// Its fields, as JSON.
    pub fields: String,
}

fn bad(detail: &str) -> Error {
    Error::invalid("error-bundle-malformed", &[("detail", detail)])
}

/// The fields of a record as SQL values: every column of the entity's allow-list (one missing
/// from the record is NULL, so the winner's content is the row's whatever came before); a field
/// outside the allow-list makes the bundle malformed.
fn row_values(
    e: &super::export::Entity,
    r: &Record,
) -> Result<(Vec<&'static str>, Vec<rusqlite::types::Value>)> {
    use rusqlite::types::Value;
    for k in r.d.keys() {
        let known = e
            .columns
            .iter()
            .chain(e.notes.iter())
            .any(|c| *c == k.as_str())
            || e.children.iter().any(|(t, _, _)| *t == k.as_str());
        if !known {
            return Err(bad(&format!("{}.{k}", e.table)));
        }
    }
    let mut cols = Vec::new();
    let mut vals = Vec::new();
    for col in e.columns.iter().chain(e.notes.iter()) {
        let value = match r.d.get(*col) {
            // A note that stays on the device: NULL, or the entity's text for a NOT NULL one.
            None | Some(serde_json::Value::Null) if e.notes.contains(col) => e
                .note_absent
                .map_or(Value::Null, |t| Value::Text(t.to_string())),
            None | Some(serde_json::Value::Null) => Value::Null,
            Some(serde_json::Value::Bool(b)) => Value::Integer(i64::from(*b)),
            Some(serde_json::Value::Number(n)) => match n.as_i64() {
                Some(i) => Value::Integer(i),
                None => Value::Real(n.as_f64().ok_or_else(|| bad(col))?),
            },
            Some(serde_json::Value::String(s)) => Value::Text(s.clone()),
            Some(_) => return Err(bad(&format!("{}.{col}", e.table))),
        };
        cols.push(*col);
        vals.push(value);
    }
    Ok((cols, vals))
}

fn children(e: &super::export::Entity, r: &Record) -> Result<Vec<(usize, Vec<String>)>> {
    let mut out = Vec::new();
    for (i, (table, _, _)) in e.children.iter().enumerate() {
        let values = match r.d.get(*table) {
            None => Vec::new(),
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .map(|v| v.as_str().map(str::to_owned).ok_or_else(|| bad(table)))
                .collect::<Result<_>>()?,
            Some(_) => return Err(bad(table)),
        };
        out.push((i, values));
    }
    Ok(out)
}

/// Map a constraint failure inside the merge to a bundle error (the transaction is rolled back).
fn db(e: rusqlite::Error) -> Error {
    match e {
        rusqlite::Error::SqliteFailure(f, msg)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Error::invalid(
                "error-bundle-malformed",
                &[("detail", msg.as_deref().unwrap_or("constraint"))],
            )
        }
        other => Error::Db(other),
    }
}

/// Merge one record into the open transaction; returns (applied, in conflict).
/// A statement through the connection's statement cache: the merge runs the same few statements
/// for every record, and compiling them each time was most of an import's time.
fn exec<P: rusqlite::Params>(
    tx: &rusqlite::Connection,
    sql: &str,
    params: P,
) -> rusqlite::Result<usize> {
    tx.prepare_cached(sql)?.execute(params)
}

/// One row through the statement cache (see [`exec`]).
fn one<T, P: rusqlite::Params>(
    tx: &rusqlite::Connection,
    sql: &str,
    params: P,
    f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    tx.prepare_cached(sql)?.query_row(params, f)
}

fn merge_record(
    tx: &rusqlite::Connection,
    device: &str,
    lead: &str,
    r: &Record,
) -> Result<(bool, bool)> {
    if r.t == "tombstones" {
        let entity =
            r.d.get("entity")
                .and_then(|v| v.as_str())
                .ok_or_else(|| bad("tombstones.entity"))?;
        let e = ENTITIES
            .iter()
            .find(|e| e.table == entity)
            .ok_or_else(|| bad(entity))?;
        if let Some(h) = handover::handed(tx, entity, &r.id)?.filter(|h| h.holder != device) {
            // A device erased what was handed away from it: its version says so, and the lead
            // decides (the erasure is the new holder's to make). Once the lead has settled it,
            // the same erasure sent again is no news.
            if h.former
                .iter()
                .any(|(d, seen)| d == device && r.rev <= *seen)
            {
                return Ok((false, false));
            }
            let body = handover::ERASED;
            let hash = hex::encode(Sha256::digest(body.as_bytes()));
            exec(
                tx,
                "INSERT INTO merge_versions (entity, id, device_id, revision, body_hash, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (entity, id, device_id) DO UPDATE SET revision = excluded.revision,
                    body_hash = excluded.body_hash, body = excluded.body",
                rusqlite::params![entity, r.id, device, r.rev, hash, body],
            )?;
            reopen_conflict(tx, entity, &r.id, &r.upd)?;
            return Ok((false, true));
        }
        let known: Option<(i64, String)> = one(
            tx,
            "SELECT revision, device_id FROM tombstones WHERE entity = ?1 AND id = ?2",
            [entity, &r.id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
        // The same rule as for versions: highest revision, ties by device id.
        if known.is_some_and(|(rev, dev)| (rev, dev.as_str()) >= (r.rev, device)) {
            return Ok((false, false));
        }
        exec(
            tx,
            &format!("DELETE FROM {} WHERE id = ?1", e.table),
            [&r.id],
        )
        .map_err(db)?;
        exec(
            tx,
            "INSERT INTO tombstones (entity, id, device_id, deleted_at, revision)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (entity, id) DO UPDATE SET device_id = excluded.device_id,
                deleted_at = excluded.deleted_at, revision = excluded.revision",
            rusqlite::params![entity, r.id, device, r.upd, r.rev],
        )?;
        return Ok((true, false));
    }
    let e = ENTITIES
        .iter()
        .find(|e| e.table == r.t)
        .ok_or_else(|| bad(&r.t))?;
    let body = serde_json::to_string(&r.d).map_err(|e| Error::Internal(e.to_string()))?;
    let hash = hex::encode(Sha256::digest(body.as_bytes()));

    // Every device's version of the record so far, and whether it was erased: one query.
    let mut stmt = tx.prepare_cached(
        "SELECT device_id, revision, body_hash, 0 FROM merge_versions WHERE entity = ?1 AND id = ?2
         UNION ALL SELECT '', 0, '', 1 FROM tombstones WHERE entity = ?1 AND id = ?2",
    )?;
    let mut versions: Vec<(String, i64, String)> = Vec::new();
    let mut erased = false;
    let mut rows = stmt.query([&r.t, &r.id])?;
    while let Some(row) = rows.next()? {
        if row.get::<_, i64>(3)? == 1 {
            erased = true;
        } else {
            versions.push((row.get(0)?, row.get(1)?, row.get(2)?));
        }
    }
    drop(rows);
    drop(stmt);
    let distinct = |v: &[(String, i64, String)]| {
        let mut h: Vec<&str> = v.iter().map(|x| x.2.as_str()).collect();
        h.sort_unstable();
        h.dedup();
        h.len()
    };
    let before = distinct(&versions);

    // Keep this device's newest version of the record.
    let mine = versions.iter().position(|v| v.0 == device);
    let newer_from_device = match mine {
        None => true,
        Some(i) => {
            let (_, rev, h) = &versions[i];
            r.rev > *rev || (r.rev == *rev && *h < hash)
        }
    };
    if newer_from_device {
        exec(
            tx,
            "INSERT INTO merge_versions (entity, id, device_id, revision, body_hash, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (entity, id, device_id) DO UPDATE SET revision = excluded.revision,
                body_hash = excluded.body_hash, body = excluded.body",
            rusqlite::params![r.t, r.id, device, r.rev, hash, body],
        )?;
        let this = (device.to_string(), r.rev, hash);
        match mine {
            Some(i) => versions[i] = this,
            None => versions.push(this),
        }
    }

    let handed = handover::handed(tx, &r.t, &r.id)?;
    let conflict = match &handed {
        // A record handed to another device: a version its former holder wrote after the
        // hand-over (or after the lead's last resolution) is a conflict until the lead resolves
        // it; the versions of the holder and of the lead follow one another.
        Some(h) => {
            let conflict = h.late_versions(&versions);
            if conflict {
                reopen_conflict(tx, &r.t, &r.id, &r.upd)?;
            }
            conflict
        }
        // Conflict: two devices hold different content for the record. It depends only on the
        // versions held now: a device that later sent the same content as the other ends the
        // conflict, whatever order the bundles came in.
        None => {
            let conflict = distinct(&versions) > 1;
            if conflict {
                exec(
                    tx,
                    "INSERT OR IGNORE INTO merge_conflicts (entity, id, found_at)
                     VALUES (?1, ?2, ?3)",
                    rusqlite::params![r.t, r.id, r.upd],
                )?;
            } else if before > 1 {
                exec(
                    tx,
                    "DELETE FROM merge_conflicts WHERE entity = ?1 AND id = ?2
                     AND resolved_at IS NULL",
                    [&r.t, &r.id],
                )?;
            }
            conflict
        }
    };

    // A tombstone beats every version.
    if erased || !newer_from_device {
        return Ok((false, conflict));
    }
    // Only the holder's and the lead's versions of a handed record make its content.
    let counts = |d: &str| handed.as_ref().is_none_or(|h| d == h.holder || d == lead);
    if !counts(device) {
        return Ok((false, conflict));
    }
    // The winner: highest revision, then device id, then content hash (all orders agree).
    let winner = versions
        .iter()
        .filter(|v| counts(&v.0))
        .max_by(|a, b| (a.1, &a.0, &a.2).cmp(&(b.1, &b.0, &b.2)))
        .map(|v| (v.0.as_str(), v.1));
    if winner != Some((device, r.rev)) {
        return Ok((false, conflict));
    }
    write_row(tx, e, device, r)?;
    Ok((true, conflict))
}

/// Open the conflict of a record, or open it again when the lead had resolved it and a new
/// late version came.
fn reopen_conflict(tx: &rusqlite::Connection, entity: &str, id: &str, found: &str) -> Result<()> {
    exec(
        tx,
        "INSERT INTO merge_conflicts (entity, id, found_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (entity, id) DO UPDATE SET found_at = excluded.found_at,
            resolved_at = NULL, resolution = NULL
         WHERE merge_conflicts.resolved_at IS NOT NULL",
        rusqlite::params![entity, id, found],
    )?;
    Ok(())
}

/// Write `r` as the row of its table, made by `device` (with its children).
pub(crate) fn write_row(
    tx: &rusqlite::Connection,
    e: &super::export::Entity,
    device: &str,
    r: &Record,
) -> Result<()> {
    let (cols, vals) = row_values(e, r)?;
    let mut all_cols = vec!["id", "device_id", "created_at", "updated_at", "revision"];
    all_cols.extend(cols.iter().copied());
    let mut params: Vec<rusqlite::types::Value> = vec![
        r.id.clone().into(),
        device.to_string().into(),
        r.upd.clone().into(),
        r.upd.clone().into(),
        r.rev.into(),
    ];
    params.extend(vals);
    if e.table == "workers" {
        // A profile never carries its role (the office's to give): the enrolled row keeps it.
        let role: String = one(
            tx,
            "SELECT role FROM workers WHERE id = ?1",
            [&r.id],
            |row| row.get(0),
        )
        .map_err(db)?;
        all_cols.push("role");
        params.push(role.into());
    }
    let placeholders: Vec<String> = (1..=all_cols.len()).map(|i| format!("?{i}")).collect();
    let updates: Vec<String> = all_cols
        .iter()
        // Everything but the id comes from the winner, so the row does not depend on the order
        // the versions came in.
        .filter(|c| **c != "id")
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    exec(
        tx,
        &format!(
            "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
            e.table,
            all_cols.join(", "),
            placeholders.join(", "),
            updates.join(", ")
        ),
        rusqlite::params_from_iter(params),
    )
    .map_err(db)?;
    for (i, values) in children(e, r)? {
        let (table, parent, value) = e.children[i];
        exec(
            tx,
            &format!("DELETE FROM {table} WHERE {parent} = ?1"),
            [&r.id],
        )?;
        for v in values {
            exec(
                tx,
                &format!("INSERT OR IGNORE INTO {table} ({parent}, {value}) VALUES (?1, ?2)"),
                [&r.id, &v],
            )
            .map_err(db)?;
        }
    }
    Ok(())
}

/// Everything about a verified bundle that can refuse it, checked before anything is written:
/// its sequence number (replay, gap, range), and every record – its shape, every value as local
/// input would be checked, and that the device owns what it writes. Returns the sequence number
/// that was expected when there is an accepted gap. (The signature, the enrolment and the worker
/// fields were checked before any record was read: [`bundle::open_verified`].)
fn check(
    conn: &rusqlite::Connection,
    m: &Manifest,
    records: &[Record],
    accept_gap: bool,
) -> Result<Option<u64>> {
    // Checked before the bundle was opened too; again here, under the write lock, for a
    // revocation made while the import ran.
    if let Some(at) = super::keys::revoked_at(conn, &m.device_id)? {
        return Err(super::keys::revoked_error(&m.worker_initials, &at));
    }
    let seq = i64::try_from(m.sequence)
        .ok()
        .filter(|s| *s >= 1)
        .ok_or_else(|| {
            Error::invalid(
                "error-bundle-invalid-value",
                &[("field", "manifest.sequence")],
            )
        })?;
    let seen: Option<String> = conn
        .query_row(
            "SELECT content_hash FROM imports WHERE device_id = ?1 AND seq = ?2",
            rusqlite::params![m.device_id, seq],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(h) = seen {
        let code = if h == m.content_hash {
            "error-bundle-already-imported"
        } else {
            "error-bundle-replay"
        };
        return Err(Error::invalid(
            code,
            &[
                ("sequence", &m.sequence.to_string()),
                ("initials", &m.worker_initials),
            ],
        ));
    }
    let last: i64 = conn.query_row(
        "SELECT coalesce(max(seq), 0) FROM imports WHERE device_id = ?1",
        [&m.device_id],
        |r| r.get(0),
    )?;
    let gap_expected = (seq > last.saturating_add(1)).then_some(last.saturating_add(1) as u64);
    if let (Some(expected), false) = (gap_expected, accept_gap) {
        return Err(Error::invalid(
            "error-bundle-gap",
            &[
                ("expected", &expected.to_string()),
                ("found", &m.sequence.to_string()),
                ("initials", &m.worker_initials),
            ],
        ));
    }
    for r in records {
        check_record(conn, m, r)?;
    }
    Ok(gap_expected)
}

fn not_owner(entity: &str) -> Error {
    Error::invalid("error-bundle-not-owner", &[("entity", entity)])
}

/// Whether `device` may write record `id` of `table`: no other device holds it, as a row, as a
/// merged version or as the row's creator.
fn owned(conn: &rusqlite::Connection, table: &str, id: &str, device: &str) -> Result<bool> {
    // A handed record: its holder writes it; a former holder's writes are taken as late versions
    // (a conflict for the lead), and its own records may go on naming it.
    if let Some(h) = handover::handed(conn, table, id)? {
        return Ok(h.holder == device || h.former.iter().any(|(d, _)| d == device));
    }
    let row: Option<String> = one(
        conn,
        &format!("SELECT device_id FROM {table} WHERE id = ?1"),
        [id],
        |r| r.get(0),
    )
    .optional()?;
    if row.is_some_and(|d| d != device) {
        return Ok(false);
    }
    let other: Option<i64> = one(
        conn,
        "SELECT 1 FROM merge_versions WHERE entity = ?1 AND id = ?2 AND device_id <> ?3 LIMIT 1",
        [table, id, device],
        |r| r.get(0),
    )
    .optional()?;
    Ok(other.is_none())
}

/// What a record may hold, needing no store: its entity, fields (the allow-list), children and
/// every value by the local rules. Checked as each record is parsed ([`bundle::open_verified`]).
pub(crate) fn check_shape(r: &Record) -> Result<()> {
    if r.t == "tombstones" {
        super::values::check_head(r)?;
        if r.d.keys().any(|k| k != "entity") {
            return Err(bad("tombstones"));
        }
        tombstone_entity(r)?;
        return Ok(());
    }
    let e = ENTITIES
        .iter()
        .find(|e| e.table == r.t)
        .ok_or_else(|| bad(&r.t))?;
    if e.table == "workers" && r.d.contains_key("role") {
        // Roles are the office's to give: a profile never carries one.
        return Err(not_owner(e.table));
    }
    row_values(e, r)?;
    children(e, r)?;
    super::values::check_record(e, r)
}

fn tombstone_entity(r: &Record) -> Result<&'static super::export::Entity> {
    let entity =
        r.d.get("entity")
            .and_then(|v| v.as_str())
            .ok_or_else(|| bad("tombstones.entity"))?;
    ENTITIES
        .iter()
        .find(|e| e.table == entity)
        .ok_or_else(|| bad(entity))
}

/// The programme's own terms a record may carry: its table, the column, the vocabulary, and the
/// column of the built-in id each refines (none for a marker, which is a flag of its own).
const OWN_TERMS: [(&str, &str, &str, Option<&str>); 7] = [
    ("sites", "kind_ext", "site-kind", Some("kind")),
    ("partners", "kind_ext", "partner-kind", Some("kind")),
    ("activities", "kind_ext", "activity-kind", Some("kind")),
    ("contacts", "kind_ext", "contact-kind", Some("kind")),
    ("contacts", "outcome_ext", "outcome", Some("outcome")),
    ("contacts", "topics_ext", "topic", Some("topics")),
    ("person_markers", "marker", "marker", None),
];

/// Each own term of a record is one the lead defined, refining the built-in id the record keeps
/// beside it (a topic: one whose bit the record's topics have).
fn own_terms_defined(
    conn: &rusqlite::Connection,
    e: &super::export::Entity,
    r: &Record,
) -> Result<()> {
    for (table, column, vocabulary, parent_column) in OWN_TERMS {
        let terms: Vec<&str> = if table == e.table {
            match r.d.get(column).and_then(serde_json::Value::as_str) {
                Some(t) => t.split(',').collect(),
                None => continue,
            }
        } else if e.children.iter().any(|(child, ..)| *child == table) {
            // Markers: those not built in.
            r.d.get(table)
                .and_then(serde_json::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(serde_json::Value::as_str)
                .filter(|m| crate::vocab::Marker::parse(m).is_err())
                .collect()
        } else {
            continue;
        };
        let field = || format!("{table}.{column}");
        for term in terms {
            let parent: Option<Option<String>> = one(
                conn,
                "SELECT parent FROM vocab_extensions WHERE kind = ?1 AND id = ?2",
                [vocabulary, term],
                |row| row.get(0),
            )
            .optional()?;
            let Some(parent) = parent else {
                return Err(Error::invalid(
                    "error-bundle-invalid-value",
                    &[("field", &field())],
                ));
            };
            let refines = match (parent_column, parent.as_deref()) {
                (None, None) => true,
                (Some("topics"), Some(p)) => {
                    let mask = r.d.get("topics").and_then(serde_json::Value::as_i64);
                    crate::vocab::Topic::parse(p)
                        .is_ok_and(|t| mask.is_some_and(|m| m & t.bit() != 0))
                }
                (Some(c), Some(p)) => r.d.get(c).and_then(serde_json::Value::as_str) == Some(p),
                _ => false,
            };
            if !refines {
                return Err(Error::invalid(
                    "error-bundle-invalid-value",
                    &[("field", &field())],
                ));
            }
        }
    }
    Ok(())
}

/// A record's shape and values, as [`merge_record`] will read them, and the device's right to
/// write it: only records it created (no other device's, no lead's), its own worker's profile
/// with the role it was enrolled with, and records that name its own worker.
fn check_record(conn: &rusqlite::Connection, m: &Manifest, r: &Record) -> Result<()> {
    check_shape(r)?;
    if r.t == "tombstones" {
        let e = tombstone_entity(r)?;
        if e.table == "workers" || !owned(conn, e.table, &r.id, &m.device_id)? {
            return Err(not_owner(e.table));
        }
        return Ok(());
    }
    let e = ENTITIES
        .iter()
        .find(|e| e.table == r.t)
        .ok_or_else(|| bad(&r.t))?;
    if e.table == "workers" {
        // Its own worker's profile only (the row its enrolment made), and never a role: roles
        // are the office's to give.
        let enrolled: Option<i64> = one(
            conn,
            "SELECT 1 FROM workers WHERE id = ?1 AND device_id = ?2",
            [&r.id, &m.device_id],
            |row| row.get(0),
        )
        .optional()?;
        if r.id != m.worker_id || enrolled.is_none() {
            return Err(not_owner(e.table));
        }
    }
    if !owned(conn, e.table, &r.id, &m.device_id)? {
        return Err(not_owner(e.table));
    }
    own_terms_defined(conn, e, r)?;
    if let Some(worker) = r.d.get("worker_id") {
        if worker.as_str() != Some(m.worker_id.as_str()) {
            return Err(not_owner(e.table));
        }
    }
    // Sites, partners and services are the team's to share; persons are a worker's own. A
    // record may name only persons (and a referral only a contact) of its own device.
    for (table, id) in worker_links(e, r)? {
        if !owned(conn, table, &id, &m.device_id)? {
            return Err(not_owner(table));
        }
    }
    Ok(())
}

/// The records of a worker's own that `r` names: persons (a consent's, a referral's, a
/// contact's and an activity's attendance) and a referral's contact.
fn worker_links(e: &super::export::Entity, r: &Record) -> Result<Vec<(&'static str, String)>> {
    let mut out = Vec::new();
    for (field, table) in [("person_id", "persons"), ("contact_id", "contacts")] {
        if let Some(id) = r.d.get(field).and_then(serde_json::Value::as_str) {
            out.push((table, id.to_owned()));
        }
    }
    for (i, values) in children(e, r)? {
        if e.children[i].2 == "person_id" {
            out.extend(values.into_iter().map(|id| ("persons", id)));
        }
    }
    Ok(out)
}

/// Merge a checked bundle into `conn` (a transaction the caller commits or drops). What fails
/// here is a constraint of the store (say, a record naming a site from a missing bundle) or the
/// database itself; earlier writes of the bundle are then only undone with the transaction.
fn apply(
    conn: &rusqlite::Connection,
    opened: &bundle::Verified,
    gap_expected: Option<u64>,
    actor: &crate::store::Actor,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ImportReport> {
    let m = &opened.manifest;
    let (mut applied, mut conflicts) = (0u64, 0u64);
    for r in &opened.records {
        let (a, c) = merge_record(conn, &m.device_id, &actor.device.to_string(), r)?;
        applied += u64::from(a);
        conflicts += u64::from(c);
    }
    conn.execute(
        "INSERT INTO imports (device_id, seq, imported_at, file_hash, content_hash, record_count,
            applied, conflicts, accepted_gap)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        rusqlite::params![
            m.device_id,
            m.sequence as i64,
            timestamp(now),
            opened.file_hash,
            m.content_hash,
            m.record_count as i64,
            applied as i64,
            conflicts as i64,
            gap_expected.is_some()
        ],
    )?;
    audit::append(
        conn,
        actor,
        now,
        audit::Action::Import,
        "bundle",
        &format!("{}:{}", m.device_id, m.sequence),
    )?;
    Ok(ImportReport {
        device_id: m.device_id.clone(),
        worker_initials: m.worker_initials.clone(),
        sequence: m.sequence,
        records: m.record_count,
        applied,
        conflicts,
        gap_expected,
    })
}

/// Where a batch import stands, after each file.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct Progress {
    /// Files handled so far (imported or refused).
    pub done: usize,
    pub total: usize,
    /// Records merged so far.
    pub records: u64,
}

/// What became of one file of a batch.
#[derive(Debug)]
pub struct FileOutcome {
    pub file: PathBuf,
    /// The imported bundle, or why the file was refused (nothing of it was merged).
    pub result: Result<ImportReport>,
}

/// The end of a batch import.
#[derive(Debug)]
pub enum BatchOutcome {
    /// Every file imported or refused, in the order they were merged.
    Done(Vec<FileOutcome>),
    /// Stopped by the caller: the files it lists were imported or refused whole before the
    /// stop; the file in hand was rolled back and the rest were not touched (importing the same
    /// files again merges them and skips what is in).
    Cancelled(Vec<FileOutcome>),
}

/// The bundle files of a folder (`*.age`, not hidden), by name; or the file itself.
pub fn bundle_files(path: &Path) -> Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path)? {
        let p = entry?.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_file() && name.ends_with(".age") && !name.starts_with('.') {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

/// The bundle files a user named: files as they are, folders by their `*.age` files; none at
/// all is an error.
pub fn bundle_files_of(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        files.extend(bundle_files(p)?);
    }
    if files.is_empty() {
        return Err(Error::invalid("error-import-no-bundles", &[]));
    }
    Ok(files)
}

/// Whether a statement was stopped from another thread ([`Store::interrupt_handle`]).
fn interrupted(e: &Error) -> bool {
    matches!(e, Error::Db(db) if db.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted))
}

impl Store {
    /// Import one bundle (lead only). `accept_gap`: the user has seen that bundles of this device
    /// are missing before this one and imports it anyway. Refused as a whole, with the store
    /// untouched, when anything is wrong.
    pub fn import_bundle(
        &mut self,
        cipher: &[u8],
        identity: &age::x25519::Identity,
        accept_gap: bool,
    ) -> Result<ImportReport> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let opened = bundle::open_verified(
            &mut || Ok((cipher, cipher.len() as u64)),
            identity,
            &Limits::default(),
            &|m| EnrolledDevice::signer_for(self.enrolled_device(&m.device_id)?.as_ref(), m),
            &check_shape,
        )?;
        let now = self.clock().now();
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let gap = check(&tx, &opened.manifest, &opened.records, accept_gap)?;
        let report = apply(&tx, &opened, gap, &actor, now)?;
        tx.commit()?;
        Ok(report)
    }

    /// Import many bundle files (lead only), each file whole in a transaction of its own: the
    /// write lock is held for one file's merge at a time, so that a contact logged on the
    /// session's connection meanwhile waits for one file at most, never for the batch.
    ///
    /// The files are merged per device in sequence order, whatever order they were given in (so
    /// a folder's files never make a false gap). A refused file (damaged, foreign, a replay, a
    /// gap not accepted, …) leaves nothing behind and does not stop the others. `progress` is
    /// called after each file; when it returns `false` the import stops there
    /// ([`BatchOutcome::Cancelled`]). A statement interrupted from another thread
    /// ([`Store::interrupt_handle`]) rolls its file back and stops the import the same way.
    pub fn import_files(
        &mut self,
        files: &[PathBuf],
        identity: &age::x25519::Identity,
        accept_gap: bool,
        progress: &mut dyn FnMut(&Progress) -> bool,
    ) -> Result<BatchOutcome> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let limits = Limits::default();
        let total = files.len();
        let mut outcomes = Vec::with_capacity(total);
        // First pass: only the manifests, to put the files in order.
        let mut order: Vec<(String, u64, PathBuf)> = Vec::with_capacity(total);
        for f in files {
            match bundle::open_file(f, &limits).and_then(|(file, len)| {
                bundle::peek(std::io::BufReader::new(file), len, identity, &limits)
            }) {
                Ok(m) => order.push((m.device_id, m.sequence, f.clone())),
                Err(e) => outcomes.push(FileOutcome {
                    file: f.clone(),
                    result: Err(e),
                }),
            }
        }
        order.sort();
        let mut state = Progress {
            done: outcomes.len(),
            total,
            records: 0,
        };
        if !outcomes.is_empty() && !progress(&state) {
            return Ok(BatchOutcome::Cancelled(outcomes));
        }
        let actor = self.actor().clone();
        let devices: std::collections::HashMap<String, Option<EnrolledDevice>> = order
            .iter()
            .map(|(d, _, _)| Ok((d.clone(), self.enrolled_device(d)?)))
            .collect::<Result<_>>()?;
        for (device, _, file) in &order {
            // Read, decrypted and verified before the write lock is taken.
            let opened = bundle::open_verified(
                &mut || {
                    bundle::open_file(file, &limits)
                        .map(|(f, len)| (std::io::BufReader::new(f), len))
                },
                identity,
                &limits,
                // A file changed since the first pass names another device: unknown.
                &|m| {
                    let enrolled = (m.device_id == *device)
                        .then(|| devices.get(device).and_then(Option::as_ref))
                        .flatten();
                    EnrolledDevice::signer_for(enrolled, m)
                },
                &check_shape,
            );
            let result = opened.and_then(|opened| {
                let now = self.clock().now();
                let tx = self.conn_mut().transaction()?;
                let gap = check(&tx, &opened.manifest, &opened.records, accept_gap)?;
                let report = apply(&tx, &opened, gap, &actor, now)?;
                tx.commit()?;
                Ok(report)
            });
            if result.as_ref().is_err_and(interrupted) {
                return Ok(BatchOutcome::Cancelled(outcomes));
            }
            if let Ok(r) = &result {
                state.records += r.records;
            }
            outcomes.push(FileOutcome {
                file: file.clone(),
                result,
            });
            state.done += 1;
            if !progress(&state) {
                return Ok(BatchOutcome::Cancelled(outcomes));
            }
        }
        Ok(BatchOutcome::Done(outcomes))
    }

    /// Records that two devices sent with different content, with every version.
    pub fn merge_conflicts(&self) -> Result<Vec<Conflict>> {
        let mut stmt = self.conn().prepare(
            "SELECT entity, id, found_at FROM merge_conflicts WHERE resolved_at IS NULL
             ORDER BY entity, id",
        )?;
        let heads: Vec<(String, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut versions = self.conn().prepare(
            "SELECT v.device_id, v.revision, v.body, w.initials FROM merge_versions v
             LEFT JOIN devices d ON d.id = v.device_id
             LEFT JOIN workers w ON w.id = coalesce(d.worker_id,
                (SELECT id FROM workers WHERE device_id = v.device_id LIMIT 1))
             WHERE v.entity = ?1 AND v.id = ?2
             ORDER BY v.revision DESC, v.device_id DESC",
        )?;
        let lead = self.actor().device.to_string();
        let mut out = Vec::with_capacity(heads.len());
        for (entity, id, found_at) in heads {
            let mut v: Vec<ConflictVersion> = versions
                .query_map([&entity, &id], |r| {
                    Ok(ConflictVersion {
                        device_id: r.get(0)?,
                        revision: r.get(1)?,
                        fields: r.get(2)?,
                        initials: r.get(3)?,
                        current: false,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            // The content now: the newest version that counts (of a handed record, its
            // holder's or the lead's; the order above breaks ties as the merge does).
            let handed = handover::handed(self.conn(), &entity, &id)?;
            if let Some(c) = v.iter_mut().find(|x| {
                x.fields != handover::ERASED
                    && handed
                        .as_ref()
                        .is_none_or(|h| x.device_id == h.holder || x.device_id == lead)
            }) {
                c.current = true;
            }
            out.push(Conflict {
                entity,
                id,
                found_at,
                versions: v,
            });
        }
        Ok(out)
    }
}
