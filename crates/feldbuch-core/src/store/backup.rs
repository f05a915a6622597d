//! Encrypted backups in `backups/` beside the store: before every migration, once a day at unlock
//! (or whenever asked), rotated; and the restore of one.
//!
//! The day's backup and "back up now" take seconds on a large store (a whole copy): the app runs
//! them on a connection of their own ([`Store::open_again`]) on another thread, with a [`Meter`]
//! for progress and a [`Cancel`] that stops them; the session's connection keeps answering and
//! writing meanwhile (WAL: the backup reads one snapshot, writers go on beside it).
//!
//! A backup is a whole SQLCipher database under the store's own key, written by
//! `sqlcipher_export` (SQLCipher turns the backup API off for encrypted databases) into a hidden
//! temp file, synced, then renamed: a crash or a full disk never leaves a half backup under a
//! backup's name. Restoring checks the backup (integrity, cipher integrity, audit chain) in a
//! copy first, keeps the store it replaces as a backup of its own, and only then renames the
//! copy over the store.

use super::audit::{self, Action};
use super::{migrations, open_keyed, timestamp, Store, DB_FILE};
use crate::cancel::{Cancel, Meter};
use crate::error::{Error, Result};
use crate::fsutil::{create_private_dir, remove_temp_files, sync_dir, sync_file, TEMP_PREFIX};
use crate::secret::StoreKey;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// The folder of backups, inside the data directory.
pub const BACKUP_DIR: &str = "backups";
/// A scheduled backup is made at unlock when the newest one is older than this.
pub const INTERVAL_HOURS: i64 = 24;
/// Scheduled and manual backups kept (the newest).
pub const KEEP_REGULAR: usize = 7;
/// Backups kept of each other kind (before a migration, before a restore).
pub const KEEP_OTHER: usize = 3;

/// Why a backup was made; the first word of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum BackupKind {
    /// Once a day, at unlock.
    Scheduled,
    /// Asked for.
    Manual,
    /// Before the schema was migrated.
    PreMigration,
    /// The store as it was before a restore replaced it.
    PreRestore,
}

impl BackupKind {
    /// Its id: the first word of the file name, and `backup-kind-<id>` in Fluent.
    pub fn id(self) -> &'static str {
        match self {
            BackupKind::Scheduled => "scheduled",
            BackupKind::Manual => "manual",
            BackupKind::PreMigration => "pre-migration",
            BackupKind::PreRestore => "pre-restore",
        }
    }
    fn regular(self) -> bool {
        matches!(self, BackupKind::Scheduled | BackupKind::Manual)
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Backup {
    pub file_name: String,
    pub kind: BackupKind,
    /// When it was made (UTC, RFC 3339), from its name.
    pub created_at: String,
    pub bytes: u64,
}

/// Parse a backup's file name: `<kind>[-v<N>]-<YYYYMMDDTHHMMSSZ>[-<n>].db`.
fn parse_name(name: &str) -> Option<(BackupKind, DateTime<Utc>)> {
    let stem = name.strip_suffix(".db")?;
    let kind = [
        BackupKind::PreMigration,
        BackupKind::PreRestore,
        BackupKind::Scheduled,
        BackupKind::Manual,
    ]
    .into_iter()
    .find(|k| stem.starts_with(k.id()))?;
    let stamp = stem
        .split('-')
        .find(|part| part.len() == 16 && part.ends_with('Z') && part.as_bytes()[8] == b'T')?;
    let at = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%SZ").ok()?;
    Some((kind, at.and_utc()))
}

/// The backups of the data directory `dir`, newest first.
pub fn list(dir: &Path) -> Result<Vec<Backup>> {
    let folder = dir.join(BACKUP_DIR);
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(&folder) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e.into()),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((kind, at)) = parse_name(&name) else {
            continue;
        };
        out.push(Backup {
            file_name: name,
            kind,
            created_at: timestamp(at),
            bytes: entry.metadata()?.len(),
        });
    }
    out.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then(b.file_name.cmp(&a.file_name))
    });
    Ok(out)
}

/// Virtual-machine steps between two looks at cancel and progress during the copy.
const STEPS_PER_CHECK: i32 = 20_000;

