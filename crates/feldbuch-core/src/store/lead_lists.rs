//! What the lists the lead keeps (the districts, the programmes) have in common: rows of a name
//! and an archive date, read by name and added one at a time, audited.

use super::{audit, timestamp, Store};
use crate::error::Result;

/// The rows of `table` (id, name, archived), by name; archived ones only with `all`.
pub(crate) fn rows<I: rusqlite::types::FromSql>(
    store: &Store,
    table: &str,
    all: bool,
) -> Result<Vec<(I, String, bool)>> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "SELECT id, name, archived_on IS NOT NULL FROM {table}
         WHERE ?1 OR archived_on IS NULL ORDER BY name COLLATE NOCASE, id"
    ))?;
    let rows = stmt.query_map([all], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Write a new row of `table` made on this device, and audit it as `entity`.
pub(crate) fn insert<I: rusqlite::ToSql + std::fmt::Display>(
    store: &mut Store,
    table: &str,
    entity: &str,
    id: &I,
    name: &str,
) -> Result<()> {
    let now = store.clock().now();
    let ts = timestamp(now);
    let actor = store.actor().clone();
    let tx = store.conn_mut().transaction()?;
    tx.execute(
        &format!(
            "INSERT INTO {table} (id, device_id, created_at, updated_at, name)
             VALUES (?1, ?2, ?3, ?3, ?4)"
        ),
        rusqlite::params![id, actor.device, ts, name],
    )?;
    audit::append(
        &tx,
        &actor,
        now,
        audit::Action::Create,
        entity,
        &id.to_string(),
    )?;
    tx.commit()?;
    Ok(())
}
