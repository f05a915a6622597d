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
import type { AppStatus } from '../src/lib/bindings';
import App from '../src/App.svelte';
import Berichte from '../src/components/Berichte.svelte';
import { applyLocale, i18n, t } from '../src/lib/i18n.svelte';
import { lastCompleteQuarter, recentQuarters, reportFileName, validK } from '../src/lib/report';
import { resetApiMocks } from './api-mock';
import { resetDialogMocks } from './dialog-mock';
import { PROTECT, plain, reportDto, reportTable, SMALL, vocabulary, volunteerProfile, workerProfile } from './fixtures';

const m = vi.mocked(api);
const d = vi.mocked(dialog);
const byId = (id: string) => screen.getByTestId(id);
const TODAY = '2025-11-21';
const Q3 = { quarter: '2025-Q3', from: null, to: null };

function renderScreen(today = TODAY) {
  return render(Berichte, { props: { vocabulary, today } });
}

function table(id: string): HTMLTableElement {
  const el = document.querySelector<HTMLTableElement>(`[data-table="${id}"]`);
  if (!el) throw new Error(`no table ${id}`);
  return el;
}

function figureRow(id: string): HTMLTableRowElement {
  const el = document.querySelector<HTMLTableRowElement>(`[data-figure="${id}"]`);
  if (!el) throw new Error(`no key figure ${id}`);
  return el;
}

const cellOf = (row: Element, which: string) => row.querySelector(`[data-cell="${which}"]`) as HTMLElement;

async function showDefault(user: ReturnType<typeof userEvent.setup>) {
  renderScreen();
  await user.click(byId('report-show'));
  await vi.waitFor(() => expect(screen.getByTestId('report')).toBeTruthy());
}

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  resetDialogMocks(dialog);
});
afterEach(() => cleanup());