/// Write an encrypted copy of the open store into `backups/` and rotate. `detail` goes into
/// the name (e.g. `v4` before a migration from schema 4). `meter` follows the bytes written of
/// the store's size; once `cancel` is set the copy stops at its next check, its temp file is
/// removed and the answer is [`Error::Cancelled`].
pub(crate) fn make(
    conn: &Connection,
    dir: &Path,
    key: &StoreKey,
    kind: BackupKind,
    detail: Option<&str>,
    now: DateTime<Utc>,
    (cancel, meter): (&Cancel, &Meter),
) -> Result<Backup> {
    if cancel.is_cancelled() {
        return Err(Error::Cancelled);
    }
    let folder = dir.join(BACKUP_DIR);
    create_private_dir(&folder)?;
    // Only this device writes here: every leftover is from an interrupted backup.
    remove_temp_files(&folder, std::time::Duration::ZERO);
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let base = match detail {
        Some(d) => format!("{}-{d}-{stamp}", kind.id()),
        None => format!("{}-{stamp}", kind.id()),
    };
    // Two in the same second get a counter.
    let mut name = format!("{base}.db");
    let mut n = 1;
    while folder.join(&name).exists() {
        n += 1;
        name = format!("{base}-{n}.db");
    }
    let target = folder.join(&name);
    let tmp = folder.join(format!("{TEMP_PREFIX}{name}"));
    let pages: i64 = conn.query_row("PRAGMA main.page_count", [], |r| r.get(0))?;
    // SQLCipher answers `page_size` as text (its `cipher_page_size`).
    let page_size: i64 = conn.query_row("PRAGMA main.page_size", [], |r| {
        Ok(match r.get::<_, rusqlite::types::Value>(0)? {
            rusqlite::types::Value::Integer(n) => n,
            rusqlite::types::Value::Text(t) => t.parse().unwrap_or(0),
            _ => 0,
        })
    })?;
    meter.start(u64::try_from(pages.saturating_mul(page_size)).unwrap_or(0));
    {
        // Called by SQLite inside `sqlcipher_export`: the temp file's size is the progress;
        // `true` interrupts the statement (its transaction on the backup rolls back).
        let (watched, stop, shown) = (tmp.clone(), cancel.clone(), meter.clone());
        conn.progress_handler(
            STEPS_PER_CHECK,
            Some(move || {
                if let Ok(m) = std::fs::metadata(&watched) {
                    shown.set_done(m.len());
                }
                stop.is_cancelled()
            }),
        )?;
    }
    let exported = export_encrypted(conn, &tmp, key);
    conn.progress_handler(0, None::<fn() -> bool>)?;
    let written = exported
        .and_then(|()| {
            // A cancel that came after the copy still counts: nothing is renamed.
            if cancel.is_cancelled() {
                return Err(Error::Cancelled);
            }
            sync_file(&tmp)?;
            std::fs::rename(&tmp, &target)?;
            sync_dir(&folder)
        })
        .map_err(|e| {
            if cancel.is_cancelled() {
                Error::Cancelled
            } else {
                e
            }
        });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    rotate(dir, kind)?;
    let bytes = std::fs::metadata(&target)?.len();
    meter.set_done(bytes);
    Ok(Backup {
        file_name: name,
        kind,
        created_at: timestamp(now),
        bytes,
    })
}

/// Keep the newest [`KEEP_REGULAR`] scheduled and manual backups together, and the newest
/// [`KEEP_OTHER`] of the kind just made otherwise.
fn rotate(dir: &Path, made: BackupKind) -> Result<()> {
    let all = list(dir)?;
    let (same, keep): (Vec<&Backup>, usize) = if made.regular() {
        (
            all.iter().filter(|b| b.kind.regular()).collect(),
            KEEP_REGULAR,
        )
    } else {
        (all.iter().filter(|b| b.kind == made).collect(), KEEP_OTHER)
    };
    for old in same.iter().skip(keep) {
        std::fs::remove_file(dir.join(BACKUP_DIR).join(&old.file_name))?;
    }
    Ok(())
}

/// Whether a scheduled backup is due: no regular backup in the last [`INTERVAL_HOURS`].
pub fn due(dir: &Path, now: DateTime<Utc>) -> Result<bool> {
    let newest = list(dir)?
        .into_iter()
        .filter(|b| b.kind.regular())
        .filter_map(|b| DateTime::parse_from_rfc3339(&b.created_at).ok())
        .map(|t| t.to_utc())
        .max();
    Ok(match newest {
        None => true,
        // A clock set back behind the newest backup: make one.
        Some(t) => now - t >= chrono::Duration::hours(INTERVAL_HOURS) || t > now,
    })
}

