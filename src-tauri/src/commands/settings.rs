//! Settings and profile.

use crate::dto::ProfileDto;
use crate::ipc_error::IpcResult;
use feldbuch_core::app::App;
use tauri::State;

#[tauri::command]
pub fn set_locale(state: State<'_, App>, locale: String) -> IpcResult<()> {
    state.data().set_locale(&locale)?;
    Ok(())
}

#[tauri::command]
pub fn set_auto_lock(state: State<'_, App>, minutes: i64) -> IpcResult<()> {
    state.data().set_auto_lock_minutes(minutes)?;
    state.touch();
    Ok(())
}

#[tauri::command]
pub fn profile(state: State<'_, App>) -> IpcResult<ProfileDto> {
    Ok(state.with_store(|s| s.profile())?.into())
}
