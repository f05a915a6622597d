//! Einstellungen: language, auto-lock, the profile, drafts of unsaved forms, retention periods
//! and the audit log.

pub use super::exchange::FilePath;
pub use super::session::RecoveryKeyShown;
use super::App;
use crate::custody::OsKeyring;
use crate::error::Result;
use crate::secret::Passphrase;
pub use crate::store::audit::AuditEntry;
use crate::store::audit::AuditFilter;
pub use crate::store::profile::{Profile, ProfilePatch};
pub use crate::store::retention::{DeletionLogEntry, RetentionDue};
use crate::vocab::{Locale, RetentionCategory};
use crate::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct SetLocale {
    pub locale: Locale,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct SetAutoLock {
    pub minutes: i64,
}

/// The language of the window, the CLI and the report (readable while locked).
pub fn set_locale(app: &App, req: SetLocale) -> Result<()> {
    app.data().set_locale(req.locale.id())?;
    Ok(())
}

/// Minutes of idleness after which the store locks.
pub fn set_auto_lock(app: &App, req: SetAutoLock) -> Result<()> {
    app.data().set_auto_lock_minutes(req.minutes)?;
    app.touch();
    Ok(())
}

/// This device's profile.
/// A new passphrase, after the current one.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ChangePassphrase {
    pub current: Passphrase,
    pub new: Passphrase,
}

/// The passphrase, to confirm an action on the keys.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ConfirmPassphrase {
    pub passphrase: Passphrase,
}

/// Change the passphrase (the store stays open): Argon2id for the current one and for the new.
/// Audited, without either.
pub fn change_passphrase(app: &App, req: ChangePassphrase) -> Result<()> {
    app.ensure_keyring()?;
    if !app.is_unlocked() {
        return Err(crate::error::Error::Locked);
    }
    app.data()
        .change_passphrase(&req.current, &req.new, &OsKeyring)?;
    app.with_store(|s| s.log_key_change("passphrase"))
}

/// A new recovery key, shown once; the old one stops working. Audited, without either key.
pub fn new_recovery_key(app: &App, req: ConfirmPassphrase) -> Result<RecoveryKeyShown> {
    app.ensure_keyring()?;
    if !app.is_unlocked() {
        return Err(crate::error::Error::Locked);
    }
    let next = app.data().new_recovery_key(&req.passphrase, &OsKeyring)?;
    app.with_store(|s| s.log_key_change("recovery-key"))?;
    Ok(RecoveryKeyShown {
        recovery_key: next.to_display().to_string(),
    })
}

/// Open the folder of a file this app wrote for the user (the report, an Auskunft, a printed
/// document, an enrolment file) in the system's file manager. Any other path is refused: the
/// window cannot make the app open what it did not write.
pub fn show_in_folder(app: &App, req: super::exchange::FilePath) -> Result<()> {
    let path = super::path_of(&req.path)?;
    if !app.wrote(&path) {
        return Err(crate::error::Error::invalid("error-not-written-here", &[]));
    }
    let spawned = {
        #[cfg(target_os = "windows")]
        {
            std::process::Command::new("explorer")
                .arg(format!("/select,{}", path.display()))
                .spawn()
        }
        #[cfg(target_os = "macos")]
        {
            std::process::Command::new("open")
                .arg("-R")
                .arg(&path)
                .spawn()
        }
        #[cfg(not(any(target_os = "windows", target_os = "macos")))]
        {
            let folder = path.parent().unwrap_or(&path);
            std::process::Command::new("xdg-open").arg(folder).spawn()
        }
    };
    match spawned {
        Ok(_) => Ok(()),
        Err(e) => Err(crate::error::Error::invalid(
            "error-show-in-folder-failed",
            &[("detail", &e.to_string())],
        )),
    }
}

pub fn profile(app: &App, _: ()) -> Result<Profile> {
    app.with_store(|s| s.profile())
}

/// Correct the name, initials or team of this device's worker.
pub fn edit_profile(app: &App, req: ProfilePatch) -> Result<Profile> {
    app.with_store(|s| s.edit_profile(&req))
}

