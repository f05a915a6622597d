import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);
vi.mock('../src/lib/dialog', async (importOriginal) =>
  (await import('./dialog-mock')).mockedDialog(await importOriginal()),
);

import * as api from '../src/lib/api';
import * as dialog from '../src/lib/dialog';
import type { AppStatus, DeviceListing, ImportBatch, Progress } from '../src/lib/bindings';
import App from '../src/App.svelte';
import Austausch from '../src/components/Austausch.svelte';
import Heute from '../src/components/Heute.svelte';
import { addPaths, baseName, batchCounts, entityMessageId, prettyFields } from '../src/lib/exchange';
import { formatDate, formatDateTime } from '../src/lib/format';
import { applyLocale, t, tError } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { resetDialogMocks } from './dialog-mock';
import { conflict, exportEntry, exportStatus, importFile, plain, sites, vocabulary, volunteerProfile } from './fixtures';

const m = vi.mocked(api);
const d = vi.mocked(dialog);
const byId = (id: string) => screen.getByTestId(id);
const text = (id: string) => plain(byId(id).textContent);

const leadStatus = (over = {}) => exportStatus({ can_import: true, office_identity: true, ...over });

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  resetDialogMocks(dialog);
});
afterEach(() => cleanup());

async function renderScreen() {
  const result = render(Austausch);
  await vi.waitFor(() => expect(byId('export-status').getAttribute('aria-busy')).toBe('false'));
  return result;
}

describe('Heute: export reminder', () => {
  it('shows the banner when an export is due, and its button opens Austausch', async () => {
    const user = userEvent.setup();
    const onexchange = vi.fn();
    m.exportStatus.mockResolvedValue(exportStatus({ due: true, next_due: '2025-11-01' }));
    render(Heute, { props: { vocabulary, today: '2025-11-21', onexchange } });
    const banner = await vi.waitFor(() => byId('export-due-banner'));
    expect(banner.getAttribute('role')).toBe('status');
    expect(plain(banner.textContent)).toContain(plain(t('today-export-due', { date: formatDate('2025-11-01', 'de') })));
    expect(plain(banner.textContent)).not.toContain(plain(t('today-export-queued', { count: 1 })));
    const go = byId('export-due-go');
    expect(go.tagName).toBe('BUTTON');
    go.focus();
    await user.keyboard('{Enter}');
    expect(onexchange).toHaveBeenCalledTimes(1);
  });

  it('says when nothing was exported yet, and mentions waiting bundles', async () => {
    m.exportStatus.mockResolvedValue(exportStatus({ due: true, last_export: null, next_due: null, queued: 2 }));
    render(Heute, { props: { vocabulary, today: '2025-11-21', onexchange: vi.fn() } });
    const banner = await vi.waitFor(() => byId('export-due-banner'));
    expect(plain(banner.textContent)).toContain(t('today-export-due-first'));
    expect(plain(banner.textContent)).toContain('2 Exportpakete warten');
  });

  it('shows no due banner when no export is due', async () => {
    render(Heute, { props: { vocabulary, today: '2025-11-21', onexchange: vi.fn() } });
    await vi.waitFor(() => expect(m.exportStatus).toHaveBeenCalledTimes(1));
    await tick();
    expect(screen.queryByTestId('export-due-banner')).toBeNull();
    expect(screen.queryByTestId('export-queued-banner')).toBeNull();
  });

  it('still points to bundles that wait for the folder when nothing is due', async () => {
    m.exportStatus.mockResolvedValue(exportStatus({ queued: 1 }));
    render(Heute, { props: { vocabulary, today: '2025-11-21', onexchange: vi.fn() } });
    const banner = await vi.waitFor(() => byId('export-queued-banner'));
    expect(plain(banner.textContent)).toBe(plain(`${t('today-export-queued', { count: 1 })} ${t('today-export-due-go')}`));
    expect(screen.queryByTestId('export-due-banner')).toBeNull();
  });

  it('reminds a volunteer too: their contacts go to the office as well', async () => {
    m.exportStatus.mockResolvedValue(exportStatus({ due: true, notes_allowed: false }));
    render(Heute, { props: { vocabulary, today: '2025-11-21', volunteer: true, onexchange: vi.fn() } });
    await vi.waitFor(() => expect(m.exportStatus).toHaveBeenCalled());
    await vi.waitFor(() => byId('export-due-banner'));
  });

  it("asks a device without the office's package to take one, and not once it has one or at the lead's", async () => {
    const user = userEvent.setup();
    const onexchange = vi.fn();
    m.exportStatus.mockResolvedValue(exportStatus({ office_signer: null }));
    const first = render(Heute, { props: { vocabulary, today: '2025-11-21', onexchange } });
    const card = await vi.waitFor(() => byId('office-package-missing'));
    expect(plain(card.textContent)).toContain(plain(t('today-office-package-missing')));
    await user.click(byId('office-package-go'));
    expect(onexchange).toHaveBeenCalled();
    first.unmount();

    for (const over of [{ office_signer: '12345 67890 13579 24680 11223 34455' }, { can_import: true }]) {
      m.exportStatus.mockResolvedValue(exportStatus(over));
      const shown = render(Heute, { props: { vocabulary, today: '2025-11-21', onexchange } });
      await vi.waitFor(() => expect(m.exportStatus).toHaveBeenCalled());
      await tick();
      expect(screen.queryByTestId('office-package-missing')).toBeNull();
      shown.unmount();
    }
  });

  it('keeps Heute working when the status cannot be read', async () => {
    m.exportStatus.mockRejectedValue({ code: 'error-internal', args: {} });
    render(Heute, { props: { vocabulary, today: '2025-11-21', onexchange: vi.fn() } });
    await vi.waitFor(() => expect(m.exportStatus).toHaveBeenCalled());
    await tick();
    expect(screen.queryByTestId('export-due-banner')).toBeNull();
    expect(screen.queryByTestId('heute-error')).toBeNull();
  });
});