/// Open a copy of a backup in the data directory and check it whole: the key opens it, the
/// schema is one this build knows, `integrity_check`, `cipher_integrity_check`, foreign keys and
/// the audit chain pass.
fn check_copy(path: &Path, key: &StoreKey) -> Result<()> {
    let damaged = || Error::invalid("error-backup-damaged", &[]);
    let conn = open_keyed(path, key, false).map_err(|_| damaged())?;
    let version = migrations::current_version(&conn).map_err(|_| damaged())?;
    let latest = migrations::latest_version();
    if version > latest {
        return Err(Error::SchemaTooNew {
            found: version,
            known: latest,
        });
    }
    if !super::verify_conn(&conn).map_err(|_| damaged())?.ok() {
        return Err(damaged());
    }
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    drop(conn);
    Ok(())
}

/// The devices revoked in the store at `from`, written into the store at `to` (migrated first),
/// so that restoring a backup made before a revocation does not undo it. Returns the devices
/// that `to` had not revoked yet. A store at `from` that cannot be opened, or predates
/// revocation, has nothing to carry.
fn carry_revocations(from: &Path, to: &Path, key: &StoreKey) -> Result<Vec<String>> {
    type Row = (
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<Vec<u8>>,
        Option<String>,
        String,
    );
    let rows: Vec<Row> = match open_keyed(from, key, false) {
        Err(_) => return Ok(Vec::new()),
        Ok(conn) => {
            let stmt = conn.prepare(
                "SELECT id, device_id, created_at, updated_at, label, worker_id, team,
                        signing_public_key, enrolled_at, revoked_at
                 FROM devices WHERE revoked_at IS NOT NULL",
            );
            match stmt {
                // Schema v5 or older: no revocation to carry.
                Err(_) => return Ok(Vec::new()),
                Ok(mut stmt) => stmt
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
                            r.get(8)?,
                            r.get(9)?,
                        ))
                    })?
                    .collect::<rusqlite::Result<_>>()?,
            }
        }
    };
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut conn = open_keyed(to, key, false)?;
    migrations::migrate(&mut conn)?;
    let tx = conn.transaction()?;
    let mut carried = Vec::new();
    for row in &rows {
        let changed = tx.execute(
            "INSERT INTO devices (id, device_id, created_at, updated_at, label, worker_id, team,
                signing_public_key, enrolled_at, revoked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (id) DO UPDATE SET revoked_at = excluded.revoked_at
             WHERE devices.revoked_at IS NULL",
            rusqlite::params![row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9],
        )?;
        if changed > 0 {
            carried.push(row.0.clone());
        }
    }
    tx.commit()?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    Ok(carried)
}

/// Replace the store in `dir` with the backup `file_name` (a name from [`list`]), which must
/// open with `key` and pass every check. The store it replaces is kept as a `pre-restore`
/// backup (or, when it cannot be opened any more, its files are moved into `backups/` as
/// they are). Devices revoked in the replaced store stay revoked (a revocation is final);
/// returns those the backup had not revoked. The store must be closed; the caller opens it
/// again afterwards.
pub(crate) fn restore(
    dir: &Path,
    file_name: &str,
    key: &StoreKey,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    let unknown = || Error::not_found("error-backup-unknown", &[("file", file_name)]);
    if !list(dir)?.iter().any(|b| b.file_name == file_name) {
        return Err(unknown());
    }
    let folder = dir.join(BACKUP_DIR);
    let source = folder.join(file_name);
    let store = dir.join(DB_FILE);
    // 1. A checked copy beside the store.
    let copy = dir.join(format!(".restore-{}", hex::encode(rand_suffix())));
    let copied = std::fs::copy(&source, &copy)
        .map_err(Error::from)
        .and_then(|_| check_copy(&copy, key))
        .and_then(|()| carry_revocations(&store, &copy, key))
        .and_then(|carried| {
            sync_file(&copy)?;
            Ok(carried)
        });
    let carried = match copied {
        Ok(carried) => carried,
        Err(e) => {
            remove_db_files(&copy);
            return Err(e);
        }
    };
    // 2. Keep what is replaced.
    let kept = open_keyed(&store, key, false).and_then(|conn| {
        let b = make(
            &conn,
            dir,
            key,
            BackupKind::PreRestore,
            None,
            now,
            (&Cancel::new(), &Meter::new()),
        )?;
        drop(conn);
        Ok(b)
    });
    if kept.is_err() {
        let stamp = now.format("%Y%m%dT%H%M%SZ");
        for suffix in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{suffix}", store.display()));
            if from.exists() {
                let to = folder.join(format!("damaged-{stamp}.db{suffix}"));
                if let Err(e) = std::fs::rename(&from, &to) {
                    remove_db_files(&copy);
                    return Err(e.into());
                }
            }
        }
    }
    // 3. The copy becomes the store. A WAL of the replaced store must not outlive it.
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", store.display()));
    }
    std::fs::rename(&copy, &store)?;
    sync_dir(dir)?;
    Ok(carried)
}

