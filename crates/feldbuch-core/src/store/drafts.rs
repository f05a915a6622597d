//! Unsaved form drafts (quick entry first). They live in the encrypted store, never in browser
//! storage, so a crash or a lock loses no half-typed entry and leaves nothing in plaintext.

use super::{timestamp, Store};
use crate::error::{Error, Result};
use rusqlite::OptionalExtension;

/// The forms that keep drafts.
pub const DRAFT_SLOTS: &[&str] = &["quick-entry", "person", "activity", "referral"];
/// Largest draft body accepted (bytes of JSON).
pub const MAX_DRAFT_BYTES: usize = 16 * 1024;

fn check_slot(slot: &str) -> Result<()> {
    if DRAFT_SLOTS.contains(&slot) {
        Ok(())
    } else {
        Err(Error::invalid("error-invalid-draft", &[]))
    }
}

impl Store {
    /// Keep a draft (a JSON object) for a form; replaces the former one.
    pub fn save_draft(&mut self, slot: &str, body: &str) -> Result<()> {
        check_slot(slot)?;
        let parsed: serde_json::Value =
            serde_json::from_str(body).map_err(|_| Error::invalid("error-invalid-draft", &[]))?;
        if body.len() > MAX_DRAFT_BYTES || !parsed.is_object() {
            return Err(Error::invalid("error-invalid-draft", &[]));
        }
        let ts = timestamp(self.clock().now());
        let worker = self.actor().worker;
        self.conn().execute(
            "INSERT INTO drafts (worker_id, slot, body, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (worker_id, slot) DO UPDATE SET body = excluded.body,
                updated_at = excluded.updated_at",
            rusqlite::params![worker, slot, body, ts],
        )?;
        Ok(())
    }

    /// The draft of a form, if one was kept.
    pub fn draft(&self, slot: &str) -> Result<Option<String>> {
        check_slot(slot)?;
        Ok(self
            .conn()
            .query_row(
                "SELECT body FROM drafts WHERE worker_id = ?1 AND slot = ?2",
                rusqlite::params![self.actor().worker, slot],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Drop the draft of a form (after it was saved or discarded).
    pub fn clear_draft(&mut self, slot: &str) -> Result<()> {
        check_slot(slot)?;
        self.conn().execute(
            "DELETE FROM drafts WHERE worker_id = ?1 AND slot = ?2",
            rusqlite::params![self.actor().worker, slot],
        )?;
        Ok(())
    }
}
