//! The one error type of the core. Every variant maps to a Fluent message id (`code`) plus
//! string arguments, which is what crosses the IPC and what the CLI prints, localized.

use std::collections::BTreeMap;

/// Result alias used across the core.
pub type Result<T> = std::result::Result<T, Error>;

/// Everything that can go wrong in the core. Variants carry only what the user may see:
/// never a key, a passphrase, or personal data beyond the offending input value itself.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the data directory is not initialised")]
    NotInitialised,
    #[error("the data directory is already initialised")]
    AlreadyInitialised,
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("wrong recovery key")]
    WrongRecoveryKey,
    #[error("the recovery key is malformed")]
    MalformedRecoveryKey,
    #[error("no OS keyring is reachable: {0}")]
    KeyringUnavailable(String),
    #[error("the OS keyring is locked")]
    KeyringLocked,
    #[error("the keyring holds no secret for this store")]
    KeyringEntryMissing,
    #[error("the store is locked")]
    Locked,
    #[error("cancelled")]
    Cancelled,
    #[error("the store cannot be read with this key or is damaged")]
    StoreUnreadable,
    #[error("the key file is damaged: {0}")]
    KeyFileDamaged(String),
    #[error(
        "the store was written by a newer Feldbuch (schema {found}, this build knows {known})"
    )]
    SchemaTooNew { found: i64, known: i64 },
    #[error("invalid input: {code}")]
    Invalid {
        /// Fluent id, `error-…`
        code: &'static str,
        args: Vec<(&'static str, String)>,
    },
    #[error("not found: {code}")]
    NotFound {
        code: &'static str,
        args: Vec<(&'static str, String)>,
    },
    #[error("permission denied")]
    Forbidden,
    #[error("verification failed: {0}")]
    VerifyFailed(String),
    #[error("database error: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("migration error: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// An invalid-input error with a Fluent id and arguments.
    pub fn invalid(code: &'static str, args: &[(&'static str, &str)]) -> Self {
        Error::Invalid {
            code,
            args: args.iter().map(|(k, v)| (*k, (*v).to_string())).collect(),
        }
    }

    /// A not-found error with a Fluent id and arguments.
    pub fn not_found(code: &'static str, args: &[(&'static str, &str)]) -> Self {
        Error::NotFound {
            code,
            args: args.iter().map(|(k, v)| (*k, (*v).to_string())).collect(),
        }
    }

    /// The Fluent message id for this error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotInitialised => "error-not-initialised",
            Error::AlreadyInitialised => "error-already-initialised",
            Error::WrongPassphrase => "error-wrong-passphrase",
            Error::WrongRecoveryKey => "error-wrong-recovery-key",
            Error::MalformedRecoveryKey => "error-malformed-recovery-key",
            Error::KeyringUnavailable(_) => "error-keyring-unavailable",
            Error::KeyringLocked => "error-keyring-locked",
            Error::KeyringEntryMissing => "error-keyring-entry-missing",
            Error::Locked => "error-locked",
            Error::Cancelled => "error-cancelled",
            Error::StoreUnreadable => "error-store-unreadable",
            Error::KeyFileDamaged(_) => "error-key-file-damaged",
            Error::SchemaTooNew { .. } => "error-schema-too-new",
            Error::Invalid { code, .. } | Error::NotFound { code, .. } => code,
            Error::Forbidden => "error-forbidden",
            Error::VerifyFailed(_) => "error-verify-failed",
            _ if self.storage() == Some(Storage::Full) => "error-disk-full",
            _ if self.storage() == Some(Storage::ReadOnly) => "error-read-only",
            Error::Db(_) | Error::Migration(_) | Error::Internal(_) => "error-internal",
            Error::Io(_) => "error-io",
        }
    }

    /// Whether the file system refused the write: full (or a file-size limit), or read-only.
    pub fn storage(&self) -> Option<Storage> {
        use rusqlite::ErrorCode;
        // SQLite's messages for these codes are fixed; some paths (statements run inside
        // another, like `sqlcipher_export`) report the code as a generic SQLITE_ERROR.
        let sqlite = |e: &rusqlite::Error| match (e.sqlite_error_code(), e) {
            (Some(ErrorCode::DiskFull), _) => Some(Storage::Full),
            (Some(ErrorCode::ReadOnly), _) => Some(Storage::ReadOnly),
            (_, rusqlite::Error::SqliteFailure(_, Some(m))) if m == "database or disk is full" => {
                Some(Storage::Full)
            }
            (_, rusqlite::Error::SqliteFailure(_, Some(m)))
                if m == "attempt to write a readonly database" =>
            {
                Some(Storage::ReadOnly)
            }
            _ => None,
        };
        match self {
            Error::Db(e) => sqlite(e),
            Error::Migration(rusqlite_migration::Error::RusqliteError { err, .. }) => sqlite(err),
            Error::Io(e) => io_storage(e.kind()),
            _ => None,
        }
    }

    /// Arguments for the Fluent message. Internal details (SQL text, OS messages) are not
    /// included: they could carry personal data and mean nothing to the user.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        match self {
            Error::Invalid { args, .. } | Error::NotFound { args, .. } => {
                for (k, v) in args {
                    out.insert((*k).to_string(), v.clone());
                }
            }
            Error::SchemaTooNew { found, known } => {
                out.insert("found".into(), found.to_string());
                out.insert("known".into(), known.to_string());
            }
            Error::Io(e) => {
                out.insert("kind".into(), format!("{:?}", e.kind()));
            }
            _ => {}
        }
        out
    }

    /// The class of error, used by the CLI for its exit code.
    pub fn class(&self) -> ErrorClass {
        match self {
            Error::NotInitialised => ErrorClass::NotInitialised,
            Error::WrongPassphrase | Error::WrongRecoveryKey | Error::MalformedRecoveryKey => {
                ErrorClass::WrongSecret
            }
            Error::KeyringUnavailable(_) | Error::KeyringEntryMissing => ErrorClass::KeyringMissing,
            Error::KeyringLocked => ErrorClass::KeyringLocked,
            Error::Invalid { .. } | Error::AlreadyInitialised => ErrorClass::InvalidInput,
            Error::NotFound { .. } => ErrorClass::NotFound,
            Error::VerifyFailed(_) | Error::StoreUnreadable | Error::KeyFileDamaged(_) => {
                ErrorClass::Damaged
            }
            _ if self.storage().is_some() => ErrorClass::Storage,
            _ => ErrorClass::Other,
        }
    }
}