describe('Berichte: period and threshold', () => {
  it('offers the last 8 quarters, defaults to the last complete one and sends it with Show', async () => {
    const user = userEvent.setup();
    renderScreen();
    const select = byId('report-quarter') as HTMLSelectElement;
    expect(select.value).toBe('2025-Q3');
    const values = [...select.options].map((o) => o.value);
    expect(values).toEqual(['2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3', '2024-Q2', '2024-Q1', 'custom']);
    expect(plain(select.options[0].textContent)).toBe(t('reports-quarter-option-running', { quarter: '4', year: '2025' }));
    expect(plain(select.options[1].textContent)).toBe('3. Quartal 2025');
    expect((byId('report-k') as HTMLInputElement).value).toBe('3');
    expect(screen.getByLabelText(t('report-period'))).toBe(select);
    expect(screen.getByLabelText(t('reports-k-label'))).toBe(byId('report-k'));
    // Nothing is fetched (and logged) before the user asks for it.
    expect(m.report).not.toHaveBeenCalled();
    expect(byId('report-empty')).toBeTruthy();

    await user.click(byId('report-show'));
    expect(m.report).toHaveBeenCalledWith({ period: Q3, k: 3, locale: 'de' });
    await vi.waitFor(() => expect(plain(byId('report-status').textContent)).toBe(plain(t('reports-loaded', { period: '2025-Q3' }))));
  });

  it('sends another quarter and k as chosen, with Enter in the form', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(byId('report-quarter'), '2024-Q4');
    await user.clear(byId('report-k'));
    await user.type(byId('report-k'), '5{Enter}');
    expect(m.report).toHaveBeenCalledWith({ period: { quarter: '2024-Q4', from: null, to: null }, k: 5, locale: 'de' });
  });

  it('offers no programme choice without programmes', async () => {
    renderScreen();
    await vi.waitFor(() => expect(m.programmes).toHaveBeenCalled());
    expect(screen.queryByTestId('report-programme')).toBeNull();
  });

  it('sends the programme chosen and names it above the figures', async () => {
    const user = userEvent.setup();
    m.programmes.mockResolvedValue([
      { id: 'p-honjok', name: 'Honjok', archived: false },
      { id: 'p-chance', name: 'Zweite Chance', archived: false },
    ]);
    m.report.mockImplementation(async () => reportDto({ programme: 'Zweite Chance' }));
    renderScreen();
    const select = (await vi.waitFor(() => byId('report-programme'))) as HTMLSelectElement;
    expect(screen.getByLabelText(t('report-programme'))).toBe(select);
    expect([...select.options].map((o) => plain(o.textContent))).toEqual([t('reports-programme-all'), 'Honjok', 'Zweite Chance']);
    expect(select.value).toBe('');
    await user.selectOptions(select, 'p-chance');
    await user.click(byId('report-show'));
    expect(m.report).toHaveBeenCalledWith({ period: Q3, k: 3, locale: 'de', programme: 'p-chance' });
    await vi.waitFor(() => expect(byId('report-programme-shown').textContent).toBe('Zweite Chance'));
    // Back to all: no programme sent.
    await user.selectOptions(select, '');
    await user.click(byId('report-show'));
    expect(m.report).toHaveBeenLastCalledWith({ period: Q3, k: 3, locale: 'de' });
  });

  it('sends a custom range as from/to from plain text inputs', async () => {
    const user = userEvent.setup();
    renderScreen();
    expect(screen.queryByTestId('report-from')).toBeNull();
    await user.selectOptions(byId('report-quarter'), 'custom');
    const fromInput = byId('report-from') as HTMLInputElement;
    expect(fromInput.type).toBe('text');
    expect((byId('report-to') as HTMLInputElement).type).toBe('text');
    expect(screen.getByLabelText(t('reports-from-label'))).toBe(fromInput);

    await user.click(byId('report-show'));
    expect(m.report).not.toHaveBeenCalled();
    expect(byId('report-error').textContent).toBe(t('reports-range-required'));

    await user.type(fromInput, ' 2026-01-05 ');
    await user.type(byId('report-to'), '2026-02-20');
    await user.click(byId('report-show'));
    expect(m.report).toHaveBeenCalledWith({ period: { quarter: null, from: '2026-01-05', to: '2026-02-20' }, k: 3, locale: 'de' });
    expect(screen.queryByTestId('report-error')).toBeNull();
  });

  it('refuses an invalid k without calling the backend', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.clear(byId('report-k'));
    await user.type(byId('report-k'), '1');
    await user.click(byId('report-show'));
    expect(byId('report-error').textContent).toBe(t('error-invalid-k', { value: '1', min: 2, max: 50 }));
    expect(byId('report-error').getAttribute('role')).toBe('alert');
    await user.clear(byId('report-k'));
    await user.type(byId('report-k'), '51');
    await user.click(byId('report-save'));
    expect(byId('report-error').textContent).toBe(t('error-invalid-k', { value: '51', min: 2, max: 50 }));
    await user.clear(byId('report-k'));
    await user.click(byId('report-show'));
    expect(byId('report-error').textContent).toContain(t('error-invalid-k', { value: '', min: 2, max: 50 }));
    expect(m.report).not.toHaveBeenCalled();
    expect(m.writeReport).not.toHaveBeenCalled();
  });

  it("shows the backend's localized error", async () => {
    const user = userEvent.setup();
    m.report.mockRejectedValueOnce({ code: 'error-invalid-period', args: { from: '2026-03-01', to: '2026-01-01' } });
    renderScreen();
    await user.selectOptions(byId('report-quarter'), 'custom');
    await user.type(byId('report-from'), '2026-03-01');
    await user.type(byId('report-to'), '2026-01-01');
    await user.click(byId('report-show'));
    await vi.waitFor(() =>
      expect(byId('report-error').textContent).toBe(t('error-invalid-period', { from: '2026-03-01', to: '2026-01-01' })),
    );
    expect(byId('report-error').textContent).toContain('2026-03-01');
    expect(screen.queryByTestId('report')).toBeNull();
  });
});

