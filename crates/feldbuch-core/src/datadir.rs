//! A data directory: the encrypted store, its wrapped keys and the (non-personal) settings.
//! This is the entry point every face uses: set up, unlock, recover.

use crate::clock::SharedClock;
use crate::custody::{self, SecretVault, KEY_FILE};
use crate::error::{Error, Result};
use crate::fsutil::{create_private_dir, write_atomic};
use crate::secret::{Passphrase, RecoveryKey, StoreKey};
use crate::store::audit::Action;
use crate::store::profile::{self, NewProfile};
use crate::store::{backup, Store, DB_FILE};
use crate::validate;
use crate::vocab::Locale;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Name of the settings file. It holds no personal data: locale and auto-lock minutes only,
/// which must be readable before the store is unlocked (the lock screen is localized).
pub const SETTINGS_FILE: &str = "settings.json";

/// Bounds of the auto-lock setting, in minutes.
pub const AUTO_LOCK_MIN: i64 = 1;
pub const AUTO_LOCK_MAX: i64 = 240;

/// Settings readable while locked.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Settings {
    pub locale: Locale,
    pub auto_lock_minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            locale: Locale::De,
            auto_lock_minutes: 5,
        }
    }
}

/// The platform's default data directory: `$XDG_DATA_HOME/feldbuch` on Linux,
/// `%LOCALAPPDATA%\feldbuch` on Windows – the local, not the roaming, application data: a
/// roaming profile or a redirected folder would copy the store to a server at every logoff and
/// put a live SQLite database on a network share.
pub fn default_data_dir() -> Result<PathBuf> {
    dirs::data_local_dir()
        .map(|d| d.join("feldbuch"))
        .ok_or_else(|| Error::Internal("no data directory on this platform".into()))
}

/// Where files for the user go (Auskunft, reports): the documents folder, else the home folder.
pub fn documents_dir() -> Result<PathBuf> {
    dirs::document_dir()
        .or_else(dirs::home_dir)
        .ok_or_else(|| Error::Io(std::io::Error::from(std::io::ErrorKind::NotFound)))
}

/// A data directory on disk.
#[derive(Debug, Clone)]
pub struct DataDir {
    path: PathBuf,
}

impl DataDir {
    /// Use `path` as the data directory (created on set-up).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether set-up has run here.
    pub fn is_initialised(&self) -> bool {
        self.path.join(KEY_FILE).exists() && self.path.join(DB_FILE).exists()
    }

