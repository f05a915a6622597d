//! Key custody. The SQLCipher store key is random and never stored in plaintext. It is kept
//! wrapped twice in `keys.json` beside the store:
//!
//! * the *passphrase wrap* needs BOTH a 256-bit secret held in the OS keyring AND the worker's
//!   passphrase: KEK = HKDF-SHA256(keyring secret ‖ Argon2id(passphrase, salt)); a stolen disk
//!   without the keyring, or a keyring without the passphrase, opens nothing;
//! * the *recovery wrap* needs only the one-time recovery key (256 random bits on paper), so a
//!   worker whose keyring is gone can still get in, and then sets a new passphrase.
//!
//! There is no fallback: no keyring, a locked keyring or a wrong passphrase is an error.

use crate::error::{Error, Result};
use crate::fsutil::write_atomic;
use crate::ids::StoreId;
use crate::secret::{Passphrase, RecoveryKey, StoreKey};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::path::Path;
use zeroize::Zeroizing;

/// File name of the wrapped keys inside the data directory.
pub const KEY_FILE: &str = "keys.json";
/// Keyring service name under which the keyring secret of each store is kept.
pub const KEYRING_SERVICE: &str = "de.feldbuch.store";

/// Argon2id cost. OWASP's minimum recommendation is m = 19 MiB, t = 2, p = 1; we use that
/// memory with one more pass. Stored per file so it can be raised later without breaking.
pub const ARGON2_M_KIB: u32 = 19 * 1024;
pub const ARGON2_T: u32 = 3;
pub const ARGON2_P: u32 = 1;
/// Upper bounds of the Argon2id parameters a key file may name (1 GiB, 16 passes, 8 lanes).
pub const ARGON2_MAX_M_KIB: u32 = 1024 * 1024;
pub const ARGON2_MAX_T: u32 = 16;
pub const ARGON2_MAX_P: u32 = 8;

/// Where the keyring half of the passphrase wrap lives. The real implementation is
/// [`OsKeyring`]; it goes through keyring-core's default store, which the process sets once.
pub trait SecretVault {
    /// Read the secret of a store.
    fn get(&self, store: StoreId) -> Result<Zeroizing<Vec<u8>>>;
    /// Write (or replace) the secret of a store.
    fn put(&self, store: StoreId, secret: &[u8]) -> Result<()>;
    /// Remove the secret of a store (used to undo a failed set-up).
    fn delete(&self, store: StoreId) -> Result<()>;
}

/// The OS keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
#[derive(Debug, Default, Clone, Copy)]
pub struct OsKeyring;

/// Install the platform's credential store as keyring-core's default, once per process.
/// Without a reachable keyring this is an error: there is no weaker fallback.
pub fn install_platform_keyring() -> Result<()> {
    if keyring_core::get_default_store().is_some() {
        return Ok(());
    }
    #[cfg(target_os = "linux")]
    let store = zbus_secret_service_keyring_store::Store::new().map_err(map_keyring_error)?;
    #[cfg(target_os = "macos")]
    let store = apple_native_keyring_store::keychain::Store::new().map_err(map_keyring_error)?;
    #[cfg(target_os = "windows")]
    let store = windows_native_keyring_store::Store::new().map_err(map_keyring_error)?;
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    return Err(Error::KeyringUnavailable("unsupported platform".into()));
    #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
    {
        keyring_core::set_default_store(store);
        Ok(())
    }
}

fn map_keyring_error(e: keyring_core::Error) -> Error {
    use keyring_core::Error as K;
    match e {
        K::NoEntry => Error::KeyringEntryMissing,
        K::NoStorageAccess(_) => Error::KeyringLocked,
        K::NoDefaultStore => Error::KeyringUnavailable("no default credential store".into()),
        K::PlatformFailure(p) => Error::KeyringUnavailable(p.to_string()),
        other => Error::KeyringUnavailable(other.to_string()),
    }
}

/// How long a keyring call may take. Long enough for the desktop to ask for the login keyring's
/// password; without it a keyring that never answers (a daemon gone, a prompt nobody can see)
/// would hang set-up and unlocking for good.
const KEYRING_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// Run a keyring call on a thread of its own and give up after `limit`: the call is then
/// reported as an unreachable keyring (the thread is left to finish or hang on its own).
fn with_timeout<T: Send + 'static>(
    limit: std::time::Duration,
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|e| Error::KeyringUnavailable(e.to_string()))?;
    rx.recv_timeout(limit).map_err(|_| {
        Error::KeyringUnavailable(format!(
            "the keyring did not answer within {} s",
            limit.as_secs()
        ))
    })?
}