describe('Austausch: status and export', () => {
  it('shows schedule, last and next export, the due and queued notices', async () => {
    m.exportStatus.mockResolvedValue(exportStatus({ due: true, queued: 3, next_due: '2025-11-01' }));
    await renderScreen();
    const card = byId('export-status');
    expect(card.dataset.due).toBe('true');
    expect(card.dataset.queued).toBe('3');
    expect(text('export-schedule-current')).toBe(t('export-schedule-monthly'));
    expect(text('export-last')).toBe(formatDate('2025-11-03', 'de'));
    expect(text('export-due')).toBe(plain(t('exchange-due', { date: formatDate('2025-11-01', 'de') })));
    expect(text('export-queued')).toContain('3 Exportpakete warten');
    expect((byId('export-now') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('export-blocked')).toBeNull();
  });

  it('has no due notice when nothing is due', async () => {
    await renderScreen();
    expect(byId('export-status').dataset.due).toBe('false');
    expect(byId('export-status').dataset.queued).toBe('0');
    expect(screen.queryByTestId('export-due')).toBeNull();
    expect(screen.queryByTestId('export-queued')).toBeNull();
  });

  it('disables the export and says why without office key and folder', async () => {
    m.exportStatus.mockResolvedValue(exportStatus({ office_key: false, folder: null, due: true, last_export: null, next_due: null }));
    await renderScreen();
    const button = byId('export-now') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('export-blocked');
    expect(text('export-no-office-key')).toBe(t('exchange-no-office-key'));
    expect(text('export-no-folder')).toBe(t('exchange-no-folder'));
    expect(text('export-due')).toBe(t('exchange-due-first'));
    expect(text('export-next-due')).toBe(t('exchange-next-due-now'));
  });

  it('exports, shows the written bundle and refreshes status and history', async () => {
    const user = userEvent.setup();
    m.exportNow.mockResolvedValue({
      sequence: 4, file_name: 'feldbuch-AK-000004.age', queued: false,
      written: ['feldbuch-AK-000003.age', 'feldbuch-AK-000004.age'], record_count: 17, counts: {}, folder: '/media/usb/feldbuch',
    });
    await renderScreen();
    expect(m.exportStatus).toHaveBeenCalledTimes(1);
    m.exportHistory.mockResolvedValue([exportEntry({ sequence: 4, file_name: 'feldbuch-AK-000004.age' })]);
    await user.click(byId('export-now'));
    expect(m.exportNow).toHaveBeenCalledWith({ full: false });
    const result = await vi.waitFor(() => byId('export-result'));
    expect(result.dataset.queued).toBe('false');
    expect(plain(result.textContent)).toContain('feldbuch-AK-000004.age');
    expect(plain(result.textContent)).toContain(
      plain(t('exchange-export-written', { count: 17, file: 'feldbuch-AK-000004.age', folder: '/media/usb/feldbuch' })),
    );
    expect(plain(result.textContent)).toContain(t('exchange-export-earlier', { count: 1 }));
    await vi.waitFor(() => expect(screen.getAllByTestId('export-history-row')).toHaveLength(1));
    expect(m.exportStatus).toHaveBeenCalledTimes(2);
    expect(m.exportHistory).toHaveBeenCalledTimes(2);
  });

  it('exports everything when asked and says when the bundle is queued', async () => {
    const user = userEvent.setup();
    m.exportNow.mockResolvedValue({
      sequence: 5, file_name: 'feldbuch-AK-000005.age', queued: true, written: [], record_count: 1, counts: {}, folder: '/media/usb/feldbuch',
    });
    await renderScreen();
    await user.click(byId('export-full'));
    await user.click(byId('export-now'));
    expect(m.exportNow).toHaveBeenCalledWith({ full: true });
    const result = await vi.waitFor(() => byId('export-result'));
    expect(result.dataset.queued).toBe('true');
    expect(plain(result.textContent)).toBe(
      plain(t('exchange-export-queued', { count: 1, file: 'feldbuch-AK-000005.age', folder: '/media/usb/feldbuch' })),
    );
    expect(plain(result.textContent)).toContain('mit einem Datensatz wartet');
    // A full export is the exception: the box is cleared again.
    expect((byId('export-full') as HTMLInputElement).checked).toBe(false);
  });

  it("shows Rust's localized error when the export fails", async () => {
    const user = userEvent.setup();
    m.exportNow.mockRejectedValue({ code: 'error-export-folder-invalid', args: {} });
    await renderScreen();
    await user.click(byId('export-now'));
    await vi.waitFor(() => expect(text('export-now-error')).toBe(t('error-export-folder-invalid')));
    expect(byId('export-now-error').getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('export-result')).toBeNull();
  });

  it('lists the history with sequence, status, full and notes', async () => {
    m.exportHistory.mockResolvedValue([
      exportEntry({ sequence: 2, status: 'queued', full: true, with_notes: true, file_name: 'feldbuch-AK-000002.age', record_count: 1234 }),
      exportEntry({ sequence: 1 }),
    ]);
    await renderScreen();
    const rows = await vi.waitFor(() => {
      const found = screen.getAllByTestId('export-history-row');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(rows.map((r) => [r.dataset.sequence, r.dataset.status])).toEqual([['2', 'queued'], ['1', 'written']]);
    const cells = [...rows[0].querySelectorAll('th, td')].map((c) => plain(c.textContent));
    expect(cells[2]).toBe('feldbuch-AK-000002.age');
    expect(cells[3]).toBe('1.234');
    expect(cells.slice(4)).toEqual([t('exchange-history-queued'), t('exchange-yes'), t('exchange-yes')]);
    expect(within(rows[1]).getByText(t('exchange-history-written'))).toBeTruthy();
  });

  it('says so when there are no exports yet', async () => {
    await renderScreen();
    expect(byId('export-history').tagName).toBe('TABLE');
    expect(screen.queryAllByTestId('export-history-row')).toHaveLength(0);
    expect(text('export-history-empty')).toBe(t('exchange-history-empty'));
  });

  it('writes the enrolment file and shows where', async () => {
    const user = userEvent.setup();
    m.writeEnrolment.mockResolvedValue({ path: '/home/ak/Dokumente/Feldbuch-Anmeldung-AK.json', fingerprint: '12345 67890 13579 24680 11223 34455', device_id: '0192a7c4-0000-7000-8000-00000000000a' });
    await renderScreen();
    await user.click(byId('write-enrolment'));
    await vi.waitFor(() => expect(text('enrolment-path')).toBe('/home/ak/Dokumente/Feldbuch-Anmeldung-AK.json'));
    // The key's fingerprint, to read aloud to the lead.
    expect(text('enrolment-fingerprint')).toBe('12345 67890 13579 24680 11223 34455');
  });
});

describe("Austausch: the central office's package", () => {
  const FP = '12345 67890 13579 24680 11223 34455';
  const received = {
    sequence: 3, lead_device: 'dev-lead', lead_initials: 'TL', fingerprint: FP, first: true,
    counts: { team: 4, sites: 12, partners: 5 }, office_key_changed: true,
  };

  it("takes the first package only with the lead's fingerprint typed in, then shows whose key it keeps", async () => {
    const user = userEvent.setup();
    m.receiveOfficeBundle.mockResolvedValue(received);
    d.chooseFile.mockResolvedValue('/media/usb/Feldbuch-Buero-0003.age');
    await renderScreen();
    expect(screen.queryByTestId('office-receive-signer')).toBeNull();
    await user.click(byId('office-receive-button'));
    // No file yet, then no fingerprint: said here, nothing sent.
    await vi.waitFor(() => expect(text('office-receive-error')).toBe(plain(t('dlg-file-required'))));
    await user.click(byId('office-receive-choose'));
    expect(d.chooseFile).toHaveBeenCalledWith(t('dlg-office-bundle-title'), [{ name: t('dlg-filter-bundles'), extensions: ['age'] }]);
    await user.click(byId('office-receive-button'));
    await vi.waitFor(() => expect(text('office-receive-error')).toBe(plain(t('error-office-fingerprint-required'))));
    expect(m.receiveOfficeBundle).not.toHaveBeenCalled();

    m.exportStatus.mockResolvedValue(exportStatus({ office_signer: FP }));
    await user.type(byId('office-receive-fingerprint'), ` ${FP} `);
    await user.click(byId('office-receive-button'));
    expect(m.receiveOfficeBundle).toHaveBeenCalledWith({ path: '/media/usb/Feldbuch-Buero-0003.age', fingerprint: FP });
    await vi.waitFor(() =>
      expect(text('office-receive-done')).toBe(
        plain(t('exchange-receive-done', { sequence: 3, initials: 'TL', team: 4, sites: 12, partners: 5 })),
      ),
    );
    // The status is read again: the key kept is shown and no fingerprint is asked any more.
    await vi.waitFor(() => expect(text('office-receive-signer')).toContain(FP));
    expect(screen.queryByTestId('office-receive-fingerprint')).toBeNull();
    expect((byId('office-receive-path') as HTMLInputElement).value).toBe('');
  });

  it("sends a later package without a fingerprint and shows Rust's refusal", async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(exportStatus({ office_signer: FP }));
    m.receiveOfficeBundle.mockRejectedValue({ code: 'error-office-signer-changed', args: {} });
    d.chooseFile.mockResolvedValue('/media/usb/fremd.age');
    await renderScreen();
    await user.click(byId('office-receive-choose'));
    await user.click(byId('office-receive-button'));
    expect(m.receiveOfficeBundle).toHaveBeenCalledWith({ path: '/media/usb/fremd.age', fingerprint: undefined });
    await vi.waitFor(() => expect(text('office-receive-error')).toBe(plain(t('error-office-signer-changed'))));
    expect(screen.queryByTestId('office-receive-done')).toBeNull();
  });

  it("takes a new lead's package only when asked to, and only with its fingerprint", async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(exportStatus({ office_signer: FP }));
    m.receiveOfficeBundle.mockResolvedValue({ ...received, sequence: 1, first: true, lead_initials: 'TN' });
    d.chooseFile.mockResolvedValue('/media/usb/neue-leitung.age');
    await renderScreen();
    expect(screen.queryByTestId('office-receive-fingerprint')).toBeNull();
    await user.click(byId('office-receive-new-lead'));
    await user.click(byId('office-receive-choose'));
    await user.click(byId('office-receive-button'));
    await vi.waitFor(() => expect(text('office-receive-error')).toBe(plain(t('error-office-fingerprint-required'))));
    expect(m.receiveOfficeBundle).not.toHaveBeenCalled();
    await user.type(byId('office-receive-fingerprint'), '55555 44444 33333 22222 11111 00000');
    await user.click(byId('office-receive-button'));
    expect(m.receiveOfficeBundle).toHaveBeenCalledWith({
      path: '/media/usb/neue-leitung.age',
      fingerprint: '55555 44444 33333 22222 11111 00000',
      new_lead: true,
    });
    await vi.waitFor(() => byId('office-receive-done'));
    expect((byId('office-receive-new-lead') as HTMLInputElement).checked).toBe(false);
  });

  it('is not offered on the lead device, which publishes instead', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.publishOfficeBundle.mockResolvedValue({
      sequence: 7, path: '/home/tl/Dokumente/Feldbuch-Buero-0007.age', fingerprint: FP,
      recipients: ['dev-a', 'dev-b'], unreachable: ['dev-old'], counts: { team: 3 },
    });
    await renderScreen();
    expect(screen.queryByTestId('office-receive')).toBeNull();
    await user.click(byId('office-publish-button'));
    expect(m.publishOfficeBundle).toHaveBeenCalledWith({});
    await vi.waitFor(() => expect(text('office-publish-path')).toBe('/home/tl/Dokumente/Feldbuch-Buero-0007.age'));
    expect(text('office-publish-status')).toContain(plain(t('exchange-publish-written', { sequence: 7, devices: 2 })));
    // The number each device compares on its first package, and the device that cannot open it.
    expect(text('office-publish-fingerprint')).toBe(FP);
    expect(text('office-publish-unreachable')).toBe(plain(t('exchange-publish-unreachable', { count: 1 })));
  });

  it("shows why the lead's package is refused", async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.publishOfficeBundle.mockRejectedValue({ code: 'error-office-no-recipients', args: {} });
    await renderScreen();
    await user.click(byId('office-publish-button'));
    await vi.waitFor(() => expect(text('office-publish-error')).toBe(plain(t('error-office-no-recipients'))));
    expect(screen.queryByTestId('office-publish-fingerprint')).toBeNull();
  });
});

