//! Exchange with the central office: keys and enrolment, the bundle format, export (worker's
//! device). Import and merge (lead's device) build on the same format, and so do office bundles
//! (lead's device → the team's devices).

pub mod bundle;
pub mod export;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzz;
pub mod handover;
pub mod import;
pub mod keys;
pub mod office;
pub mod stage;
mod values;

pub use bundle::{Limits, Manifest, Opened, Record};
pub use export::{next_due, ExportEntry, ExportReport, ExportStatus, DEFAULT_SCHEDULE};
pub use handover::{Handover, HandoverReport, Resolution};
pub use import::{
    bundle_files, bundle_files_of, BatchOutcome, Conflict, ConflictVersion, FileOutcome,
    ImportReport, Progress,
};
pub use keys::{
    key_fingerprint, load_office_identity, office_init, parse_recipient, DeviceListing, Enrolment,
};
pub use office::{PublishReport, ReceiveReport};
pub use stage::{import_staged, stage_files, ImportRun, Staged};
