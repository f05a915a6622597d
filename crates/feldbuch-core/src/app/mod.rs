//! The app layer: what a user can do, one typed action each, for every face (the window's
//! commands, the CLI). Each area is named like the screen it serves. An action takes one typed
//! request and answers one typed response; it validates what it is given and orchestrates the
//! store, the data directory and the files it reads or writes. The faces only move values and
//! errors.

pub mod state;

pub use state::{App, BackupActivity, JobGuard, JobKind};
