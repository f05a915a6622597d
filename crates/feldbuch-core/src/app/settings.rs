//! Einstellungen: language, auto-lock, the profile.

use super::App;
use crate::error::Result;
pub use crate::store::profile::Profile;
use crate::vocab::Locale;
use serde::Deserialize;
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
pub fn profile(app: &App, _: ()) -> Result<Profile> {
    app.with_store(|s| s.profile())
}
