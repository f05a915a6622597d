//! The Austausch screen: export (every role but volunteers), and on the lead's device enrolment,
//! the office's key and the import of bundle files with progress and cancel. Paths come in as
//! text the user typed; the core checks every file it reads.

use super::IpcResult;
use crate::dto_exchange::{
    BackupRunningDto, BackupStatusDto, ConflictDto, DeviceDto, EnrolledDeviceDto, EnrolmentFileDto,
    ExportEntryDto, ExportReportDto, ExportStatusDto, ImportBatchDto, ImportFileDto,
    ImportProgressDto,
};
use feldbuch_core::app::{App, JobKind};
use feldbuch_core::exchange;
use feldbuch_core::store::backup::BackupKind;
use feldbuch_core::vocab::{ExportSchedule, Role};
use feldbuch_core::Error;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::State;

/// Largest enrolment file read (the core refuses anything bigger than 16 KiB anyway).
const MAX_ENROLMENT_FILE: u64 = 64 * 1024;

/// A path the user typed: trimmed, not empty.
fn path_of(text: &str) -> Result<PathBuf, Error> {
    let t = text.trim();
    if t.is_empty() || t.len() > 4096 {
        return Err(Error::invalid("error-path-invalid", &[]));
    }
    Ok(PathBuf::from(t))
}

#[tauri::command]
pub fn export_status(state: State<'_, App>) -> IpcResult<ExportStatusDto> {
    Ok(state.with_store(|s| {
        Ok(ExportStatusDto::new(
            s.export_status()?,
            s.office_identity()?.is_some(),
            s.actor().role == Role::Lead,
        ))
    })?)
}

/// Export: the bundle is made and queued with the session; the queue is written into the export
/// folder without it (a folder that hangs must not keep the store open), each file then marked.
#[tauri::command(async)]
pub fn export_now(state: State<'_, App>, full: bool) -> IpcResult<ExportReportDto> {
    let (mut report, folder, queued) = state.with_store(|s| {
        let report = s.export_queued(full)?;
        let (folder, queued) = s.export_queue()?;
        Ok((report, folder, queued))
    })?;
    report.written = exchange::export::write_queue(&folder, queued, &mut |seq| {
        state.with_store(|s| s.mark_export_written(seq, &folder))
    })?;
    report.queued = !report.written.contains(&report.file_name);
    Ok(report.into())
}

