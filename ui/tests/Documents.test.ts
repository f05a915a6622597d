// Files written for the user where they chose in the system's save dialog: the consent receipt,
// the Stammblatt and the Auskunft on the person page, the attendance list in Gruppenangebote;
// and "Im Ordner zeigen" after any file written (also the enrolment file).
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
import type { Activity, Consent, Person } from '../src/lib/bindings';
import EnrolmentFile from '../src/components/exchange/EnrolmentFile.svelte';
import Gruppenangebote from '../src/components/Gruppenangebote.svelte';
import Personen from '../src/components/Personen.svelte';
import { clientLocale, documentFileName, fileNamePart } from '../src/lib/documents';
import { localDay } from '../src/lib/format';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { resetDialogMocks } from './dialog-mock';
import { person, personPage, personSummaries, plain, sites, vocabulary } from './fixtures';

const m = vi.mocked(api);
const d = vi.mocked(dialog);
const byId = (id: string) => screen.getByTestId(id);
const value = (id: string) => (byId(id) as HTMLInputElement | HTMLSelectElement).value;
const pdf = () => [{ name: t('dlg-filter-pdf'), extensions: ['pdf'] }];

const documentation: Consent = { id: 'co-doc', scope: 'documentation', form: 'written', given_on: '2025-11-01', withdrawn_on: null, partner_id: null, partner_name: null };
const reporting: Consent = { id: 'co-rep', scope: 'participant-reporting', form: 'verbal', given_on: '2025-11-02', withdrawn_on: null, partner_id: null, partner_name: null };
const enrolled: Person = person({
  consents: [documentation, reporting],
  participant: { entry_date: '2025-10-01', exit_date: null, employment: 'arbeitslos', education: null, household: null, exit_result: {} },
});

async function openPerson(shown: Person, volunteer = false) {
  m.personPage.mockResolvedValue(personPage({ person: shown }));
  const user = userEvent.setup();
  render(Personen, { props: { vocabulary, volunteer } });
  await vi.waitFor(() => expect(screen.getAllByTestId('person-result')).toHaveLength(personSummaries.length));
  await user.click(screen.getAllByTestId('person-result')[0]);
  await vi.waitFor(() => expect(byId('person-page-heading')).toBeTruthy());
  return user;
}

/** The print button of one consent's row. */
const printButton = (consentId: string) =>
  within(document.querySelector(`[data-consent="${consentId}"]`) as HTMLElement).getByTestId('consent-print');

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  resetDialogMocks(dialog);
  m.searchPersons.mockResolvedValue(personSummaries);
  m.showInFolder.mockResolvedValue(undefined);
});
afterEach(() => cleanup());