    /// Settings, or the defaults when none were saved (or the file is unreadable).
    pub fn settings(&self) -> Settings {
        std::fs::read(self.path.join(SETTINGS_FILE))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    fn save_settings(&self, s: &Settings) -> Result<()> {
        create_private_dir(&self.path)?;
        let json = serde_json::to_vec_pretty(s).map_err(|e| Error::Internal(e.to_string()))?;
        write_atomic(&self.path.join(SETTINGS_FILE), &json)
    }

    /// Change the UI locale (takes an id such as `ar`).
    pub fn set_locale(&self, locale: &str) -> Result<Locale> {
        let locale = Locale::parse(locale)?;
        let mut s = self.settings();
        s.locale = locale;
        self.save_settings(&s)?;
        Ok(locale)
    }

    /// Change the auto-lock delay.
    pub fn set_auto_lock_minutes(&self, minutes: i64) -> Result<u32> {
        let m = validate::in_range(
            "error-invalid-auto-lock",
            minutes,
            AUTO_LOCK_MIN,
            AUTO_LOCK_MAX,
        )?;
        let mut s = self.settings();
        s.auto_lock_minutes = m as u32;
        self.save_settings(&s)?;
        Ok(s.auto_lock_minutes)
    }

    /// First set-up: keys (keyring + key file), the encrypted store, the profile. Returns the open
    /// store and the recovery key to show once. On any failure nothing is left behind.
    pub fn init(
        &self,
        profile: &NewProfile,
        passphrase: &Passphrase,
        vault: &dyn SecretVault,
        clock: SharedClock,
    ) -> Result<(Store, RecoveryKey)> {
        let valid = profile.validate()?;
        passphrase.validate_new()?;
        if self.path.join(KEY_FILE).exists() || self.path.join(DB_FILE).exists() {
            return Err(Error::AlreadyInitialised);
        }
        create_private_dir(&self.path)?;
        let created = custody::create(&self.path, passphrase, vault)?;
        let db = self.path.join(DB_FILE);
        let result = (|| -> Result<Store> {
            let mut conn = Store::create(&db, &created.key, clock.clone())?;
            profile::initialise(&mut conn, created.store_id, &valid, clock.now())?;
            let mut store =
                Store::from_parts(conn, db.clone(), clock.clone(), Some(created.key.clone()))?;
            // The device's signing key for export bundles is made at set-up.
            store.signing_key()?;
            Ok(store)
        })();
        match result {
            Ok(store) => {
                let mut s = self.settings();
                s.locale = profile.locale;
                self.save_settings(&s)?;
                Ok((store, created.recovery.clone()))
            }
            Err(e) => {
                for f in [DB_FILE, "feldbuch.db-wal", "feldbuch.db-shm", KEY_FILE] {
                    let _ = std::fs::remove_file(self.path.join(f));
                }
                let _ = vault.delete(created.store_id);
                Err(e)
            }
        }
    }

    /// The store key, unwrapped with the passphrase and the keyring secret.
    /// The store's key, from the passphrase (Argon2id) and the keyring's secret: checks the
    /// passphrase without opening anything.
    pub fn store_key(&self, passphrase: &Passphrase, vault: &dyn SecretVault) -> Result<StoreKey> {
        if !self.is_initialised() {
            return Err(Error::NotInitialised);
        }
        custody::unlock(&self.path, passphrase, vault)
    }

    /// Unlock with the passphrase (and the keyring secret). The day's backup is not made here:
    /// the caller starts it ([`Store::backup_due`], [`Store::make_backup`]), in the app on a
    /// connection of its own so that Heute does not wait for it.
    pub fn unlock(
        &self,
        passphrase: &Passphrase,
        vault: &dyn SecretVault,
        clock: SharedClock,
    ) -> Result<Store> {
        let key = self.store_key(passphrase, vault)?;
        let mut store = Store::open(&self.path, &key, clock)?;
        drop(key);
        store.record_unlock(false)?;
        Ok(store)
    }

    /// Replace the store with one of its backups (a file name from [`Store::backups`]): the
    /// backup must open with this store's key and pass every check; the store it replaces is
    /// kept as a backup. Unlocks with the passphrase; the store must not be open elsewhere.
    pub fn restore(
        &self,
        file_name: &str,
        passphrase: &Passphrase,
        vault: &dyn SecretVault,
        clock: SharedClock,
    ) -> Result<Store> {
        let key = self.store_key(passphrase, vault)?;
        self.restore_with_key(file_name, &key, clock)
    }

    /// [`DataDir::restore`] with the key already derived ([`DataDir::store_key`]).
    pub fn restore_with_key(
        &self,
        file_name: &str,
        key: &StoreKey,
        clock: SharedClock,
    ) -> Result<Store> {
        let now = clock.now();
        let revoked = backup::restore(&self.path, file_name, key, now)?;
        let mut store = Store::open(&self.path, key, clock)?;
        store.log_restore(Action::Restore, file_name, &revoked, now)?;
        Ok(store)
    }

    /// Open the store with the key already derived ([`DataDir::store_key`]); logged as an unlock.
    pub fn unlock_with_key(&self, key: &StoreKey, clock: SharedClock) -> Result<Store> {
        let mut store = Store::open(&self.path, key, clock)?;
        store.record_unlock(false)?;
        Ok(store)
    }

    /// Change the passphrase, proving the current one first (a fresh keyring secret too).
    pub fn change_passphrase(
        &self,
        current: &Passphrase,
        new: &Passphrase,
        vault: &dyn SecretVault,
    ) -> Result<()> {
        if !self.is_initialised() {
            return Err(Error::NotInitialised);
        }
        custody::change_passphrase(&self.path, current, new, vault)
    }

    /// A new recovery key (shown once), proving the passphrase first; the old one stops working.
    pub fn new_recovery_key(
        &self,
        passphrase: &Passphrase,
        vault: &dyn SecretVault,
    ) -> Result<RecoveryKey> {
        if !self.is_initialised() {
            return Err(Error::NotInitialised);
        }
        custody::new_recovery_key(&self.path, passphrase, vault)
    }

    /// Unlock with the recovery key and set a new passphrase.
    pub fn recover(
        &self,
        recovery: &str,
        new_passphrase: &Passphrase,
        vault: &dyn SecretVault,
        clock: SharedClock,
    ) -> Result<(Store, RecoveryKey)> {
        if !self.is_initialised() {
            return Err(Error::NotInitialised);
        }
        new_passphrase.validate_new()?;
        let recovery = RecoveryKey::parse(recovery)?;
        // The store opens (and the unlock is logged) before the key file changes: once the used
        // recovery key is replaced, nothing can fail before the new one is handed back.
        let key = custody::unwrap_with_recovery(&self.path, &recovery)?;
        let mut store = Store::open(&self.path, &key, clock)?;
        drop(key);
        store.record_unlock(true)?;
        let recovered = custody::recover(&self.path, &recovery, new_passphrase, vault)?;
        Ok((store, recovered.recovery))
    }
}