impl OsKeyring {
    fn entry(store: StoreId) -> Result<keyring_core::Entry> {
        let user = store.to_string();
        // The Credential Manager's default ("enterprise") persistence roams with the user's
        // profile to the other computers of a domain: this computer's secret stays on it.
        #[cfg(target_os = "windows")]
        let entry = keyring_core::Entry::new_with_modifiers(
            KEYRING_SERVICE,
            &user,
            &std::collections::HashMap::from([("persistence", "Local")]),
        );
        #[cfg(not(target_os = "windows"))]
        let entry = keyring_core::Entry::new(KEYRING_SERVICE, &user);
        entry.map_err(map_keyring_error)
    }
}

impl SecretVault for OsKeyring {
    fn get(&self, store: StoreId) -> Result<Zeroizing<Vec<u8>>> {
        with_timeout(KEYRING_TIMEOUT, move || {
            Self::entry(store)?
                .get_secret()
                .map(Zeroizing::new)
                .map_err(map_keyring_error)
        })
    }
    fn put(&self, store: StoreId, secret: &[u8]) -> Result<()> {
        let secret = Zeroizing::new(secret.to_vec());
        with_timeout(KEYRING_TIMEOUT, move || {
            Self::entry(store)?
                .set_secret(&secret)
                .map_err(map_keyring_error)
        })
    }
    fn delete(&self, store: StoreId) -> Result<()> {
        with_timeout(KEYRING_TIMEOUT, move || {
            match Self::entry(store)?.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(e) => Err(map_keyring_error(e)),
            }
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Wrapped {
    nonce: String,
    ciphertext: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Argon2Spec {
    m_kib: u32,
    t: u32,
    p: u32,
    salt: String,
}

/// The on-disk key file: only wrapped keys, salts and parameters.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyFile {
    version: u32,
    store_id: StoreId,
    argon2: Argon2Spec,
    passphrase_wrap: Wrapped,
    recovery_salt: String,
    recovery_wrap: Wrapped,
}

impl KeyFile {
    /// The id of the store this file belongs to.
    pub fn store_id(&self) -> StoreId {
        self.store_id
    }

    /// Read the key file of a data directory.
    pub fn load(dir: &Path) -> Result<Self> {
        let path = dir.join(KEY_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::NotInitialised)
            }
            Err(e) => return Err(e.into()),
        };
        let kf: KeyFile = serde_json::from_slice(&bytes)
            .map_err(|e| Error::KeyFileDamaged(format!("json: {e}")))?;
        if kf.version != 1 {
            return Err(Error::KeyFileDamaged(format!("version {}", kf.version)));
        }
        Ok(kf)
    }

    fn save(&self, dir: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| Error::Internal(e.to_string()))?;
        write_atomic(&dir.join(KEY_FILE), &json)
    }
}

fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

fn unhex(s: &str) -> Result<Vec<u8>> {
    hex::decode(s).map_err(|_| Error::KeyFileDamaged("hex".into()))
}

fn aad(store: StoreId, purpose: &str) -> Vec<u8> {
    format!("feldbuch/keys/v1/{purpose}/{store}").into_bytes()
}

fn passphrase_kek(
    spec: &Argon2Spec,
    keyring_secret: &[u8],
    passphrase: &Passphrase,
) -> Result<Zeroizing<[u8; 32]>> {
    let salt = unhex(&spec.salt)?;
    let params = Params::new(spec.m_kib, spec.t, spec.p, Some(32))
        .map_err(|e| Error::KeyFileDamaged(format!("argon2 params: {e}")))?;
    // Bounded both ways: a tampered key file can neither weaken the KDF nor make an unlock
    // take gigabytes of memory or minutes of time.
    if spec.m_kib < ARGON2_M_KIB.min(19 * 1024)
        || spec.t < 2
        || spec.m_kib > ARGON2_MAX_M_KIB
        || spec.t > ARGON2_MAX_T
        || spec.p > ARGON2_MAX_P
    {
        return Err(Error::KeyFileDamaged(
            "argon2 cost outside its bounds".into(),
        ));
    }
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    DERIVATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut stretched = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), &salt, stretched.as_mut())
        .map_err(|e| Error::Internal(format!("argon2: {e}")))?;
    let mut ikm = Zeroizing::new(Vec::with_capacity(keyring_secret.len() + 32));
    ikm.extend_from_slice(keyring_secret);
    ikm.extend_from_slice(stretched.as_ref());
    let hk = Hkdf::<Sha256>::new(Some(&salt), &ikm);
    let mut kek = Zeroizing::new([0u8; 32]);
    hk.expand(b"feldbuch/keys/v1/passphrase-kek", kek.as_mut())
        .map_err(|e| Error::Internal(format!("hkdf: {e}")))?;
    Ok(kek)
}

