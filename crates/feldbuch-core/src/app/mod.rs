//! The app layer: what a user can do, one typed action each, for every face (the window's
//! commands, the CLI). Each area is named like the screen it serves. An action takes one typed
//! request and answers one typed response; it validates what it is given and orchestrates the
//! store, the data directory and the files it reads or writes. The faces only move values and
//! errors.
//!
//! Every action is listed once, in [`for_each_action!`](crate::for_each_action): the window's
//! commands and their permissions (`src-tauri/`), and the TypeScript client and types
//! (`ui/src/lib/api.ts`, `bindings.ts`, see [`typescript`]) are derived from that list.

mod actions;
pub mod activities;
pub mod backups;
pub mod documents;
pub mod exchange;
pub mod journal;
pub mod persons;
pub mod reports;
pub mod session;
pub mod settings;
pub mod sites;
pub mod state;
pub mod today;
pub mod typescript;

pub use state::{App, BackupActivity, JobGuard, JobKind};

use crate::error::{Error, Result};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use ts_rs::TS;

/// The error as the faces pass it on: `code` is a Fluent message id the window renders in the
/// user's language, `args` its arguments. Internal details never cross.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
#[ts(rename = "IpcError")]
pub struct ErrorReply {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl From<Error> for ErrorReply {
    fn from(e: Error) -> Self {
        if e.code() == "error-internal" || e.code() == "error-io" {
            // Logged for the developer without personal data: the core's messages carry none.
            eprintln!("feldbuch: {e}");
        }
        Self {
            code: e.code().to_string(),
            args: e.args(),
        }
    }
}

/// Days from `from` to `to` (`YYYY-MM-DD`, both included); either end may stay open.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct DateRange {
    #[serde(default)]
    #[ts(optional)]
    pub from: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub to: Option<String>,
}

impl DateRange {
    /// The two ends as dates; a malformed one is `error-invalid-date`.
    pub fn dates(&self) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
        let day = |d: &Option<String>| d.as_deref().map(crate::validate::date).transpose();
        Ok((day(&self.from)?, day(&self.to)?))
    }
}

/// A path the user typed: trimmed, not empty.
pub(crate) fn path_of(text: &str) -> Result<PathBuf> {
    let t = text.trim();
    if t.is_empty() || t.len() > 4096 {
        return Err(Error::invalid("error-path-invalid", &[]));
    }
    Ok(PathBuf::from(t))
}

/// A file the app wrote for the user.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FileWritten {
    pub path: String,
}

/// Write a new file for the user into the documents folder (the window has no file-system
/// access of its own). Written without the session: a folder that hangs must not keep the store
/// open. An existing file is never replaced.
pub(crate) fn write_document(name: &str, bytes: &[u8]) -> Result<FileWritten> {
    let path = crate::datadir::documents_dir()?.join(name);
    crate::fsutil::write_new(&path, bytes)?;
    Ok(FileWritten {
        path: path.display().to_string(),
    })
}

/// A request as it arrived (JSON), read into its type. One that does not fit is refused with
/// `error-request-invalid` before anything runs: the window never sends one, so it names what
/// did not fit rather than a field the user could correct.
pub fn decode<T: DeserializeOwned>(value: serde_json::Value) -> Result<T> {
    serde_json::from_value(value)
        .map_err(|e| Error::invalid("error-request-invalid", &[("detail", &e.to_string())]))
}

/// The names of every action, in the order of the list.
pub fn action_names() -> Vec<&'static str> {
    macro_rules! names {
        ($($area:ident :: $name:ident ( $req:ty $(, progress $prog:ty)? ) -> $resp:ty ;)*) => {
            vec![$(stringify!($name)),*]
        };
    }
    crate::for_each_action!(names)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_error_crosses_as_code_and_args() {
        let e: ErrorReply = Error::invalid("error-invalid-date", &[("value", "2026-13-01")]).into();
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"error-invalid-date","args":{"value":"2026-13-01"}}"#
        );
        let e: ErrorReply = Error::Locked.into();
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"error-locked","args":{}}"#
        );
    }

    #[test]
    fn a_request_that_does_not_fit_is_refused_with_a_code() {
        let e =
            decode::<settings::SetAutoLock>(serde_json::json!({"minutes": "zehn"})).unwrap_err();
        assert_eq!(e.code(), "error-request-invalid");
        let ok: settings::SetAutoLock = decode(serde_json::json!({"minutes": 10})).unwrap();
        assert_eq!(ok.minutes, 10);
        decode::<()>(serde_json::Value::Null).unwrap();
    }

    #[test]
    fn every_action_has_a_name_of_its_own() {
        let names = action_names();
        let unique: std::collections::BTreeSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
    }
}
