import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { AppStatus, Backup, BackupKind, BackupStatus } from '../src/lib/bindings';
import App from '../src/App.svelte';
import Settings from '../src/components/Settings.svelte';
import Backups from '../src/components/settings/Backups.svelte';
import { formatBytes, formatDateTime } from '../src/lib/format';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { plain, vocabulary, volunteerProfile } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);

function backup(kind: BackupKind, created_at: string, bytes: number): Backup {
  return { file_name: `feldbuch-${created_at.replace(/:/g, '-')}-${kind}.fbk`, kind, created_at, bytes };
}

const list: Backup[] = [
  backup('manual', '2025-11-21T14:05:09Z', 2_345_678),
  backup('scheduled', '2025-11-21T07:30:00Z', 412_345),
  backup('pre-restore', '2025-11-20T16:00:00Z', 1_000),
  backup('pre-migration', '2025-11-18T08:00:00Z', 999),
];

const withList = (
  backups: Backup[],
  problem: string | null = null,
  running: BackupStatus['running'] = null,
): BackupStatus => ({ backups, problem, running });

function rows(): HTMLElement[] {
  return screen.getAllByTestId('backup-row');
}

function rowOf(b: Backup): HTMLElement {
  const found = rows().find((r) => r.dataset.file === b.file_name);
  if (!found) throw new Error(`no row ${b.file_name}`);
  return found;
}

async function shown(count: number) {
  await vi.waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(count));
}

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  m.backupStatus.mockResolvedValue(withList(list));
});
afterEach(() => cleanup());

