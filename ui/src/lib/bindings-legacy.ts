// Generated from src-tauri/src/dto.rs by ts-rs. Do not edit: run
// `UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings` after changing a DTO.

import type { IpcError } from './bindings';

export type RetentionDto = { category: string, years: number | null, 
/**
 * Records past the period now (only when a period is set).
 */
due: number | null, cutoff: string | null, };
export type AuditEntryDto = { seq: number, at: string, actor: string, action: string, entity: string, entityId: string, };
export type ReportPeriodDto = { quarter: string | null, from: string | null, to: string | null, };
export type PeriodInfoDto = { from: string, to: string, label: string, };
export type LabelDto = { key: string, text: string, };
export type HiddenDto = "small" | "protect";
export type ShownDto = number | { hidden: HiddenDto, };
export type TableDto = { id: string, title: string, rowHeader: string, rows: Array<LabelDto>, cols: Array<LabelDto>, cells: Array<Array<ShownDto>>, rowTotals: Array<ShownDto> | null, colTotals: Array<ShownDto> | null, 
/**
 * The grand total, when the table has both totals.
 */
total: ShownDto | null, };
export type KeyFigureDto = { id: string, label: string, current: ShownDto, previous: ShownDto, 
/**
 * Relative change, computed in the core (the workbook shows the same).
 */
change: number | null, };
export type SourceDto = { deviceId: string, thisDevice: boolean, team: string | null, contactsInPeriod: ShownDto, bundlesImported: number, lastBundleSeq: number | null, lastImport: string | null, };
export type IncompleteDto = { personId: string, pseudonym: string, missing: Array<string>, };
export type ReportDto = { locale: string, period: PeriodInfoDto, previous: PeriodInfoDto, k: number, generatedAt: string, keyFigures: Array<KeyFigureDto>, contactsByMonth: TableDto, contactsByDistrict: TableDto, contactsByKind: TableDto, topics: TableDto, topicShares: Array<number | null>, referrals: TableDto, activities: TableDto, participants: Array<TableDto>, completeness: TableDto, incomplete: Array<IncompleteDto>, sources: Array<SourceDto>, };
export type ReportFileDto = { path: string, report: ReportDto, };
export type ExportStatusDto = { 
/**
 * `weekly`, `monthly` or `quarterly`.
 */
schedule: string, 
/**
 * Local date (YYYY-MM-DD) of the last export, if any.
 */
lastExport: string | null, 
/**
 * When the next export is due; none before the first export (due at once).
 */
nextDue: string | null, due: boolean, queued: number, folder: string | null, 
/**
 * The office's public key is set (exports can be sealed).
 */
officeKey: boolean, 
/**
 * The office's secret key is kept here (this lead's device can import).
 */
officeIdentity: boolean, withNotes: boolean, 
/**
 * This device's role may import bundles.
 */
canImport: boolean, };
export type ExportReportDto = { sequence: number, fileName: string, 
/**
 * The folder could not be written: the bundle waits in the store.
 */
queued: boolean, 
/**
 * Written by this attempt (earlier queued ones included).
 */
written: Array<string>, recordCount: number, folder: string, };
export type ExportEntryDto = { sequence: number, createdAt: string, fileName: string, 
/**
 * `written` or `queued`.
 */
status: string, recordCount: number, full: boolean, withNotes: boolean, writtenAt: string | null, };
export type EnrolledDeviceDto = { deviceId: string, displayName: string, initials: string, team: string | null, 
/**
 * The device key's fingerprint, to compare aloud with the worker's screen.
 */
fingerprint: string, };
export type DeviceDto = { deviceId: string, displayName: string | null, initials: string | null, team: string | null, fingerprint: string, 
/**
 * UTC, RFC 3339.
 */
enrolledAt: string, 
/**
 * UTC, RFC 3339; set once the device is revoked (for good).
 */
revokedAt: string | null, lastSequence: number | null, lastImportAt: string | null, };
export type EnrolmentFileDto = { path: string, fingerprint: string, };
export type ImportProgressDto = { done: number, total: number, records: number, };
export type ImportFileDto = { file: string, imported: boolean, initials: string | null, sequence: number | null, records: number, applied: number, conflicts: number, 
/**
 * Imported over a gap: the sequence number that was expected.
 */
gapExpected: number | null, error: IpcError | null, };
export type ImportBatchDto = { 
/**
 * Stopped (Cancel or a lock): `files` are those imported or refused before the stop; the
 * file in hand was rolled back and the rest were not touched.
 */
cancelled: boolean, files: Array<ImportFileDto>, };
export type ConflictVersionDto = { deviceId: string, revision: number, 
/**
 * The record's fields as the device sent them (JSON text).
 */
fields: string, };
export type ConflictDto = { entity: string, id: string, foundAt: string, 
/**
 * Newest first: the first is the version in the tables.
 */
versions: Array<ConflictVersionDto>, };
export type BackupDto = { fileName: string, 
/**
 * `scheduled`, `manual`, `pre-migration` or `pre-restore`.
 */
kind: string, 
/**
 * UTC, RFC 3339.
 */
createdAt: string, bytes: number, };
export type BackupRunningDto = { done: number, total: number, };
export type BackupStatusDto = { backups: Array<BackupDto>, 
/**
 * Why the last backup in the background failed: a Fluent error id (`error-disk-full`, …).
 */
problem: string | null, 
/**
 * The backup running in the background, if one is.
 */
running: BackupRunningDto | null, };
