//! Forward-only, versioned schema migrations, embedded in the binary. One SQL file per change;
//! a file is never edited after it has landed. `user_version` records the schema version.

use crate::error::{Error, Result};
use crate::secret::StoreKey;
use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};
use std::path::Path;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_workflow.sql"),
    include_str!("../../migrations/0003_exchange.sql"),
    include_str!("../../migrations/0004_report_counts.sql"),
    include_str!("../../migrations/0005_month_counts.sql"),
    include_str!("../../migrations/0006_revocation.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The schema version of an open store.
pub fn current_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Bring the schema up to date, atomically.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrations().to_latest(conn)?;
    Ok(())
}

/// Before a migration: an encrypted copy of the store (same key) in `backups/`, rotated with
/// the earlier ones (see [`super::backup`]).
pub fn backup_before_migration(
    conn: &Connection,
    dir: &Path,
    key: &StoreKey,
    from_version: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<std::path::PathBuf> {
    let b = super::backup::make(
        conn,
        dir,
        key,
        super::backup::BackupKind::PreMigration,
        Some(&format!("v{from_version}")),
        now,
        (&crate::cancel::Cancel::new(), &crate::cancel::Meter::new()),
    )?;
    Ok(dir.join(super::backup::BACKUP_DIR).join(b.file_name))
}

/// Write an encrypted copy of the open store to `target` with `key`.
pub fn export_encrypted(conn: &Connection, target: &Path, key: &StoreKey) -> Result<()> {
    let target_str = target
        .to_str()
        .ok_or_else(|| Error::Internal("non-UTF-8 backup path".into()))?;
    // The store's connection is opened without SQLITE_OPEN_CREATE, and ATTACH inherits that:
    // create the (empty, owner-only) file first; SQLite takes an empty file as a new database.
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(target)?;
    let literal = key.sqlcipher_literal();
    let attach = zeroize::Zeroizing::new(format!(
        "ATTACH DATABASE ?1 AS feldbuch_backup KEY {}",
        literal.as_str()
    ));
    let attached = conn.execute(&attach, [target_str]);
    drop(literal);
    if let Err(e) = attached {
        let _ = std::fs::remove_file(target);
        return Err(e.into());
    }
    let result = conn
        .query_row("SELECT sqlcipher_export('feldbuch_backup')", [], |_| Ok(()))
        .and_then(|()| {
            let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            conn.execute_batch(&format!("PRAGMA feldbuch_backup.user_version = {v};"))
        });
    let detach = conn.execute_batch("DETACH DATABASE feldbuch_backup");
    if result.is_err() || detach.is_err() {
        let _ = std::fs::remove_file(target);
    }
    result?;
    detach?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn encrypted_backup_opens_with_the_same_key_only_and_holds_no_plaintext() {
        use crate::clock::SystemClock;
        use crate::store::{open_keyed, Store};
        let tmp = tempfile::tempdir().unwrap();
        let key = StoreKey::generate();
        let conn = Store::create(
            &tmp.path().join("feldbuch.db"),
            &key,
            std::sync::Arc::new(SystemClock),
        )
        .unwrap();
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('probe', 'Geheimnis-Probe-42')",
            [],
        )
        .unwrap();
        let target =
            backup_before_migration(&conn, tmp.path(), &key, 1, chrono::Utc::now()).unwrap();

        let bytes = std::fs::read(&target).unwrap();
        assert!(!bytes.windows(18).any(|w| w == b"Geheimnis-Probe-42"));
        let copy = open_keyed(&target, &key, false).unwrap();
        let probe: String = copy
            .query_row("SELECT value FROM meta WHERE key = 'probe'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(probe, "Geheimnis-Probe-42");
        assert_eq!(current_version(&copy).unwrap(), latest_version());
        assert!(matches!(
            open_keyed(&target, &StoreKey::generate(), false),
            Err(Error::StoreUnreadable)
        ));
    }

    #[test]
    fn every_migration_file_is_listed() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let files = std::fs::read_dir(dir).unwrap().count();
        assert_eq!(files, MIGRATIONS.len(), "a migration file is not embedded");
    }
}
