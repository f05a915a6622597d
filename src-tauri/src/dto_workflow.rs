//! Wire types of the outreach workflow (persons, consent, referrals, activities, follow-ups,
//! partners, search, data-subject rights, retention, audit). Plain strings and numbers; every
//! value coming in is validated by the core.

use feldbuch_core::store::audit::AuditEntry;
use feldbuch_core::store::retention::{RetentionDue, RetentionRule};
use serde::Serialize;
use ts_rs::TS;

use crate::dto::small;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDto {
    pub category: String,
    pub years: Option<i32>,
    /// Records past the period now (only when a period is set).
    pub due: Option<i32>,
    pub cutoff: Option<String>,
}

pub fn retention_rows(rules: Vec<RetentionRule>, due: &[RetentionDue]) -> Vec<RetentionDto> {
    rules
        .into_iter()
        .map(|r| {
            let d = due.iter().find(|d| d.category == r.category);
            RetentionDto {
                category: r.category.id().into(),
                years: r.years.map(small),
                due: d.map(|d| i32::try_from(d.count).unwrap_or(i32::MAX)),
                cutoff: d.map(|d| d.cutoff.to_string()),
            }
        })
        .collect()
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntryDto {
    pub seq: i32,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
}

impl From<AuditEntry> for AuditEntryDto {
    fn from(e: AuditEntry) -> Self {
        Self {
            seq: small(e.seq),
            at: e.at,
            actor: e.actor_initials.unwrap_or(e.actor),
            action: e.action,
            entity: e.entity,
            entity_id: e.entity_id,
        }
    }
}

/// Declarations of this module's wire types, for `ui/src/lib/bindings.ts`.
pub fn decls() -> Vec<String> {
    vec![RetentionDto::decl(), AuditEntryDto::decl()]
}
