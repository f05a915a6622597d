//! # feldbuch-core
//!
//! The domain of Feldbuch, free of any window or IPC: the SQLCipher store and its migrations,
//! key custody (OS keyring + passphrase, recovery key), records and their validation, the
//! hash-chained audit log, and Fluent localisation. The Tauri app (`src-tauri/`) and the
//! `feldbuch` CLI are thin faces over this crate; it must never depend on either.

#![forbid(unsafe_code)]

pub mod app;
pub mod cancel;
pub mod clock;
pub mod custody;
pub mod datadir;
pub mod error;
pub mod exchange;
pub mod fsutil;
pub mod i18n;
pub mod ids;
pub mod print;
pub mod report;
pub mod secret;
pub mod seed;
pub mod store;
pub mod validate;
pub mod vocab;

pub use cancel::{Cancel, Meter};
pub use clock::{Clock, FixedClock, SharedClock, SystemClock};
pub use datadir::{default_data_dir, DataDir, Settings};
pub use error::{Error, ErrorClass, Result};
pub use i18n::Localizer;
pub use secret::{Passphrase, RecoveryKey};
pub use store::Store;