describe('Berichte: figures', () => {
  it('shows small counts as "< k" and cells hidden to protect them as "x", never as 0 or empty, and the totals', async () => {
    const user = userEvent.setup();
    await showDefault(user);
    const month = table('report-table-contacts-month');
    expect(month.querySelector('caption')?.textContent).toBe('Kontakte nach Monat und Art des Einsatzorts');
    const head = [...month.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual(['Monat', 'KiTa/Familienzentrum', 'Schule', 'Öffentlicher Raum/Straße', t('report-total')]);

    const july = month.querySelector('[data-row="2025-07"]') as HTMLElement;
    const schule = july.querySelector('[data-col="schule"]') as HTMLElement;
    expect(schule.textContent).toBe('< 3');
    expect(schule.dataset.suppressed).toBe('true');
    expect(schule.dataset.value).toBeUndefined();
    expect((july.querySelector('[data-col="kita"]') as HTMLElement).dataset.value).toBe('10');
    // A published zero is a zero.
    const zero = month.querySelector('[data-row="2025-09"] [data-col="oeffentlicher-raum"]') as HTMLElement;
    expect(zero.textContent).toBe('0');
    expect(zero.dataset.value).toBe('0');
    // Small counts read "< 3"; cells hidden to protect them carry their own mark, which says
    // nothing about their size.
    const small = [...month.querySelectorAll<HTMLElement>('[data-hidden="small"]')];
    expect(small).toHaveLength(2);
    for (const cell of small) expect(cell.textContent).toBe('< 3');
    const protect = [...month.querySelectorAll<HTMLElement>('[data-hidden="protect"]')];
    expect(protect).toHaveLength(3);
    for (const cell of protect) {
      expect(cell.textContent).toBe(t('report-mark-protect'));
      expect(cell.textContent).not.toContain('<');
      expect(cell.dataset.suppressed).toBe('true');
    }

    const totals = month.querySelector('tfoot [data-row="total"]') as HTMLElement;
    expect([...totals.children].map((c) => plain(c.textContent))).toEqual([t('report-total'), '30', '7', 'x', '42']);
    expect((totals.querySelector('[data-col="total"]') as HTMLElement).dataset.value).toBe('42');
    expect(plain(month.querySelector('[data-row="2025-08"] [data-col="total"]')?.textContent)).toBe('x');

    // Column totals only: a total row without a total column.
    const district = table('report-table-contacts-district');
    expect(district.querySelectorAll('thead th')).toHaveLength(2);
    expect([...(district.querySelector('tfoot tr')?.children ?? [])].map((c) => c.textContent)).toEqual([t('report-total'), '42']);
    // No totals at all: no total row.
    expect(table('report-table-completeness').querySelector('tfoot')).toBeNull();
  });

  it('renders every table of the report, the topic shares and k from the report', async () => {
    const user = userEvent.setup();
    m.report.mockResolvedValue(reportDto({ k: 5 }));
    await showDefault(user);
    const ids = [...document.querySelectorAll<HTMLElement>('[data-table]')].map((el) => el.dataset.table);
    expect(ids).toEqual([
      'report-table-contacts-month', 'report-table-contacts-district', 'report-table-contacts-kind', 'report-table-anonymous',
      'report-table-topics', 'report-table-referrals', 'report-table-activities', 'report-table-participants-gender',
      'report-table-participants-results', 'report-table-completeness',
    ]);
    expect(document.querySelector('[data-table="report-table-participants-gender"] [data-suppressed]')?.textContent).toBe('< 5');
    const topics = table('report-table-topics');
    expect([...topics.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Thema', 'Kontakte', t('report-col-share')]);
    const wohnen = topics.querySelector('[data-row="wohnen"]') as HTMLElement;
    expect((wohnen.querySelector('[data-col="share"]') as HTMLElement).dataset.share).toBe('0.5');
    expect(wohnen.querySelector('[data-col="share"]')?.textContent).toBe(
      new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1 }).format(0.5),
    );
    expect(plain(topics.querySelector('[data-row="arbeit"] [data-col="share"]')?.textContent)).toBe(t('value-none'));
    expect(byId('report-sdc-note').textContent).toBe(t('report-method-sdc', { k: 5 }));
  });

  it('shows the people reached anonymously (age band × gender) with the contact tables, their marks and both totals', async () => {
    const user = userEvent.setup();
    await showDefault(user);
    const anonymous = table('report-table-anonymous');
    // Among the contact tables.
    expect(anonymous.closest('section')?.getAttribute('aria-labelledby')).toBe('report-contacts-heading');
    expect(anonymous.querySelector('caption')?.textContent).toBe('Anonym erreichte Personen nach Altersgruppe und Geschlecht');
    expect([...anonymous.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Altersgruppe', 'weiblich', 'männlich', t('report-total')]);
    const row = (key: string) => [...(anonymous.querySelector(`[data-row="${key}"]`)?.children ?? [])].map((c) => plain(c.textContent));
    expect(row('unter-18')).toEqual(['unter 18', '4', '< 3', 'x']);
    expect(row('30-54')).toEqual(['30 bis 54', '5', 'x', '11']);
    expect(row('total')).toEqual([t('report-total'), '9', 'x', '15']);
    const cell = (r: string, c: string) => anonymous.querySelector(`[data-row="${r}"] [data-col="${c}"]`) as HTMLElement;
    expect(cell('unter-18', 'weiblich').dataset.value).toBe('4');
    expect(cell('unter-18', 'maennlich').dataset.hidden).toBe('small');
    expect(cell('unter-18', 'maennlich').dataset.value).toBeUndefined();
    expect(cell('30-54', 'maennlich').dataset.hidden).toBe('protect');
    expect(cell('unter-18', 'total').dataset.hidden).toBe('protect');
    expect(cell('total', 'total').dataset.value).toBe('15');
  });

  it("shows the programme's own terms below the tables they break down, each in its section", async () => {
    const user = userEvent.setup();
    const contacts = [{ key: 'contacts', text: 'Kontakte' }];
    m.report.mockResolvedValue(
      reportDto({
        own_terms: [
          reportTable({
            id: 'report-table-own-contact-kinds', title: 'Kontakte nach eigenen Kontaktarten des Programms', row_header: 'Eigener Begriff',
            rows: [{ key: 'aufsuchend', text: 'Aufsuchend (Kurzkontakt)' }, { key: 'kurzkontakt:rest', text: 'Kurzkontakt: übrige' }],
            cols: contacts, cells: [[PROTECT], [SMALL]],
          }),
          reportTable({
            id: 'report-table-own-activity-kinds', title: 'Gruppenangebote nach eigenen Arten des Programms', row_header: 'Eigener Begriff',
            rows: [{ key: 'sprachcafe', text: 'Sprachcafé (Netzwerktreffen)' }], cols: contacts, cells: [[6]],
          }),
        ],
      }),
    );
    await showDefault(user);
    const ids = [...document.querySelectorAll<HTMLElement>('[data-table]')].map((el) => el.dataset.table);
    expect(ids.indexOf('report-table-own-contact-kinds')).toBe(ids.indexOf('report-table-contacts-kind') + 1);
    expect(ids.indexOf('report-table-own-activity-kinds')).toBe(ids.indexOf('report-table-activities') + 1);
    const own = table('report-table-own-contact-kinds');
    expect(own.closest('section')?.getAttribute('aria-labelledby')).toBe('report-contacts-heading');
    expect(plain(own.querySelector('[data-row="aufsuchend"]')?.textContent)).toBe('Aufsuchend (Kurzkontakt)x');
    expect(plain(own.querySelector('[data-row="kurzkontakt:rest"]')?.textContent)).toBe('Kurzkontakt: übrige< 3');
    expect(table('report-table-own-activity-kinds').closest('section')?.getAttribute('aria-labelledby')).toBe('report-activities-heading');
  });

  it('shows the results at leaving with the participants’ tables', async () => {
    const user = userEvent.setup();
    await showDefault(user);
    const results = table('report-table-participants-results');
    expect(results.closest('section')?.getAttribute('aria-labelledby')).toBe('report-participants-heading');
    expect(results.querySelector('caption')?.textContent).toBe('Ergebnisse beim Austritt');
    expect(plain(results.querySelector('[data-row="job-searching"] [data-col="exits"]')?.textContent)).toBe('7');
    expect((results.querySelector('[data-row="employed"] [data-col="exits"]') as HTMLElement).dataset.hidden).toBe('small');
    expect(plain(results.querySelector('tfoot [data-col="exits"]')?.textContent)).toBe('x');
  });

  it('shows the key figures for both periods with the change in percent', async () => {
    const user = userEvent.setup();
    await showDefault(user);
    const head = [...byId('report-figures').querySelectorAll('thead th')].map((th) => plain(th.textContent));
    expect(head).toEqual([t('report-head-figure'), '2025-Q3', '2025-Q2', t('report-head-change')]);

    const contacts = figureRow('contacts');
    expect(cellOf(contacts, 'current').dataset.value).toBe('42');
    expect(cellOf(contacts, 'previous').dataset.value).toBe('30');
    const pct = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    expect(cellOf(contacts, 'change').textContent).toBe(pct.format(0.4));
    expect(cellOf(contacts, 'change').textContent).toMatch(/^\+40\s%$/);

    const persons = figureRow('persons');
    expect(cellOf(persons, 'previous').dataset.suppressed).toBe('true');
    expect(cellOf(persons, 'previous').textContent).toBe('< 3');
    expect(cellOf(persons, 'change').textContent).toBe(t('value-none'));

    // Hours have one decimal; no change against a previous 0.
    const hours = figureRow('hours');
    expect(cellOf(hours, 'current').textContent).toBe('10,5');
    expect(cellOf(hours, 'current').dataset.value).toBe('10.5');
    expect(cellOf(hours, 'previous').textContent).toBe('0,0');
    expect(cellOf(hours, 'change').textContent).toBe(t('value-none'));

    expect(plain(byId('report-period').textContent)).toContain('2025');
  });

  it('draws both charts as SVG with a name, no bar for a suppressed value and "< k"', async () => {
    const user = userEvent.setup();
    await showDefault(user);
    const months = screen.getByRole('img', { name: t('report-chart-months') });
    expect(months.getAttribute('data-chart')).toBe('report-chart-months');
    const bars = [...months.querySelectorAll<SVGGElement>('g[data-key]')];
    expect(bars.map((g) => g.dataset.key)).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(bars[0].dataset.value).toBe('18');
    expect(bars[0].querySelector('rect')).not.toBeNull();
    expect(bars[1].dataset.suppressed).toBe('true');
    expect(bars[1].dataset.hidden).toBe('protect');
    expect(bars[1].querySelector('rect')).toBeNull();
    expect(plain(bars[1].textContent)).toContain('x');
    expect(plain(bars[1].textContent)).not.toContain('<');
    expect(months.querySelector('desc')?.textContent).toContain('August 2025: x');

    const kinds = screen.getByRole('img', { name: t('report-chart-site-kinds') });
    const kindBars = [...kinds.querySelectorAll<SVGGElement>('g[data-key]')];
    expect(kindBars.map((g) => g.dataset.key)).toEqual(['kita', 'schule', 'oeffentlicher-raum']);
    expect(kindBars[2].querySelector('rect')).toBeNull();
    expect(plain(kindBars[2].textContent)).toContain('x');
    // No inline styles anywhere (CSP).
    expect(document.querySelector('[style]')).toBeNull();
  });

  it('lists participants with missing fields (localized) and the data sources', async () => {
    const user = userEvent.setup();
    await showDefault(user);
    const item = within(byId('report-incomplete')).getByText('MK-1980').closest('li') as HTMLElement;
    expect(item.dataset.person).toBe('p-mk');
    expect(plain(item.textContent)).toContain(t('report-field-gender'));
    expect(plain(item.textContent)).toContain(t('report-field-education'));
    expect(plain(item.textContent)).not.toContain('education');

    const sources = byId('report-sources');
    expect(plain(sources.querySelector('[data-device="dev-123"]')?.textContent)).toContain(
      plain(t('report-source-this-device', { id: 'dev-123' })),
    );
    expect(plain(sources.querySelector('[data-device="dev-9f2"]')?.textContent)).toContain('Nord');
  });

  it('says so when no participant lacks a mandatory field', async () => {
    const user = userEvent.setup();
    m.report.mockResolvedValue(reportDto({ incomplete: [] }));
    await showDefault(user);
    expect(byId('report-incomplete-empty').textContent).toBe(t('reports-incomplete-empty'));
  });

  it('Save XLSX writes the report and shows the returned path', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(byId('report-save'));
    expect(m.writeReport).toHaveBeenCalledWith({ period: Q3, k: 3, locale: 'de' });
    expect(m.report).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(plain(byId('report-save-status').textContent)).toBe(
        `${plain(t('reports-saved'))} /home/ak/Dokumente/Feldbuch-Bericht-2025-Q3.xlsx`,
      ),
    );
    // The figures written to the file are the ones shown.
    expect(figureRow('contacts')).toBeTruthy();

    m.writeReport.mockRejectedValueOnce({ code: 'error-internal', args: {} });
    await user.click(byId('report-save'));
    await vi.waitFor(() => expect(byId('report-error').textContent).toBe(t('error-internal')));
    expect(byId('report-save-status').textContent?.trim()).toBe('');
  });

  it('Save as writes the workbook where the save dialog says, with the default name of the documents folder', async () => {
    const user = userEvent.setup();
    const out = '/media/usb/Quartalsbericht.xlsx';
    d.chooseSaveFile.mockResolvedValue(out);
    m.writeReport.mockImplementation(async (req) => ({ path: req.out ?? '', report: reportDto() }));
    renderScreen();
    const button = byId('report-save-as');
    expect(plain(button.textContent)).toBe(t('dlg-report-save-as'));
    await user.click(button);
    expect(d.chooseSaveFile).toHaveBeenCalledTimes(1);
    const [title, name, filters] = d.chooseSaveFile.mock.calls[0];
    expect(title).toBe(t('dlg-report-save-title'));
    expect(name).toMatch(/^Feldbuch-Bericht-2025-Q3-\d{8}-\d{6}\.xlsx$/);
    expect(filters).toEqual([{ name: t('dlg-filter-xlsx'), extensions: ['xlsx'] }]);
    expect(m.writeReport).toHaveBeenCalledWith({ period: Q3, k: 3, locale: 'de', out });
    expect(m.report).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(plain(byId('report-save-status').textContent)).toBe(`${plain(t('reports-saved'))} ${out}`));
    expect(figureRow('contacts')).toBeTruthy();
    expect(document.activeElement).toBe(button);
  });

  it('"Im Ordner zeigen" after either way of saving asks the core to show exactly the written file', async () => {
    const user = userEvent.setup();
    m.showInFolder.mockResolvedValue(undefined);
    renderScreen();
    expect(screen.queryByTestId('show-in-folder')).toBeNull();
    await user.click(byId('report-save'));
    await vi.waitFor(() => expect(screen.getByTestId('show-in-folder')).toBeTruthy());
    expect(plain(byId('show-in-folder').textContent)).toBe(t('doc-show-in-folder'));
    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenCalledWith({ path: '/home/ak/Dokumente/Feldbuch-Bericht-2025-Q3.xlsx' });

    const out = '/media/usb/Quartalsbericht.xlsx';
    d.chooseSaveFile.mockResolvedValue(out);
    m.writeReport.mockImplementation(async (req) => ({ path: req.out ?? '', report: reportDto() }));
    await user.click(byId('report-save-as'));
    await vi.waitFor(() => expect(plain(byId('report-save-status').textContent)).toContain(out));
    // The core refuses a path it did not write: its message, localized.
    m.showInFolder.mockRejectedValueOnce({ code: 'error-not-written-here', args: {} });
    await user.click(byId('show-in-folder'));
    expect(m.showInFolder).toHaveBeenLastCalledWith({ path: out });
    await vi.waitFor(() => expect(byId('show-in-folder-error').textContent).toBe(t('error-not-written-here')));
    expect(byId('show-in-folder-error').getAttribute('role')).toBe('alert');
  });

  it('Save as: a cancelled dialog writes nothing and keeps what is shown', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(byId('report-save'));
    await vi.waitFor(() => expect(plain(byId('report-save-status').textContent)).toContain('Feldbuch-Bericht-2025-Q3.xlsx'));
    await user.click(byId('report-save-as'));
    expect(d.chooseSaveFile).toHaveBeenCalledTimes(1);
    await tick();
    expect(m.writeReport).toHaveBeenCalledTimes(1);
    expect(plain(byId('report-save-status').textContent)).toContain('Feldbuch-Bericht-2025-Q3.xlsx');
    expect(screen.queryByTestId('report-error')).toBeNull();
    expect(document.activeElement).toBe(byId('report-save-as'));
  });

  it('Save as: an invalid form opens no dialog, a dialog that cannot open says so', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(byId('report-quarter'), 'custom');
    await user.click(byId('report-save-as'));
    expect(d.chooseSaveFile).not.toHaveBeenCalled();
    expect(byId('report-error').textContent).toBe(t('reports-range-required'));

    await user.type(byId('report-from'), '2026-01-05');
    await user.type(byId('report-to'), '2026-02-20');
    d.chooseSaveFile.mockRejectedValueOnce({ code: 'error-internal', args: {} });
    await user.click(byId('report-save-as'));
    expect(d.chooseSaveFile.mock.calls[0][1]).toMatch(/^Feldbuch-Bericht-2026-01-05_2026-02-20-\d{8}-\d{6}\.xlsx$/);
    await vi.waitFor(() => expect(byId('report-error').textContent).toBe(t('error-internal')));
    expect(m.writeReport).not.toHaveBeenCalled();
  });

  it('fetches the report again, as it was asked for, when the language changes', async () => {
    const user = userEvent.setup();
    m.report.mockImplementation(async () => reportDto({ locale: i18n.locale }));
    renderScreen();
    await user.selectOptions(byId('report-quarter'), '2025-Q2');
    await user.click(byId('report-show'));
    await vi.waitFor(() => expect(byId('report')).toBeTruthy());
    expect(m.report).toHaveBeenCalledTimes(1);
    // Changing the form alone fetches nothing.
    await user.selectOptions(byId('report-quarter'), '2024-Q1');

    applyLocale('en');
    await tick();
    await vi.waitFor(() => expect(m.report).toHaveBeenCalledTimes(2));
    expect(m.report).toHaveBeenLastCalledWith({ period: { quarter: '2025-Q2', from: null, to: null }, k: 3, locale: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Reports');
    await tick();
    expect(m.report).toHaveBeenCalledTimes(2);
  });

  it('asks for the labels in the language the window shows, not the saved setting', async () => {
    const user = userEvent.setup();
    await showDefault(user);
    m.report.mockResolvedValue(reportDto({ locale: 'uk' }));
    applyLocale('uk');
    await vi.waitFor(() => expect(m.report).toHaveBeenCalledTimes(2));
    expect(m.report).toHaveBeenLastCalledWith({ period: Q3, k: 3, locale: 'uk' });
    await tick();
    expect(m.report).toHaveBeenCalledTimes(2);
  });

  it('has its own language select: the report follows it (the XLSX too)', async () => {
    const user = userEvent.setup();
    m.report.mockImplementation(async () => reportDto({ locale: i18n.locale }));
    await showDefault(user);
    await user.selectOptions(byId('report-locale'), 'ar');
    expect(m.setLocale).toHaveBeenCalledWith({ locale: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');
    await vi.waitFor(() => expect(m.report).toHaveBeenCalledTimes(2));
    expect(m.report).toHaveBeenLastCalledWith({ period: Q3, k: 3, locale: 'ar' });
  });

  it('does not fetch on a language change before anything was shown', async () => {
    renderScreen();
    applyLocale('tr');
    await tick();
    expect(m.report).not.toHaveBeenCalled();
  });
});

describe('report helpers', () => {
  it("names the workbook as the core does (UTC time)", () => {
    const now = new Date(Date.UTC(2026, 0, 5, 7, 3, 9));
    expect(reportFileName({ quarter: '2025-Q4', from: null, to: null }, now)).toBe('Feldbuch-Bericht-2025-Q4-20260105-070309.xlsx');
    expect(reportFileName({ quarter: null, from: '2025-10-01', to: '2025-12-31' }, now)).toBe(
      'Feldbuch-Bericht-2025-10-01_2025-12-31-20260105-070309.xlsx',
    );
  });

  it('knows the quarters', () => {
    expect(lastCompleteQuarter('2026-01-15')).toBe('2025-Q4');
    expect(lastCompleteQuarter('2026-07-01')).toBe('2026-Q2');
    const list = recentQuarters('2026-01-15');
    expect(list).toHaveLength(8);
    expect(list[0]).toMatchObject({ id: '2026-Q1', running: true });
    expect(list[1]).toMatchObject({ id: '2025-Q4', running: false });
    expect(list[7].id).toBe('2024-Q2');
  });

  it('accepts k from 2 to 50, whole numbers only', () => {
    expect(validK(2)).toBe(2);
    expect(validK(50)).toBe(50);
    expect(validK(1)).toBeNull();
    expect(validK(51)).toBeNull();
    expect(validK(2.5)).toBeNull();
    expect(validK(null)).toBeNull();
  });
});

describe('Berichte in the navigation', () => {
  const status: AppStatus = { initialised: true, unlocked: true, locale: 'de', auto_lock_minutes: 5, today: TODAY };

  async function flush() {
    await vi.advanceTimersByTimeAsync(0);
    await tick();
  }

  beforeEach(() => {
    vi.useFakeTimers();
    m.vocabulary.mockResolvedValue(vocabulary);
    m.appStatus.mockResolvedValue(status);
    m.listSites.mockResolvedValue([]);
  });
  afterEach(() => vi.useRealTimers());

  it('volunteers do not see it', async () => {
    m.profile.mockResolvedValue(volunteerProfile);
    render(App);
    await flush();
    await flush();
    expect(byId('nav-heute')).toBeTruthy();
    expect(screen.queryByTestId('nav-reports')).toBeNull();
  });

  it('workers and leads open it from the navigation, in the order of the product', async () => {
    m.profile.mockResolvedValue({ ...workerProfile, role: 'lead' });
    render(App);
    await flush();
    await flush();
    const items = [...document.querySelectorAll<HTMLElement>('nav [data-testid^="nav-"]')].map((b) => b.dataset.testid);
    expect(items).toEqual(['nav-heute', 'nav-journal', 'nav-persons', 'nav-sites', 'nav-activities', 'nav-reports', 'nav-austausch', 'nav-settings']);
    byId('nav-reports').click();
    await flush();
    expect(document.querySelector('[data-screen="berichte"]')).not.toBeNull();
    expect(byId('nav-reports').getAttribute('aria-current')).toBe('page');
    expect((byId('report-quarter') as HTMLSelectElement).value).toBe('2025-Q3');
  });
});