/// A draft of an unsaved form: the JSON text of an object, at most 16 KiB, kept in the
/// encrypted store (never in the window's storage).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Draft {
    /// `quick-entry`, `person`, `activity` or `referral`.
    pub slot: String,
    pub body: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct DraftRef {
    pub slot: String,
}

/// One retention category: its period, and what is past it now.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RetentionPeriod {
    pub category: RetentionCategory,
    /// Years kept; `None`: no limit.
    pub years: Option<i64>,
    /// Records past the period now (only when a period is set).
    pub due: Option<u64>,
    pub cutoff: Option<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct SetRetention {
    pub category: String,
    pub years: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ApplyRetention {
    pub categories: Vec<String>,
}

/// A page of the audit log, newest first: 100 entries before `before` (a `seq`), all when absent.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct AuditQuery {
    /// Only entries of this kind of record (`contact`, `person`, …).
    #[serde(default)]
    #[ts(optional)]
    pub entity: Option<String>,
    /// Only entries of this action (`create`, `read`, …).
    #[serde(default)]
    #[ts(optional)]
    pub action: Option<String>,
    /// At most this many (100 without one).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
    pub entity_id: Option<String>,
    pub before: Option<i64>,
}

pub fn save_draft(app: &App, req: Draft) -> Result<()> {
    app.with_store(|s| s.save_draft(&req.slot, &req.body))
}

pub fn load_draft(app: &App, req: DraftRef) -> Result<Option<String>> {
    app.with_store(|s| s.draft(&req.slot))
}

pub fn clear_draft(app: &App, req: DraftRef) -> Result<()> {
    app.with_store(|s| s.clear_draft(&req.slot))
}

fn retention_rows(s: &Store) -> Result<Vec<RetentionPeriod>> {
    let due = s.retention_due()?;
    Ok(s.retention_rules()?
        .into_iter()
        .map(|r| {
            let d = due.iter().find(|d| d.category == r.category);
            RetentionPeriod {
                category: r.category,
                years: r.years,
                due: d.map(|d| d.count),
                cutoff: d.map(|d| d.cutoff),
            }
        })
        .collect())
}

pub fn retention(app: &App, _: ()) -> Result<Vec<RetentionPeriod>> {
    app.with_store(|s| retention_rows(s))
}

pub fn set_retention(app: &App, req: SetRetention) -> Result<Vec<RetentionPeriod>> {
    app.with_store(|s| {
        s.set_retention(&req.category, req.years)?;
        retention_rows(s)
    })
}

/// Delete what is past its period in the given categories now.
/// What applying the periods erased, and the periods after it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RetentionApplied {
    pub erased: Vec<RetentionDue>,
    pub periods: Vec<RetentionPeriod>,
}

pub fn apply_retention(app: &App, req: ApplyRetention) -> Result<RetentionApplied> {
    app.with_store(|s| {
        let erased = s.apply_retention(&req.categories)?;
        Ok(RetentionApplied {
            erased,
            periods: retention_rows(s)?,
        })
    })
}

/// What is past its period, per category.
pub fn retention_due(app: &App, _: ()) -> Result<Vec<RetentionDue>> {
    app.with_store(|s| s.retention_due())
}

/// The deletion log: when, why, which category, how many (never what).
pub fn deletion_log(app: &App, _: ()) -> Result<Vec<DeletionLogEntry>> {
    app.with_store(|s| s.deletion_log())
}

pub fn audit_log(app: &App, req: AuditQuery) -> Result<Vec<AuditEntry>> {
    let f = AuditFilter {
        entity: req.entity.filter(|e| !e.trim().is_empty()),
        entity_id: req.entity_id.filter(|e| !e.trim().is_empty()),
        action: req.action.filter(|e| !e.trim().is_empty()),
        before: req.before,
        limit: Some(req.limit.unwrap_or(100)),
    };
    app.with_store(|s| s.audit_entries(&f))
}