#[tauri::command]
pub fn export_history(state: State<'_, App>) -> IpcResult<Vec<ExportEntryDto>> {
    let list = state.with_store(|s| s.export_history())?;
    Ok(list.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn set_export_folder(state: State<'_, App>, folder: String) -> IpcResult<()> {
    let folder = path_of(&folder)?;
    Ok(state.with_store(|s| s.set_export_folder(&folder))?)
}

#[tauri::command]
pub fn set_export_schedule(state: State<'_, App>, schedule: String) -> IpcResult<()> {
    let schedule = ExportSchedule::parse(&schedule)?;
    Ok(state.with_store(|s| s.set_export_schedule(schedule))?)
}

#[tauri::command]
pub fn set_export_notes(state: State<'_, App>, on: bool) -> IpcResult<()> {
    Ok(state.with_store(|s| s.set_export_with_notes(on))?)
}

/// The office's public key, pasted (`age1…`). Returns it as kept.
#[tauri::command]
pub fn set_office_key(state: State<'_, App>, key: String) -> IpcResult<String> {
    if key.len() > 4096 {
        return Err(Error::invalid("error-office-recipient-invalid", &[]).into());
    }
    Ok(state.with_store(|s| s.set_office_recipient(&key))?)
}

/// Write this device's enrolment file into the documents folder; returns its path and the key's
/// fingerprint (to read aloud to the lead).
#[tauri::command]
pub fn write_enrolment(state: State<'_, App>) -> IpcResult<EnrolmentFileDto> {
    let folder = feldbuch_core::datadir::documents_dir()?;
    let ((name, bytes), fingerprint) =
        state.with_store(|s| Ok((s.enrolment_file()?, s.device_fingerprint()?)))?;
    // Written without the session: a folder that hangs must not keep the store open.
    let path = folder.join(name);
    feldbuch_core::fsutil::write_new(&path, &bytes)?;
    Ok(EnrolmentFileDto {
        path: path.display().to_string(),
        fingerprint,
    })
}

/// An enrolment file the user named, read whole (bounded).
fn read_enrolment_file(path: &str) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let path = path_of(path)?;
    let unreadable = || {
        Error::invalid(
            "error-file-unreadable",
            &[("file", &path.display().to_string())],
        )
    };
    let file = std::fs::File::open(&path).map_err(|_| unreadable())?;
    let mut bytes = Vec::new();
    file.take(MAX_ENROLMENT_FILE)
        .read_to_end(&mut bytes)
        .map_err(|_| unreadable())?;
    Ok(bytes)
}

/// What enrolling this file would do, checked, with nothing written (lead): the device, its
/// worker and its key's fingerprint, to compare aloud before confirming.
#[tauri::command]
pub fn preview_enrolment(state: State<'_, App>, path: String) -> IpcResult<EnrolledDeviceDto> {
    let bytes = read_enrolment_file(&path)?;
    let preview = state.with_store(|s| s.preview_enrolment(&bytes))?;
    Ok(EnrolledDeviceDto::of(preview)?)
}

/// Register a worker's device from its enrolment file (lead), only if its key still has the
/// fingerprint the lead compared.
#[tauri::command]
pub fn enrol_device(
    state: State<'_, App>,
    path: String,
    fingerprint: String,
) -> IpcResult<EnrolledDeviceDto> {
    let bytes = read_enrolment_file(&path)?;
    if fingerprint.len() > 128 {
        return Err(Error::invalid("error-enrolment-fingerprint-changed", &[]).into());
    }
    let enrolled = state.with_store(|s| s.enrol_device_confirmed(&bytes, Some(&fingerprint)))?;
    Ok(EnrolledDeviceDto::of(enrolled)?)
}

/// The devices enrolled here, revoked ones included (lead).
#[tauri::command]
pub fn enrolled_devices(state: State<'_, App>) -> IpcResult<Vec<DeviceDto>> {
    let devices = state.with_store(|s| s.enrolled_devices())?;
    Ok(devices.into_iter().map(DeviceDto::from).collect())
}

/// Revoke an enrolled device for good: none of its bundles is imported any more (lead).
#[tauri::command]
pub fn revoke_device(state: State<'_, App>, device_id: String) -> IpcResult<DeviceDto> {
    if device_id.len() > 64 {
        return Err(Error::invalid("error-device-not-enrolled", &[]).into());
    }
    Ok(state.with_store(|s| s.revoke_device(&device_id))?.into())
}

/// Keep the office's secret key from its key file inside the store (lead). Returns the public key.
#[tauri::command]
pub fn set_office_identity(state: State<'_, App>, path: String) -> IpcResult<String> {
    let path = path_of(&path)?;
    // Read without the session: a folder that hangs must not keep the store open.
    let identity = exchange::load_office_identity(&path)?;
    Ok(state.with_store(|s| s.keep_office_identity(&identity))?)
}

/// Import bundle files and folders of them (lead), reporting progress after each file;
/// [`cancel_import`] (or locking) stops it after the file in hand, which is rolled back.
///
/// The files are first copied into the data directory without the session or a connection (a
/// stick pulled out or a share that hangs holds no key); the import then runs on a connection of
/// its own, each file in its own transaction, so Heute, search and logging keep answering.
#[tauri::command(async)]
pub fn import_bundles(
    state: State<'_, App>,
    paths: Vec<String>,
    accept_gap: bool,
    on_progress: Channel<ImportProgressDto>,
) -> IpcResult<ImportBatchDto> {
    let paths = paths
        .iter()
        .map(|p| path_of(p))
        .collect::<Result<Vec<_>, _>>()?;
    let run = state.run_import(&paths, accept_gap, &mut |p| {
        // A window that went away does not stop the import; only a cancel or a lock does.
        let _ = on_progress.send(p.into());
    })?;
    Ok(ImportBatchDto {
        cancelled: run.cancelled,
        files: run.files.into_iter().map(ImportFileDto::from).collect(),
    })
}

/// Ask a running import to stop (the file in hand is rolled back; those before it stay).
#[tauri::command]
pub fn cancel_import(state: State<'_, App>) {
    state.cancel_job(JobKind::Import);
}

#[tauri::command]
pub fn merge_conflicts(state: State<'_, App>) -> IpcResult<Vec<ConflictDto>> {
    let list = state.with_store(|s| s.merge_conflicts())?;
    Ok(list.into_iter().map(Into::into).collect())
}

/// The backups, the one running in the background (how far), and why the last failed.
#[tauri::command]
pub fn backup_status(state: State<'_, App>) -> IpcResult<BackupStatusDto> {
    let activity = state.backups();
    Ok(state.with_store_quietly(|s| {
        Ok(BackupStatusDto {
            backups: s.backups()?.into_iter().map(Into::into).collect(),
            problem: activity.problem.map(String::from),
            running: activity
                .running
                .map(|(done, total)| BackupRunningDto { done, total }),
        })
    })?)
}

/// Start a backup in the background; `backup_status` follows it.
#[tauri::command]
pub fn backup_now(state: State<'_, App>) -> IpcResult<()> {
    Ok(state.start_backup(BackupKind::Manual)?)
}

/// Stop the backup running in the background (its file is not kept).
#[tauri::command]
pub fn cancel_backup(state: State<'_, App>) {
    state.cancel_job(JobKind::Backup);
}

/// Replace the store with one of its backups. The passphrase is checked before the store is
/// closed, so a mistyped one leaves the worker where they were; the restored store is open
/// afterwards.
#[tauri::command(async)]
pub fn restore_backup(
    state: State<'_, App>,
    file_name: String,
    passphrase: String,
) -> IpcResult<()> {
    let passphrase = feldbuch_core::Passphrase::new(passphrase);
    state.ensure_keyring()?;
    if !state.is_unlocked() {
        return Err(Error::Locked.into());
    }
    drop(feldbuch_core::custody::unlock(
        state.data().path(),
        &passphrase,
        &feldbuch_core::custody::OsKeyring,
    )?);
    state.lock();
    let keyring = feldbuch_core::custody::OsKeyring;
    match state
        .data()
        .restore(&file_name, &passphrase, &keyring, state.clock())
    {
        Ok(store) => Ok(state.set_store(store)?),
        Err(e) => {
            // A refused backup changed nothing: open the store again, as it was.
            if let Ok(store) = state.data().unlock(&passphrase, &keyring, state.clock()) {
                state.set_store(store)?;
            }
            Err(e.into())
        }
    }
}
