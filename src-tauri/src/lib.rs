//! # feldbuch-app
//!
//! The Tauri 2 shell: registers the command adapters, holds the app state (the data directory and,
//! while unlocked, the open store), and runs the auto-lock timer. All logic lives in
//! `feldbuch-core`; nothing here touches SQL, keys or validation rules.

pub mod commands;
pub mod dto;
pub mod dto_exchange;
pub mod dto_report;
pub mod dto_workflow;
pub mod ipc_error;

use feldbuch_core::{DataDir, SystemClock};
use std::path::PathBuf;
use std::sync::Arc;

/// The data directory: `FELDBUCH_DATA_DIR` if set (tests, portable installs), else the platform's.
fn data_dir() -> Result<PathBuf, feldbuch_core::Error> {
    match std::env::var_os("FELDBUCH_DATA_DIR") {
        Some(d) if !d.is_empty() => Ok(PathBuf::from(d)),
        _ => feldbuch_core::default_data_dir(),
    }
}

/// Start the app.
pub fn run() {
    let dir = match data_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("feldbuch: {e}");
            std::process::exit(1);
        }
    };
    let state = feldbuch_core::app::App::new(DataDir::new(dir), Arc::new(SystemClock));
    let result = tauri::Builder::default()
        .manage(state)
        .setup(|app| {
            use tauri::Manager;
            feldbuch_core::app::state::start_auto_lock(app.state::<feldbuch_core::app::App>().inner().clone());
            // Reach the keyring while the lock screen shows, so that the unlock does not wait
            // for the connection; a keyring that is not there yet is tried again at the unlock.
            let keyring = app.state::<feldbuch_core::app::App>().inner().clone();
            std::thread::spawn(move || {
                let _ = keyring.ensure_keyring();
            });
            // Draw without GPU compositing: forms and lists need no GPU, and under software GL
            // (Xvfb, many VMs) it cost 78 MiB PSS (docs/BENCHMARKS.md). Only a preference: if it
            // cannot be set, the app starts anyway.
            #[cfg(target_os = "linux")]
            if let Some(window) = app.get_webview_window("main") {
                let set = window.with_webview(|view| {
                    use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
                    if let Some(settings) = view.inner().settings() {
                        settings
                            .set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
                    }
                });
                if let Err(e) = set {
                    eprintln!("feldbuch: rendering policy not set: {e}");
                }
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::session::app_status,
            commands::session::vocabulary,
            commands::session::setup,
            commands::session::unlock,
            commands::session::unlock_with_recovery,
            commands::session::lock,
            commands::session::activity,
            commands::settings::set_locale,
            commands::settings::set_auto_lock,
            commands::settings::profile,
            commands::sites::list_sites,
            commands::sites::add_site,
            commands::contacts::add_contact,
            commands::contacts::today,
            commands::contacts::delete_contact,
            commands::workflow::search_persons,
            commands::workflow::pick_persons,
            commands::workflow::add_person,
            commands::workflow::edit_person,
            commands::workflow::person_page,
            commands::workflow::give_consent,
            commands::workflow::withdraw_consent,
            commands::workflow::enrol_participant,
            commands::workflow::close_person,
            commands::workflow::search_notes,
            commands::workflow::export_auskunft,
            commands::workflow::erase_person,
            commands::workflow::list_partners,
            commands::workflow::add_partner,
            commands::workflow::list_visit_slots,
            commands::workflow::add_visit_slot,
            commands::workflow::add_referral,
            commands::workflow::set_referral_status,
            commands::workflow::list_referrals,
            commands::workflow::add_activity,
            commands::workflow::list_activities,
            commands::workflow::set_attendance,
            commands::workflow::list_followups,
            commands::workflow::add_followup,
            commands::workflow::complete_followup,
            commands::workflow::save_draft,
            commands::workflow::load_draft,
            commands::workflow::clear_draft,
            commands::workflow::retention,
            commands::workflow::set_retention,
            commands::workflow::apply_retention,
            commands::workflow::audit_log,
            commands::report::report,
            commands::report::write_report,
            commands::exchange::export_status,
            commands::exchange::export_now,
            commands::exchange::export_history,
            commands::exchange::backup_status,
            commands::exchange::backup_now,
            commands::exchange::cancel_backup,
            commands::exchange::restore_backup,
            commands::exchange::set_export_folder,
            commands::exchange::set_export_schedule,
            commands::exchange::set_export_notes,
            commands::exchange::set_office_key,
            commands::exchange::write_enrolment,
            commands::exchange::preview_enrolment,
            commands::exchange::enrol_device,
            commands::exchange::enrolled_devices,
            commands::exchange::revoke_device,
            commands::exchange::set_office_identity,
            commands::exchange::import_bundles,
            commands::exchange::cancel_import,
            commands::exchange::merge_conflicts,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("feldbuch: {e}");
        std::process::exit(1);
    }
}
