//! The encrypted store: one SQLCipher database per data directory, keyed with a raw 256-bit key,
//! WAL with synchronous=FULL. Queries live beside the records they serve (`contacts.rs`, …).

pub mod activities;
pub mod audit;
pub mod backup;
pub mod contacts;
pub mod districts;
pub mod drafts;
pub mod followups;
pub mod journal;
mod lead_lists;
pub mod links;
pub mod migrations;
pub mod partners;
pub mod persons;
pub mod profile;
pub mod programmes;
pub mod referrals;
pub mod retention;
pub mod rights;
pub mod search;
pub mod sites;
pub mod vocab_ext;

use crate::clock::SharedClock;
use crate::error::{Error, Result};
use crate::ids::{DeviceId, StoreId, WorkerId};
use crate::secret::StoreKey;
use crate::vocab::Role;
/// Stops the statement a connection runs, from another thread ([`Store::interrupt_handle`]).
pub use rusqlite::InterruptHandle;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// File name of the database inside the data directory.
/// SQL: whether the person `p` has a documentation consent in force (and so may be named in a
/// record).
pub(crate) const DOCUMENTED: &str = "EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id
                               AND c.scope = 'documentation' AND c.withdrawn_on IS NULL)";

pub const DB_FILE: &str = "feldbuch.db";

/// Who acts on this store: fixed when it is opened.
#[derive(Clone)]
pub struct Actor {
    pub device: DeviceId,
    pub worker: WorkerId,
    pub role: Role,
}

/// An open, unlocked store. Dropping it closes the database and wipes its key (kept while open
/// for backups; SQLCipher holds it in memory then anyway).
pub struct Store {
    conn: Connection,
    actor: Actor,
    clock: SharedClock,
    path: PathBuf,
    /// `None` only for the benchmark's plain stores.
    key: Option<StoreKey>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("device", &self.actor.device)
            .finish_non_exhaustive()
    }
}

/// Apply the key and the durability/privacy settings to a fresh connection.
fn open_keyed(path: &Path, key: &StoreKey, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let mut conn = Connection::open_with_flags(path, flags)?;
    // The key comes before any other statement; a raw key skips SQLCipher's per-open KDF.
    let literal = key.sqlcipher_literal();
    conn.execute_batch(&Zeroizing::new(format!(
        "PRAGMA key = {};",
        literal.as_str()
    )))?;
    drop(literal);
    // SQLCipher's own log goes to stderr in English; our errors say it localized instead.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    // Reading the schema proves the key; a wrong key or a damaged file fails here. So does a
    // folder that cannot be written (WAL needs its -shm file): that is said as what it is.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| {
        let folder = path.parent().unwrap_or_else(|| Path::new("."));
        match crate::fsutil::probe_writable(folder) {
            Err(io) if crate::error::io_storage(io.kind()).is_some() => Error::Io(io),
            _ => Error::StoreUnreadable,
        }
    })?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Internal(format!("journal_mode is {mode}")));
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA cache_size = -32768;",
    )?;
    conn.busy_handler(Some(busy_retry))?;
    immediate_writes(&mut conn);
    Ok(conn)
}

/// How long a writer waits for another connection's transaction before giving up ("busy").
const BUSY_WAIT_MS: i32 = 5_000;

/// Waiting for the write lock: try again every millisecond, up to [`BUSY_WAIT_MS`]. SQLite's
/// own busy timeout sleeps longer and longer (up to 100 ms) between tries, so a contact logged
/// during an import kept missing the short gaps between two files' transactions and waited for
/// several files (measured: p99 0.8–2.3 s); polling each millisecond takes the first gap.
fn busy_retry(attempt: i32) -> bool {
    if attempt >= BUSY_WAIT_MS {
        return false;
    }
    std::thread::sleep(std::time::Duration::from_millis(1));
    true
}

/// Every transaction takes the write lock when it begins. Long work (an import, a backup)
/// runs on a connection of its own beside the session's: a deferred transaction that read
/// first and then wanted to write after the other connection committed would fail at once
/// (SQLite cannot move its snapshot forward), while one that begins with the lock waits for it
/// (`busy_timeout`).
fn immediate_writes(conn: &mut Connection) {
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
}

impl Store {
    /// Create a new store file and its schema.
    pub(crate) fn create(path: &Path, key: &StoreKey, clock: SharedClock) -> Result<Connection> {
        if path.exists() {
            return Err(Error::AlreadyInitialised);
        }
        let _ = clock;
        let mut conn = open_keyed(path, key, true)?;
        // SQLite gives -wal and -shm the mode of the main file: owner only.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
        migrations::migrate(&mut conn)?;
        Ok(conn)
    }

    /// Open an existing store with its key: migrate (after an encrypted backup) and load the actor.
    pub fn open(dir: &Path, key: &StoreKey, clock: SharedClock) -> Result<Self> {
        let path = dir.join(DB_FILE);
        if !path.exists() {
            return Err(Error::NotInitialised);
        }
        let mut conn = open_keyed(&path, key, false)?;
        let current = migrations::current_version(&conn)?;
        let latest = migrations::latest_version();
        if current > latest {
            return Err(Error::SchemaTooNew {
                found: current,
                known: latest,
            });
        }
        if current < latest && current > 0 {
            backup::before_migration(&conn, dir, key, current, clock.now())?;
        }
        migrations::migrate(&mut conn)?;
        Self::from_parts(conn, path, clock, Some(key.clone()))
    }

