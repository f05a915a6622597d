//! Contacts and the Heute view.

use super::IpcResult;
use crate::dto::{ContactDto, ContactInput, FollowUpDto, TodayDto};
use feldbuch_core::app::App;
use feldbuch_core::ids::{ContactId, SiteId};
use feldbuch_core::Error;
use tauri::State;

#[tauri::command]
pub fn add_contact(state: State<'_, App>, contact: ContactInput) -> IpcResult<ContactDto> {
    // The UI picks sites from the list: only an id is accepted here, never a name.
    if contact.site_id.trim().is_empty() {
        return Err(Error::invalid("error-text-required", &[("field", "site")]).into());
    }
    SiteId::parse(&contact.site_id)?;
    let input = contact.into();
    Ok(state.with_store(|s| s.add_contact(&input))?.into())
}

/// Heute: today's contacts (the last `limit` of them; all without a limit), the follow-ups due
/// and today's planned visits.
#[tauri::command]
pub fn today(state: State<'_, App>, limit: Option<u32>) -> IpcResult<TodayDto> {
    let today = state.clock().today();
    let limit = limit.map_or(usize::MAX, |l| l as usize);
    let ((contacts, total), due, planned) = state.with_store(|s| {
        Ok((
            s.today_contacts_latest(limit)?,
            s.due_followups()?,
            s.planned_visits(today)?,
        ))
    })?;
    Ok(TodayDto {
        date: today.to_string(),
        contacts: contacts.into_iter().map(ContactDto::from).collect(),
        contacts_total: u32::try_from(total).unwrap_or(u32::MAX),
        follow_ups_due: due.into_iter().map(FollowUpDto::from).collect(),
        planned_visits: planned
            .into_iter()
            .map(crate::dto_workflow::VisitSlotDto::from)
            .collect(),
    })
}

#[tauri::command]
pub fn delete_contact(state: State<'_, App>, id: String) -> IpcResult<()> {
    let id = ContactId::parse(&id)?;
    Ok(state.with_store(|s| s.delete_contact(id))?)
}
