// The wrapper over the system's dialogs (src/lib/dialog.ts) against a mocked plugin, and the
// strings of the dialogs (locales/*/dialogs.ftl): every language has them, the UI uses them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, Message, Visitor, type VariableReference } from '@fluent/syntax';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/plugin-dialog', () => ({ open: vi.fn(), save: vi.fn() }));

import { open, save } from '@tauri-apps/plugin-dialog';
import {
  bundleFilter,
  chooseFile,
  chooseFiles,
  chooseFolder,
  chooseSaveFile,
  enrolmentFilter,
  workbookFilter,
} from '../src/lib/dialog';
import { applyLocale, t, tIn } from '../src/lib/i18n.svelte';

const mOpen = vi.mocked(open);
const mSave = vi.mocked(save);

beforeEach(() => {
  applyLocale('de');
  mOpen.mockReset();
  mSave.mockReset();
});

describe('dialog wrapper', () => {
  it('opens a folder dialog and resolves to the folder, or null when cancelled', async () => {
    mOpen.mockResolvedValueOnce('/media/usb');
    expect(await chooseFolder('Ordner')).toBe('/media/usb');
    expect(mOpen).toHaveBeenCalledWith({ title: 'Ordner', directory: true, multiple: false });
    mOpen.mockResolvedValueOnce(null);
    expect(await chooseFolder('Ordner')).toBeNull();
  });

  it('opens a file dialog with the filters given', async () => {
    mOpen.mockResolvedValueOnce('/media/usb/a.json');
    const filters = [{ name: 'JSON', extensions: ['json'] }];
    expect(await chooseFile('Datei', filters)).toBe('/media/usb/a.json');
    expect(mOpen).toHaveBeenCalledWith({ title: 'Datei', filters, directory: false, multiple: false });
    mOpen.mockResolvedValueOnce(null);
    expect(await chooseFile('Datei')).toBeNull();
    expect(mOpen).toHaveBeenLastCalledWith({ title: 'Datei', filters: undefined, directory: false, multiple: false });
  });

  it('opens a dialog for several files; nothing chosen is null, never an empty list', async () => {
    mOpen.mockResolvedValueOnce(['/a.age', '/b.age']);
    expect(await chooseFiles('Pakete', [bundleFilter()])).toEqual(['/a.age', '/b.age']);
    expect(mOpen).toHaveBeenCalledWith({ title: 'Pakete', filters: [bundleFilter()], directory: false, multiple: true });
    mOpen.mockResolvedValueOnce([]);
    expect(await chooseFiles('Pakete')).toBeNull();
    mOpen.mockResolvedValueOnce(null);
    expect(await chooseFiles('Pakete')).toBeNull();
  });

  it('opens a save dialog with the suggested name', async () => {
    mSave.mockResolvedValueOnce('/media/usb/bericht.xlsx');
    expect(await chooseSaveFile('Speichern', 'Feldbuch-Bericht-2025-Q3.xlsx', [workbookFilter()])).toBe('/media/usb/bericht.xlsx');
    expect(mSave).toHaveBeenCalledWith({ title: 'Speichern', defaultPath: 'Feldbuch-Bericht-2025-Q3.xlsx', filters: [workbookFilter()] });
    mSave.mockResolvedValueOnce(null);
    expect(await chooseSaveFile('Speichern', 'x.xlsx')).toBeNull();
  });

  it('shows one dialog at a time: a second while one is open is null at once', async () => {
    let answer: (path: string | null) => void = () => {};
    mOpen.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)) as ReturnType<typeof open>);
    const first = chooseFolder('Ordner');
    expect(await chooseFile('Datei')).toBeNull();
    expect(await chooseSaveFile('Speichern', 'x.xlsx')).toBeNull();
    expect(mOpen).toHaveBeenCalledTimes(1);
    expect(mSave).not.toHaveBeenCalled();
    answer('/media/usb');
    expect(await first).toBe('/media/usb');
    mOpen.mockResolvedValueOnce('/b');
    expect(await chooseFile('Datei')).toBe('/b');
  });

  it('turns a failing dialog into an IpcError, and can open again afterwards', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mOpen.mockRejectedValueOnce('dialog.open not allowed');
    await expect(chooseFolder('Ordner')).rejects.toEqual({ code: 'error-internal', args: {} });
    mOpen.mockResolvedValueOnce('/c');
    expect(await chooseFolder('Ordner')).toBe('/c');
  });

  it('names its filters in the current language', () => {
    expect(bundleFilter()).toEqual({ name: t('dlg-filter-bundles'), extensions: ['age'] });
    expect(enrolmentFilter()).toEqual({ name: t('dlg-filter-enrolment'), extensions: ['json'] });
    expect(workbookFilter()).toEqual({ name: t('dlg-filter-xlsx'), extensions: ['xlsx'] });
    applyLocale('en');
    expect(bundleFilter().name).toBe('Export bundles (*.age)');
  });
});

const LOCALES_DIR = resolve(__dirname, '../../locales');
const SRC_DIR = resolve(__dirname, '../src');
const LOCALES = ['de', 'en', 'tr', 'ar', 'uk'];

function dialogMessages(locale: string): Message[] {
  const resource = parse(readFileSync(join(LOCALES_DIR, locale, 'dialogs.ftl'), 'utf8'), {});
  expect(resource.body.filter((e) => e.type === 'Junk')).toEqual([]);
  return resource.body.filter((e): e is Message => e instanceof Message);
}

class Variables extends Visitor {
  names = new Set<string>();
  visitVariableReference(node: VariableReference) {
    this.names.add(node.id.name);
  }
}

function variables(message: Message): string[] {
  const v = new Variables();
  v.visit(message);
  return [...v.names].sort();
}

function source(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? source(path) : /\.(ts|svelte)$/.test(path) ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe('locales/*/dialogs.ftl', () => {
  const de = dialogMessages('de');

  it.each(LOCALES)('%s has exactly the ids and variables of de, each with a value', (locale) => {
    const messages = dialogMessages(locale);
    expect(messages.map((m) => m.id.name).sort()).toEqual(de.map((m) => m.id.name).sort());
    const reference = new Map(de.map((m) => [m.id.name, variables(m)]));
    for (const m of messages) {
      expect(m.value, `${locale}: ${m.id.name}`).not.toBeNull();
      expect(variables(m), `${locale}: ${m.id.name}`).toEqual(reference.get(m.id.name));
    }
  });

  it('has only dlg- ids, and the UI uses each of them', () => {
    const code = source(SRC_DIR);
    for (const m of de) {
      expect(m.id.name).toMatch(/^dlg-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(code.includes(`'${m.id.name}'`), m.id.name).toBe(true);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'de'))('%s: every dialog string is translated, not the German one', (locale) => {
    const same = de.map((m) => m.id.name).filter((id) => tIn(locale, id, { name: 'x' }) === tIn('de', id, { name: 'x' }));
    expect(same).toEqual([]);
  });
});
