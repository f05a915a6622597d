// Files the window asks the core to write where the user chose (printed documents as PDF, the
// Auskunft in a chosen format): the name the save dialog suggests, its filter, the client's
// language, and the one way of asking: first the system's save dialog, then the command.
import type { AuskunftFormat, FileWritten, Locale, Person } from './bindings';
import { jsonFilter, pdfFilter, textFilter, type FileFilter } from './dialog';

/** The formats of an Auskunft, in the order the window offers them. */
export const AUSKUNFT_FORMATS: readonly AuskunftFormat[] = ['text', 'json', 'pdf'];

const EXTENSIONS: Record<AuskunftFormat, string> = { text: 'txt', json: 'json', pdf: 'pdf' };

/** The file name ending of an Auskunft in `format`. */
export function auskunftExtension(format: AuskunftFormat): string {
  return EXTENSIONS[format];
}

/** The save dialog's filter for an Auskunft in `format`. */
export function auskunftFilter(format: AuskunftFormat): FileFilter {
  return format === 'pdf' ? pdfFilter() : format === 'json' ? jsonFilter() : textFilter();
}

/**
 * The language a client reads: the first of the person's languages that Feldbuch has (`locales`),
 * else German (in which every document is made anyway).
 */
export function clientLocale(person: Pick<Person, 'languages'>, locales: readonly Locale[]): Locale {
  for (const language of person.languages) {
    const code = language.trim().toLowerCase();
    const found = locales.find((l) => l === code);
    if (found) return found;
  }
  return 'de';
}

/**
 * A part of a suggested file name from what a user typed (a pseudonym, a title): characters no
 * file system takes, and runs of spaces, become one "_" each; never empty.
 */
export function fileNamePart(text: string): string {
  const part = text.trim().replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, '_').replace(/^\.+/, '');
  return part === '' ? '_' : part;
}

/** "<kind>-<label>-<day>.<ext>", e.g. `Einwilligung-MK-1980-2025-11-01.pdf`. */
export function documentFileName(kind: string, label: string, day: string, ext: string): string {
  return `${kind}-${fileNamePart(label)}-${day}.${ext}`;
}

/**
 * Asks where to save in the system's dialog (`choose`), then writes there (`write`). Resolves
 * to null when the user cancelled (then nothing is sent); a dialog that cannot be shown rejects
 * like a command. The focus goes back to `button` after the dialog.
 */
export async function writeChosen(
  choose: () => Promise<string | null>,
  write: (path: string) => Promise<FileWritten>,
  button?: HTMLElement | null,
): Promise<FileWritten | null> {
  let path: string | null;
  try {
    path = await choose();
  } finally {
    button?.focus();
  }
  if (path === null) return null;
  return write(path);
}