describe('Austausch: settings', () => {
  it('shows the folder read-only and saves the one chosen in the folder dialog', async () => {
    const user = userEvent.setup();
    m.setExportFolder.mockResolvedValue(undefined);
    d.chooseFolder.mockResolvedValue('/mnt/share/export');
    await renderScreen();
    const folder = byId('export-folder') as HTMLInputElement;
    expect(folder.value).toBe('/media/usb/feldbuch');
    expect(folder.readOnly).toBe(true);
    expect(screen.getByLabelText(t('exchange-folder-label'))).toBe(folder);
    const choose = byId('export-folder-choose');
    expect(choose.tagName).toBe('BUTTON');
    expect(plain(choose.textContent)).toBe(t('dlg-export-folder-choose'));
    // Nothing to type into.
    await user.type(folder, 'x');
    expect(folder.value).toBe('/media/usb/feldbuch');

    m.exportStatus.mockResolvedValue(exportStatus({ folder: '/mnt/share/export' }));
    await user.click(choose);
    expect(d.chooseFolder).toHaveBeenCalledWith(t('dlg-export-folder-title'));
    expect(m.setExportFolder).toHaveBeenCalledWith({ folder: '/mnt/share/export' });
    await vi.waitFor(() => expect(text('export-folder-status')).toBe(t('exchange-folder-saved')));
    expect(folder.value).toBe('/mnt/share/export');
    expect(m.exportStatus).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(document.activeElement).toBe(choose));
  });

  it('saves nothing and says nothing when the folder dialog is cancelled', async () => {
    const user = userEvent.setup();
    await renderScreen();
    await user.click(byId('export-folder-choose'));
    expect(d.chooseFolder).toHaveBeenCalledTimes(1);
    await tick();
    expect(m.setExportFolder).not.toHaveBeenCalled();
    expect((byId('export-folder') as HTMLInputElement).value).toBe('/media/usb/feldbuch');
    expect(text('export-folder-status')).toBe('');
    expect(screen.queryByTestId('export-folder-error')).toBeNull();
    expect(document.activeElement).toBe(byId('export-folder-choose'));
  });

  it('says when no folder is set yet, and cannot choose before the status is loaded', async () => {
    m.exportStatus.mockResolvedValue(exportStatus({ folder: null }));
    await renderScreen();
    const folder = byId('export-folder') as HTMLInputElement;
    expect(folder.value).toBe('');
    expect(folder.placeholder).toBe(t('dlg-no-folder'));
    expect(plain(document.getElementById(folder.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
      t('dlg-export-folder-hint'),
    );
  });

  it('shows the error of a refused folder, and of a dialog that cannot open', async () => {
    const user = userEvent.setup();
    m.setExportFolder.mockRejectedValue({ code: 'error-path-invalid', args: {} });
    d.chooseFolder.mockResolvedValueOnce('/proc');
    await renderScreen();
    await user.click(byId('export-folder-choose'));
    await vi.waitFor(() => expect(text('export-folder-error')).toBe(t('error-path-invalid')));
    expect((byId('export-folder') as HTMLInputElement).value).toBe('/media/usb/feldbuch');

    d.chooseFolder.mockRejectedValueOnce({ code: 'error-internal', args: {} });
    await user.click(byId('export-folder-choose'));
    await vi.waitFor(() => expect(text('export-folder-error')).toBe(t('error-internal')));
    expect(m.setExportFolder).toHaveBeenCalledTimes(1);
  });

  it('saves the schedule on change', async () => {
    const user = userEvent.setup();
    m.setExportSchedule.mockResolvedValue(undefined);
    await renderScreen();
    const select = byId('export-schedule') as HTMLSelectElement;
    expect(select.value).toBe('monthly');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['weekly', t('export-schedule-weekly')],
      ['monthly', t('export-schedule-monthly')],
      ['quarterly', t('export-schedule-quarterly')],
    ]);
    await user.selectOptions(select, 'weekly');
    expect(m.setExportSchedule).toHaveBeenCalledWith({ schedule: 'weekly' });
    await vi.waitFor(() => expect(text('export-schedule-status')).toBe(t('exchange-schedule-saved')));
  });

  it('saves the office key and says which key is kept', async () => {
    const user = userEvent.setup();
    const key = 'age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq';
    m.setOfficeKey.mockResolvedValue(key);
    m.exportStatus.mockResolvedValue(exportStatus({ office_key: false }));
    await renderScreen();
    expect(text('office-key-state')).toBe(t('exchange-office-key-missing'));
    await user.type(byId('office-key'), ` ${key} `);
    await user.click(byId('office-key-save'));
    expect(m.setOfficeKey).toHaveBeenCalledWith({ key: key });
    await vi.waitFor(() => expect(text('office-key-status')).toBe(plain(t('exchange-office-key-saved', { key }))));
    expect((byId('office-key') as HTMLInputElement).value).toBe('');
  });

  it('shows why a key is refused', async () => {
    const user = userEvent.setup();
    m.setOfficeKey.mockRejectedValue({ code: 'error-office-recipient-invalid', args: {} });
    await renderScreen();
    await user.type(byId('office-key'), 'ssh-rsa AAAA');
    await user.click(byId('office-key-save'));
    await vi.waitFor(() => expect(text('office-key-error')).toBe(t('error-office-recipient-invalid')));
  });

  it('switches notes on with the warning, and back when Rust refuses', async () => {
    const user = userEvent.setup();
    m.setExportNotes.mockResolvedValueOnce(undefined);
    await renderScreen();
    const box = byId('export-notes') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.getByLabelText(t('exchange-notes-label'))).toBe(box);
    const warning = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(plain(warning?.textContent)).toBe(t('exchange-notes-warning'));
    m.exportStatus.mockResolvedValue(exportStatus({ with_notes: true }));
    await user.click(box);
    expect(m.setExportNotes).toHaveBeenCalledWith({ on: true });
    await vi.waitFor(() => expect(text('export-notes-status')).toBe(t('exchange-notes-on')));
    await vi.waitFor(() => expect(m.exportStatus).toHaveBeenCalledTimes(2));
    expect(box.checked).toBe(true);

    m.setExportNotes.mockRejectedValueOnce({ code: 'error-forbidden', args: {} });
    await user.click(box);
    expect(m.setExportNotes).toHaveBeenLastCalledWith({ on: false });
    await vi.waitFor(() => expect(text('export-notes-error')).toBe(t('error-forbidden')));
    // Refused: the box shows again what is really set.
    expect(box.checked).toBe(true);
    expect(screen.queryByTestId('export-notes-status')?.textContent ?? '').toBe('');
  });
});

