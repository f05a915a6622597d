// The commands not yet moved to the app layer (generated api.ts re-exports them).
import { Channel } from '@tauri-apps/api/core';
import { call } from './ipc';
import type {
  AuditEntryDto,
  BackupStatusDto,
  ConflictDto,
  DeviceDto,
  EnrolledDeviceDto,
  EnrolmentFileDto,
  ExportEntryDto,
  ExportReportDto,
  ExportStatusDto,
  ImportBatchDto,
  ImportProgressDto,
  ReportDto,
  ReportFileDto,
  ReportPeriodDto,
  RetentionDto,
} from './bindings-legacy';








// Drafts of unsaved forms: kept in the encrypted store (never in browser storage).
export type DraftSlot = 'quick-entry' | 'person' | 'activity' | 'referral';
/** `body` is the JSON text of an object, at most 16 KiB. */
export const saveDraft = (slot: DraftSlot, body: string): Promise<void> => call('save_draft', { slot, body });
export const loadDraft = (slot: DraftSlot): Promise<string | null> => call('load_draft', { slot });
export const clearDraft = (slot: DraftSlot): Promise<void> => call('clear_draft', { slot });

// Retention and the audit log.
export const retention = (): Promise<RetentionDto[]> => call('retention');
/** `years = null`: no limit. */
export const setRetention = (category: string, years: number | null): Promise<RetentionDto[]> =>
  call('set_retention', { category, years });
export const applyRetention = (categories: string[]): Promise<RetentionDto[]> => call('apply_retention', { categories });
/** Newest first, 100 per page; `before` is the `seq` of the oldest entry shown (paging back). */
export const auditLog = (entityId: string | null, before: number | null): Promise<AuditEntryDto[]> =>
  call('audit_log', { entityId, before });

// Reports (workers and leads; volunteers are refused). `period` all null = the last complete
// quarter; `k = null` = the default threshold; `locale` = the language of its labels (the one the
// window shows). Every report is logged in the audit log.
export const report = (period: ReportPeriodDto, k: number | null, locale: string): Promise<ReportDto> =>
  call('report', { period, k, locale });
/** Writes the XLSX workbook into the user's documents folder; resolves with its path and the figures in it. */
export const writeReport = (period: ReportPeriodDto, k: number | null, locale: string): Promise<ReportFileDto> =>
  call('write_report', { period, k, locale });

// Austausch (exchange). Exports: every role but volunteers; each settings change is logged.
export const exportStatus = (): Promise<ExportStatusDto> => call('export_status');
/** `full`: everything, not only what changed since the last export. */
export const exportNow = (full: boolean): Promise<ExportReportDto> => call('export_now', { full });
export const exportHistory = (): Promise<ExportEntryDto[]> => call('export_history');
export const setExportFolder = (folder: string): Promise<void> => call('set_export_folder', { folder });
export const setExportSchedule = (schedule: string): Promise<void> => call('set_export_schedule', { schedule });
export const setExportNotes = (on: boolean): Promise<void> => call('set_export_notes', { on });
/** The office's public key (`age1…`); resolves with the key as kept. */
export const setOfficeKey = (key: string): Promise<string> => call('set_office_key', { key });
/** Writes this device's enrolment file into the documents folder; resolves with its path. */
export const writeEnrolment = (): Promise<EnrolmentFileDto> => call('write_enrolment');
/** What enrolling this file would do, checked, with nothing written (lead only). */
export const previewEnrolment = (path: string): Promise<EnrolledDeviceDto> => call('preview_enrolment', { path });
/** Enrols the device of this file, only if its key still has the fingerprint compared (lead only). */
export const enrolDevice = (path: string, fingerprint: string): Promise<EnrolledDeviceDto> =>
  call('enrol_device', { path, fingerprint });
/** The devices enrolled here, revoked ones included (lead only). */
export const enrolledDevices = (): Promise<DeviceDto[]> => call('enrolled_devices');
/** Revokes an enrolled device for good: none of its bundles is imported any more (lead only). */
export const revokeDevice = (deviceId: string): Promise<DeviceDto> => call('revoke_device', { deviceId });
/** Keeps the office's secret key (from its key file) in the encrypted store; resolves with the public key. */
export const setOfficeIdentity = (path: string): Promise<string> => call('set_office_identity', { path });
/**
 * Imports bundle files and folders of them, each file whole, on a connection of its own (the
 * rest of the app keeps answering); `onProgress` runs after each file. Cancelled (see
 * `cancelImport`) or locked, it stops after the file in hand; the files before stay imported.
 */
export const importBundles = (
  paths: string[],
  acceptGap: boolean,
  onProgress: (p: ImportProgressDto) => void,
): Promise<ImportBatchDto> => {
  const channel = new Channel<ImportProgressDto>();
  channel.onmessage = onProgress;
  return call('import_bundles', { paths, acceptGap, onProgress: channel });
};
export const cancelImport = (): Promise<void> => call('cancel_import');
export const mergeConflicts = (): Promise<ConflictDto[]> => call('merge_conflicts');

// Backups of the encrypted store (every role). One is made by itself once a day after unlocking,
// in the background like "back up now": `backupStatus` shows how far it is.
/** The backups, newest first, the one running (bytes done of total), and why the last failed. */
export const backupStatus = (): Promise<BackupStatusDto> => call('backup_status');
/** Starts a backup in the background. */
export const backupNow = (): Promise<void> => call('backup_now');
/** Stops the backup running in the background; no half backup is kept. */
export const cancelBackup = (): Promise<void> => call('cancel_backup');
/**
 * Replaces the store with a backup; the current state is kept as a `pre-restore` backup. The
 * passphrase is checked first; afterwards the restored store is open.
 */
export const restoreBackup = (fileName: string, passphrase: string): Promise<void> =>
  call('restore_backup', { fileName, passphrase });
