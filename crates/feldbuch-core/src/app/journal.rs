//! Verlauf: every contact and activity, newest first, filtered and paged.

use super::App;
use crate::error::Result;
pub use crate::store::activities::Activity;
pub use crate::store::contacts::Contact;
pub use crate::store::journal::{JournalCursor, JournalEntry, JournalPage, JournalQuery};

/// A page of the journal; the next one is asked for with the page's `next` as `after`.
pub fn journal(app: &App, req: JournalQuery) -> Result<JournalPage> {
    app.with_store(|s| s.journal(&req))
}
