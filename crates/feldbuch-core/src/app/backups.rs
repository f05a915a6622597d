//! Sicherungen: the backups of the encrypted store, the one running in the background, and
//! restoring one.

use super::{App, JobKind};
use crate::custody::OsKeyring;
use crate::error::{Error, Result};
use crate::secret::Passphrase;
pub use crate::store::backup::{Backup, BackupKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How far the backup in the background is: bytes written of the store's bytes.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BackupProgress {
    pub done: u64,
    pub total: u64,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct BackupStatus {
    /// Newest first.
    pub backups: Vec<Backup>,
    /// Why the last background backup failed (a Fluent id), if it did.
    pub problem: Option<String>,
    pub running: Option<BackupProgress>,
}

/// Restore a backup (a file name from the list). Its `Debug` never prints the passphrase.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Restore {
    pub file_name: String,
    pub passphrase: Passphrase,
}

/// The backups, the one running in the background (how far), and why the last failed. Polled
/// by the window: it does not count as the user's activity.
pub fn backup_status(app: &App, _: ()) -> Result<BackupStatus> {
    let activity = app.backups();
    app.with_store_quietly(|s| {
        Ok(BackupStatus {
            backups: s.backups()?,
            problem: activity.problem.map(String::from),
            running: activity
                .running
                .map(|(done, total)| BackupProgress { done, total }),
        })
    })
}

/// Start a backup in the background; `backup_status` follows it.
pub fn backup_now(app: &App, _: ()) -> Result<()> {
    app.start_backup(BackupKind::Manual)
}

/// Stop the backup running in the background (its file is not kept).
pub fn cancel_backup(app: &App, _: ()) -> Result<()> {
    app.cancel_job(JobKind::Backup);
    Ok(())
}

/// Replace the store with one of its backups; the store it replaces is kept as a backup. The
/// passphrase is checked before anything is closed (a mistyped one leaves the worker where they
/// were), and stretched once: the key it gives restores and opens the store. The restored store
/// is open afterwards; a refused backup leaves the store as it was, open again.
pub fn restore_backup(app: &App, req: Restore) -> Result<()> {
    app.ensure_keyring()?;
    if !app.is_unlocked() {
        return Err(Error::Locked);
    }
    let key = app.data().store_key(&req.passphrase, &OsKeyring)?;
    app.lock();
    match app
        .data()
        .restore_with_key(&req.file_name, &key, app.clock())
    {
        Ok(store) => app.set_store(store),
        Err(e) => {
            if let Ok(store) = app.data().unlock_with_key(&key, app.clock()) {
                app.set_store(store)?;
            }
            Err(e)
        }
    }
}
