// The system's own open and save dialogs (tauri-plugin-dialog; the window may open them and
// nothing else of the plugin): the one way a path gets into the window, which has no field to
// type one in. The only module that imports the plugin. Each function resolves to what the user
// chose, or null when they cancelled; a dialog that cannot be shown rejects with an IpcError, as
// a command does. Titles and filter names come in localized (t()), so their ids are checked
// like every other message id.
import { open, save } from '@tauri-apps/plugin-dialog';
import { t } from './i18n.svelte';
import { toIpcError } from './ipc';

/** A filter of a dialog: its name as shown (localized) and its extensions, without a dot. */
export type FileFilter = { name: string; extensions: string[] };

/** Whether a dialog is showing: one at a time (on Linux the dialog does not block the window). */
let showing = false;

async function oneAtATime<T>(show: () => Promise<T | null>): Promise<T | null> {
  if (showing) return null;
  showing = true;
  try {
    return await show();
  } catch (thrown) {
    throw toIpcError(thrown);
  } finally {
    showing = false;
  }
}

/** One folder, or null. */
export function chooseFolder(title: string): Promise<string | null> {
  return oneAtATime(() => open({ title, directory: true, multiple: false }));
}

/** One existing file, or null. */
export function chooseFile(title: string, filters?: FileFilter[]): Promise<string | null> {
  return oneAtATime(() => open({ title, filters, directory: false, multiple: false }));
}

/** One or more existing files, or null (never an empty list). */
export function chooseFiles(title: string, filters?: FileFilter[]): Promise<string[] | null> {
  return oneAtATime(async () => {
    const chosen = await open({ title, filters, directory: false, multiple: true });
    return chosen && chosen.length > 0 ? chosen : null;
  });
}

/**
 * Where to write a new file, suggested as `defaultName`, or null. The system dialog asks before
 * it lets the user pick a file that exists, so the caller may replace what is chosen.
 */
export function chooseSaveFile(title: string, defaultName: string, filters?: FileFilter[]): Promise<string | null> {
  return oneAtATime(() => save({ title, defaultPath: defaultName, filters }));
}

/** Export bundles, as the core names them (`feldbuch-<device>-<sequence>.age`). */
export const bundleFilter = (): FileFilter => ({ name: t('dlg-filter-bundles'), extensions: ['age'] });

/** A device's enrolment file (`Feldbuch-Anmeldung-<initials>.json`). */
export const enrolmentFilter = (): FileFilter => ({ name: t('dlg-filter-enrolment'), extensions: ['json'] });

/** The report's workbook. */
export const workbookFilter = (): FileFilter => ({ name: t('dlg-filter-xlsx'), extensions: ['xlsx'] });

/** A printed document (consent receipt, attendance list, Stammblatt) or an Auskunft as PDF. */
export const pdfFilter = (): FileFilter => ({ name: t('dlg-filter-pdf'), extensions: ['pdf'] });

/** An Auskunft as plain text. */
export const textFilter = (): FileFilter => ({ name: t('dlg-filter-text'), extensions: ['txt'] });

/** An Auskunft as JSON. */
export const jsonFilter = (): FileFilter => ({ name: t('dlg-filter-json'), extensions: ['json'] });