/// Whether an I/O error kind means a full disk or a read-only place.
pub(crate) fn io_storage(kind: std::io::ErrorKind) -> Option<Storage> {
    use std::io::ErrorKind;
    match kind {
        ErrorKind::StorageFull | ErrorKind::FileTooLarge | ErrorKind::QuotaExceeded => {
            Some(Storage::Full)
        }
        ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => Some(Storage::ReadOnly),
        _ => None,
    }
}

/// How the file system refused a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Full,
    ReadOnly,
}

/// Coarse classes of errors; the CLI turns them into documented exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    Other,
    InvalidInput,
    NotInitialised,
    WrongSecret,
    KeyringMissing,
    KeyringLocked,
    NotFound,
    Damaged,
    /// The disk is full or the folder read-only.
    Storage,
}

impl ErrorClass {
    /// The CLI exit code of this class (documented in the README).
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorClass::Other => 1,
            ErrorClass::InvalidInput => 2,
            ErrorClass::NotInitialised => 3,
            ErrorClass::WrongSecret => 4,
            ErrorClass::KeyringMissing => 5,
            ErrorClass::KeyringLocked => 6,
            ErrorClass::NotFound => 7,
            ErrorClass::Damaged => 8,
            ErrorClass::Storage => 9,
        }
    }
}

impl From<rusqlite::types::FromSqlError> for Error {
    fn from(e: rusqlite::types::FromSqlError) -> Self {
        Error::Db(rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            Box::new(e),
        ))
    }
}