describe('Austausch: lead', () => {
  it('shows no lead section to a worker', async () => {
    await renderScreen();
    expect(screen.queryByTestId('exchange-lead')).toBeNull();
    expect(screen.queryByTestId('import-start')).toBeNull();
    expect(screen.queryByTestId('office-identity')).toBeNull();
    expect(screen.queryByTestId('enrol-path')).toBeNull();
    expect(m.mergeConflicts).not.toHaveBeenCalled();
    expect(m.enrolledDevices).not.toHaveBeenCalled();
    expect(screen.queryByTestId('devices')).toBeNull();
  });

  it('keeps the office key from its file and reloads the status', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus({ office_identity: false }));
    m.setOfficeIdentity.mockResolvedValue('age1office');
    await renderScreen();
    expect(byId('office-identity-state').dataset.kept).toBe('false');
    expect(text('import-not-ready')).toBe(t('exchange-import-no-identity'));
    expect((byId('import-start') as HTMLButtonElement).disabled).toBe(true);
    expect(byId('import-start').getAttribute('aria-describedby')).toBe('import-not-ready');

    m.exportStatus.mockResolvedValue(leadStatus());
    const shown = byId('office-identity') as HTMLInputElement;
    expect(shown.readOnly).toBe(true);
    expect(screen.getByLabelText(t('dlg-office-identity-label'))).toBe(shown);
    d.chooseFile.mockResolvedValue('/home/lead/office-key.txt');
    await user.click(byId('office-identity-choose'));
    // Any file: the key file's name is the office's own.
    expect(d.chooseFile).toHaveBeenCalledWith(t('dlg-office-identity-title'));
    expect(shown.value).toBe('/home/lead/office-key.txt');
    expect(document.activeElement).toBe(byId('office-identity-choose'));
    expect(m.setOfficeIdentity).not.toHaveBeenCalled();
    await user.click(byId('office-identity-save'));
    expect(m.setOfficeIdentity).toHaveBeenCalledWith({ path: '/home/lead/office-key.txt' });
    await vi.waitFor(() => expect(byId('office-identity-state').dataset.kept).toBe('true'));
    expect(text('office-identity-status')).toContain('age1office');
    expect(shown.value).toBe('');
    expect((byId('import-start') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('import-not-ready')).toBeNull();
  });

  it('asks for the key file first; a cancelled dialog keeps the file chosen before', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus({ office_identity: false }));
    await renderScreen();
    await user.click(byId('office-identity-save'));
    expect(m.setOfficeIdentity).not.toHaveBeenCalled();
    expect(text('office-identity-error')).toBe(t('dlg-file-required'));

    d.chooseFile.mockResolvedValueOnce('/home/lead/office-key.txt');
    await user.click(byId('office-identity-choose'));
    expect(screen.queryByTestId('office-identity-error')).toBeNull();
    await user.click(byId('office-identity-choose'));
    expect(d.chooseFile).toHaveBeenCalledTimes(2);
    expect((byId('office-identity') as HTMLInputElement).value).toBe('/home/lead/office-key.txt');
    expect(m.setOfficeIdentity).not.toHaveBeenCalled();
  });

  const enrolment = {
    format: 'feldbuch-enrolment/1', device_id: 'dev-9f2', worker_id: 'w-9f2', display_name: 'Mehmet Yılmaz', initials: 'MY', team: 'Nord',
    public_key: 'k', created_at: '2025-11-20T09:00:00Z', signature: 's', fingerprint: '00001 22222 33333 44444 55555 66666',
  };

  it('checks the file first, shows the fingerprint to compare, and enrols only on "same number"', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.previewEnrolment.mockResolvedValue(enrolment);
    m.enrolDevice.mockResolvedValue(enrolment);
    d.chooseFile.mockResolvedValue('/media/usb/Feldbuch-Anmeldung-MY.json');
    await renderScreen();
    const shown = byId('enrol-path') as HTMLInputElement;
    expect(shown.readOnly).toBe(true);
    expect(shown.placeholder).toBe(t('dlg-no-file'));
    expect(screen.getByLabelText(t('dlg-enrol-label'))).toBe(shown);
    await user.click(byId('enrol-choose'));
    expect(d.chooseFile).toHaveBeenCalledWith(t('dlg-enrol-title'), [{ name: t('dlg-filter-enrolment'), extensions: ['json'] }]);
    expect(shown.value).toBe('/media/usb/Feldbuch-Anmeldung-MY.json');
    expect(document.activeElement).toBe(byId('enrol-choose'));
    // Choosing checks nothing yet.
    expect(m.previewEnrolment).not.toHaveBeenCalled();
    await user.click(byId('enrol-check'));
    expect(m.previewEnrolment).toHaveBeenCalledWith({ path: '/media/usb/Feldbuch-Anmeldung-MY.json' });
    await vi.waitFor(() => byId('enrol-preview'));
    expect(m.enrolDevice).not.toHaveBeenCalled();
    expect(plain(byId('enrol-preview').textContent)).toContain(
      plain(t('exchange-enrol-preview-team', { name: 'Mehmet Yılmaz', initials: 'MY', team: 'Nord' })),
    );
    expect(text('enrol-preview-fingerprint')).toBe('00001 22222 33333 44444 55555 66666');
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('enrol-preview')));
    await user.click(byId('enrol-confirm'));
    // The fingerprint compared goes along: a file swapped meanwhile is refused by Rust.
    expect(m.enrolDevice).toHaveBeenCalledWith({ path: '/media/usb/Feldbuch-Anmeldung-MY.json', fingerprint: '00001 22222 33333 44444 55555 66666' });
    await vi.waitFor(() =>
      expect(text('enrol-result')).toBe(plain(t('exchange-enrol-done-team', { name: 'Mehmet Yılmaz', initials: 'MY', team: 'Nord' }))),
    );
    expect(byId('enrol-result').dataset.initials).toBe('MY');
    expect(screen.queryByTestId('enrol-preview')).toBeNull();
    expect((byId('enrol-path') as HTMLInputElement).value).toBe('');
  });

  it('enrols nothing when the numbers differ, and says what to do', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.previewEnrolment.mockResolvedValue(enrolment);
    d.chooseFile.mockResolvedValue('/media/usb/x.json');
    await renderScreen();
    await user.click(byId('enrol-choose'));
    await user.click(byId('enrol-check'));
    await vi.waitFor(() => byId('enrol-reject'));
    await user.click(byId('enrol-reject'));
    expect(m.enrolDevice).not.toHaveBeenCalled();
    expect(screen.queryByTestId('enrol-preview')).toBeNull();
    expect(text('enrol-rejected')).toBe(plain(t('exchange-enrol-rejected')));
    // On to choosing another file.
    expect(document.activeElement).toBe(byId('enrol-choose'));
  });

  it('drops a checked file when another is chosen, so another file is never enrolled unchecked', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.previewEnrolment.mockResolvedValue(enrolment);
    d.chooseFile.mockResolvedValueOnce('/media/usb/a.json');
    await renderScreen();
    await user.click(byId('enrol-choose'));
    await user.click(byId('enrol-check'));
    await vi.waitFor(() => byId('enrol-confirm'));
    // A cancelled dialog changes nothing…
    await user.click(byId('enrol-choose'));
    expect(byId('enrol-confirm')).toBeTruthy();
    expect((byId('enrol-path') as HTMLInputElement).value).toBe('/media/usb/a.json');
    // …another file drops the check.
    d.chooseFile.mockResolvedValueOnce('/media/usb/b.json');
    await user.click(byId('enrol-choose'));
    expect(screen.queryByTestId('enrol-preview')).toBeNull();
    expect((byId('enrol-path') as HTMLInputElement).value).toBe('/media/usb/b.json');
    expect(m.enrolDevice).not.toHaveBeenCalled();
    expect(m.previewEnrolment).toHaveBeenCalledTimes(1);
  });

  it('asks for an enrolment file before checking', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    await renderScreen();
    await user.click(byId('enrol-check'));
    expect(m.previewEnrolment).not.toHaveBeenCalled();
    expect(text('enrol-check-error')).toBe(t('dlg-file-required'));
  });

  it("shows Rust's reason when a file is refused at the check or at enrolling", async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.previewEnrolment.mockRejectedValueOnce({ code: 'error-enrolment-worker-taken', args: {} });
    d.chooseFile.mockResolvedValue('/media/usb/x.json');
    await renderScreen();
    await user.click(byId('enrol-choose'));
    await user.click(byId('enrol-check'));
    await vi.waitFor(() => expect(text('enrol-check-error')).toBe(plain(t('error-enrolment-worker-taken'))));
    expect(screen.queryByTestId('enrol-preview')).toBeNull();

    m.previewEnrolment.mockResolvedValue(enrolment);
    m.enrolDevice.mockRejectedValue({ code: 'error-enrolment-fingerprint-changed', args: {} });
    await user.click(byId('enrol-check'));
    await vi.waitFor(() => byId('enrol-confirm'));
    expect(screen.queryByTestId('enrol-check-error')).toBeNull();
    await user.click(byId('enrol-confirm'));
    await vi.waitFor(() => expect(text('enrol-error')).toBe(plain(t('error-enrolment-fingerprint-changed'))));
    expect(screen.queryByTestId('enrol-result')).toBeNull();
  });

  const device = (over: Partial<DeviceListing> = {}): DeviceListing => ({
    device_id: 'dev-9f2',
    worker_id: 'w-9f2',
    display_name: 'Mehmet Yılmaz',
    initials: 'MY',
    team: 'Nord',
    fingerprint: '00001 22222 33333 44444 55555 66666',
    enrolled_at: '2025-10-01T08:00:00Z',
    revoked_at: null,
    last_sequence: 4,
    last_import_at: '2025-11-03T09:30:00Z',
    receives_office_bundles: true,
    role: 'worker',
    ...over,
  });

  it('lists the enrolled devices with fingerprint, last bundle and revoked ones marked', async () => {
    m.exportStatus.mockResolvedValue(leadStatus());
    m.enrolledDevices.mockResolvedValue([
      device(),
      device({ device_id: 'dev-lost', display_name: 'Anna Krüger', initials: 'AK', revoked_at: '2025-11-10T12:00:00Z', last_sequence: null, last_import_at: null }),
    ]);
    await renderScreen();
    const rows = await vi.waitFor(() => {
      const r = screen.getAllByTestId('device');
      expect(r).toHaveLength(2);
      return r;
    });
    expect(plain(rows[0].textContent)).toContain('00001 22222 33333 44444 55555 66666');
    expect(plain(rows[0].textContent)).toContain(
      plain(t('exchange-devices-last-bundle', { sequence: 4, date: formatDateTime('2025-11-03T09:30:00Z', 'de') })),
    );
    expect(rows[0].dataset.revoked).toBe('false');
    expect(within(rows[0]).getByTestId('device-revoke')).toBeTruthy();
    expect(rows[1].dataset.revoked).toBe('true');
    expect(plain(within(rows[1]).getByTestId('device-revoked').textContent)).toBe(
      plain(t('exchange-devices-revoked', { date: formatDateTime('2025-11-10T12:00:00Z', 'de') })),
    );
    expect(plain(rows[1].textContent)).toContain(t('exchange-devices-no-bundle'));
    // A revoked device has no revoke button: revocation is final.
    expect(within(rows[1]).queryByTestId('device-revoke')).toBeNull();
  });

  it('says which device cannot receive the office\'s package until it enrols again', async () => {
    m.exportStatus.mockResolvedValue(leadStatus());
    m.enrolledDevices.mockResolvedValue([device(), device({ device_id: 'dev-old', initials: 'OL', receives_office_bundles: false })]);
    await renderScreen();
    const rows = await vi.waitFor(() => {
      const r = screen.getAllByTestId('device');
      expect(r).toHaveLength(2);
      return r;
    });
    expect(within(rows[0]).queryByTestId('device-no-packages')).toBeNull();
    expect(plain(within(rows[1]).getByTestId('device-no-packages').textContent)).toBe(plain(t('exchange-devices-no-packages')));
  });

  it('revokes a device only after the question naming whose it is, then reloads the list', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.enrolledDevices.mockResolvedValue([device()]);
    await renderScreen();
    await vi.waitFor(() => byId('device-revoke'));
    expect(byId('device-revoke').getAttribute('aria-describedby')).toBe('device-who-dev-9f2');
    await user.click(byId('device-revoke'));
    expect(text('device-revoke-question')).toBe(plain(t('exchange-devices-revoke-question', { name: 'Mehmet Yılmaz', initials: 'MY' })));
    // The question takes the focus (on its safe answer), and gives it back.
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('device-revoke-no')));
    await user.click(byId('device-revoke-no'));
    expect(m.revokeDevice).not.toHaveBeenCalled();
    expect(screen.queryByTestId('device-revoke-question')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('device-revoke')));

    m.revokeDevice.mockResolvedValue(device({ revoked_at: '2025-11-21T10:00:00Z' }));
    m.enrolledDevices.mockResolvedValue([device({ revoked_at: '2025-11-21T10:00:00Z' })]);
    await user.click(byId('device-revoke'));
    await user.click(byId('device-revoke-yes'));
    expect(m.revokeDevice).toHaveBeenCalledWith({ device_id: 'dev-9f2' });
    await vi.waitFor(() => expect(byId('device').dataset.revoked).toBe('true'));
    expect(screen.queryByTestId('device-revoke')).toBeNull();
  });

  it("shows Rust's error when a revocation is refused, and the device stays", async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.enrolledDevices.mockResolvedValue([device()]);
    m.revokeDevice.mockRejectedValue({ code: 'error-device-not-enrolled', args: {} });
    await renderScreen();
    await vi.waitFor(() => byId('device-revoke'));
    await user.click(byId('device-revoke'));
    await user.click(byId('device-revoke-yes'));
    await vi.waitFor(() => expect(text('device-revoke-error')).toBe(plain(t('error-device-not-enrolled'))));
    expect(byId('device').dataset.revoked).toBe('false');
  });

  it('reloads the device list after enrolling', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.previewEnrolment.mockResolvedValue(enrolment);
    m.enrolDevice.mockResolvedValue(enrolment);
    await renderScreen();
    await vi.waitFor(() => byId('devices-empty'));
    m.enrolledDevices.mockResolvedValue([device()]);
    d.chooseFile.mockResolvedValue('/media/usb/Feldbuch-Anmeldung-MY.json');
    await user.click(byId('enrol-choose'));
    await user.click(byId('enrol-check'));
    await vi.waitFor(() => byId('enrol-confirm'));
    await user.click(byId('enrol-confirm'));
    await vi.waitFor(() => expect(screen.getAllByTestId('device')).toHaveLength(1));
  });

  it('asks for a path before importing', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    await renderScreen();
    expect(text('import-paths')).toBe(t('dlg-import-none'));
    await user.click(byId('import-start'));
    expect(m.importBundles).not.toHaveBeenCalled();
    expect(text('import-error')).toBe(t('dlg-import-required'));
    // Cancelled dialogs choose nothing.
    await user.click(byId('import-choose-files'));
    await user.click(byId('import-choose-folder'));
    expect(byId('import-paths').dataset.count).toBe('0');
    expect(text('import-error')).toBe(t('dlg-import-required'));
  });

  it('collects the bundles and folders chosen in the dialogs, each once, and takes one off', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.importBundles.mockResolvedValue({ cancelled: false, files: [] });
    await renderScreen();
    await user.click(byId('import-start'));
    expect(text('import-error')).toBe(t('dlg-import-required'));

    d.chooseFiles.mockResolvedValueOnce(['/media/usb/feldbuch-AK-000003.age', '/media/usb/feldbuch-AK-000004.age']);
    await user.click(byId('import-choose-files'));
    expect(d.chooseFiles).toHaveBeenCalledWith(t('dlg-import-files-title'), [{ name: t('dlg-filter-bundles'), extensions: ['age'] }]);
    expect(document.activeElement).toBe(byId('import-choose-files'));
    // Choosing answers the message that asked for it.
    expect(screen.queryByTestId('import-error')).toBeNull();

    d.chooseFolder.mockResolvedValueOnce('/home/lead/eingang');
    await user.click(byId('import-choose-folder'));
    expect(d.chooseFolder).toHaveBeenCalledWith(t('dlg-import-folder-title'));
    expect(document.activeElement).toBe(byId('import-choose-folder'));
    d.chooseFiles.mockResolvedValueOnce(['/media/usb/feldbuch-AK-000004.age']);
    await user.click(byId('import-choose-files'));

    const list = byId('import-paths');
    expect(list.dataset.count).toBe('3');
    const shown = () => screen.getAllByTestId('import-path').map((li) => li.dataset.path);
    expect(shown()).toEqual(['/media/usb/feldbuch-AK-000003.age', '/media/usb/feldbuch-AK-000004.age', '/home/lead/eingang']);
    const ul = list.querySelector('ul') as HTMLUListElement;
    expect(plain(document.getElementById(ul.getAttribute('aria-labelledby') ?? '')?.textContent)).toBe(t('dlg-import-label'));
    expect(list.querySelector('input, textarea')).toBeNull();
    const removes = screen.getAllByTestId('import-path-remove');
    expect(removes[0].getAttribute('aria-label')).toBe(t('dlg-import-remove-label', { name: 'feldbuch-AK-000003.age' }));

    await user.click(removes[0]);
    expect(shown()).toEqual(['/media/usb/feldbuch-AK-000004.age', '/home/lead/eingang']);
    expect(document.activeElement).toBe(screen.getAllByTestId('import-path-remove')[0]);

    await user.click(byId('import-start'));
    expect(m.importBundles).toHaveBeenCalledWith(
      { paths: ['/media/usb/feldbuch-AK-000004.age', '/home/lead/eingang'], accept_gap: false },
      expect.any(Function),
    );
  });

  it('shows the error of a dialog that cannot open', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    d.chooseFiles.mockRejectedValueOnce({ code: 'error-internal', args: {} });
    await renderScreen();
    await user.click(byId('import-choose-files'));
    await vi.waitFor(() => expect(text('import-error')).toBe(t('error-internal')));
    expect(byId('import-paths').dataset.count).toBe('0');
  });

  /** importBundles that waits: the test sends progress and decides the outcome. */
  function pendingImport() {
    const ctl: { progress: (p: Progress) => void; finish: (b: ImportBatch) => void } = {
      progress: () => {},
      finish: () => {},
    };
    m.importBundles.mockImplementation(
      (_req, onProgress) =>
        new Promise<ImportBatch>((resolve) => {
          ctl.progress = onProgress;
          ctl.finish = resolve;
        }),
    );
    return ctl;
  }

  it('shows progress from the channel, cancels, and lists the files imported whole before the stop', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.cancelImport.mockResolvedValue(undefined);
    const ctl = pendingImport();
    await renderScreen();
    d.chooseFolder.mockResolvedValueOnce('/media/usb/feldbuch');
    await user.click(byId('import-choose-folder'));
    d.chooseFiles.mockResolvedValueOnce(['/home/lead/extra.age']);
    await user.click(byId('import-choose-files'));
    await user.click(byId('import-start'));
    expect(m.importBundles).toHaveBeenCalledWith({ paths: ['/media/usb/feldbuch', '/home/lead/extra.age'], accept_gap: false }, expect.any(Function));
    expect((byId('import-start') as HTMLButtonElement).disabled).toBe(true);
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('import-cancel')));
    // Before the first file: an indeterminate bar.
    expect(byId('import-progress').hasAttribute('value')).toBe(false);

    ctl.progress({ done: 1, total: 4, records: 120 });
    await tick();
    const bar = byId('import-progress') as HTMLProgressElement;
    expect(bar.tagName).toBe('PROGRESS');
    expect(bar.value).toBe(1);
    expect(bar.max).toBe(4);
    expect(bar.dataset.done).toBe('1');
    expect(bar.dataset.total).toBe('4');
    expect(plain(byId('import-running').textContent)).toContain(plain(t('exchange-import-progress', { done: 1, total: 4, records: 120 })));

    ctl.progress({ done: 2, total: 4, records: 250 });
    await tick();
    expect(bar.value).toBe(2);
    expect(bar.dataset.done).toBe('2');

    await user.click(byId('import-cancel'));
    expect(m.cancelImport).toHaveBeenCalledTimes(1);
    expect((byId('import-cancel') as HTMLButtonElement).disabled).toBe(true);
    expect(text('import-cancel')).toBe(t('exchange-import-cancelling'));

    ctl.finish({
      cancelled: true,
      files: [importFile(), importFile({ file: '/media/usb/feldbuch/feldbuch-AK-000006.age', sequence: 6 })],
    });
    const result = await vi.waitFor(() => byId('import-result'));
    expect(result.dataset.cancelled).toBe('true');
    expect(plain(result.textContent)).toContain(plain(t('exchange-import-cancelled', { imported: 2 })));
    expect(screen.queryByTestId('import-summary')).toBeNull();
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(screen.queryByTestId('import-cancel')).toBeNull();
    const files = screen.getAllByTestId('import-file');
    expect(files.map((f) => f.dataset.imported)).toEqual(['true', 'true']);
    expect(files.map((f) => f.dataset.sequence)).toEqual([String(importFile().report?.sequence), '6']);

    // Stopped before any file was in: no table.
    const again = pendingImport();
    await user.click(byId('import-start'));
    again.finish({ cancelled: true, files: [] });
    await vi.waitFor(() => expect(plain(byId('import-result').textContent)).toBe(plain(t('exchange-import-cancelled', { imported: 0 }))));
    expect(screen.queryAllByTestId('import-file')).toHaveLength(0);
  });

  it('shows the merge summary: imported files, refused ones with the reason and the gap hint', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    const gap = { code: 'error-bundle-gap', args: { initials: 'MY', expected: '3', found: '5' } };
    m.importBundles.mockResolvedValue({
      cancelled: false,
      files: [
        importFile({ conflicts: 2 }),
        importFile({ file: '/media/usb/feldbuch/feldbuch-AK-000006.age', sequence: 6, gapExpected: 4, records: 3, applied: 3 }),
        importFile({
          file: '/media/usb/feldbuch/feldbuch-MY-000005.age', imported: false, error: gap,
        }),
        importFile({
          file: 'C:\\Export\\kaputt.age', imported: false, error: { code: 'error-bundle-damaged', args: {} },
        }),
      ],
    });
    m.mergeConflicts.mockResolvedValue([conflict()]);
    await renderScreen();
    expect(m.mergeConflicts).toHaveBeenCalledTimes(1);
    d.chooseFolder.mockResolvedValueOnce('/media/usb/feldbuch');
    await user.click(byId('import-choose-folder'));
    await user.click(byId('import-start'));

    const result = await vi.waitFor(() => byId('import-result'));
    expect(result.dataset.cancelled).toBe('false');
    expect(text('import-summary')).toBe(
      plain(`${t('exchange-import-summary', { imported: 2, refused: 2 })} ${t('exchange-import-conflicts', { count: 2 })}`),
    );
    expect(document.activeElement).toBe(byId('import-summary'));
    const rows = screen.getAllByTestId('import-file');
    expect(rows.map((r) => [r.dataset.imported, r.dataset.sequence, r.dataset.error])).toEqual([
      ['true', '3', ''],
      ['true', '6', ''],
      ['false', '', 'error-bundle-gap'],
      ['false', '', 'error-bundle-damaged'],
    ]);
    const first = [...rows[0].querySelectorAll('th, td')].map((c) => plain(c.textContent));
    expect(first).toEqual(['feldbuch-AK-000003.age', t('exchange-import-imported'), 'AK', '3', '12', '10', '2', '']);
    expect(plain(rows[1].textContent)).toContain(t('exchange-import-gap-note', { expected: 4 }));

    const refused = within(rows[2]);
    expect(plain(refused.getByTestId('import-file-error').textContent)).toBe(plain(tError(gap)));
    expect(plain(refused.getByTestId('import-file-error').textContent)).toContain('erwartet wird Nummer 3');
    expect(plain(refused.getByTestId('import-gap-hint').textContent)).toBe(t('exchange-import-gap-hint'));
    expect(plain(rows[3].textContent)).toContain('kaputt.age');
    expect(plain(rows[3].textContent)).toContain(t('error-bundle-damaged'));
    expect(within(rows[3]).queryByTestId('import-gap-hint')).toBeNull();

    // After the batch: status and conflicts are fetched again.
    await vi.waitFor(() => expect(m.mergeConflicts).toHaveBeenCalledTimes(2));

    // Importing again over the gap ticks the box and sends the same paths.
    m.importBundles.mockResolvedValue({ cancelled: false, files: [importFile({ sequence: 5, gapExpected: 3 })] });
    await user.click(byId('import-retry-gap'));
    expect(m.importBundles).toHaveBeenLastCalledWith({ paths: ['/media/usb/feldbuch'], accept_gap: true }, expect.any(Function));
    expect((byId('import-accept-gap') as HTMLInputElement).checked).toBe(true);
    await vi.waitFor(() => expect(screen.getAllByTestId('import-file')).toHaveLength(1));
    expect(screen.queryByTestId('import-retry-gap')).toBeNull();
  });

  it('sends "accept gaps" when ticked, and shows an error that refuses the whole batch', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.importBundles.mockRejectedValue({ code: 'error-import-no-bundles', args: {} });
    await renderScreen();
    expect(screen.getByLabelText(t('exchange-import-accept-gap'))).toBe(byId('import-accept-gap'));
    d.chooseFolder.mockResolvedValueOnce('/tmp/leer');
    await user.click(byId('import-choose-folder'));
    await user.click(byId('import-accept-gap'));
    await user.click(byId('import-start'));
    expect(m.importBundles).toHaveBeenCalledWith({ paths: ['/tmp/leer'], accept_gap: true }, expect.any(Function));
    await vi.waitFor(() => expect(text('import-error')).toBe(t('error-import-no-bundles')));
    expect(screen.queryByTestId('import-result')).toBeNull();
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('lists conflicts with every version as escaped text', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.mergeConflicts.mockResolvedValue([conflict(), conflict({ entity: 'partner_services', id: 'ps-1', versions: [] })]);
    await renderScreen();
    const items = await vi.waitFor(() => {
      const found = screen.getAllByTestId('conflict');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(within(byId('conflicts')).getAllByTestId('conflict')).toHaveLength(2);
    const head = plain(items[0].textContent);
    expect(head).toContain(t('audit-entity-contact'));
    expect(head).toContain('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
    expect(head).toContain(t('exchange-conflict-versions', { count: 2 }));
    expect(plain(items[1].textContent)).toContain('partner_services');

    const details = items[0].querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(within(items[0]).getByText(t('exchange-conflict-details')));
    expect(details.open).toBe(true);
    const versions = within(items[0]).getAllByTestId('conflict-version');
    expect(plain(versions[0].textContent)).toContain(plain(t('exchange-conflict-version', { device: 'dev-9f2', revision: 3 })));
    expect(plain(versions[0].textContent)).toContain(t('exchange-conflict-current'));
    const fields = within(items[0]).getAllByTestId('conflict-fields');
    expect(fields[0].tagName).toBe('PRE');
    expect(fields[0].textContent).toBe('{\n  "note": "<b>neu</b>",\n  "duration_min": 30\n}');
    expect(fields[1].textContent).toContain('<img src=x onerror=alert(1)>');
    // Markup in the fields stays text.
    expect(items[0].querySelector('b, img')).toBeNull();
  });

  it('takes a version of a conflict, says where it goes, and lists the conflicts again', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.mergeConflicts.mockResolvedValueOnce([conflict()]).mockResolvedValue([]);
    m.resolveConflict.mockResolvedValue({
      entity: 'contacts', id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', taken: 'dev-123', revision: 4, travels: true,
    });
    await renderScreen();
    const item = await vi.waitFor(() => screen.getByTestId('conflict'));
    await user.click(within(item).getByText(t('exchange-conflict-details')));
    const versions = within(item).getAllByTestId('conflict-version');
    expect(plain(versions[0].textContent)).toContain('(MY)');
    expect(plain(versions[1].textContent)).not.toContain(t('exchange-conflict-current'));
    await user.click(within(versions[1]).getByTestId('conflict-take'));
    expect(m.resolveConflict).toHaveBeenCalledWith({ id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', device_id: 'dev-123' });
    await vi.waitFor(() => expect(text('conflict-take-status')).toBe(t('exchange-conflict-resolved-travels')));
    await vi.waitFor(() => expect(text('conflicts-empty')).toBe(t('exchange-conflicts-empty')));
  });

  it('shows an erasure as such, without a button to take it, and a refusal as a localized error', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.mergeConflicts.mockResolvedValue([
      conflict({
        versions: [
          { device_id: 'dev-9f2', initials: 'MY', current: true, revision: 3, fields: '{"pseudonym":"AY"}' },
          { device_id: 'dev-123', initials: 'EM', current: false, revision: 4, fields: '{"erased":true}' },
        ],
      }),
    ]);
    m.resolveConflict.mockRejectedValue({ code: 'error-conflict-not-found', args: { id: 'x' } });
    await renderScreen();
    const item = await vi.waitFor(() => screen.getByTestId('conflict'));
    await user.click(within(item).getByText(t('exchange-conflict-details')));
    const versions = within(item).getAllByTestId('conflict-version');
    expect(plain(versions[1].textContent)).toContain(t('exchange-conflict-erased'));
    expect(within(versions[1]).queryByTestId('conflict-take')).toBeNull();
    await user.click(within(versions[0]).getByTestId('conflict-take'));
    await vi.waitFor(() => expect(text('conflict-take-error')).toBe(plain(t('error-conflict-not-found', { id: 'x' }))));
  });

  it('hands a person over to a worker\'s device, offering no volunteer, revoked or unreachable one', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(leadStatus());
    m.enrolledDevices.mockResolvedValue([
      device(),
      device({ device_id: 'dev-vol', display_name: 'Vera', initials: 'VL', role: 'volunteer' }),
      device({ device_id: 'dev-old', display_name: 'Olaf', initials: 'OL', revoked_at: '2025-11-01T00:00:00Z' }),
      device({ device_id: 'dev-v1', display_name: 'Uwe', initials: 'UW', receives_office_bundles: false }),
    ]);
    m.pickPersons.mockResolvedValue([{ id: 'p-1', pseudonym: 'AY-1990', documented: true }]);
    m.handOver.mockResolvedValue({
      id: 'h-1', person_id: 'p-1', from_device: 'dev-123', to_device: 'dev-9f2', to_initials: 'MY',
      counts: { persons: 1, consents: 2, followups: 1 },
    });
    await renderScreen();
    const select = (await vi.waitFor(() => byId('handover-device'))) as HTMLSelectElement;
    await vi.waitFor(() => expect(select.options).toHaveLength(2));
    expect(plain(select.options[1].textContent)).toBe('Mehmet Yılmaz (MY)');

    // Nothing chosen: the form says what is missing, nothing is sent.
    await user.click(byId('handover-submit'));
    expect(text('handover-error')).toBe(t('exchange-handover-pick-person'));
    expect(m.handOver).not.toHaveBeenCalled();

    await user.type(byId('handover-person'), 'AY');
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.getAllByTestId('handover-person-chip')).toHaveLength(1));
    await user.click(byId('handover-submit'));
    expect(text('handover-error')).toBe(t('exchange-handover-pick-device'));
    await user.selectOptions(select, 'dev-9f2');
    await user.click(byId('handover-submit'));
    expect(m.handOver).toHaveBeenCalledWith({ person_id: 'p-1', device_id: 'dev-9f2' });
    await vi.waitFor(() =>
      expect(text('handover-status')).toBe(
        plain(t('exchange-handover-done', { pseudonym: 'AY-1990', initials: 'MY', consents: 2, followups: 1 })),
      ),
    );
    expect(screen.queryAllByTestId('handover-person-chip')).toHaveLength(0);
    expect(select.value).toBe('');
  });

  it('says so when there are no conflicts', async () => {
    m.exportStatus.mockResolvedValue(leadStatus());
    await renderScreen();
    await vi.waitFor(() => expect(text('conflicts-empty')).toBe(t('exchange-conflicts-empty')));
    expect(screen.queryByTestId('conflicts')).toBeNull();
  });
});

