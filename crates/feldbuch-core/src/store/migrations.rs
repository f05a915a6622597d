//! Forward-only, versioned schema migrations, embedded in the binary. One SQL file per change;
//! a file is never edited after it has landed. `user_version` records the schema version.

use crate::error::Result;
use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_workflow.sql"),
    include_str!("../../migrations/0003_exchange.sql"),
    include_str!("../../migrations/0004_report_counts.sql"),
    include_str!("../../migrations/0005_month_counts.sql"),
    include_str!("../../migrations/0006_revocation.sql"),
    include_str!("../../migrations/0007_field_names.sql"),
    include_str!("../../migrations/0008_corrections.sql"),
    include_str!("../../migrations/0009_anonymous_groups.sql"),
    include_str!("../../migrations/0010_office.sql"),
    include_str!("../../migrations/0011_districts.sql"),
    include_str!("../../migrations/0012_programmes.sql"),
    include_str!("../../migrations/0013_site_merges.sql"),
    include_str!("../../migrations/0014_handovers.sql"),
    include_str!("../../migrations/0015_team_links.sql"),
    include_str!("../../migrations/0016_partner_merges.sql"),
    include_str!("../../migrations/0017_vocab_extensions.sql"),
    include_str!("../../migrations/0018_site_kind_extensions.sql"),
    include_str!("../../migrations/0019_kind_extensions.sql"),
    include_str!("../../migrations/0020_contact_extensions.sql"),
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::error::Error;
    use crate::secret::StoreKey;
    use std::path::Path;

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
            crate::store::backup::before_migration(&conn, tmp.path(), &key, 1, chrono::Utc::now())
                .unwrap();

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
