// Small helpers of the Austausch screen: the paths chosen for an import, file names, and how a
// merge conflict's record is shown. Plain functions, so they are tested without a component.
import type { ImportedFile } from './bindings';

/** The export schedules Rust accepts (`set_export_schedule`), in the order they are offered. */
export const SCHEDULES = ['weekly', 'monthly', 'quarterly'] as const;

/** The error code of a bundle refused because bundles of its device are missing before it. */
export const GAP_ERROR = 'error-bundle-gap';

/** The paths chosen so far with those chosen now: in the order chosen, each once. */
export function addPaths(chosen: readonly string[], more: readonly string[]): string[] {
  const out = [...chosen];
  for (const path of more) if (path !== '' && !out.includes(path)) out.push(path);
  return out;
}

/** The last part of a path (either separator: the lead may work on Windows). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts.length > 0 ? parts[parts.length - 1] : path;
}

/**
 * The record's fields as the device sent them, indented for reading. Text that is not JSON is
 * shown as it came. Either way it is only ever shown as text, never interpreted as markup.
 */
export function prettyFields(fields: string): string {
  try {
    return JSON.stringify(JSON.parse(fields), null, 2);
  } catch {
    return fields;
  }
}

// Tables of the bundle format → the record kinds the audit view already names.
const ENTITY_KINDS: Record<string, string> = {
  workers: 'worker',
  sites: 'site',
  partners: 'partner',
  persons: 'person',
  consents: 'consent',
  contacts: 'contact',
  referrals: 'referral',
  activities: 'activity',
};

/** The Fluent id naming a conflict's record kind, or null when there is none (shown as is). */
export function entityMessageId(entity: string): string | null {
  const kind = ENTITY_KINDS[entity];
  return kind ? `audit-entity-${kind}` : null;
}

/** Counts of a batch that was not cancelled. */
export function batchCounts(files: ImportedFile[]): { imported: number; refused: number; conflicts: number } {
  let imported = 0;
  let conflicts = 0;
  for (const f of files) {
    if (f.report) {
      imported += 1;
      conflicts += f.report.conflicts;
    }
  }
  return { imported, refused: files.length - imported, conflicts };
}
