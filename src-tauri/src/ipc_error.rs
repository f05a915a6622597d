//! The error that crosses the IPC: `{ code, args }`, where `code` is a Fluent message id the UI
//! renders in the user's language. Internal details never cross.

use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// Error as the UI receives it.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct IpcError {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl From<feldbuch_core::Error> for IpcError {
    fn from(e: feldbuch_core::Error) -> Self {
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

/// Result of every command.
pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn wire_format_is_code_and_args() {
        let e: IpcError =
            feldbuch_core::Error::invalid("error-invalid-date", &[("value", "2026-13-01")]).into();
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"error-invalid-date","args":{"value":"2026-13-01"}}"#
        );
        let e: IpcError = feldbuch_core::Error::Locked.into();
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"error-locked","args":{}}"#
        );
    }
}