    pub(crate) fn from_parts(
        conn: Connection,
        path: PathBuf,
        clock: SharedClock,
        key: Option<StoreKey>,
    ) -> Result<Self> {
        let actor = Self::load_actor(&conn)?;
        // Room for every statement an import's merge repeats per record (per entity: upsert,
        // delete, child tables), beside the rest; rusqlite's default is 16.
        conn.set_prepared_statement_cache_capacity(128);
        Ok(Self {
            conn,
            actor,
            clock,
            path,
            key,
        })
    }

    /// A second connection to the same store, with the same key and actor, for long work on
    /// another thread (a backup, an import) while this one keeps answering. Dropping it closes
    /// the connection and wipes its copy of the key.
    pub fn open_again(&self) -> Result<Store> {
        let key = self.key()?;
        let conn = open_keyed(&self.path, key, false)?;
        conn.set_prepared_statement_cache_capacity(128);
        Ok(Store {
            conn,
            actor: self.actor.clone(),
            clock: self.clock.clone(),
            path: self.path.clone(),
            key: Some(key.clone()),
        })
    }

    /// A handle that stops the statement running on this connection (from any thread): the
    /// statement fails with "interrupted" and its transaction rolls back.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.conn.get_interrupt_handle()
    }

    fn load_actor(conn: &Connection) -> Result<Actor> {
        let device = meta_get(conn, "self_device_id")?;
        let worker = meta_get(conn, "self_worker_id")?;
        let (Some(device), Some(worker)) = (device, worker) else {
            return Err(Error::NotInitialised);
        };
        let device = DeviceId::parse(&device).map_err(|_| Error::StoreUnreadable)?;
        let worker = WorkerId::parse(&worker).map_err(|_| Error::StoreUnreadable)?;
        let role: Role = conn
            .query_row("SELECT role FROM workers WHERE id = ?1", [worker], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(Error::NotInitialised)?;
        Ok(Actor {
            device,
            worker,
            role,
        })
    }

    /// Who acts on this store.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Whether the acting worker is a volunteer (Integrationslotse): they log contacts and
    /// attendance but never see notes, real names or other workers' records.
    pub fn is_volunteer(&self) -> bool {
        self.actor.role == Role::Volunteer
    }

    /// Refuse what a volunteer may not do.
    pub(crate) fn deny_volunteer(&self) -> Result<()> {
        if self.is_volunteer() {
            Err(Error::Forbidden)
        } else {
            Ok(())
        }
    }

    /// Refuse to change a directory entry (site, partner, service, visit slot) that came from
    /// the office's directory, on a device that is not the lead's: the office bundle is its
    /// source, and a change here would never travel (a device sends only what it made).
    pub(crate) fn deny_office_entry(&self, table: &str, id: &str) -> Result<()> {
        if self.actor().role == crate::vocab::Role::Lead {
            return Ok(());
        }
        let device: Option<String> = self
            .conn()
            .query_row(
                &format!("SELECT device_id FROM {table} WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )
            .optional()?;
        match device {
            Some(d) if d != self.actor().device.to_string() => {
                Err(Error::invalid("error-directory-office-entry", &[]))
            }
            _ => Ok(()),
        }
    }

    /// Whether the lead merged a site or a partner (`table`: `site_merges`, `partner_merges`)
    /// into another already.
    pub(crate) fn merged_away(&self, table: &str, id: &str) -> Result<bool> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT 1 FROM {table} WHERE from_id = ?1"),
                [id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// The injected clock.
    pub fn clock(&self) -> &SharedClock {
        &self.clock
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The data directory the database file is in.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or_else(|| Path::new("."))
    }

    /// The store key, for backups.
    pub(crate) fn key(&self) -> Result<&StoreKey> {
        self.key
            .as_ref()
            .ok_or_else(|| Error::Internal("a plain store has no key".into()))
    }

    /// The store id recorded at set-up.
    pub fn store_id(&self) -> Result<StoreId> {
        let s = meta_get(&self.conn, "store_id")?.ok_or(Error::StoreUnreadable)?;
        StoreId::parse(&s).map_err(|_| Error::StoreUnreadable)
    }

    /// Read-only access for queries in sibling modules and tests.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Full check: SQLite and SQLCipher integrity, foreign keys, the audit hash chain.
    pub fn verify(&self) -> Result<VerifyReport> {
        verify_conn(&self.conn)
    }

    /// Flush the WAL into the main file (used before closing and by backups).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// `integrity_check`, `cipher_integrity_check`, the foreign keys and the audit chain of a keyed
/// connection.
pub(crate) fn verify_conn(conn: &Connection) -> Result<VerifyReport> {
    let integrity: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let integrity_ok = integrity.len() == 1 && integrity[0] == "ok";
    let cipher_problems: Vec<String> = conn
        .prepare("PRAGMA cipher_integrity_check")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    let fk_problems: i64 = conn
        .prepare("PRAGMA foreign_key_check")?
        .query_map([], |_| Ok(()))?
        .count() as i64;
    let chain = audit::verify_chain(conn)?;
    let report = VerifyReport {
        integrity_ok,
        cipher_ok: cipher_problems.is_empty(),
        foreign_keys_ok: fk_problems == 0,
        audit_entries: chain.entries,
        audit_chain_ok: chain.broken_at.is_none(),
        audit_broken_at: chain.broken_at,
    };
    Ok(report)
}

/// Result of [`Store::verify`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct VerifyReport {
    pub integrity_ok: bool,
    pub cipher_ok: bool,
    pub foreign_keys_ok: bool,
    pub audit_entries: u64,
    pub audit_chain_ok: bool,
    pub audit_broken_at: Option<i64>,
}

impl VerifyReport {
    /// Whether every check passed.
    pub fn ok(&self) -> bool {
        self.integrity_ok && self.cipher_ok && self.foreign_keys_ok && self.audit_chain_ok
    }
}

pub(crate) fn meta_get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn meta_set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

impl Store {
    /// Archive a record or take it back into use: `set` assigns `?2` (the table's archive
    /// column), a new revision, an audit `archive`/`unarchive` entry, in one transaction.
    pub(crate) fn set_archived(
        &mut self,
        table: &str,
        entity: &str,
        id: &str,
        set: &str,
        value: &dyn rusqlite::ToSql,
        archived: bool,
    ) -> Result<()> {
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            &format!(
                "UPDATE {table} SET {set}, updated_at = ?3, revision = revision + 1 WHERE id = ?1"
            ),
            rusqlite::params![id, value, ts],
        )?;
        let action = if archived {
            audit::Action::Archive
        } else {
            audit::Action::Unarchive
        };
        audit::append(&tx, &actor, now, action, entity, id)?;
        tx.commit()?;
        Ok(())
    }
}

/// Leave a tombstone for an erased or deleted record, so an export carries the deletion.
pub(crate) fn tombstone(
    conn: &Connection,
    entity: &str,
    id: &str,
    actor: &Actor,
    ts: &str,
    revision: i64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO tombstones (entity, id, device_id, deleted_at, revision)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (entity, id) DO UPDATE SET deleted_at = excluded.deleted_at,
            revision = excluded.revision, device_id = excluded.device_id",
    )?
    .execute(rusqlite::params![entity, id, actor.device, ts, revision])?;
    Ok(())
}

/// Parse a stored `YYYY-MM-DD` inside a row mapper.
pub(crate) fn row_date(s: &str) -> rusqlite::Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// RFC 3339 UTC with microseconds: sortable as text.
pub(crate) fn timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// Benchmark-only: a store in a plain (unencrypted) SQLite file, to measure SQLCipher's cost.
#[cfg(feature = "bench-plain")]
pub mod bench_plain {
    use super::*;
    use crate::store::profile::{initialise, NewProfile};

    /// Create a plain store at `path` with the same schema, pragmas and profile as a real one.
    pub fn create(path: &Path, profile: &NewProfile, clock: SharedClock) -> Result<Store> {
        let mut conn = Connection::open(path)?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Internal(format!("journal_mode is {mode}")));
        }
        conn.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON; PRAGMA cache_size = -32768;",
        )?;
        immediate_writes(&mut conn);
        migrations::migrate(&mut conn)?;
        initialise(&mut conn, StoreId::new(), &profile.validate()?, clock.now())?;
        Store::from_parts(conn, path.to_path_buf(), clock, None)
    }

    /// The worker profile the benchmarks set up.
    pub fn profile() -> NewProfile {
        NewProfile {
            display_name: "Bench Worker".into(),
            initials: "BW".into(),
            team: None,
            role: Role::Worker,
            locale: crate::vocab::Locale::De,
        }
    }

    /// The contact the benchmarks log, number `i`, at `site`: anonymous count, two topics and a
    /// note (so the note index is written too).
    pub fn contact(site: crate::ids::SiteId, i: u64) -> crate::store::contacts::ContactInput {
        crate::store::contacts::ContactInput {
            site_id: site,
            kind: "kurzkontakt".into(),
            date: None,
            start: Some("10:15".into()),
            duration_min: 10,
            anonymous_count: 2,
            anonymous_age_band: Some("30-54".into()),
            anonymous_gender: Some("weiblich".into()),
            anonymous_groups: vec![],
            topics: vec!["einsamkeit".into(), "wohnen".into()],
            note: Some(format!(
                "Bench-Notiz {i}: Gespräch über Nachbarschaftshilfe"
            )),
            language: Some("de".into()),
            outcome: Some("beraten".into()),
            ..Default::default()
        }
    }

    /// Reopen a plain store.
    pub fn open(path: &Path, clock: SharedClock) -> Result<Store> {
        let mut conn = Connection::open(path)?;
        immediate_writes(&mut conn);
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        conn.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON; PRAGMA cache_size = -32768;",
        )?;
        Store::from_parts(conn, path.to_path_buf(), clock, None)
    }
}
