//! Sites.

use super::IpcResult;
use crate::dto::{NewSite, SiteDto};
use feldbuch_core::app::App;
use feldbuch_core::store::sites::NewSite as CoreNewSite;
use feldbuch_core::vocab::SiteKind;
use tauri::State;

#[tauri::command]
pub fn list_sites(state: State<'_, App>) -> IpcResult<Vec<SiteDto>> {
    let sites = state.with_store(|s| s.list_sites())?;
    Ok(sites.into_iter().map(SiteDto::from).collect())
}

#[tauri::command]
pub fn add_site(state: State<'_, App>, site: NewSite) -> IpcResult<SiteDto> {
    let new = CoreNewSite {
        name: site.name,
        kind: SiteKind::parse(&site.kind)?,
        district: site.district,
    };
    Ok(state.with_store(|s| s.add_site(&new))?.into())
}