describe('Austausch in the app', () => {
  const status = (over: Partial<AppStatus> = {}): AppStatus => ({
    initialised: true, unlocked: true, locale: 'de', auto_lock_minutes: 5, today: '2025-11-21', ...over,
  });

  beforeEach(() => {
    m.vocabulary.mockResolvedValue(vocabulary);
    m.appStatus.mockResolvedValue(status());
    m.listSites.mockResolvedValue(sites);
  });

  it('is in the navigation of a worker and reached from the Heute reminder', async () => {
    const user = userEvent.setup();
    m.exportStatus.mockResolvedValue(exportStatus({ due: true }));
    render(App);
    const go = await vi.waitFor(() => byId('export-due-go'));
    expect(byId('nav-austausch').textContent?.trim()).toBe(t('nav-exchange'));
    await user.click(go);
    await vi.waitFor(() => expect(byId('export-status')).toBeTruthy());
    expect(byId('nav-austausch').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('exchange-title'));
  });

  it('is offered to a volunteer, without the switch for notes and without the lead part', async () => {
    const user = userEvent.setup();
    m.profile.mockResolvedValue(volunteerProfile);
    m.exportStatus.mockResolvedValue(exportStatus({ notes_allowed: false }));
    render(App);
    await vi.waitFor(() => expect(m.profile).toHaveBeenCalled());
    await user.click(await vi.waitFor(() => byId('nav-austausch')));
    await vi.waitFor(() => expect(byId('export-status').getAttribute('aria-busy')).toBe('false'));
    expect(screen.queryByTestId('export-notes')).toBeNull();
    expect(screen.queryByTestId('exchange-lead')).toBeNull();
    // The export and the office's package are there for them.
    byId('export-now');
    byId('office-receive');
    // Programme figures stay hidden from volunteers.
    expect(screen.queryByTestId('nav-reports')).toBeNull();
  });
});

