//! Austausch: export to the office (every role; a volunteer's never with notes), office bundles
//! from the lead, and on the lead's device
//! enrolment of workers' devices, the office's key and the import of bundle files with progress
//! and cancel. Paths come in as text the user typed; every file read is checked.

use super::{path_of, App, ErrorReply, JobKind};
use crate::error::{Error, Result};
use crate::exchange;
pub use crate::exchange::{
    Conflict, ConflictVersion, DeviceListing, ExportEntry, ExportReport, ExportStatus,
    HandoverReport, ImportReport, Progress, PublishReport, ReceiveReport, Resolution,
};
pub use crate::vocab::ExportSchedule;
use crate::vocab::Role;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Largest enrolment file read (the core refuses anything bigger than 16 KiB anyway).
const MAX_ENROLMENT_FILE: u64 = 64 * 1024;

/// The export's state, and what this device may do on the screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportOverview {
    #[serde(flatten)]
    #[ts(flatten)]
    pub status: ExportStatus,
    /// The office's secret key is kept here (a lead's device that imports).
    pub office_identity: bool,
    pub can_import: bool,
    /// The fingerprint of the lead's key this device takes office bundles from, once one came.
    pub office_signer: Option<String>,
    /// Whether notes may be switched on for exports (never on a volunteer's device).
    pub notes_allowed: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ExportNow {
    /// Everything, not only what changed since the last export.
    pub full: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ExportFolder {
    pub folder: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ExportScheduleChange {
    pub schedule: ExportSchedule,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ExportNotes {
    pub on: bool,
}

/// The office's public key, pasted (`age1…`).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct OfficeKey {
    pub key: String,
}

/// A file the user named.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct FilePath {
    pub path: String,
}

/// An enrolment file, and the fingerprint the lead compared aloud.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ConfirmEnrolment {
    pub path: String,
    pub fingerprint: String,
}

/// This device's enrolment file, written, and its key's fingerprint (to read aloud to the lead).
#[derive(Debug, Clone, Serialize, TS)]
pub struct EnrolmentWritten {
    pub path: String,
    pub fingerprint: String,
    pub device_id: String,
}

/// The device an enrolment file names, as the lead compares it before enrolling.
#[derive(Debug, Clone, Serialize, TS)]
pub struct EnrolmentPreview {
    #[serde(flatten)]
    #[ts(flatten)]
    pub enrolment: exchange::Enrolment,
    pub fingerprint: String,
}

impl EnrolmentPreview {
    fn of(enrolment: exchange::Enrolment) -> Result<Self> {
        let fingerprint = enrolment.fingerprint()?;
        Ok(Self {
            enrolment,
            fingerprint,
        })
    }
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct DeviceRef {
    pub device_id: String,
}

/// Bundle files and folders of them to import.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ImportBundles {
    pub paths: Vec<String>,
    /// Import even though bundles of a device are missing before these.
    pub accept_gap: bool,
    /// The office's secret key from this file, for this import only (else the one kept).
    #[serde(default)]
    #[ts(optional)]
    pub identity: Option<String>,
}

/// Where to save a file: the path the user chose, or (without one) the documents folder under
/// the file's own name.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct SaveTo {
    #[serde(default)]
    #[ts(optional)]
    pub path: Option<String>,
}

