//! The access log: append-only (triggers refuse UPDATE/DELETE) and hash-chained, so an edit,
//! insertion or removal inside the chain is detected by [`verify_chain`]. Entries hold ids and
//! actions only, never content.

use super::{timestamp, Actor};
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Init,
    Create,
    Update,
    Delete,
    View,
    Unlock,
    Recover,
    Search,
    Export,
    Erase,
    Import,
    Backup,
    Restore,
    Revoke,
    Archive,
    Unarchive,
    HandOver,
}

impl Action {
    /// Every action, for the check that each has a label in every language.
    pub const ALL: [Action; 17] = [
        Action::Init,
        Action::Create,
        Action::Update,
        Action::Delete,
        Action::View,
        Action::Unlock,
        Action::Recover,
        Action::Search,
        Action::Export,
        Action::Erase,
        Action::Import,
        Action::Backup,
        Action::Restore,
        Action::Revoke,
        Action::Archive,
        Action::Unarchive,
        Action::HandOver,
    ];

    /// The position of an action in [`Action::ALL`]; the match is exhaustive, so a new action
    /// does not compile until it has a place there (checked by a unit test).
    #[cfg(test)]
    const fn position(self) -> usize {
        match self {
            Action::Init => 0,
            Action::Create => 1,
            Action::Update => 2,
            Action::Delete => 3,
            Action::View => 4,
            Action::Unlock => 5,
            Action::Recover => 6,
            Action::Search => 7,
            Action::Export => 8,
            Action::Erase => 9,
            Action::Import => 10,
            Action::Backup => 11,
            Action::Restore => 12,
            Action::Revoke => 13,
            Action::Archive => 14,
            Action::Unarchive => 15,
            Action::HandOver => 16,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Action::Init => "init",
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::View => "view",
            Action::Unlock => "unlock",
            Action::Recover => "recover",
            Action::Search => "search",
            Action::Export => "export",
            Action::Erase => "erase",
            Action::Import => "import",
            Action::Backup => "backup",
            Action::Restore => "restore",
            Action::Revoke => "revoke",
            Action::Archive => "archive",
            Action::Unarchive => "unarchive",
            Action::HandOver => "hand-over",
        }
    }
}

const GENESIS: [u8; 32] = [0u8; 32];

#[allow(clippy::too_many_arguments)]
fn entry_hash(
    prev: &[u8],
    seq: i64,
    at: &str,
    device: &str,
    actor: &str,
    action: &str,
    entity: &str,
    entity_id: &str,
) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"feldbuch/audit/v1");
    h.update(prev);
    h.update(seq.to_be_bytes());
    // Length-prefix every field so no two different entries hash the same bytes.
    for field in [at, device, actor, action, entity, entity_id] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    h.finalize().into()
}

/// Every kind of thing an entry can name (`audit-entity-<kind>` labels it in each language).
pub const ENTITIES: &[&str] = &[
    "store",
    "worker",
    "device",
    "setting",
    "site",
    "visit-slot",
    "district",
    "programme",
    "vocabulary",
    "partner",
    "service",
    "person",
    "consent",
    "contact",
    "referral",
    "activity",
    "followup",
    "note",
    "retention",
    "bundle",
    "office-bundle",
    "report",
    "backup",
];

/// Append one entry. Call inside the transaction that makes the change or the read it records.
pub fn append(
    conn: &Connection,
    actor: &Actor,
    now: chrono::DateTime<chrono::Utc>,
    action: Action,
    entity: &str,
    entity_id: &str,
) -> Result<()> {
    debug_assert!(
        ENTITIES.contains(&entity),
        "audit entity {entity} not listed"
    );
    // Both statements run once per change (every logged contact): cached, not parsed each time.
    let last: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, GENESIS.to_vec()),
    };
    let at = timestamp(now);
    let device = actor.device.to_string();
    let who = actor.worker.to_string();
    let hash = entry_hash(
        &prev,
        seq,
        &at,
        &device,
        &who,
        action.id(),
        entity,
        entity_id,
    );
    conn.prepare_cached(
        "INSERT INTO audit_log (seq, at, device_id, actor, action, entity, entity_id, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(rusqlite::params![
        seq,
        at,
        device,
        who,
        action.id(),
        entity,
        entity_id,
        prev,
        hash.to_vec()
    ])?;
    Ok(())
}

/// Outcome of walking the chain.
#[derive(Debug, Clone)]
pub struct ChainCheck {
    pub entries: u64,
    /// The first sequence number whose entry does not match the chain.
    pub broken_at: Option<i64>,
}