describe('consent receipt', () => {
  it('prints a consent in German and the client’s language where the save dialog says, then shows it in its folder', async () => {
    const path = '/home/ak/Dokumente/Einwilligung-MK-1980.pdf';
    d.chooseSaveFile.mockResolvedValue(path);
    m.print.mockResolvedValue({ path });
    const user = await openPerson(person({ consents: [documentation, reporting] }));

    // The person speaks tr and de: Turkish is preselected, each language named in itself.
    const select = byId('consent-print-locale') as HTMLSelectElement;
    expect(select.value).toBe('tr');
    expect([...select.options].map((o) => o.value)).toEqual(['de', 'en', 'tr', 'ar', 'uk']);
    expect(select.options[2].textContent?.trim()).toBe('Türkçe');
    expect(select.options[2].getAttribute('lang')).toBe('tr');
    expect(screen.getByLabelText(t('doc-consent-locale-label'))).toBe(select);
    expect(screen.queryByTestId('show-in-folder')).toBeNull();

    const button = printButton('co-doc');
    expect(plain(button.textContent)).toBe(t('doc-consent-print'));
    await user.click(button);
    expect(d.chooseSaveFile).toHaveBeenCalledWith(t('doc-consent-save-title'), 'Einwilligung-MK-1980-2025-11-01.pdf', pdf());
    expect(m.print).toHaveBeenCalledTimes(1);
    expect(m.print).toHaveBeenCalledWith({ what: { document: 'consent', consent_id: 'co-doc' }, path, locale: 'tr' });
    await vi.waitFor(() =>
      expect(plain(byId('consent-print-status').textContent)).toBe(`${plain(t('doc-consent-printed'))} ${path}`),
    );
    expect(document.activeElement).toBe(button);

    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledWith({ path });
  });

  it('takes the language chosen, for the consent whose button was pressed', async () => {
    d.chooseSaveFile.mockResolvedValue('/media/usb/quittung.pdf');
    m.print.mockResolvedValue({ path: '/media/usb/quittung.pdf' });
    const user = await openPerson(person({ consents: [documentation, reporting] }));
    await user.selectOptions(byId('consent-print-locale'), 'ar');
    await user.click(printButton('co-rep'));
    expect(d.chooseSaveFile.mock.calls[0][1]).toBe('Einwilligung-MK-1980-2025-11-02.pdf');
    expect(m.print).toHaveBeenCalledWith({
      what: { document: 'consent', consent_id: 'co-rep' },
      path: '/media/usb/quittung.pdf',
      locale: 'ar',
    });
  });

  it('a cancelled dialog sends nothing; a refusal is shown localized', async () => {
    const user = await openPerson(person({ consents: [documentation] }));
    await user.click(printButton('co-doc'));
    expect(d.chooseSaveFile).toHaveBeenCalledTimes(1);
    await tick();
    expect(m.print).not.toHaveBeenCalled();
    expect(byId('consent-print-status').textContent?.trim()).toBe('');
    expect(screen.queryByTestId('consent-print-error')).toBeNull();

    d.chooseSaveFile.mockResolvedValue('/home/ak/schon-da.pdf');
    m.print.mockRejectedValueOnce({ code: 'error-file-exists', args: { path: '/home/ak/schon-da.pdf' } });
    await user.click(printButton('co-doc'));
    await vi.waitFor(() =>
      expect(byId('consent-print-error').textContent).toBe(t('error-file-exists', { path: '/home/ak/schon-da.pdf' })),
    );
    expect(screen.queryByTestId('show-in-folder')).toBeNull();
  });

  it('preselects the first of the person’s languages Feldbuch has, else German', () => {
    const locales = vocabulary.locales;
    expect(clientLocale({ languages: ['fa', 'UK', 'ar'] }, locales)).toBe('uk');
    expect(clientLocale({ languages: ['ru'] }, locales)).toBe('de');
    expect(clientLocale({ languages: [] }, locales)).toBe('de');
  });

  it('volunteers print no receipts', async () => {
    await openPerson(person({ consents: [documentation] }), true);
    expect(screen.getAllByTestId('consent-row')).toHaveLength(1);
    expect(screen.queryByTestId('consent-print')).toBeNull();
    expect(screen.queryByTestId('consent-print-locale')).toBeNull();
  });
});

