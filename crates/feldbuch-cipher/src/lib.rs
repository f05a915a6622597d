//! Feldbuch's SQLCipher crypto provider (`src/provider.c`): SQLCipher's own OpenSSL provider with
//! its keyed OpenSSL contexts kept per connection instead of made anew for every page, and the
//! pages' random IVs drawn from OpenSSL a buffer at a time instead of one call per page. Same
//! OpenSSL, same algorithms, same file format; only the per-page set-up is gone.
//!
//! [`install`] registers it as SQLCipher's default; every connection keyed afterwards uses it.
//! The store calls it before it opens a connection. If it cannot be installed, SQLCipher's own
//! provider stays in place: slower, never weaker.

use std::os::raw::c_int;
use std::sync::OnceLock;

/// The name SQLCipher reports for this provider (`PRAGMA cipher_provider`).
pub const PROVIDER_NAME: &str = "openssl-cached";

/// Why the provider is not in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstallError {
    /// SQLCipher's current provider is not its OpenSSL one (nothing was changed).
    UnexpectedProvider,
    /// SQLite did not initialise.
    SqliteInit,
    /// SQLCipher refused the registration, or the fork handler (for the random buffer) could
    /// not be set.
    Refused,
    /// An answer this crate does not know.
    Unknown(i32),
}

impl std::fmt::Display for InstallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnexpectedProvider => write!(f, "SQLCipher's provider is not its OpenSSL one"),
            Self::SqliteInit => write!(f, "SQLite did not initialise"),
            Self::Refused => write!(f, "SQLCipher refused the provider"),
            Self::Unknown(rc) => write!(f, "unknown answer {rc}"),
        }
    }
}

impl std::error::Error for InstallError {}

extern "C" {
    fn feldbuch_cipher_install() -> c_int;
    fn feldbuch_cipher_select(ours: c_int) -> c_int;
}

static INSTALLED: OnceLock<Result<(), InstallError>> = OnceLock::new();

/// Register the provider once per process (later calls return the first answer).
pub fn install() -> Result<(), InstallError> {
    *INSTALLED.get_or_init(|| {
        // The linker must keep libsqlite3-sys' SQLCipher, which the C side calls into.
        let _ = libsqlite3_sys::SQLITE_OK;
        // SAFETY: `feldbuch_cipher_install` takes no arguments and only touches SQLCipher's
        // provider registry (under SQLCipher's own mutex) and its own statics. It runs once, from
        // inside this OnceLock, so it never races with itself.
        #[allow(unsafe_code)]
        let rc = unsafe { feldbuch_cipher_install() };
        match rc {
            0 => Ok(()),
            1 => Err(InstallError::UnexpectedProvider),
            2 => Err(InstallError::SqliteInit),
            3 => Err(InstallError::Refused),
            other => Err(InstallError::Unknown(other)),
        }
    })
}

/// For measuring only (`tests/provider.rs`, and the store bench through the core's
/// `bench_plain::select_cipher_provider`): make SQLCipher's own provider
/// (`ours == false`) or this one the default for connections keyed from now on. Process-wide:
/// nothing else may open connections meanwhile.
#[doc(hidden)]
pub fn select_for_test(ours: bool) -> Result<(), InstallError> {
    install()?;
    // SAFETY: as for `install`; the C side only reorders SQLCipher's provider list under its mutex.
    #[allow(unsafe_code)]
    let rc = unsafe { feldbuch_cipher_select(c_int::from(ours)) };
    match rc {
        0 => Ok(()),
        _ => Err(InstallError::Refused),
    }
}
