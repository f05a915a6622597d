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

use super::bundle::{self, Limits, Record};
use super::export::ENTITIES;
use crate::error::{Error, Result};
use crate::store::{audit, timestamp, Store};
use rusqlite::OptionalExtension;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// What an import did.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
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
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Conflict {
    pub entity: String,
    pub id: String,
    pub found_at: String,
    /// (device id, revision, fields as JSON)
    pub versions: Vec<(String, i64, String)>,
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
    tx: &rusqlite::Transaction<'_>,
    sql: &str,
    params: P,
) -> rusqlite::Result<usize> {
    tx.prepare_cached(sql)?.execute(params)
}

/// One row through the statement cache (see [`exec`]).
fn one<T, P: rusqlite::Params>(
    tx: &rusqlite::Transaction<'_>,
    sql: &str,
    params: P,
    f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    tx.prepare_cached(sql)?.query_row(params, f)
}

fn merge_record(tx: &rusqlite::Transaction<'_>, device: &str, r: &Record) -> Result<(bool, bool)> {
    if r.t == "tombstones" {
        let entity =
            r.d.get("entity")
                .and_then(|v| v.as_str())
                .ok_or_else(|| bad("tombstones.entity"))?;
        let e = ENTITIES
            .iter()
            .find(|e| e.table == entity)
            .ok_or_else(|| bad(entity))?;
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

    // Keep this device's newest version of the record.
    let mine: Option<(i64, String)> = one(
        tx,
        "SELECT revision, body_hash FROM merge_versions
         WHERE entity = ?1 AND id = ?2 AND device_id = ?3",
        [&r.t, &r.id, device],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .optional()?;
    let newer_from_device = match &mine {
        None => true,
        Some((rev, h)) => r.rev > *rev || (r.rev == *rev && *h < hash),
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
    }

    // Conflict: two devices hold different content for the record.
    let hashes: i64 = one(
        tx,
        "SELECT count(DISTINCT body_hash) FROM merge_versions WHERE entity = ?1 AND id = ?2",
        [&r.t, &r.id],
        |row| row.get(0),
    )?;
    // It depends only on the versions held now: a device that later sent the same content as
    // the other ends the conflict, whatever order the bundles came in.
    let conflict = hashes > 1;
    if conflict {
        exec(
            tx,
            "INSERT OR IGNORE INTO merge_conflicts (entity, id, found_at) VALUES (?1, ?2, ?3)",
            rusqlite::params![r.t, r.id, r.upd],
        )?;
    } else {
        exec(
            tx,
            "DELETE FROM merge_conflicts WHERE entity = ?1 AND id = ?2 AND resolved_at IS NULL",
            [&r.t, &r.id],
        )?;
    }

    // A tombstone beats every version.
    let erased: bool = one(
        tx,
        "SELECT 1 FROM tombstones WHERE entity = ?1 AND id = ?2",
        [&r.t, &r.id],
        |_| Ok(true),
    )
    .optional()?
    .unwrap_or(false);
    if erased || !newer_from_device {
        return Ok((false, conflict));
    }
    // The winner: highest revision, then device id, then content hash (all orders agree).
    let (win_device, win_rev): (String, i64) = one(
        tx,
        "SELECT device_id, revision FROM merge_versions WHERE entity = ?1 AND id = ?2
         ORDER BY revision DESC, device_id DESC, body_hash DESC LIMIT 1",
        [&r.t, &r.id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    if win_device != device || win_rev != r.rev {
        return Ok((false, conflict));
    }

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
    Ok((true, conflict))
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
        let opened = bundle::open(cipher, identity, &Limits::default())?;
        let m = &opened.manifest;
        let key = self.device_key(&m.device_id)?.ok_or_else(|| {
            Error::invalid(
                "error-bundle-unknown-device",
                &[("initials", &m.worker_initials)],
            )
        })?;
        opened.verify(&key)?;
        let file_hash = hex::encode(Sha256::digest(cipher));
        let now = self.clock().now();
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let seq = m.sequence as i64;
        let seen: Option<String> = tx
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
        let last: i64 = tx.query_row(
            "SELECT coalesce(max(seq), 0) FROM imports WHERE device_id = ?1",
            [&m.device_id],
            |r| r.get(0),
        )?;
        let gap_expected = (seq > last + 1).then_some((last + 1) as u64);
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
        let (mut applied, mut conflicts) = (0u64, 0u64);
        for r in &opened.records {
            let (a, c) = merge_record(&tx, &m.device_id, r)?;
            applied += u64::from(a);
            conflicts += u64::from(c);
        }
        tx.execute(
            "INSERT INTO imports (device_id, seq, imported_at, file_hash, content_hash, record_count,
                applied, conflicts, accepted_gap)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            rusqlite::params![
                m.device_id,
                seq,
                timestamp(now),
                file_hash,
                m.content_hash,
                m.record_count as i64,
                applied as i64,
                conflicts as i64,
                gap_expected.is_some()
            ],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Import,
            "bundle",
            &format!("{}:{}", m.device_id, m.sequence),
        )?;
        tx.commit()?;
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
            "SELECT device_id, revision, body FROM merge_versions WHERE entity = ?1 AND id = ?2
             ORDER BY revision DESC, device_id DESC",
        )?;
        let mut out = Vec::with_capacity(heads.len());
        for (entity, id, found_at) in heads {
            let v = versions
                .query_map([&entity, &id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
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