describe('Stammblatt', () => {
  it('is offered for an enrolled participant only', async () => {
    await openPerson(person({ consents: [documentation] }));
    expect(screen.queryByTestId('person-stammblatt')).toBeNull();
  });

  it('prints the participant’s sheet in the window’s language where the save dialog says', async () => {
    const path = '/home/ak/Dokumente/Stammblatt.pdf';
    d.chooseSaveFile.mockResolvedValue(path);
    m.print.mockResolvedValue({ path });
    const user = await openPerson(enrolled);
    await user.click(byId('person-stammblatt'));
    expect(d.chooseSaveFile).toHaveBeenCalledWith(t('doc-stammblatt-save-title'), `Stammblatt-MK-1980-${localDay()}.pdf`, pdf());
    expect(m.print).toHaveBeenCalledWith({ what: { document: 'stammblatt', person_id: 'p-mk' }, path, locale: 'de' });
    await vi.waitFor(() => expect(plain(byId('person-stammblatt-status').textContent)).toContain(path));
    await user.click(within(byId('person-stammblatt-section')).getByTestId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledWith({ path });

    // Cancelled: nothing more is sent.
    d.chooseSaveFile.mockResolvedValue(null);
    await user.click(byId('person-stammblatt'));
    await tick();
    expect(m.print).toHaveBeenCalledTimes(1);
  });

  it('volunteers get no Stammblatt', async () => {
    await openPerson(enrolled, true);
    expect(screen.queryByTestId('person-stammblatt')).toBeNull();
  });
});

describe('Auskunft', () => {
  it('"Speichern unter …" writes the chosen format in the client’s language where the save dialog says', async () => {
    const path = '/media/usb/auskunft.json';
    d.chooseSaveFile.mockResolvedValue(path);
    m.writeAuskunft.mockResolvedValue({ path });
    const user = await openPerson(person());
    expect(value('auskunft-format')).toBe('text');
    expect(value('auskunft-locale')).toBe('tr');
    expect([...(byId('auskunft-format') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['text', 'json', 'pdf']);
    await user.selectOptions(byId('auskunft-format'), 'json');
    await user.click(byId('auskunft-save-as'));
    expect(d.chooseSaveFile).toHaveBeenCalledWith(
      t('doc-auskunft-save-title'),
      `Auskunft-MK-1980-${localDay()}.json`,
      [{ name: t('dlg-filter-json'), extensions: ['json'] }],
    );
    expect(m.writeAuskunft).toHaveBeenCalledWith({ id: 'p-mk', path, format: 'json', locale: 'tr' });
    expect(m.exportAuskunft).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(plain(byId('rights-auskunft-status').textContent)).toBe(`${plain(t('rights-auskunft-written'))} ${path}`),
    );
    expect(document.activeElement).toBe(byId('auskunft-save-as'));
    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledWith({ path });

    // PDF in Ukrainian.
    d.chooseSaveFile.mockResolvedValue('/media/usb/auskunft.pdf');
    m.writeAuskunft.mockResolvedValue({ path: '/media/usb/auskunft.pdf' });
    await user.selectOptions(byId('auskunft-format'), 'pdf');
    await user.selectOptions(byId('auskunft-locale'), 'uk');
    await user.click(byId('auskunft-save-as'));
    expect(d.chooseSaveFile.mock.calls[1][1]).toBe(`Auskunft-MK-1980-${localDay()}.pdf`);
    expect(d.chooseSaveFile.mock.calls[1][2]).toEqual(pdf());
    expect(m.writeAuskunft).toHaveBeenLastCalledWith({ id: 'p-mk', path: '/media/usb/auskunft.pdf', format: 'pdf', locale: 'uk' });
  });

  it('a cancelled dialog writes nothing and keeps the last path; the one-click Auskunft stays', async () => {
    const first = '/home/ak/Dokumente/Feldbuch-Auskunft-2025-11-21-090000-abc12345.txt';
    m.exportAuskunft.mockResolvedValue({ path: first });
    const user = await openPerson(person());
    await user.click(byId('rights-auskunft'));
    expect(m.exportAuskunft).toHaveBeenCalledWith({ id: 'p-mk' });
    await vi.waitFor(() => expect(plain(byId('rights-auskunft-status').textContent)).toContain(first));
    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledWith({ path: first });

    await user.click(byId('auskunft-save-as'));
    expect(d.chooseSaveFile).toHaveBeenCalledTimes(1);
    await tick();
    expect(m.writeAuskunft).not.toHaveBeenCalled();
    expect(plain(byId('rights-auskunft-status').textContent)).toContain(first);
  });
});

describe('attendance list', () => {
  const repair: Activity = {
    id: 'a1', kind: 'repair-cafe', kind_ext: null, title: 'Repair-Café Oktober', date: '2025-10-30', start: '15:00', duration_min: null,
    site_id: 'site-park', site_name: 'Stadtpark', volunteers_count: 0, anonymous_count: 3, anonymous_age_band: null,
    anonymous_gender: null, note: null, attendees: [], facilitators: [{ id: 'w-ak', initials: 'AK', recorder: true }], total_attendance: 3, archived: false, revision: 1,
  };

  it('prints an activity’s list to sign where the save dialog says; a cancel sends nothing', async () => {
    m.listActivities.mockResolvedValue([repair, { ...repair, id: 'a2', title: 'Beete anlegen', date: '2025-11-12' }]);
    m.listSites.mockResolvedValue(sites);
    const user = userEvent.setup();
    render(Gruppenangebote, { props: { vocabulary, volunteer: true } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    const row = document.querySelector('[data-activity="a1"]') as HTMLElement;
    const button = within(row).getByTestId('activity-print');
    expect(button.getAttribute('aria-describedby')).toBe('activity-a1-title');

    await user.click(button);
    expect(d.chooseSaveFile).toHaveBeenCalledWith(t('doc-attendance-save-title'), 'Anwesenheitsliste-Repair-Café_Oktober-2025-10-30.pdf', pdf());
    await tick();
    expect(m.print).not.toHaveBeenCalled();

    const path = '/home/ak/Dokumente/Anwesenheit.pdf';
    d.chooseSaveFile.mockResolvedValue(path);
    m.print.mockResolvedValue({ path });
    await user.click(button);
    expect(m.print).toHaveBeenCalledWith({ what: { document: 'attendance', activity_id: 'a1' }, path, locale: 'de' });
    await vi.waitFor(() =>
      expect(plain(byId('activity-print-status').textContent)).toBe(`${plain(t('doc-attendance-printed'))} ${path}`),
    );
    expect(document.activeElement).toBe(button);
    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledWith({ path });
  });

  it('in the window’s language', async () => {
    applyLocale('en');
    m.listActivities.mockResolvedValue([repair]);
    d.chooseSaveFile.mockResolvedValue('/tmp/a.pdf');
    m.print.mockResolvedValue({ path: '/tmp/a.pdf' });
    const user = userEvent.setup();
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(1));
    await user.click(byId('activity-print'));
    expect(m.print).toHaveBeenCalledWith({ what: { document: 'attendance', activity_id: 'a1' }, path: '/tmp/a.pdf', locale: 'en' });
  });
});

describe('show in folder', () => {
  it('after the enrolment file: sends the written path; the core’s refusal is shown localized', async () => {
    const path = '/home/ak/Dokumente/Feldbuch-Anmeldung-AK.json';
    m.writeEnrolment.mockResolvedValue({ path, fingerprint: '12345 67890', device_id: 'dev-123' });
    m.showInFolder.mockRejectedValueOnce({ code: 'error-show-in-folder-failed', args: { detail: 'xdg-open fehlt' } });
    const user = userEvent.setup();
    render(EnrolmentFile);
    expect(screen.queryByTestId('show-in-folder')).toBeNull();
    await user.click(byId('write-enrolment'));
    await vi.waitFor(() => expect(byId('enrolment-path').textContent).toBe(path));
    expect(byId('show-in-folder').getAttribute('aria-describedby')).toBe('enrolment-status-path');
    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledWith({ path });
    await vi.waitFor(() =>
      expect(byId('show-in-folder-error').textContent).toBe(t('error-show-in-folder-failed', { detail: 'xdg-open fehlt' })),
    );
    // Asked again, it works: the message goes.
    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(screen.queryByTestId('show-in-folder-error')).toBeNull());
  });
});

describe('file names', () => {
  it('suggests names without characters a file system refuses', () => {
    expect(documentFileName('Einwilligung', 'MK-1980', '2025-11-01', 'pdf')).toBe('Einwilligung-MK-1980-2025-11-01.pdf');
    expect(fileNamePart(' a/b\\c:d*e?f"g<h>i|j  k ')).toBe('a_b_c_d_e_f_g_h_i_j_k');
    expect(fileNamePart('..versteckt')).toBe('versteckt');
    expect(fileNamePart('   ')).toBe('_');
  });
});
