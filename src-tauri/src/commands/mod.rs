//! The window's commands, one per action of the core's list (`feldbuch_core::for_each_action!`):
//! each reads its request, calls the action and hands back its answer or its error. Nothing
//! here is written by hand per command.

pub mod exchange;
pub mod report;
pub mod workflow;

/// Result of a command not yet derived from the action list.
pub type IpcResult<T> = Result<T, feldbuch_core::app::ErrorReply>;

/// One command per action, each in a module of its own named like it (so that its request and
/// response types are named as the action's area names them). Every command runs off the main
/// thread: the window stays responsive while one waits for the store.
macro_rules! commands {
    ($($area:ident :: $name:ident ( $req:ty $(, progress $prog:ty)? ) -> $resp:ty ;)*) => {
        $(commands!(@one $area $name ($req $(, $prog)?) $resp);)*

        /// The handler of every command.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![
                $($name::$name,)*
                workflow::save_draft,
                workflow::load_draft,
                workflow::clear_draft,
                workflow::retention,
                workflow::set_retention,
                workflow::apply_retention,
                workflow::audit_log,
                report::report,
                report::write_report,
                exchange::export_status,
                exchange::export_now,
                exchange::export_history,
                exchange::backup_status,
                exchange::backup_now,
                exchange::cancel_backup,
                exchange::restore_backup,
                exchange::set_export_folder,
                exchange::set_export_schedule,
                exchange::set_export_notes,
                exchange::set_office_key,
                exchange::write_enrolment,
                exchange::preview_enrolment,
                exchange::enrol_device,
                exchange::enrolled_devices,
                exchange::revoke_device,
                exchange::set_office_identity,
                exchange::import_bundles,
                exchange::cancel_import,
                exchange::merge_conflicts,
            ]
        }
    };
    (@one $area:ident $name:ident ($req:ty) $resp:ty) => {
        pub mod $name {
            #[allow(unused_imports)]
            use feldbuch_core::app::$area::*;
            use feldbuch_core::app::{decode, App, ErrorReply};

            #[tauri::command(async)]
            pub fn $name(
                state: tauri::State<'_, App>,
                req: serde_json::Value,
            ) -> Result<$resp, ErrorReply> {
                Ok(feldbuch_core::app::$area::$name(&state, decode::<$req>(req)?)?)
            }
        }
    };
    (@one $area:ident $name:ident ($req:ty, $prog:ty) $resp:ty) => {
        pub mod $name {
            #[allow(unused_imports)]
            use feldbuch_core::app::$area::*;
            use feldbuch_core::app::{decode, App, ErrorReply};

            #[tauri::command(async)]
            pub fn $name(
                state: tauri::State<'_, App>,
                req: serde_json::Value,
                on_progress: tauri::ipc::Channel<$prog>,
            ) -> Result<$resp, ErrorReply> {
                // A window that went away does not stop the work; only a cancel or a lock does.
                let mut progress = |p: $prog| {
                    let _ = on_progress.send(p);
                };
                Ok(feldbuch_core::app::$area::$name(&state, decode::<$req>(req)?, &mut progress)?)
            }
        }
    };
}

feldbuch_core::for_each_action!(commands);