fn remove_db_files(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

fn rand_suffix() -> [u8; 8] {
    use rand::RngCore;
    let mut b = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

impl Store {
    /// Make a backup now (on this connection, waiting for it).
    pub fn backup_now(&mut self) -> Result<Backup> {
        self.make_backup(BackupKind::Manual, &Cancel::new(), &Meter::new())
    }

    /// Make the scheduled backup if one is due; `None` when it was not.
    pub fn backup_if_due(&mut self) -> Result<Option<Backup>> {
        if !self.backup_due()? {
            return Ok(None);
        }
        self.make_backup(BackupKind::Scheduled, &Cancel::new(), &Meter::new())
            .map(Some)
    }

    /// Whether the day's scheduled backup is due.
    pub fn backup_due(&self) -> Result<bool> {
        due(self.dir(), self.clock().now())
    }

    /// Make a scheduled or manual backup, logged in the audit log. Meant for a connection of its
    /// own ([`Store::open_again`]) on another thread: `meter` shows how far it is and `cancel`
    /// stops it ([`Error::Cancelled`]; no backup file and no log entry are left).
    pub fn make_backup(
        &mut self,
        kind: BackupKind,
        cancel: &Cancel,
        meter: &Meter,
    ) -> Result<Backup> {
        if !kind.regular() {
            return Err(Error::Internal(
                "only scheduled and manual backups are asked for".into(),
            ));
        }
        let now = self.clock().now();
        let b = make(
            self.conn(),
            self.dir(),
            self.key()?,
            kind,
            None,
            now,
            (cancel, meter),
        )?;
        self.log_backup(Action::Backup, &b.file_name, now)?;
        Ok(b)
    }

    /// The backups, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        list(self.dir())
    }

    pub(crate) fn log_backup(
        &mut self,
        action: Action,
        file: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.log_restore(action, file, &[], now)
    }

    /// A change of the store's key protection (`what`: `passphrase` or `recovery-key`): who and
    /// when, never a secret.
    pub fn log_key_change(&mut self, what: &str) -> Result<()> {
        let actor = self.actor().clone();
        let now = self.clock().now();
        let tx = self.conn_mut().transaction()?;
        audit::append(&tx, &actor, now, Action::Update, "store", what)?;
        tx.commit()?;
        Ok(())
    }

    /// A backup made or restored, and the revocations a restore kept (each as its own entry).
    pub(crate) fn log_restore(
        &mut self,
        action: Action,
        file: &str,
        revoked: &[String],
        now: DateTime<Utc>,
    ) -> Result<()> {
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        audit::append(&tx, &actor, now, action, "backup", file)?;
        for device in revoked {
            audit::append(&tx, &actor, now, Action::Revoke, "device", device)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// Before a migration: an encrypted copy of the store (same key) in `backups/`, rotated with
/// the earlier ones .
pub fn before_migration(
    conn: &Connection,
    dir: &Path,
    key: &StoreKey,
    from_version: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<std::path::PathBuf> {
    let b = make(
        conn,
        dir,
        key,
        BackupKind::PreMigration,
        Some(&format!("v{from_version}")),
        now,
        (&crate::cancel::Cancel::new(), &crate::cancel::Meter::new()),
    )?;
    Ok(dir.join(BACKUP_DIR).join(b.file_name))
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
