//! Documents to print or hand over, as PDF: a consent receipt (German and the client's
//! language), an activity's attendance list, the ESF participant sheet. (The Auskunft is a
//! person's action: `persons::write_auskunft` with the PDF format.)

use super::App;
pub use super::FileWritten;
use crate::error::Result;
use crate::ids::{ActivityId, ConsentId, PersonId};
use crate::vocab::Locale;
use crate::Localizer;
use serde::Deserialize;
use ts_rs::TS;

/// Which document, of which record.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "document", rename_all = "snake_case")]
pub enum Document {
    /// A consent receipt, in German and the language asked for.
    Consent { consent_id: ConsentId },
    /// An activity's attendance list to sign.
    Attendance { activity_id: ActivityId },
    /// The ESF participant sheet (Stammblatt) of an enrolled participant.
    Stammblatt { person_id: PersonId },
}

/// A document written as PDF to the file the user chose (an existing file is not replaced).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Print {
    pub what: Document,
    pub path: String,
    /// Its language: the client's for a consent receipt (German comes first anyway); the app's
    /// setting without one.
    #[serde(default)]
    #[ts(optional)]
    pub locale: Option<Locale>,
}

/// Make the document (audited as an export of its record) and write it without the session.
pub fn print(app: &App, req: Print) -> Result<FileWritten> {
    let path = super::path_of(&req.path)?;
    let locale = req.locale.unwrap_or_else(|| app.data().settings().locale);
    let l = Localizer::new(locale);
    let bytes = app.with_store(|s| match req.what {
        Document::Consent { consent_id } => s.consent_receipt(consent_id, locale),
        Document::Attendance { activity_id } => s.attendance_list(activity_id, &l),
        Document::Stammblatt { person_id } => s.stammblatt(person_id, &l),
    })?;
    crate::fsutil::write_new(&path, &bytes)?;
    app.remember_written(&path);
    Ok(FileWritten {
        path: path.display().to_string(),
    })
}