describe('Austausch in every language', () => {
  it.each(['de', 'en', 'tr', 'ar', 'uk'])('%s: every string is translated', async (locale) => {
    const user = userEvent.setup();
    applyLocale(locale);
    m.exportStatus.mockResolvedValue(leadStatus({ due: true, queued: 2, office_key: false, folder: null, office_identity: false }));
    m.exportHistory.mockResolvedValue([exportEntry({ status: 'queued' })]);
    m.mergeConflicts.mockResolvedValue([conflict()]);
    await renderScreen();
    await vi.waitFor(() => expect(screen.getAllByTestId('conflict')).toHaveLength(1));
    await user.click(screen.getByText(t('exchange-conflict-details')));
    const shown = plain(document.body.textContent);
    expect(shown).not.toMatch(/\b(exchange|export-schedule|audit-entity|dlg)-[a-z-]+/);
    expect((byId('export-folder') as HTMLInputElement).placeholder).toBe(t('dlg-no-folder'));
    expect(shown).toContain(t('exchange-no-office-key'));
  });
});

describe('exchange helpers', () => {
  it('adds the paths chosen to those chosen before, in order, each once', () => {
    expect(addPaths([], ['/a/b.age', '/c', '/a/b.age'])).toEqual(['/a/b.age', '/c']);
    expect(addPaths(['/c'], ['/a/b.age', '/c', ''])).toEqual(['/c', '/a/b.age']);
    expect(addPaths([], [])).toEqual([]);
  });

  it('names the file of a path with either separator', () => {
    expect(baseName('/media/usb/x.age')).toBe('x.age');
    expect(baseName('C:\\Export\\y.age')).toBe('y.age');
    expect(baseName('/media/usb/')).toBe('usb');
    expect(baseName('z.age')).toBe('z.age');
  });

  it('indents JSON fields and leaves other text as it is', () => {
    expect(prettyFields('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyFields('<b>not json')).toBe('<b>not json');
  });

  it('names record kinds the audit view knows', () => {
    expect(entityMessageId('persons')).toBe('audit-entity-person');
    expect(entityMessageId('activities')).toBe('audit-entity-activity');
    expect(entityMessageId('partner_services')).toBeNull();
  });

  it('counts a batch', () => {
    expect(batchCounts([importFile({ conflicts: 1 }), importFile({ imported: false, conflicts: 0 }), importFile({ conflicts: 2 })])).toEqual({
      imported: 2, refused: 1, conflicts: 3,
    });
  });
});