describe('Einstellungen: Sicherungen', () => {
  it('lists the backups with time, localized kind and size, newest first', async () => {
    render(Backups);
    await shown(4);
    expect(screen.getByRole('heading', { name: 'Sicherungen' })).toBeTruthy();
    const texts = rows().map((r) => plain(r.textContent));
    expect(texts[0]).toContain(plain(formatDateTime(list[0].created_at, 'de')));
    const kinds = rows().map((r) => plain(within(r).getByTestId('backup-kind').textContent));
    expect(kinds).toEqual(['von Hand', 'täglich', 'vor Wiederherstellung', 'vor Aktualisierung']);
    expect(kinds).toEqual(list.map((b) => t(`backup-kind-${b.kind}`)));
    const sizes = rows().map((r) => plain(within(r).getByTestId('backup-size').textContent));
    expect(sizes).toEqual(['2,3 MB', '413 kB', '1 kB', '1 kB']);
    // Every row has its own, labelled restore button.
    for (const row of rows()) {
      const button = within(row).getByRole('button', { name: t('backups-restore') });
      const described = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(described && row.contains(described)).toBe(true);
    }
    expect(screen.queryByTestId('backups-empty')).toBeNull();
    expect(screen.queryByTestId('backups-problem')).toBeNull();
  });

  it('formats sizes in the current locale', () => {
    expect(plain(formatBytes(412_345, 'en'))).toBe('413 kB');
    expect(plain(formatBytes(2_345_678, 'en'))).toBe('2.3 MB');
    expect(plain(formatBytes(1_000_000, 'de'))).toBe('1,0 MB');
  });

  it('says so when there are no backups yet', async () => {
    m.backupStatus.mockResolvedValue(withList([]));
    render(Backups);
    await vi.waitFor(() => expect(byId('backups-empty').textContent).toBe(t('backups-empty')));
    expect(screen.queryByTestId('backups-list')).toBeNull();
    expect((byId('backups-now') as HTMLButtonElement).disabled).toBe(false);
  });

  it('alerts with the localized reason when the automatic backup failed', async () => {
    m.backupStatus.mockResolvedValue(withList(list, 'error-disk-full'));
    render(Backups);
    await vi.waitFor(() => expect(byId('backups-problem')).toBeTruthy());
    const problem = byId('backups-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(plain(problem.textContent)).toBe(plain(t('backups-problem', { message: t('error-disk-full') })));
    expect(plain(problem.textContent)).toContain(t('error-disk-full'));
    expect(problem.textContent).not.toContain('error-');
  });

  it('"Jetzt sichern" starts a backup in the background, shows its progress, then the file made', async () => {
    const user = userEvent.setup();
    render(Backups);
    await shown(4);
    const made = backup('manual', '2025-11-22T10:00:00Z', 420_000);
    m.backupNow.mockResolvedValue(undefined);
    m.backupStatus
      .mockResolvedValueOnce(withList(list, null, { done: 100, total: 400 }))
      .mockResolvedValue(withList([made, ...list]));
    await user.click(byId('backups-now'));
    expect(m.backupNow).toHaveBeenCalledTimes(1);
    // While it runs: its progress, a Cancel, and no second start.
    await vi.waitFor(() => expect(byId('backups-running')).toBeTruthy());
    expect(plain(byId('backups-running').textContent)).toContain(plain(t('backups-running', { percent: 25 })));
    expect(byId('backups-now')).toHaveProperty('disabled', true);
    // Polled until it ended: the new newest backup is named.
    await shown(5);
    await vi.waitFor(() =>
      expect(plain(byId('backups-status').textContent)).toBe(`Sicherung ${made.file_name} angelegt.`),
    );
    expect(screen.queryByTestId('backups-running')).toBeNull();
    expect(rows()[0].dataset.file).toBe(made.file_name);
    expect(screen.queryByTestId('backups-now-error')).toBeNull();
  });

  it('cancels a running backup and says that no half backup was kept', async () => {
    const user = userEvent.setup();
    m.backupStatus.mockResolvedValue(withList(list, null, { done: 50, total: 400 }));
    render(Backups);
    await vi.waitFor(() => expect(byId('backups-running')).toBeTruthy());
    m.cancelBackup.mockResolvedValue(undefined);
    m.backupStatus.mockResolvedValue(withList(list));
    await user.click(byId('backups-cancel'));
    expect(m.cancelBackup).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(plain(byId('backups-status').textContent)).toBe(plain(t('backups-cancelled'))));
    expect(screen.queryByTestId('backups-running')).toBeNull();
    expect(rows()).toHaveLength(4);
  });

  it('shows a failed backup localized and keeps the list', async () => {
    const user = userEvent.setup();
    render(Backups);
    await shown(4);
    m.backupNow.mockRejectedValue({ code: 'error-disk-full', args: {} });
    await user.click(byId('backups-now'));
    await vi.waitFor(() => expect(byId('backups-now-error').textContent).toBe(t('error-disk-full')));
    expect(byId('backups-status').textContent).toBe('');
    expect(rows()).toHaveLength(4);
  });

  it('restores after an inline confirmation with the passphrase and calls onrestored', async () => {
    const user = userEvent.setup();
    const onrestored = vi.fn();
    render(Backups, { props: { onrestored } });
    await shown(4);
    const chosen = list[1];
    await user.click(within(rowOf(chosen)).getByTestId('backup-restore'));
    const confirm = byId('backup-confirm');
    const when = formatDateTime(chosen.created_at, 'de');
    expect(plain(byId('backup-confirm-text').textContent)).toBe(plain(t('backups-confirm', { date: when })));
    expect(plain(byId('backup-confirm-text').textContent)).toContain(plain(when));
    expect(within(rowOf(chosen)).getByTestId('backup-restore').getAttribute('aria-expanded')).toBe('true');
    const field = within(confirm).getByLabelText(t('backups-passphrase-label')) as HTMLInputElement;
    expect(field.type).toBe('password');
    // The keyboard lands in the passphrase field.
    expect(document.activeElement).toBe(field);
    expect(m.restoreBackup).not.toHaveBeenCalled();

    m.restoreBackup.mockResolvedValue(undefined);
    const after = [backup('pre-restore', '2025-11-22T11:00:00Z', 2_400_000), ...list];
    m.backupStatus.mockResolvedValue(withList(after));
    await user.type(field, 'richtig geheim');
    await user.click(within(confirm).getByRole('button', { name: t('backups-restore-confirm') }));
    expect(m.restoreBackup).toHaveBeenCalledTimes(1);
    expect(m.restoreBackup).toHaveBeenCalledWith({ file_name: chosen.file_name, passphrase: 'richtig geheim' });
    await shown(5);
    expect(onrestored).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('backup-confirm')).toBeNull();
    expect(plain(byId('backups-status').textContent)).toBe(plain(t('backups-restored', { date: when })));
    expect(document.activeElement).toBe(within(rowOf(chosen)).getByTestId('backup-restore'));
  });

  it('shows a wrong passphrase localized, changes nothing and does not call onrestored', async () => {
    const user = userEvent.setup();
    const onrestored = vi.fn();
    render(Backups, { props: { onrestored } });
    await shown(4);
    m.restoreBackup.mockRejectedValue({ code: 'error-wrong-passphrase', args: {} });
    await user.click(within(rowOf(list[0])).getByTestId('backup-restore'));
    await user.type(byId('backup-passphrase'), 'falsch');
    await user.click(byId('backup-restore-confirm'));
    expect(m.restoreBackup).toHaveBeenCalledWith({ file_name: list[0].file_name, passphrase: 'falsch' });
    await vi.waitFor(() => expect(byId('backup-restore-error').textContent?.trim()).toBe(t('error-wrong-passphrase')));
    expect(byId('backup-restore-error').getAttribute('role')).toBe('alert');
    expect(onrestored).not.toHaveBeenCalled();
    // Still open to try again, the field empty, focused and marked.
    const field = byId('backup-passphrase') as HTMLInputElement;
    expect(byId('backup-confirm')).toBeTruthy();
    expect(field.value).toBe('');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(byId('backups-status').textContent).toBe('');
    expect(m.backupStatus).toHaveBeenCalledTimes(1);

    // A damaged backup: its own message.
    m.restoreBackup.mockRejectedValue({ code: 'error-backup-damaged', args: {} });
    await user.type(field, 'richtig');
    await user.click(byId('backup-restore-confirm'));
    await vi.waitFor(() => expect(byId('backup-restore-error').textContent?.trim()).toBe(t('error-backup-damaged')));
    expect(onrestored).not.toHaveBeenCalled();
  });

  it('asks for the passphrase before sending anything', async () => {
    const user = userEvent.setup();
    render(Backups);
    await shown(4);
    await user.click(within(rowOf(list[0])).getByTestId('backup-restore'));
    await user.click(byId('backup-restore-confirm'));
    expect(byId('backup-restore-error').textContent?.trim()).toBe(t('backups-passphrase-required'));
    expect(m.restoreBackup).not.toHaveBeenCalled();
  });

  it('cancel (button or Escape) closes the confirmation without calling the api', async () => {
    const user = userEvent.setup();
    const onrestored = vi.fn();
    render(Backups, { props: { onrestored } });
    await shown(4);
    const button = within(rowOf(list[2])).getByTestId('backup-restore');
    await user.click(button);
    await user.type(byId('backup-passphrase'), 'geheim');
    await user.click(byId('backup-restore-cancel'));
    expect(screen.queryByTestId('backup-confirm')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    await user.click(button);
    // Opened again: the passphrase typed before is gone.
    expect((byId('backup-passphrase') as HTMLInputElement).value).toBe('');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('backup-confirm')).toBeNull();
    expect(m.restoreBackup).not.toHaveBeenCalled();
    expect(onrestored).not.toHaveBeenCalled();
  });

  it('works by keyboard alone', async () => {
    const user = userEvent.setup();
    m.backupStatus.mockResolvedValue(withList([list[0]]));
    m.restoreBackup.mockResolvedValue(undefined);
    render(Backups);
    await shown(1);
    within(rowOf(list[0])).getByTestId('backup-restore').focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(byId('backup-passphrase'));
    await user.keyboard('geheim{Enter}');
    expect(m.restoreBackup).toHaveBeenCalledWith({ file_name: list[0].file_name, passphrase: 'geheim' });
  });

  it('is in the settings for volunteers too; a restore reloads what the settings show', async () => {
    const user = userEvent.setup();
    const onrestored = vi.fn();
    m.profile.mockResolvedValue(volunteerProfile);
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5, volunteer: true, onrestored } });
    await shown(4);
    expect(m.profile).toHaveBeenCalledTimes(1);
    m.restoreBackup.mockResolvedValue(undefined);
    await user.click(within(rowOf(list[0])).getByTestId('backup-restore'));
    await user.type(byId('backup-passphrase'), 'geheim');
    await user.click(byId('backup-restore-confirm'));
    await vi.waitFor(() => expect(onrestored).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(m.profile).toHaveBeenCalledTimes(2));
    expect(m.exportStatus).not.toHaveBeenCalled();
  });

  it('a restore reloads the retention and access log of a worker', async () => {
    const user = userEvent.setup();
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await shown(4);
    await vi.waitFor(() => expect(m.auditLog).toHaveBeenCalledTimes(1));
    expect(m.retention).toHaveBeenCalledTimes(1);
    expect(m.exportStatus).toHaveBeenCalledTimes(1);
    m.restoreBackup.mockResolvedValue(undefined);
    await user.click(within(rowOf(list[0])).getByTestId('backup-restore'));
    await user.type(byId('backup-passphrase'), 'geheim');
    await user.click(byId('backup-restore-confirm'));
    await vi.waitFor(() => expect(m.auditLog).toHaveBeenCalledTimes(2));
    expect(m.retention).toHaveBeenCalledTimes(2);
    expect(m.exportStatus).toHaveBeenCalledTimes(2);
    expect(m.profile).toHaveBeenCalledTimes(2);
    expect(plain(byId('backups-status').textContent)).toContain(plain(formatDateTime(list[0].created_at, 'de')));
  });
});