/// One file of an import: what it brought, or why it was refused (and changed nothing).
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportedFile {
    pub file: String,
    pub report: Option<ImportReport>,
    pub error: Option<ErrorReply>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportBatch {
    /// Stopped by a cancel or a lock after the file in hand (the files before it stay).
    pub cancelled: bool,
    pub files: Vec<ImportedFile>,
}

pub fn export_status(app: &App, _: ()) -> Result<ExportOverview> {
    app.with_store(|s| {
        Ok(ExportOverview {
            status: s.export_status()?,
            office_identity: s.office_identity()?.is_some(),
            can_import: s.actor().role == Role::Lead,
            office_signer: s.office_signer_fingerprint()?,
            notes_allowed: !s.is_volunteer(),
        })
    })
}

/// Export: the bundle is made and queued with the session; the queue is written into the export
/// folder without it (a folder that hangs must not keep the store open), each file then marked.
pub fn export_now(app: &App, req: ExportNow) -> Result<ExportReport> {
    let (mut report, folder, queued) = app.with_store(|s| {
        let report = s.export_queued(req.full)?;
        let (folder, queued) = s.export_queue()?;
        Ok((report, folder, queued))
    })?;
    report.written = exchange::export::write_queue(&folder, queued, &mut |seq| {
        app.with_store(|s| s.mark_export_written(seq, &folder))
    })?;
    report.queued = !report.written.contains(&report.file_name);
    Ok(report)
}

pub fn export_history(app: &App, _: ()) -> Result<Vec<ExportEntry>> {
    app.with_store(|s| s.export_history())
}

pub fn set_export_folder(app: &App, req: ExportFolder) -> Result<()> {
    let folder = path_of(&req.folder)?;
    app.with_store(|s| s.set_export_folder(&folder))
}

pub fn set_export_schedule(app: &App, req: ExportScheduleChange) -> Result<()> {
    app.with_store(|s| s.set_export_schedule(req.schedule))
}

pub fn set_export_notes(app: &App, req: ExportNotes) -> Result<()> {
    app.with_store(|s| s.set_export_with_notes(req.on))
}

/// Keep the office's public key; answers it as kept.
pub fn set_office_key(app: &App, req: OfficeKey) -> Result<String> {
    if req.key.len() > 4096 {
        return Err(Error::invalid("error-office-recipient-invalid", &[]));
    }
    app.with_store(|s| s.set_office_recipient(&req.key))
}

/// Write this device's enrolment file where the user chose, or into the documents folder. An
/// existing file is never replaced.
pub fn write_enrolment(app: &App, req: SaveTo) -> Result<EnrolmentWritten> {
    let ((name, bytes), fingerprint, device) = app.with_store(|s| {
        Ok((
            s.enrolment_file()?,
            s.device_fingerprint()?,
            s.actor().device,
        ))
    })?;
    let path = match req.path {
        Some(p) => {
            let path = path_of(&p)?;
            crate::fsutil::write_new(&path, &bytes)?;
            path.display().to_string()
        }
        None => super::write_document(&name, &bytes)?.path,
    };
    app.remember_written(std::path::Path::new(&path));
    Ok(EnrolmentWritten {
        path,
        fingerprint,
        device_id: device.to_string(),
    })
}

/// An enrolment file, read whole (bounded), without the session; for the window and the CLI.
pub fn read_enrolment_file(path: &std::path::Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let unreadable = || {
        Error::invalid(
            "error-file-unreadable",
            &[("file", &path.display().to_string())],
        )
    };
    let file = std::fs::File::open(path).map_err(|_| unreadable())?;
    let mut bytes = Vec::new();
    file.take(MAX_ENROLMENT_FILE)
        .read_to_end(&mut bytes)
        .map_err(|_| unreadable())?;
    Ok(bytes)
}

/// What enrolling this file would do, checked, with nothing written (lead): the device, its
/// worker and its key's fingerprint, to compare aloud before confirming.
pub fn preview_enrolment(app: &App, req: FilePath) -> Result<EnrolmentPreview> {
    let bytes = read_enrolment_file(&path_of(&req.path)?)?;
    EnrolmentPreview::of(app.with_store(|s| s.preview_enrolment(&bytes))?)
}

/// Enrol a worker's device from its enrolment file (lead), only if its key still has the
/// fingerprint the lead compared.
pub fn enrol_device(app: &App, req: ConfirmEnrolment) -> Result<EnrolmentPreview> {
    let bytes = read_enrolment_file(&path_of(&req.path)?)?;
    if req.fingerprint.len() > 128 {
        return Err(Error::invalid("error-enrolment-fingerprint-changed", &[]));
    }
    let enrolled = app.with_store(|s| s.enrol_device_confirmed(&bytes, Some(&req.fingerprint)))?;
    EnrolmentPreview::of(enrolled)
}

/// The devices enrolled here, revoked ones included (lead).
pub fn enrolled_devices(app: &App, _: ()) -> Result<Vec<DeviceListing>> {
    app.with_store(|s| s.enrolled_devices())
}

/// Revoke an enrolled device for good: none of its bundles is imported any more (lead).
pub fn revoke_device(app: &App, req: DeviceRef) -> Result<DeviceListing> {
    if req.device_id.len() > 64 {
        return Err(Error::invalid("error-device-not-enrolled", &[]));
    }
    app.with_store(|s| s.revoke_device(&req.device_id))
}

/// Keep the office's secret key from its key file inside the store (lead); answers the public
/// key. The file is read without the session: a folder that hangs must not keep the store open.
pub fn set_office_identity(app: &App, req: FilePath) -> Result<String> {
    let path = path_of(&req.path)?;
    let identity = exchange::load_office_identity(&path)?;
    app.with_store(|s| s.keep_office_identity(&identity))
}

/// Import bundle files and folders of them (lead), reporting progress after each file; a
/// cancel ([`cancel_import`]) or a lock stops it after the file in hand, which is rolled back.
/// The files are first copied into the data directory without the session or a connection; the
/// import then runs on a connection of its own, each file in its own transaction, so Heute,
/// search and logging keep answering.
pub fn import_bundles(
    app: &App,
    req: ImportBundles,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportBatch> {
    let paths = req
        .paths
        .iter()
        .map(|p| path_of(p))
        .collect::<Result<Vec<_>>>()?;
    let identity = match &req.identity {
        Some(p) => Some(exchange::load_office_identity(&path_of(p)?)?),
        None => None,
    };
    let run = app.run_import(&paths, identity, req.accept_gap, &mut |p| {
        progress(p.clone())
    })?;
    Ok(ImportBatch {
        cancelled: run.cancelled,
        files: run
            .files
            .into_iter()
            .map(|f| {
                let file = f.file.display().to_string();
                match f.result {
                    Ok(report) => ImportedFile {
                        file,
                        report: Some(report),
                        error: None,
                    },
                    Err(e) => ImportedFile {
                        file,
                        report: None,
                        error: Some(e.into()),
                    },
                }
            })
            .collect(),
    })
}

/// Ask a running import to stop (the file in hand is rolled back; those before it stay).
pub fn cancel_import(app: &App, _: ()) -> Result<()> {
    app.cancel_job(JobKind::Import);
    Ok(())
}

/// The office's public key this device encrypts its bundles to, if set.
pub fn office_key(app: &App, _: ()) -> Result<Option<String>> {
    app.with_store(|s| s.office_recipient())
}

/// Publish an office bundle for the team's devices (lead) where the user chose, or into the
/// documents folder under its own name. Sealed in the session, written without it.
pub fn publish_office_bundle(app: &App, req: SaveTo) -> Result<PublishReport> {
    let target = req.path.as_deref().map(path_of).transpose()?;
    let (mut report, sealed) = app.with_store(|s| s.office_bundle())?;
    report.path = match target {
        Some(path) => {
            crate::fsutil::write_atomic(&path, &sealed)?;
            path.display().to_string()
        }
        None => {
            let name = format!("Feldbuch-Buero-{:04}.age", report.sequence);
            super::write_document(&name, &sealed)?.path
        }
    };
    app.remember_written(std::path::Path::new(&report.path));
    Ok(report)
}

/// An office bundle to receive, and (on the first one) the fingerprint of the lead's key as the
/// lead reads it aloud.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ReceiveOffice {
    pub path: String,
    #[serde(default)]
    #[ts(optional)]
    pub fingerprint: Option<String>,
    /// From a new lead device: its key replaces the one kept (the fingerprint is required).
    #[serde(default)]
    #[ts(optional, as = "Option<bool>")]
    pub new_lead: bool,
}

/// Receive an office bundle (any device but the lead's that made it): the file is read without
/// the session, then checked and taken whole, or refused with nothing changed.
pub fn receive_office_bundle(app: &App, req: ReceiveOffice) -> Result<ReceiveReport> {
    use std::io::Read;
    let path = path_of(&req.path)?;
    if req.fingerprint.as_ref().is_some_and(|f| f.len() > 128) {
        return Err(Error::invalid(
            "error-office-fingerprint-mismatch",
            &[("fingerprint", "")],
        ));
    }
    let limits = exchange::Limits::default();
    let (file, len) = exchange::bundle::open_file(&path, &limits)?;
    let mut cipher = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(limits.max_file_bytes)
        .read_to_end(&mut cipher)
        .map_err(|_| {
            Error::invalid(
                "error-file-unreadable",
                &[("file", &path.display().to_string())],
            )
        })?;
    app.with_store(|s| match (req.new_lead, req.fingerprint.as_deref()) {
        (true, Some(fingerprint)) => s.receive_office_bundle_from_new_lead(&cipher, fingerprint),
        (true, None) => Err(Error::invalid("error-office-fingerprint-required", &[])),
        (false, fingerprint) => s.receive_office_bundle(&cipher, fingerprint),
    })
}

/// The records under conflict, with every device's version.
pub fn merge_conflicts(app: &App, _: ()) -> Result<Vec<Conflict>> {
    app.with_store(|s| s.merge_conflicts())
}

/// A person to hand over to another device (lead).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct HandOver {
    pub person_id: crate::ids::PersonId,
    pub device_id: String,
}

/// Hand a person, with its consents and open follow-ups, over to another device (lead).
pub fn hand_over(app: &App, req: HandOver) -> Result<HandoverReport> {
    let device = crate::ids::DeviceId::parse(&req.device_id)
        .map_err(|_| Error::invalid("error-device-not-enrolled", &[]))?;
    app.with_store(|s| s.hand_over(req.person_id, device))
}

/// The version the lead takes for a record under conflict.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct ResolveConflict {
    /// The record's id.
    pub id: String,
    /// The device whose version is taken.
    pub device_id: String,
}

/// Resolve a conflict by taking one device's version (lead).
pub fn resolve_conflict(app: &App, req: ResolveConflict) -> Result<Resolution> {
    if req.id.len() > 64 || req.device_id.len() > 64 {
        return Err(Error::invalid("error-conflict-not-found", &[("id", "?")]));
    }
    app.with_store(|s| s.resolve_conflict(&req.id, &req.device_id))
}
