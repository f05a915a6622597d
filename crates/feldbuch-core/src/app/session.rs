//! The lock screen and set-up: what the app is (set up, unlocked, which language), the closed
//! vocabularies the forms offer, set-up, unlocking (with the passphrase or the recovery key) and
//! locking.

use super::App;
use crate::custody::OsKeyring;
use crate::error::Result;
use crate::store::profile::NewProfile;
use crate::vocab::{
    ActivityKind, AgeBand, ConsentForm, ConsentScope, ContactKind, Education, Employment, Gender,
    Household, Locale, Marker, Outcome, PartnerKind, ReferralStatus, RetentionCategory, Role,
    SiteKind, Topic,
};
use crate::Passphrase;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the window needs before anything is unlocked.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppStatus {
    pub initialised: bool,
    pub unlocked: bool,
    pub locale: Locale,
    pub auto_lock_minutes: u32,
    /// `YYYY-MM-DD`, the app's today.
    pub today: String,
}

/// Every closed vocabulary, in display order.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Vocabulary {
    pub site_kinds: Vec<SiteKind>,
    pub contact_kinds: Vec<ContactKind>,
    pub topics: Vec<Topic>,
    pub age_bands: Vec<AgeBand>,
    pub genders: Vec<Gender>,
    pub roles: Vec<Role>,
    pub locales: Vec<Locale>,
    pub markers: Vec<Marker>,
    pub consent_scopes: Vec<ConsentScope>,
    pub consent_forms: Vec<ConsentForm>,
    pub partner_kinds: Vec<PartnerKind>,
    pub referral_statuses: Vec<ReferralStatus>,
    pub activity_kinds: Vec<ActivityKind>,
    pub outcomes: Vec<Outcome>,
    pub employment: Vec<Employment>,
    pub education: Vec<Education>,
    pub households: Vec<Household>,
    pub retention_categories: Vec<RetentionCategory>,
}

/// First set-up of this device. Its `Debug` never prints the passphrase.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Setup {
    pub locale: Locale,
    pub display_name: String,
    pub initials: String,
    pub team: Option<String>,
    pub role: Role,
    pub passphrase: Passphrase,
}

/// A recovery key to show once. Its `Debug` never prints it.
#[derive(Clone, Serialize, TS)]
pub struct RecoveryKeyShown {
    pub recovery_key: String,
}

impl std::fmt::Debug for RecoveryKeyShown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecoveryKeyShown")
            .field("recovery_key", &"<redacted>")
            .finish()
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct Unlock {
    pub passphrase: Passphrase,
}

/// Unlock with the recovery key, choosing a new passphrase.
#[derive(Clone, Deserialize, TS)]
pub struct Recover {
    pub recovery_key: String,
    pub new_passphrase: Passphrase,
}

impl std::fmt::Debug for Recover {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recover")
            .field("recovery_key", &"<redacted>")
            .field("new_passphrase", &self.new_passphrase)
            .finish()
    }
}

pub fn app_status(app: &App, _: ()) -> Result<AppStatus> {
    let s = app.data().settings();
    Ok(AppStatus {
        initialised: app.data().is_initialised(),
        unlocked: app.is_unlocked(),
        locale: s.locale,
        auto_lock_minutes: s.auto_lock_minutes,
        today: app.clock().today().to_string(),
    })
}

pub fn vocabulary(_: &App, _: ()) -> Result<Vocabulary> {
    Ok(Vocabulary {
        site_kinds: SiteKind::ALL.to_vec(),
        contact_kinds: ContactKind::ALL.to_vec(),
        topics: Topic::ALL.to_vec(),
        age_bands: AgeBand::ALL.to_vec(),
        genders: Gender::ALL.to_vec(),
        roles: Role::ALL.to_vec(),
        locales: Locale::ALL.to_vec(),
        markers: Marker::ALL.to_vec(),
        consent_scopes: ConsentScope::ALL.to_vec(),
        consent_forms: ConsentForm::ALL.to_vec(),
        partner_kinds: PartnerKind::ALL.to_vec(),
        referral_statuses: ReferralStatus::ALL.to_vec(),
        activity_kinds: ActivityKind::ALL.to_vec(),
        outcomes: Outcome::ALL.to_vec(),
        employment: Employment::ALL.to_vec(),
        education: Education::ALL.to_vec(),
        households: Household::ALL.to_vec(),
        retention_categories: RetentionCategory::ALL.to_vec(),
    })
}

/// Set up this device: keys, the encrypted store, the profile. The store is open afterwards.
pub fn setup(app: &App, req: Setup) -> Result<RecoveryKeyShown> {
    let profile = NewProfile {
        display_name: req.display_name,
        initials: req.initials,
        team: req.team,
        role: req.role,
        locale: req.locale,
    };
    app.ensure_keyring()?;
    let (store, recovery) = app
        .data()
        .init(&profile, &req.passphrase, &OsKeyring, app.clock())?;
    app.set_store(store)?;
    Ok(RecoveryKeyShown {
        recovery_key: recovery.to_display().to_string(),
    })
}

/// Unlock with the passphrase; the day's backup then starts in the background.
pub fn unlock(app: &App, req: Unlock) -> Result<()> {
    app.ensure_keyring()?;
    let store = app
        .data()
        .unlock(&req.passphrase, &OsKeyring, app.clock())?;
    app.set_store(store)?;
    day_backup(app);
    Ok(())
}

/// Unlock with the recovery key and a new passphrase; answers the recovery key that replaces the
/// one used, to be shown once.
pub fn unlock_with_recovery(app: &App, req: Recover) -> Result<RecoveryKeyShown> {
    let recovery = zeroize::Zeroizing::new(req.recovery_key);
    app.ensure_keyring()?;
    let (store, next) =
        app.data()
            .recover(&recovery, &req.new_passphrase, &OsKeyring, app.clock())?;
    app.set_store(store)?;
    day_backup(app);
    Ok(RecoveryKeyShown {
        recovery_key: next.to_display().to_string(),
    })
}

/// The day's backup, in the background: Heute does not wait for it. Its failure to start is kept
/// like its failure to finish, for Einstellungen to show.
fn day_backup(app: &App) {
    if let Err(e) = app.start_backup_if_due() {
        app.note_backup_problem(e.code());
    }
}

/// Lock: long work stops and closes its connections, then the store is closed.
pub fn lock(app: &App, _: ()) -> Result<()> {
    app.lock();
    Ok(())
}

/// The user did something: the idle timer starts again.
pub fn activity(app: &App, _: ()) -> Result<()> {
    app.touch();
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn requests_and_answers_that_hold_a_secret_never_print_it() {
        let setup: Setup = serde_json::from_value(serde_json::json!({
            "locale": "de", "display_name": "Erika Muster", "initials": "EM", "team": null,
            "role": "worker", "passphrase": "geheimes pferd batterie"
        }))
        .unwrap();
        let printed = format!("{setup:?} {setup:#?}");
        assert!(!printed.contains("geheimes"), "{printed}");
        let recover: Recover = serde_json::from_value(serde_json::json!({
            "recovery_key": "ABCD-EFGH-1234", "new_passphrase": "neues pferd batterie"
        }))
        .unwrap();
        let printed = format!("{recover:?}");
        assert!(
            !printed.contains("ABCD") && !printed.contains("neues"),
            "{printed}"
        );
        let shown = RecoveryKeyShown {
            recovery_key: "ABCD-EFGH-1234".into(),
        };
        assert!(!format!("{shown:?}").contains("ABCD"));
    }
}
