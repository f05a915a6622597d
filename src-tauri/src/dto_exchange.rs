//! Wire types of the Austausch screen: export settings, status and history on every device;
//! enrolment, batch import with progress, and merge conflicts on the lead's device.

use feldbuch_core::app::ErrorReply as IpcError;
use feldbuch_core::exchange::{
    Conflict, DeviceListing, Enrolment, ExportEntry, ExportReport, ExportStatus, FileOutcome,
    Progress,
};
use feldbuch_core::store::backup::Backup;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportStatusDto {
    /// `weekly`, `monthly` or `quarterly`.
    pub schedule: String,
    /// Local date (YYYY-MM-DD) of the last export, if any.
    pub last_export: Option<String>,
    /// When the next export is due; none before the first export (due at once).
    pub next_due: Option<String>,
    pub due: bool,
    #[ts(type = "number")]
    pub queued: u64,
    pub folder: Option<String>,
    /// The office's public key is set (exports can be sealed).
    pub office_key: bool,
    /// The office's secret key is kept here (this lead's device can import).
    pub office_identity: bool,
    pub with_notes: bool,
    /// This device's role may import bundles.
    pub can_import: bool,
}

impl ExportStatusDto {
    pub fn new(s: ExportStatus, office_identity: bool, can_import: bool) -> Self {
        Self {
            schedule: s.schedule.id().to_string(),
            last_export: s.last_export.map(|d| d.to_string()),
            next_due: s.next_due.map(|d| d.to_string()),
            due: s.due,
            queued: s.queued,
            folder: s.folder,
            office_key: s.office_key,
            office_identity,
            with_notes: s.with_notes,
            can_import,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportReportDto {
    #[ts(type = "number")]
    pub sequence: u64,
    pub file_name: String,
    /// The folder could not be written: the bundle waits in the store.
    pub queued: bool,
    /// Written by this attempt (earlier queued ones included).
    pub written: Vec<String>,
    #[ts(type = "number")]
    pub record_count: u64,
    pub folder: String,
}

impl From<ExportReport> for ExportReportDto {
    fn from(r: ExportReport) -> Self {
        Self {
            sequence: r.sequence,
            file_name: r.file_name,
            queued: r.queued,
            written: r.written,
            record_count: r.record_count,
            folder: r.folder,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportEntryDto {
    #[ts(type = "number")]
    pub sequence: u64,
    pub created_at: String,
    pub file_name: String,
    /// `written` or `queued`.
    pub status: String,
    #[ts(type = "number")]
    pub record_count: u64,
    pub full: bool,
    pub with_notes: bool,
    pub written_at: Option<String>,
}

impl From<ExportEntry> for ExportEntryDto {
    fn from(e: ExportEntry) -> Self {
        Self {
            sequence: e.sequence,
            created_at: e.created_at,
            file_name: e.file_name,
            status: e.status,
            record_count: e.record_count,
            full: e.full,
            with_notes: e.with_notes,
            written_at: e.written_at,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolledDeviceDto {
    pub device_id: String,
    pub display_name: String,
    pub initials: String,
    pub team: Option<String>,
    /// The device key's fingerprint, to compare aloud with the worker's screen.
    pub fingerprint: String,
}

/// A device enrolled on the lead's device, as its list shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceDto {
    pub device_id: String,
    pub display_name: Option<String>,
    pub initials: Option<String>,
    pub team: Option<String>,
    pub fingerprint: String,
    /// UTC, RFC 3339.
    pub enrolled_at: String,
    /// UTC, RFC 3339; set once the device is revoked (for good).
    pub revoked_at: Option<String>,
    #[ts(type = "number | null")]
    pub last_sequence: Option<u64>,
    pub last_import_at: Option<String>,
}

impl From<DeviceListing> for DeviceDto {
    fn from(d: DeviceListing) -> Self {
        Self {
            device_id: d.device_id,
            display_name: d.display_name,
            initials: d.initials,
            team: d.team,
            fingerprint: d.fingerprint,
            enrolled_at: d.enrolled_at,
            revoked_at: d.revoked_at,
            last_sequence: d.last_sequence,
            last_import_at: d.last_import_at,
        }
    }
}

/// This device's enrolment file, and the fingerprint of its key that the lead's screen must show.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentFileDto {
    pub path: String,
    pub fingerprint: String,
}

impl EnrolledDeviceDto {
    /// The enrolled device with its key's fingerprint (the core checked the key already).
    pub fn of(e: Enrolment) -> feldbuch_core::Result<Self> {
        let fingerprint = e.fingerprint()?;
        Ok(Self {
            device_id: e.device_id,
            display_name: e.display_name,
            initials: e.initials,
            team: e.team,
            fingerprint,
        })
    }
}

/// Sent after each file of a batch import.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgressDto {
    #[ts(type = "number")]
    pub done: usize,
    #[ts(type = "number")]
    pub total: usize,
    #[ts(type = "number")]
    pub records: u64,
}

impl From<&Progress> for ImportProgressDto {
    fn from(p: &Progress) -> Self {
        Self {
            done: p.done,
            total: p.total,
            records: p.records,
        }
    }
}

/// One file of a batch: imported (with what it did) or refused (with why).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportFileDto {
    pub file: String,
    pub imported: bool,
    pub initials: Option<String>,
    #[ts(type = "number | null")]
    pub sequence: Option<u64>,
    #[ts(type = "number")]
    pub records: u64,
    #[ts(type = "number")]
    pub applied: u64,
    #[ts(type = "number")]
    pub conflicts: u64,
    /// Imported over a gap: the sequence number that was expected.
    #[ts(type = "number | null")]
    pub gap_expected: Option<u64>,
    pub error: Option<IpcError>,
}

impl From<FileOutcome> for ImportFileDto {
    fn from(o: FileOutcome) -> Self {
        let file = o.file.display().to_string();
        match o.result {
            Ok(r) => Self {
                file,
                imported: true,
                initials: Some(r.worker_initials),
                sequence: Some(r.sequence),
                records: r.records,
                applied: r.applied,
                conflicts: r.conflicts,
                gap_expected: r.gap_expected,
                error: None,
            },
            Err(e) => Self {
                file,
                imported: false,
                initials: None,
                sequence: None,
                records: 0,
                applied: 0,
                conflicts: 0,
                gap_expected: None,
                error: Some(e.into()),
            },
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportBatchDto {
    /// Stopped (Cancel or a lock): `files` are those imported or refused before the stop; the
    /// file in hand was rolled back and the rest were not touched.
    pub cancelled: bool,
    pub files: Vec<ImportFileDto>,
}

impl ImportBatchDto {
    pub fn cancelled(files: Vec<ImportFileDto>) -> Self {
        Self {
            cancelled: true,
            files,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictVersionDto {
    pub device_id: String,
    #[ts(type = "number")]
    pub revision: i64,
    /// The record's fields as the device sent them (JSON text).
    pub fields: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictDto {
    pub entity: String,
    pub id: String,
    pub found_at: String,
    /// Newest first: the first is the version in the tables.
    pub versions: Vec<ConflictVersionDto>,
}

impl From<Conflict> for ConflictDto {
    fn from(c: Conflict) -> Self {
        Self {
            entity: c.entity,
            id: c.id,
            found_at: c.found_at,
            versions: c
                .versions
                .into_iter()
                .map(|(device_id, revision, fields)| ConflictVersionDto {
                    device_id,
                    revision,
                    fields,
                })
                .collect(),
        }
    }
}

pub fn decls() -> Vec<String> {
    vec![
        ExportStatusDto::decl(),
        ExportReportDto::decl(),
        ExportEntryDto::decl(),
        EnrolledDeviceDto::decl(),
        DeviceDto::decl(),
        EnrolmentFileDto::decl(),
        ImportProgressDto::decl(),
        ImportFileDto::decl(),
        ImportBatchDto::decl(),
        ConflictVersionDto::decl(),
        ConflictDto::decl(),
        BackupDto::decl(),
        BackupRunningDto::decl(),
        BackupStatusDto::decl(),
    ]
}

/// One encrypted backup of the store.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupDto {
    pub file_name: String,
    /// `scheduled`, `manual`, `pre-migration` or `pre-restore`.
    pub kind: String,
    /// UTC, RFC 3339.
    pub created_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

impl From<Backup> for BackupDto {
    fn from(b: Backup) -> Self {
        Self {
            file_name: b.file_name,
            kind: b.kind.id().into(),
            created_at: b.created_at,
            bytes: b.bytes,
        }
    }
}

/// The backups, newest first, and why the scheduled backup at unlock failed, if it did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupStatusDto {
    pub backups: Vec<BackupDto>,
    /// Why the last backup in the background failed: a Fluent error id (`error-disk-full`, …).
    pub problem: Option<String>,
    /// The backup running in the background, if one is.
    pub running: Option<BackupRunningDto>,
}

/// How far the backup in the background is: bytes written of the store's size.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupRunningDto {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}
