//! Wire types of the IPC. They are not the domain types: they carry plain strings the UI can
//! show or send, and every value coming in is validated by the core. TypeScript versions are
//! generated into `ui/src/lib/bindings.ts` (see the `bindings_are_current` test).

use feldbuch_core::store::contacts::{Contact, ContactInput as CoreContactInput};
use feldbuch_core::store::followups::FollowUp;
use feldbuch_core::store::sites::Site;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SiteDto {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub district: Option<String>,
}

impl From<Site> for SiteDto {
    fn from(s: Site) -> Self {
        Self {
            id: s.id.to_string(),
            name: s.name,
            kind: s.kind.id().into(),
            district: s.district,
        }
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewSite {
    pub name: String,
    pub kind: String,
    pub district: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactInput {
    pub site_id: String,
    pub kind: String,
    pub date: Option<String>,
    pub start: Option<String>,
    pub duration_minutes: i32,
    pub anonymous_count: i32,
    pub anonymous_age_band: Option<String>,
    pub anonymous_gender: Option<String>,
    pub topics: Vec<String>,
    pub note: Option<String>,
    /// Persons reached (ids; each needs a documentation consent).
    #[serde(default)]
    pub person_ids: Vec<String>,
    pub follow_up: Option<String>,
    pub language: Option<String>,
    #[serde(default)]
    pub interpreter: bool,
    pub outcome: Option<String>,
}

impl From<ContactInput> for CoreContactInput {
    fn from(c: ContactInput) -> Self {
        Self {
            site: c.site_id,
            kind: c.kind,
            date: c.date,
            start: c.start,
            duration_min: i64::from(c.duration_minutes),
            anonymous_count: i64::from(c.anonymous_count),
            anonymous_age_band: c.anonymous_age_band,
            anonymous_gender: c.anonymous_gender,
            topics: c.topics,
            note: c.note,
            follow_up: c.follow_up,
            persons: c.person_ids,
            language: c.language,
            interpreter: c.interpreter,
            outcome: c.outcome,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactDto {
    pub id: String,
    pub site_id: String,
    pub site_name: String,
    pub kind: String,
    pub date: String,
    pub start: Option<String>,
    pub duration_minutes: i32,
    pub anonymous_count: i32,
    pub anonymous_age_band: Option<String>,
    pub anonymous_gender: Option<String>,
    pub topics: Vec<String>,
    pub note: Option<String>,
    pub person_count: i32,
    pub outcome: Option<String>,
    pub revision: i32,
}

pub(crate) fn small(v: i64) -> i32 {
    i32::try_from(v).unwrap_or(i32::MAX)
}

impl From<Contact> for ContactDto {
    fn from(c: Contact) -> Self {
        Self {
            id: c.id.to_string(),
            site_id: c.site_id.to_string(),
            site_name: c.site_name,
            kind: c.kind.id().into(),
            date: c.date.to_string(),
            start: c.start,
            duration_minutes: small(c.duration_min),
            anonymous_count: small(c.anonymous_count),
            anonymous_age_band: c.anonymous_age_band.map(|a| a.id().into()),
            anonymous_gender: c.anonymous_gender.map(|g| g.id().into()),
            topics: c.topics.iter().map(|t| t.id().into()).collect(),
            note: c.note,
            person_count: i32::try_from(c.persons.len()).unwrap_or(i32::MAX),
            outcome: c.outcome.map(|o| o.id().into()),
            revision: small(c.revision),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpDto {
    pub id: String,
    pub due: String,
    /// Empty for a follow-up set from a contact: then the contact's date and site say what it is.
    pub what: String,
    pub pseudonym: Option<String>,
    pub person_id: Option<String>,
    pub contact_date: Option<String>,
    pub site_name: Option<String>,
    pub overdue: bool,
}

impl From<FollowUp> for FollowUpDto {
    fn from(f: FollowUp) -> Self {
        Self {
            id: f.id.to_string(),
            due: f.due_on.to_string(),
            what: f.what,
            pseudonym: f.pseudonym,
            person_id: f.person_id.map(|p| p.to_string()),
            contact_date: f.contact_date.map(|d| d.to_string()),
            site_name: f.site_name,
            overdue: f.overdue,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TodayDto {
    pub date: String,
    /// The last of today's contacts, as many as asked for.
    pub contacts: Vec<ContactDto>,
    /// How many contacts today has in all.
    pub contacts_total: u32,
    pub follow_ups_due: Vec<FollowUpDto>,
    pub planned_visits: Vec<crate::dto_workflow::VisitSlotDto>,
}

/// The TypeScript declarations of every wire type, as checked into `ui/src/lib/bindings.ts`.
pub fn typescript_bindings() -> String {
    let decls = [
        SiteDto::decl(),
        NewSite::decl(),
        ContactInput::decl(),
        ContactDto::decl(),
        FollowUpDto::decl(),
        TodayDto::decl(),
    ];
    let decls = decls
        .into_iter()
        .chain(crate::dto_workflow::decls())
        .chain(crate::dto_report::decls())
        .chain(crate::dto_exchange::decls());
    let mut out = String::from(
        "// Generated from src-tauri/src/dto.rs by ts-rs. Do not edit: run\n\
         // `UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings` after changing a DTO.\n\n\
         import type { IpcError } from './bindings';\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    #[test]
    fn bindings_are_current() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings-legacy.ts");
        let want = super::typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            have, want,
            "ui/src/lib/bindings-legacy.ts is stale: run UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings"
        );
    }

    /// docs/IPC.md shows the same declarations, between its "DTOs" heading and the end of
    /// that code block.
    #[test]
    fn bindings_in_the_ipc_document_are_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/IPC.md");
        let text = std::fs::read_to_string(&path).unwrap();
        let start = text.find("```ts\n").expect("a ts block in docs/IPC.md") + "```ts\n".len();
        let end = start + text[start..].find("```").expect("the end of the ts block");
        let want: String = feldbuch_core::app::typescript::bindings()
            .lines()
            .chain(super::typescript_bindings().lines())
            .filter(|l| l.starts_with("export type "))
            .map(|l| format!("{l}\n"))
            .collect();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            let updated = format!("{}{want}{}", &text[..start], &text[end..]);
            std::fs::write(&path, updated).unwrap();
            return;
        }
        assert_eq!(
            &text[start..end],
            want,
            "docs/IPC.md's types are stale: run UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings"
        );
    }
}
