//! Set-up, unlock, recovery, lock.

use crate::dto::{AppStatus, SetupRequest, SetupResult, Vocabulary};
use crate::ipc_error::IpcResult;
use feldbuch_core::app::App;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{
    ActivityKind, AgeBand, ConsentForm, ConsentScope, ContactKind, Education, Employment, Gender,
    Household, Locale, Marker, Outcome, PartnerKind, ReferralStatus, RetentionCategory, Role,
    SiteKind, Topic,
};
use feldbuch_core::Passphrase;
use tauri::State;

fn ids(v: Vec<&str>) -> Vec<String> {
    v.into_iter().map(String::from).collect()
}

#[tauri::command]
pub fn app_status(state: State<'_, App>) -> AppStatus {
    let s = state.data().settings();
    AppStatus {
        initialised: state.data().is_initialised(),
        unlocked: state.is_unlocked(),
        locale: s.locale.id().into(),
        auto_lock_minutes: s.auto_lock_minutes,
        today: state.clock().today().to_string(),
    }
}

#[tauri::command]
pub fn vocabulary() -> Vocabulary {
    Vocabulary {
        site_kinds: ids(SiteKind::ids()),
        contact_kinds: ids(ContactKind::ids()),
        topics: ids(Topic::ids()),
        age_bands: ids(AgeBand::ids()),
        genders: ids(Gender::ids()),
        roles: ids(Role::ids()),
        locales: ids(Locale::ids()),
        markers: ids(Marker::ids()),
        consent_scopes: ids(ConsentScope::ids()),
        consent_forms: ids(ConsentForm::ids()),
        partner_kinds: ids(PartnerKind::ids()),
        referral_statuses: ids(ReferralStatus::ids()),
        activity_kinds: ids(ActivityKind::ids()),
        outcomes: ids(Outcome::ids()),
        employment: ids(Employment::ids()),
        education: ids(Education::ids()),
        households: ids(Household::ids()),
        retention_categories: ids(RetentionCategory::ids()),
    }
}

// Argon2id takes a noticeable moment: run off the main thread so the window stays responsive.
#[tauri::command(async)]
pub fn setup(state: State<'_, App>, req: SetupRequest) -> IpcResult<SetupResult> {
    let role = Role::parse(&req.role)?;
    let profile = NewProfile {
        display_name: req.display_name,
        initials: req.initials,
        team: req.team,
        role,
        locale: Locale::parse(&req.locale)?,
    };
    let passphrase = Passphrase::new(req.passphrase);
    state.ensure_keyring()?;
    let (store, recovery) = state
        .data()
        .init(&profile, &passphrase, &OsKeyring, state.clock())?;
    state.set_store(store)?;
    Ok(SetupResult {
        recovery_key: recovery.to_display().to_string(),
    })
}

// Argon2id takes a noticeable moment: run off the main thread so the window stays responsive.
#[tauri::command(async)]
pub fn unlock(state: State<'_, App>, passphrase: String) -> IpcResult<()> {
    let passphrase = Passphrase::new(passphrase);
    state.ensure_keyring()?;
    let store = state
        .data()
        .unlock(&passphrase, &OsKeyring, state.clock())?;
    state.set_store(store)?;
    day_backup(&state);
    Ok(())
}

/// The day's backup, in the background: Heute does not wait for it. Its failure to start is kept
/// like its failure to finish, for Einstellungen to show.
fn day_backup(state: &App) {
    if let Err(e) = state.start_backup_if_due() {
        state.note_backup_problem(e.code());
    }
}

// Argon2id takes a noticeable moment: run off the main thread so the window stays responsive.
/// Answers the new recovery key that replaces the used one, to be shown once.
#[tauri::command(async)]
pub fn unlock_with_recovery(
    state: State<'_, App>,
    recovery_key: String,
    new_passphrase: String,
) -> IpcResult<SetupResult> {
    let recovery = zeroize::Zeroizing::new(recovery_key);
    let passphrase = Passphrase::new(new_passphrase);
    state.ensure_keyring()?;
    let (store, next) = state
        .data()
        .recover(&recovery, &passphrase, &OsKeyring, state.clock())?;
    state.set_store(store)?;
    day_backup(&state);
    Ok(SetupResult {
        recovery_key: next.to_display().to_string(),
    })
}

// Off the main thread: locking waits for long work to close its connection.
#[tauri::command(async)]
pub fn lock(state: State<'_, App>) {
    state.lock();
}

#[tauri::command]
pub fn activity(state: State<'_, App>) {
    state.touch();
}
