//! The Austausch screen: export (every role but volunteers), and on the lead's device enrolment,
//! the office's key and the import of bundle files with progress and cancel. Paths come in as
//! text the user typed; the core checks every file it reads.

use crate::dto_exchange::{
    BackupDto, BackupStatusDto, ConflictDto, EnrolledDeviceDto, EnrolmentFileDto, ExportEntryDto,
    ExportReportDto, ExportStatusDto, ImportBatchDto, ImportFileDto, ImportProgressDto,
};
use crate::ipc_error::IpcResult;
use crate::state::AppState;
use feldbuch_core::exchange::{self, BatchOutcome};
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
pub fn export_status(state: State<'_, AppState>) -> IpcResult<ExportStatusDto> {
    Ok(state.with_store(|s| {
        Ok(ExportStatusDto::new(
            s.export_status()?,
            s.office_identity()?.is_some(),
            s.actor().role == Role::Lead,
        ))
    })?)
}

#[tauri::command(async)]
pub fn export_now(state: State<'_, AppState>, full: bool) -> IpcResult<ExportReportDto> {
    Ok(state.with_store(|s| s.export(full))?.into())
}

#[tauri::command]
pub fn export_history(state: State<'_, AppState>) -> IpcResult<Vec<ExportEntryDto>> {
    let list = state.with_store(|s| s.export_history())?;
    Ok(list.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn set_export_folder(state: State<'_, AppState>, folder: String) -> IpcResult<()> {
    let folder = path_of(&folder)?;
    Ok(state.with_store(|s| s.set_export_folder(&folder))?)
}

#[tauri::command]
pub fn set_export_schedule(state: State<'_, AppState>, schedule: String) -> IpcResult<()> {
    let schedule = ExportSchedule::parse(&schedule)?;
    Ok(state.with_store(|s| s.set_export_schedule(schedule))?)
}

#[tauri::command]
pub fn set_export_notes(state: State<'_, AppState>, on: bool) -> IpcResult<()> {
    Ok(state.with_store(|s| s.set_export_with_notes(on))?)
}

/// The office's public key, pasted (`age1…`). Returns it as kept.
#[tauri::command]
pub fn set_office_key(state: State<'_, AppState>, key: String) -> IpcResult<String> {
    if key.len() > 4096 {
        return Err(Error::invalid("error-office-recipient-invalid", &[]).into());
    }
    Ok(state.with_store(|s| s.set_office_recipient(&key))?)
}

/// Write this device's enrolment file into the documents folder; returns its path and the key's
/// fingerprint (to read aloud to the lead).
#[tauri::command]
pub fn write_enrolment(state: State<'_, AppState>) -> IpcResult<EnrolmentFileDto> {
    let folder = feldbuch_core::datadir::documents_dir()?;
    let (path, fingerprint) =
        state.with_store(|s| Ok((s.write_enrolment_in(&folder)?, s.device_fingerprint()?)))?;
    Ok(EnrolmentFileDto {
        path: path.display().to_string(),
        fingerprint,
    })
}

/// Register a worker's device from its enrolment file (lead).
#[tauri::command]
pub fn enrol_device(state: State<'_, AppState>, path: String) -> IpcResult<EnrolledDeviceDto> {
    use std::io::Read;
    let path = path_of(&path)?;
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
    let enrolled = state.with_store(|s| s.enrol_device(&bytes))?;
    Ok(EnrolledDeviceDto::of(enrolled)?)
}

/// Keep the office's secret key from its key file inside the store (lead). Returns the public key.
#[tauri::command]
pub fn set_office_identity(state: State<'_, AppState>, path: String) -> IpcResult<String> {
    let path = path_of(&path)?;
    Ok(state.with_store(|s| s.set_office_identity(&path))?)
}

/// Import bundle files and folders of them as one batch (lead), reporting progress after each
/// file; [`cancel_import`] stops it and nothing of the batch is kept.
#[tauri::command(async)]
pub fn import_bundles(
    state: State<'_, AppState>,
    paths: Vec<String>,
    accept_gap: bool,
    on_progress: Channel<ImportProgressDto>,
) -> IpcResult<ImportBatchDto> {
    // A Cancel from now on counts, even one pressed while the folder is being listed.
    state.reset_cancel();
    let paths = paths
        .iter()
        .map(|p| path_of(p))
        .collect::<Result<Vec<_>, _>>()?;
    let files = exchange::bundle_files_of(&paths)?;
    let watcher = state.inner().clone();
    let outcome = state.with_store(|s| {
        let identity = s
            .office_identity()?
            .ok_or_else(|| Error::invalid("error-office-identity-missing", &[]))?;
        s.import_files(&files, &identity, accept_gap, &mut |p| {
            // A window that went away does not stop the import; only a cancel does.
            let _ = on_progress.send(p.into());
            watcher.touch();
            !watcher.cancel_requested()
        })
    })?;
    Ok(match outcome {
        BatchOutcome::Cancelled => ImportBatchDto {
            cancelled: true,
            files: Vec::new(),
        },
        BatchOutcome::Done(items) => ImportBatchDto {
            cancelled: false,
            files: items.into_iter().map(ImportFileDto::from).collect(),
        },
    })
}

/// Ask a running import to stop (it rolls back after the file it is on).
#[tauri::command]
pub fn cancel_import(state: State<'_, AppState>) {
    state.request_cancel();
}

#[tauri::command]
pub fn merge_conflicts(state: State<'_, AppState>) -> IpcResult<Vec<ConflictDto>> {
    let list = state.with_store(|s| s.merge_conflicts())?;
    Ok(list.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn backup_status(state: State<'_, AppState>) -> IpcResult<BackupStatusDto> {
    Ok(state.with_store(|s| {
        Ok(BackupStatusDto {
            backups: s.backups()?.into_iter().map(Into::into).collect(),
            problem: s.backup_problem().map(String::from),
        })
    })?)
}

#[tauri::command(async)]
pub fn backup_now(state: State<'_, AppState>) -> IpcResult<BackupDto> {
    Ok(state.with_store(|s| s.backup_now())?.into())
}

/// Replace the store with one of its backups. The passphrase is checked before the store is
/// closed, so a mistyped one leaves the worker where they were; the restored store is open
/// afterwards.
#[tauri::command(async)]
pub fn restore_backup(
    state: State<'_, AppState>,
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