fn recovery_kek(salt_hex: &str, recovery: &RecoveryKey) -> Result<Zeroizing<[u8; 32]>> {
    let salt = unhex(salt_hex)?;
    let hk = Hkdf::<Sha256>::new(Some(&salt), recovery.as_bytes());
    let mut kek = Zeroizing::new([0u8; 32]);
    hk.expand(b"feldbuch/keys/v1/recovery-kek", kek.as_mut())
        .map_err(|e| Error::Internal(format!("hkdf: {e}")))?;
    Ok(kek)
}

fn seal(kek: &[u8; 32], key: &StoreKey, aad: &[u8]) -> Result<Wrapped> {
    let cipher = XChaCha20Poly1305::new(kek.into());
    let nonce = random::<24>();
    let ct = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.as_bytes(),
                aad,
            },
        )
        .map_err(|_| Error::Internal("seal".into()))?;
    Ok(Wrapped {
        nonce: hex::encode(nonce),
        ciphertext: hex::encode(ct),
    })
}

fn open(kek: &[u8; 32], w: &Wrapped, aad: &[u8]) -> Option<StoreKey> {
    let nonce = hex::decode(&w.nonce).ok()?;
    let ct = hex::decode(&w.ciphertext).ok()?;
    if nonce.len() != 24 {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(kek.into());
    let pt = Zeroizing::new(
        cipher
            .decrypt(XNonce::from_slice(&nonce), Payload { msg: &ct, aad })
            .ok()?,
    );
    let arr: [u8; 32] = pt.as_slice().try_into().ok()?;
    Some(StoreKey::from_bytes(arr))
}

fn new_argon_spec() -> Argon2Spec {
    Argon2Spec {
        m_kib: ARGON2_M_KIB,
        t: ARGON2_T,
        p: ARGON2_P,
        salt: hex::encode(random::<16>()),
    }
}

/// What set-up hands back: the store key (to create the store) and the recovery key (to show once).
pub struct Created {
    pub store_id: StoreId,
    pub key: StoreKey,
    pub recovery: RecoveryKey,
}

/// Create the keys of a new store in `dir`: a random store key, a keyring secret, a recovery key.
/// Writes the keyring first, then the key file; on failure nothing is left behind.
pub fn create(dir: &Path, passphrase: &Passphrase, vault: &dyn SecretVault) -> Result<Created> {
    passphrase.validate_new()?;
    if dir.join(KEY_FILE).exists() {
        return Err(Error::AlreadyInitialised);
    }
    let store_id = StoreId::new();
    let key = StoreKey::generate();
    let recovery = RecoveryKey::generate();
    let keyring_secret = Zeroizing::new(random::<32>());
    vault.put(store_id, keyring_secret.as_ref())?;

    let spec = new_argon_spec();
    let built = (|| -> Result<KeyFile> {
        let pkek = passphrase_kek(&spec, keyring_secret.as_ref(), passphrase)?;
        let recovery_salt = hex::encode(random::<16>());
        let rkek = recovery_kek(&recovery_salt, &recovery)?;
        Ok(KeyFile {
            version: 1,
            store_id,
            passphrase_wrap: seal(&pkek, &key, &aad(store_id, "passphrase"))?,
            recovery_wrap: seal(&rkek, &key, &aad(store_id, "recovery"))?,
            argon2: spec,
            recovery_salt,
        })
    })();
    let kf = match built.and_then(|kf| kf.save(dir).map(|()| kf)) {
        Ok(kf) => kf,
        Err(e) => {
            let _ = vault.delete(store_id);
            return Err(e);
        }
    };
    Ok(Created {
        store_id: kf.store_id,
        key,
        recovery,
    })
}

/// How many times this process stretched a passphrase with Argon2id: a user action must cost one
/// (the tests of the app layer count them).
static DERIVATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Passphrase stretchings (Argon2id runs) since the process started.
pub fn passphrase_derivations() -> u64 {
    DERIVATIONS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Unwrap the store key with the keyring secret and the passphrase.
pub fn unlock(dir: &Path, passphrase: &Passphrase, vault: &dyn SecretVault) -> Result<StoreKey> {
    let kf = KeyFile::load(dir)?;
    let secret = vault.get(kf.store_id)?;
    let kek = passphrase_kek(&kf.argon2, &secret, passphrase)?;
    open(&kek, &kf.passphrase_wrap, &aad(kf.store_id, "passphrase")).ok_or(Error::WrongPassphrase)
}

/// Unwrap the store key with the recovery key, then protect it with a new passphrase and a fresh
/// keyring secret (the old keyring entry may be gone: that is when recovery is needed).
///
/// A recovery key that was used has been typed, maybe read aloud or photographed: it is replaced
/// by a new one, in the same write as the new passphrase wrap, and the old one stops working.
/// The new key comes back to be shown once.
pub fn recover(
    dir: &Path,
    recovery: &RecoveryKey,
    new_passphrase: &Passphrase,
    vault: &dyn SecretVault,
) -> Result<Recovered> {
    new_passphrase.validate_new()?;
    let mut kf = KeyFile::load(dir)?;
    let rkek = recovery_kek(&kf.recovery_salt, recovery)?;
    let key = open(&rkek, &kf.recovery_wrap, &aad(kf.store_id, "recovery"))
        .ok_or(Error::WrongRecoveryKey)?;
    let next = RecoveryKey::generate();
    let salt = hex::encode(random::<16>());
    let next_kek = recovery_kek(&salt, &next)?;
    kf.recovery_wrap = seal(&next_kek, &key, &aad(kf.store_id, "recovery"))?;
    kf.recovery_salt = salt;
    rewrap(dir, &mut kf, &key, new_passphrase, vault)?;
    Ok(Recovered {
        key,
        recovery: next,
    })
}

/// The store key behind the recovery key, changing nothing: to prove the store opens before
/// [`recover`] replaces the key file's wraps.
pub fn unwrap_with_recovery(dir: &Path, recovery: &RecoveryKey) -> Result<StoreKey> {
    let kf = KeyFile::load(dir)?;
    let rkek = recovery_kek(&kf.recovery_salt, recovery)?;
    open(&rkek, &kf.recovery_wrap, &aad(kf.store_id, "recovery")).ok_or(Error::WrongRecoveryKey)
}

/// What recovery hands back: the store key, and the new recovery key (to show once).
pub struct Recovered {
    pub key: StoreKey,
    pub recovery: RecoveryKey,
}

/// Change the passphrase, proving the old one first.
pub fn change_passphrase(
    dir: &Path,
    old: &Passphrase,
    new: &Passphrase,
    vault: &dyn SecretVault,
) -> Result<()> {
    new.validate_new()?;
    let key = unlock(dir, old, vault)?;
    let mut kf = KeyFile::load(dir)?;
    rewrap(dir, &mut kf, &key, new, vault)
}

/// A new recovery key on request, proving the passphrase first: the store key is wrapped under
/// it instead of the old one (which stops working) in one write of the key file. The new key
/// comes back to be shown once.
pub fn new_recovery_key(
    dir: &Path,
    passphrase: &Passphrase,
    vault: &dyn SecretVault,
) -> Result<RecoveryKey> {
    let key = unlock(dir, passphrase, vault)?;
    let mut kf = KeyFile::load(dir)?;
    let next = RecoveryKey::generate();
    let salt = hex::encode(random::<16>());
    let next_kek = recovery_kek(&salt, &next)?;
    kf.recovery_wrap = seal(&next_kek, &key, &aad(kf.store_id, "recovery"))?;
    kf.recovery_salt = salt;
    kf.save(dir)?;
    Ok(next)
}

fn rewrap(
    dir: &Path,
    kf: &mut KeyFile,
    key: &StoreKey,
    passphrase: &Passphrase,
    vault: &dyn SecretVault,
) -> Result<()> {
    let keyring_secret = Zeroizing::new(random::<32>());
    let spec = new_argon_spec();
    let pkek = passphrase_kek(&spec, keyring_secret.as_ref(), passphrase)?;
    let wrap = seal(&pkek, key, &aad(kf.store_id, "passphrase"))?;
    // Keyring first: if the file write then fails, the recovery wrap still opens the store.
    vault.put(kf.store_id, keyring_secret.as_ref())?;
    kf.argon2 = spec;
    kf.passphrase_wrap = wrap;
    kf.save(dir)
}

#[cfg(test)]
pub(crate) mod testing {
    //! An in-memory vault for unit tests of the layers above custody. Custody itself is also
    //! tested against the real Secret Service in `tests/keyring.rs`.
    use super::*;
    use std::collections::HashMap;
    use std::sync::Mutex;

    #[derive(Default)]
    pub struct MemVault {
        pub secrets: Mutex<HashMap<StoreId, Vec<u8>>>,
    }

    impl SecretVault for MemVault {
        fn get(&self, store: StoreId) -> Result<Zeroizing<Vec<u8>>> {
            let g = self
                .secrets
                .lock()
                .map_err(|_| Error::Internal("lock".into()))?;
            g.get(&store)
                .cloned()
                .map(Zeroizing::new)
                .ok_or(Error::KeyringEntryMissing)
        }
        fn put(&self, store: StoreId, secret: &[u8]) -> Result<()> {
            let mut g = self
                .secrets
                .lock()
                .map_err(|_| Error::Internal("lock".into()))?;
            g.insert(store, secret.to_vec());
            Ok(())
        }
        fn delete(&self, store: StoreId) -> Result<()> {
            let mut g = self
                .secrets
                .lock()
                .map_err(|_| Error::Internal("lock".into()))?;
            g.remove(&store);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::testing::MemVault;
    use super::*;

    #[test]
    fn passphrase_and_keyring_secret_are_both_needed() {
        let dir = tempfile::tempdir().unwrap();
        let vault = MemVault::default();
        let pw = Passphrase::new("korrekt pferd batterie");
        let created = create(dir.path(), &pw, &vault).unwrap();
        let k = unlock(dir.path(), &pw, &vault).unwrap();
        assert_eq!(k.as_bytes(), created.key.as_bytes());

        assert!(matches!(
            unlock(dir.path(), &Passphrase::new("falsch falsch"), &vault),
            Err(Error::WrongPassphrase)
        ));
        // Same passphrase, but a different keyring secret: refused.
        vault.put(created.store_id, &[7u8; 32]).unwrap();
        assert!(matches!(
            unlock(dir.path(), &pw, &vault),
            Err(Error::WrongPassphrase)
        ));
        // Keyring entry gone: a clear error, not a fallback.
        vault.delete(created.store_id).unwrap();
        assert!(matches!(
            unlock(dir.path(), &pw, &vault),
            Err(Error::KeyringEntryMissing)
        ));
    }

    #[test]
    fn argon2_parameters_from_the_key_file_are_bounded_both_ways() {
        let dir = tempfile::tempdir().unwrap();
        let vault = MemVault::default();
        let pw = Passphrase::new("korrekt pferd batterie");
        create(dir.path(), &pw, &vault).unwrap();
        let path = dir.path().join(KEY_FILE);
        let original = std::fs::read_to_string(&path).unwrap();
        for (field, value) in [
            ("m_kib", 8u64),
            ("t", 1),
            ("m_kib", 4 * 1024 * 1024),
            ("t", 1000),
            ("p", 64),
        ] {
            let mut kf: serde_json::Value = serde_json::from_str(&original).unwrap();
            kf["argon2"][field] = value.into();
            std::fs::write(&path, kf.to_string()).unwrap();
            // Refused as damaged, before Argon2 runs (which would answer "wrong passphrase").
            let r = unlock(dir.path(), &pw, &vault);
            assert!(
                matches!(r, Err(Error::KeyFileDamaged(_))),
                "{field} = {value}: {r:?}"
            );
        }
    }

    #[test]
    fn a_new_recovery_key_replaces_the_old_and_a_changed_passphrase_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let vault = MemVault::default();
        let pw = Passphrase::new("altes passwort");
        let created = create(dir.path(), &pw, &vault).unwrap();
        let key_file = || std::fs::read(dir.path().join(KEY_FILE)).unwrap();

        // A wrong passphrase changes nothing.
        let before = key_file();
        assert!(matches!(
            new_recovery_key(dir.path(), &Passphrase::new("falsch falsch"), &vault),
            Err(Error::WrongPassphrase)
        ));
        assert!(matches!(
            change_passphrase(
                dir.path(),
                &Passphrase::new("falsch falsch"),
                &Passphrase::new("neues passwort"),
                &vault
            ),
            Err(Error::WrongPassphrase)
        ));
        assert_eq!(key_file(), before);

        let next = new_recovery_key(dir.path(), &pw, &vault).unwrap();
        assert!(matches!(
            unwrap_with_recovery(dir.path(), &created.recovery),
            Err(Error::WrongRecoveryKey)
        ));
        let typed = RecoveryKey::parse(&next.to_display()).unwrap();
        let by_recovery = unwrap_with_recovery(dir.path(), &typed).unwrap();
        let by_passphrase = unlock(dir.path(), &pw, &vault).unwrap();
        assert_eq!(by_recovery.as_bytes(), by_passphrase.as_bytes());

        let new_pw = Passphrase::new("neues passwort");
        change_passphrase(dir.path(), &pw, &new_pw, &vault).unwrap();
        assert!(matches!(
            unlock(dir.path(), &pw, &vault),
            Err(Error::WrongPassphrase)
        ));
        assert_eq!(
            unlock(dir.path(), &new_pw, &vault).unwrap().as_bytes(),
            by_passphrase.as_bytes()
        );
        // The recovery key is not touched by a passphrase change.
        unwrap_with_recovery(dir.path(), &typed).unwrap();
    }

    #[test]
    fn recovery_key_restores_access_with_a_new_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let vault = MemVault::default();
        let pw = Passphrase::new("altes passwort");
        let created = create(dir.path(), &pw, &vault).unwrap();
        vault.delete(created.store_id).unwrap();

        let wrong = RecoveryKey::generate();
        let new_pw = Passphrase::new("neues passwort");
        assert!(matches!(
            recover(dir.path(), &wrong, &new_pw, &vault),
            Err(Error::WrongRecoveryKey)
        ));
        let typed = RecoveryKey::parse(&created.recovery.to_display()).unwrap();
        let r = recover(dir.path(), &typed, &new_pw, &vault).unwrap();
        assert_eq!(r.key.as_bytes(), created.key.as_bytes());
        assert!(unlock(dir.path(), &new_pw, &vault).is_ok());
        assert!(matches!(
            unlock(dir.path(), &pw, &vault),
            Err(Error::WrongPassphrase)
        ));
        // The used key is replaced: it no longer opens the store, the new one does.
        assert_ne!(r.recovery.to_display(), created.recovery.to_display());
        assert!(matches!(
            recover(dir.path(), &typed, &new_pw, &vault),
            Err(Error::WrongRecoveryKey)
        ));
        let next = RecoveryKey::parse(&r.recovery.to_display()).unwrap();
        let again = recover(
            dir.path(),
            &next,
            &Passphrase::new("drittes passwort"),
            &vault,
        )
        .unwrap();
        assert_eq!(again.key.as_bytes(), created.key.as_bytes());
    }

    #[test]
    fn key_file_holds_no_key_material_in_plaintext() {
        let dir = tempfile::tempdir().unwrap();
        let vault = MemVault::default();
        let created = create(dir.path(), &Passphrase::new("passphrase!"), &vault).unwrap();
        let text = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
        assert!(!text.contains(&hex::encode(created.key.as_bytes())));
        assert!(!text.contains(&hex::encode(created.recovery.as_bytes())));
        let secret = vault.get(created.store_id).unwrap();
        assert!(!text.contains(&hex::encode(&*secret)));
        assert!(matches!(
            create(dir.path(), &Passphrase::new("passphrase!"), &vault),
            Err(Error::AlreadyInitialised)
        ));
    }

    #[test]
    fn a_keyring_that_never_answers_is_reported_unavailable_not_waited_for() {
        // Had it waited, the call would have ended with Ok.
        let r: Result<()> = with_timeout(std::time::Duration::from_millis(50), || {
            std::thread::sleep(std::time::Duration::from_secs(5));
            Ok(())
        });
        assert!(matches!(r, Err(Error::KeyringUnavailable(_))), "{r:?}");
        let quick = with_timeout(std::time::Duration::from_secs(5), || Ok(7));
        assert_eq!(quick.ok(), Some(7));
    }

    #[test]
    fn a_short_passphrase_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let vault = MemVault::default();
        assert!(create(dir.path(), &Passphrase::new("kurz"), &vault).is_err());
        assert!(!dir.path().join(KEY_FILE).exists());
        assert!(vault.secrets.lock().unwrap().is_empty());
    }
}