describe('App after a restore', () => {
  const status = (over: Partial<AppStatus> = {}): AppStatus => ({
    initialised: true, unlocked: true, locale: 'de', auto_lock_minutes: 5, today: '2025-11-21', ...over,
  });

  it('reads the app status again: the restored settings show', async () => {
    m.appStatus.mockResolvedValue(status());
    m.vocabulary.mockResolvedValue(vocabulary);
    m.restoreBackup.mockResolvedValue(undefined);
    render(App);
    await vi.waitFor(() => expect(byId('nav-settings')).toBeTruthy());
    byId('nav-settings').click();
    await shown(4);
    expect((byId('settings-autolock') as HTMLInputElement).value).toBe('5');

    m.appStatus.mockResolvedValue(status({ auto_lock_minutes: 15 }));
    const calls = m.appStatus.mock.calls.length;
    await fireEvent.click(within(rowOf(list[0])).getByTestId('backup-restore'));
    await tick();
    await fireEvent.input(byId('backup-passphrase'), { target: { value: 'geheim' } });
    await fireEvent.submit(byId('backup-confirm'));
    await vi.waitFor(() => expect((byId('settings-autolock') as HTMLInputElement).value).toBe('15'));
    expect(m.appStatus.mock.calls.length).toBeGreaterThan(calls);
    expect(m.restoreBackup).toHaveBeenCalledWith({ file_name: list[0].file_name, passphrase: 'geheim' });
  });
});
