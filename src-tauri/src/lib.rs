//! # feldbuch-app
//!
//! The Tauri 2 shell: registers the command adapters, holds the app state (the data directory and,
//! while unlocked, the open store), and runs the auto-lock timer. All logic lives in
//! `feldbuch-core`; nothing here touches SQL, keys or validation rules.

pub mod commands;

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
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(|app| {
            use tauri::Manager;
            feldbuch_core::app::state::start_auto_lock(
                app.state::<feldbuch_core::app::App>().inner().clone(),
            );
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
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("feldbuch: {e}");
        std::process::exit(1);
    }
}