/// Recompute every hash from the genesis value and compare.
pub fn verify_chain(conn: &Connection) -> Result<ChainCheck> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, device_id, actor, action, entity, entity_id, prev_hash, hash
         FROM audit_log ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_vec();
    let mut expected_seq = 1i64;
    let mut entries = 0u64;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let stored_prev: Vec<u8> = r.get(7)?;
        let stored_hash: Vec<u8> = r.get(8)?;
        let recomputed = entry_hash(
            &prev,
            seq,
            &r.get::<_, String>(1)?,
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(3)?,
            &r.get::<_, String>(4)?,
            &r.get::<_, String>(5)?,
            &r.get::<_, String>(6)?,
        );
        if seq != expected_seq || stored_prev != prev || stored_hash != recomputed {
            return Ok(ChainCheck {
                entries,
                broken_at: Some(seq),
            });
        }
        prev = stored_hash;
        expected_seq += 1;
        entries += 1;
    }
    Ok(ChainCheck {
        entries,
        broken_at: None,
    })
}

/// One audit entry as shown to the user.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    /// Worker id of who acted.
    pub actor: String,
    /// Their initials, when the worker is known on this device.
    pub actor_initials: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
}

const SELECT: &str = "SELECT a.seq, a.at, a.actor, w.initials, a.action, a.entity, a.entity_id
     FROM audit_log a LEFT JOIN workers w ON w.id = a.actor";

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        seq: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        actor_initials: r.get(3)?,
        action: r.get(4)?,
        entity: r.get(5)?,
        entity_id: r.get(6)?,
    })
}

/// The newest `limit` entries, newest first.
pub fn recent(conn: &Connection, limit: u32) -> Result<Vec<AuditEntry>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY a.seq DESC LIMIT ?1"))?;
    let rows = stmt.query_map([limit], entry)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every entry about one of the record ids in `ids_json` (a JSON array), oldest first.
pub fn about(conn: &Connection, ids_json: &str) -> Result<Vec<AuditEntry>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE a.entity_id IN (SELECT value FROM json_each(?1)) ORDER BY a.seq"
    ))?;
    let rows = stmt.query_map([ids_json], entry)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A filter for the audit view; every given field must match.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub action: Option<String>,
    /// Only entries before this sequence number (for paging back).
    pub before: Option<i64>,
    pub limit: Option<u32>,
}

/// Most entries one page of the audit view holds.
pub const MAX_AUDIT_PAGE: u32 = 500;

/// Entries matching a filter, newest first.
pub fn query(conn: &Connection, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
    let limit = f.limit.unwrap_or(100).clamp(1, MAX_AUDIT_PAGE);
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE (?1 IS NULL OR a.entity = ?1) AND (?2 IS NULL OR a.entity_id = ?2)
           AND (?3 IS NULL OR a.action = ?3) AND (?4 IS NULL OR a.seq < ?4)
         ORDER BY a.seq DESC LIMIT ?5"
    ))?;
    let rows = stmt.query_map(
        rusqlite::params![f.entity, f.entity_id, f.action, f.before, limit],
        entry,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Record a search: what was searched (`person`, `note`) and how many records it listed, never
/// the query (it may name someone).
pub(crate) fn record_search(store: &mut super::Store, entity: &str, hits: usize) -> Result<()> {
    let now = store.clock().now();
    let actor = store.actor().clone();
    // In a transaction, like every append: reading the chain's head and writing the next entry
    // must not interleave with another writer (the CLI and the app may share a store).
    let tx = store.conn_mut().transaction()?;
    append(&tx, &actor, now, Action::Search, entity, &hits.to_string())?;
    tx.commit()?;
    Ok(())
}

impl super::Store {
    /// The audit view: who read or changed what, newest first. Not for volunteers.
    pub fn audit_entries(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
        self.deny_volunteer()?;
        for v in [&f.entity, &f.entity_id, &f.action].into_iter().flatten() {
            crate::validate::required_line(crate::validate::field::QUERY, v, 64)?;
        }
        query(self.conn(), f)
    }
}

/// Write one line of the deletion log: what was deleted (a category and a count, never content),
/// why and by whom.
pub(crate) fn log_deletion(
    conn: &Connection,
    actor: &Actor,
    ts: &str,
    reason: &str,
    category: &str,
    count: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO deletion_log (at, actor, reason, category, count) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![ts, actor.worker, reason, category, count],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn all_holds_every_action_once_in_its_place() {
        for (i, a) in Action::ALL.iter().enumerate() {
            assert_eq!(a.position(), i, "{}", a.id());
        }
    }
}
