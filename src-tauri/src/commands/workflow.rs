//! The outreach workflow: persons and consent, referrals, partners and visit slots, group
//! activities, follow-ups, search, data-subject rights, retention and the audit view. Each
//! command unpacks its input, calls one core function and maps the result.

use super::IpcResult;
use crate::dto_workflow::*;
use feldbuch_core::app::App;
use feldbuch_core::store::audit::AuditFilter;
use tauri::State;

#[tauri::command]
pub fn save_draft(state: State<'_, App>, slot: String, body: String) -> IpcResult<()> {
    Ok(state.with_store(|s| s.save_draft(&slot, &body))?)
}

#[tauri::command]
pub fn load_draft(state: State<'_, App>, slot: String) -> IpcResult<Option<String>> {
    Ok(state.with_store(|s| s.draft(&slot))?)
}

#[tauri::command]
pub fn clear_draft(state: State<'_, App>, slot: String) -> IpcResult<()> {
    Ok(state.with_store(|s| s.clear_draft(&slot))?)
}

#[tauri::command]
pub fn retention(state: State<'_, App>) -> IpcResult<Vec<RetentionDto>> {
    let (rules, due) = state.with_store(|s| Ok((s.retention_rules()?, s.retention_due()?)))?;
    Ok(retention_rows(rules, &due))
}

#[tauri::command]
pub fn set_retention(
    state: State<'_, App>,
    category: String,
    years: Option<i32>,
) -> IpcResult<Vec<RetentionDto>> {
    let (rules, due) = state.with_store(|s| {
        s.set_retention(&category, years.map(i64::from))?;
        Ok((s.retention_rules()?, s.retention_due()?))
    })?;
    Ok(retention_rows(rules, &due))
}

#[tauri::command]
pub fn apply_retention(
    state: State<'_, App>,
    categories: Vec<String>,
) -> IpcResult<Vec<RetentionDto>> {
    let (rules, due) = state.with_store(|s| {
        s.apply_retention(&categories)?;
        Ok((s.retention_rules()?, s.retention_due()?))
    })?;
    Ok(retention_rows(rules, &due))
}

#[tauri::command]
pub fn audit_log(
    state: State<'_, App>,
    entity_id: Option<String>,
    before: Option<i32>,
) -> IpcResult<Vec<AuditEntryDto>> {
    let f = AuditFilter {
        entity_id: entity_id.filter(|e| !e.trim().is_empty()),
        before: before.map(i64::from),
        limit: Some(100),
        ..Default::default()
    };
    let list = state.with_store(|s| s.audit_entries(&f))?;
    Ok(list.into_iter().map(AuditEntryDto::from).collect())
}
