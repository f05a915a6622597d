//! The window's commands, one per action of the core's list (`feldbuch_core::for_each_action!`):
//! each reads its request, calls the action and hands back its answer or its error. Nothing
//! here is written by hand per command.

/// One command per action, each in a module of its own named like it (so that its request and
/// response types are named as the action's area names them). Every command runs off the main
/// thread: the window stays responsive while one waits for the store.
macro_rules! commands {
    ($($area:ident :: $name:ident ( $req:ty $(, progress $prog:ty)? ) -> $resp:ty ;)*) => {
        $(commands!(@one $area $name ($req $(, $prog)?) $resp);)*

        /// The handler of every command.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name::$name),*]
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
