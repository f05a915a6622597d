import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Partner, PartnerPage, Site, SitePage, VisitSlot } from '../src/lib/bindings';
import Sites from '../src/components/Sites.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { partners, plain, referral, sites, vocabulary } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);

const slots: VisitSlot[] = [
  { id: 's2', site_id: 'site-kita-sonne', site_name: 'Kita Sonnenschein', weekday: 4, start: '14:00', end: '15:00' },
  { id: 's1', site_id: 'site-kita-sonne', site_name: 'Kita Sonnenschein', weekday: 2, start: '08:00', end: '10:00' },
  { id: 's3', site_id: 'site-jc', site_name: 'Jobcenter Mitte', weekday: 1, start: '09:00', end: '11:30' },
];

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  m.listSites.mockResolvedValue(sites);
  m.listPartners.mockResolvedValue(partners);
  m.listVisitSlots.mockResolvedValue(slots);
});
afterEach(() => cleanup());

describe('Einsatzorte & Partner', () => {
  it('lists the partners with kind, contact person and services', async () => {
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('partner-row')).toHaveLength(2));
    const first = plain(screen.getAllByTestId('partner-row')[0].textContent);
    expect(first).toContain('Tafel Nord');
    expect(first).toContain(t('partner-kind-verein'));
    expect(first).toContain('Frau Roth');
    expect(first).toContain('Lebensmittel');
    expect(first).toContain('Kleiderkammer');
  });

  it('adds a partner with comma-separated services', async () => {
    const user = userEvent.setup();
    const added: Partner = {
      id: 'pa-new', name: 'Moschee-Verein', kind: 'religionsgemeinschaft', kind_ext: null, district: null, address: null, contact_person: null,
      services: [{ id: 'sv-3', name: 'Sprachcafé', archived: false }, { id: 'sv-4', name: 'Hausaufgabenhilfe', archived: false }], archived: false, revision: 1,
    };
    m.listPartners.mockResolvedValueOnce(partners).mockResolvedValueOnce([...partners, added]);
    m.addPartner.mockResolvedValue(added);
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('partner-row')).toHaveLength(2));
    await user.type(byId('partner-name'), ' Moschee-Verein ');
    await user.selectOptions(byId('partner-kind'), 'religionsgemeinschaft');
    await user.type(byId('partner-contact'), 'Herr Demir');
    await user.type(byId('partner-services'), 'Sprachcafé, Hausaufgabenhilfe, ,Sprachcafé');
    await user.click(byId('partner-add'));
    expect(m.addPartner).toHaveBeenCalledWith({
      name: 'Moschee-Verein', kind: 'religionsgemeinschaft', district: null, address: null, contact_person: 'Herr Demir',
      services: ['Sprachcafé', 'Hausaufgabenhilfe'],
    });
    await vi.waitFor(() => expect(screen.getAllByTestId('partner-row')).toHaveLength(3));
    expect(plain(byId('partner-status').textContent)).toContain('Moschee-Verein');
    expect((byId('partner-services') as HTMLInputElement).value).toBe('');
  });

  it('shows an add_partner error', async () => {
    const user = userEvent.setup();
    m.addPartner.mockRejectedValue({ code: 'error-partner-exists', args: { name: 'Tafel Nord' } });
    render(Sites, { props: { vocabulary } });
    await user.type(byId('partner-name'), 'Tafel Nord');
    await user.click(byId('partner-add'));
    expect(byId('partner-error').textContent).toBe(t('error-partner-exists', { name: 'Tafel Nord' }));
  });

  it('lists visit slots per site, by weekday', async () => {
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('slot-row')).toHaveLength(3));
    const text = plain(byId('visit-slots').textContent);
    // Sites by name (Jobcenter before Kita), slots by weekday (Tuesday before Thursday).
    expect(text.indexOf('Jobcenter Mitte')).toBeLessThan(text.indexOf('Kita Sonnenschein'));
    const rows = screen.getAllByTestId('slot-row').map((r) => plain(r.textContent));
    expect(rows[0]).toContain(t('weekday-1'));
    expect(rows[1]).toContain(t('weekday-2'));
    expect(rows[1]).toContain('08:00');
    expect(rows[2]).toContain(t('weekday-4'));
  });

  it('adds a visit slot for a site and weekday', async () => {
    const user = userEvent.setup();
    m.addVisitSlot.mockResolvedValue({ id: 's4', site_id: 'site-park', site_name: 'Stadtpark', weekday: 3, start: '16:00', end: '18:00' });
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByRole('option', { name: 'Stadtpark' })).toHaveLength(1));
    await user.click(byId('slot-add'));
    expect(byId('slot-error').textContent).toBe(t('slots-error-site'));
    await user.selectOptions(byId('slot-site'), 'site-park');
    await user.click(byId('slot-add'));
    expect(byId('slot-error').textContent).toBe(t('slots-error-times'));
    await user.selectOptions(byId('slot-weekday'), t('weekday-3'));
    await fireEvent.input(byId('slot-start'), { target: { value: '16:00' } });
    await fireEvent.input(byId('slot-end'), { target: { value: '18:00' } });
    await user.click(byId('slot-add'));
    expect(m.addVisitSlot).toHaveBeenCalledWith({ site_id: 'site-park', weekday: 3, start: '16:00', end: '18:00' });
    await vi.waitFor(() => expect(plain(byId('slot-status').textContent)).toBe(t('slots-added')));
    expect(m.listVisitSlots).toHaveBeenCalledTimes(2);

    m.addVisitSlot.mockRejectedValue({ code: 'error-slot-end-before-start', args: { start: '18:00', end: '16:00' } });
    await fireEvent.input(byId('slot-start'), { target: { value: '18:00' } });
    await fireEvent.input(byId('slot-end'), { target: { value: '16:00' } });
    await user.click(byId('slot-add'));
    expect(byId('slot-error').textContent).toBe(t('error-slot-end-before-start', { start: '18:00', end: '16:00' }));
  });

  it('volunteers see the directory but no forms for partners and visit slots', async () => {
    render(Sites, { props: { vocabulary, volunteer: true } });
    await vi.waitFor(() => expect(screen.getAllByTestId('partner-row')).toHaveLength(2));
    expect(screen.queryByTestId('partner-add-form')).toBeNull();
    expect(screen.queryByTestId('slot-add-form')).toBeNull();
  });
});

const archivedSite: Site = {
  id: 'site-alt', name: 'Altes Gemeindehaus', kind: 'quartierszentrum', district: 'Süd', address: null, contact_person: null, archived: true, revision: 4, kind_ext: null,
};
const jobcenter = sites[0];

function sitePage(site: Site = jobcenter, over: Partial<SitePage> = {}): SitePage {
  return {
    site,
    visit_slots: slots.filter((s) => s.site_id === site.id),
    months: [
      { month: '2025-09', contacts: 12, minutes: 340 },
      { month: '2025-10', contacts: 7, minutes: 95 },
    ],
    total_contacts: 19,
    ...over,
  };
}

/** A row of a directory table by record id. */
const row = (attr: 'site' | 'partner', id: string) => document.querySelector<HTMLElement>(`[data-testid="${attr}-row"][data-${attr}="${id}"]`)!;

async function openSite(user: ReturnType<typeof userEvent.setup>, id = jobcenter.id) {
  await vi.waitFor(() => expect(row('site', id)).not.toBeNull());
  await user.click(within(row('site', id)).getByTestId('site-open'));
  await vi.waitFor(() => expect(byId('site-view')).toBeTruthy());
}

describe('Einsatzorte: korrigieren und archivieren', () => {
  beforeEach(() => {
    m.allSites.mockResolvedValue([...sites, archivedSite]);
    m.sitePage.mockImplementation(async ({ id }) => sitePage(id === archivedSite.id ? archivedSite : sites.find((s) => s.id === id)));
  });

  it('lists archived sites apart, under "Archiv", marked, and keeps them out of the slot picker', async () => {
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(byId('site-archived-list')).toBeTruthy());
    expect(plain(byId('site-list').textContent)).not.toContain('Altes Gemeindehaus');
    const archived = plain(byId('site-archived-list').textContent);
    expect(archived).toContain('Altes Gemeindehaus');
    expect(archived).toContain(t('dir-archived'));
    expect(screen.getByRole('heading', { name: t('dir-archive-heading') })).toBeTruthy();
    expect(plain(byId('site-list').textContent)).not.toContain(t('dir-archived'));
    // Only sites in use can get a new visit slot.
    const options = within(byId('slot-site')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Stadtpark');
    expect(options).not.toContain('Altes Gemeindehaus');
  });

  it('adds a site with address and contact person', async () => {
    const user = userEvent.setup();
    m.addSite.mockResolvedValue({ ...jobcenter, id: 'n1', name: 'Familienzentrum West' });
    render(Sites, { props: { vocabulary } });
    await user.type(byId('site-name'), 'Familienzentrum West');
    await user.selectOptions(byId('site-kind'), 'kita');
    await user.type(byId('site-address'), ' Westring 4 ');
    await user.type(byId('site-contact'), 'Frau Öztürk');
    await user.click(byId('site-add'));
    expect(m.addSite).toHaveBeenCalledWith({
      name: 'Familienzentrum West', kind: 'kita', district: null, address: 'Westring 4', contact_person: 'Frau Öztürk',
    });
    await vi.waitFor(() => expect((byId('site-address') as HTMLInputElement).value).toBe(''));
    expect((byId('site-contact') as HTMLInputElement).value).toBe('');
  });

  it("offers the programme's own site kinds and sends one by its id (the core keeps the kind it refines)", async () => {
    const user = userEvent.setup();
    m.vocabExtensions.mockResolvedValue([
      {
        kind: 'site-kind', id: 'notunterkunft', parent: 'sonstiges',
        labels: { de: 'Notunterkunft', en: 'Emergency shelter', tr: 'Acil barınak', ar: 'مأوى طوارئ', uk: 'Притулок' },
      },
    ]);
    m.addSite.mockResolvedValue({ ...jobcenter, id: 'n2', name: 'Hafen', kind: 'sonstiges', kind_ext: 'notunterkunft' });
    render(Sites, { props: { vocabulary } });
    const kind = byId('site-kind') as HTMLSelectElement;
    await vi.waitFor(() => expect([...kind.options].map((o) => plain(o.textContent))).toContain('Notunterkunft'));
    await user.type(byId('site-name'), 'Hafen');
    await user.selectOptions(kind, 'notunterkunft');
    await user.click(byId('site-add'));
    expect(m.addSite).toHaveBeenCalledWith(expect.objectContaining({ name: 'Hafen', kind: 'notunterkunft' }));
    expect(m.addSite.mock.calls[0][0]).not.toHaveProperty('kind_ext');
  });

  it("suggests the programme's districts and shows Rust's refusal of one the list does not know", async () => {
    const user = userEvent.setup();
    m.districts.mockResolvedValue([
      { id: 'd1', name: 'Handwerkerviertel', archived: false },
      { id: 'd2', name: 'Nordend', archived: false },
    ]);
    m.addSite.mockRejectedValue({ code: 'error-district-unknown', args: { name: 'Oststadt' } });
    render(Sites, { props: { vocabulary } });
    const list = await vi.waitFor(() => byId('site-district-list'));
    expect(byId('site-district').getAttribute('list')).toBe(list.id);
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['Handwerkerviertel', 'Nordend']);
    await user.type(byId('site-name'), 'Treff Ost');
    await user.type(byId('site-district'), 'Oststadt');
    await user.click(byId('site-add'));
    expect(m.addSite).toHaveBeenCalledWith(expect.objectContaining({ district: 'Oststadt' }));
    await vi.waitFor(() => expect(plain(document.body.textContent)).toContain(plain(t('error-district-unknown', { name: 'Oststadt' }))));
  });

  it('puts a new site into the programme chosen, and offers no choice without programmes', async () => {
    const user = userEvent.setup();
    m.addSite.mockResolvedValue({ ...jobcenter, id: 'n2', name: 'Garten' });
    const first = render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(m.programmes).toHaveBeenCalled());
    expect(screen.queryByTestId('site-programme')).toBeNull();
    first.unmount();

    m.programmes.mockResolvedValue([{ id: 'p-honjok', name: 'Honjok', archived: false }]);
    render(Sites, { props: { vocabulary } });
    const select = (await vi.waitFor(() => byId('site-programme'))) as HTMLSelectElement;
    expect(select.value).toBe('');
    await user.type(byId('site-name'), 'Garten');
    await user.selectOptions(select, 'p-honjok');
    await user.click(byId('site-add'));
    expect(m.addSite).toHaveBeenCalledWith({ name: 'Garten', kind: 'kita', district: null, programme: 'p-honjok' });
  });

  it('has no suggestions without a list of districts', async () => {
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(m.districts).toHaveBeenCalled());
    expect(byId('site-district').getAttribute('list')).toBeNull();
    expect(screen.queryByTestId('site-district-list')).toBeNull();
  });

  it('opens a site with its details, visits and contacts per month', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary } });
    await openSite(user, 'site-kita-sonne');
    expect(m.sitePage).toHaveBeenCalledWith({ id: 'site-kita-sonne' });
    const view = byId('site-view');
    expect(view.getAttribute('data-site')).toBe('site-kita-sonne');
    expect(within(view).getByRole('heading', { level: 2 }).textContent).toBe('Kita Sonnenschein');
    expect(document.activeElement).toBe(within(view).getByRole('heading', { level: 2 }));
    expect((byId('site-edit-name') as HTMLInputElement).value).toBe('Kita Sonnenschein');
    expect((byId('site-edit-kind') as HTMLSelectElement).value).toBe('kita');
    expect((byId('site-edit-district') as HTMLInputElement).value).toBe('Nordend');
    expect(within(view).getAllByTestId('slot-row')).toHaveLength(2);

    const months = within(byId('site-months'));
    const rows = months.getAllByTestId('site-month');
    expect(rows.map((r) => r.getAttribute('data-month'))).toEqual(['2025-09', '2025-10']);
    const cells = (r: HTMLElement) => [...r.querySelectorAll('th, td')].map((c) => plain(c.textContent));
    expect(cells(rows[0])).toEqual(['September 2025', '12', '340']);
    expect(cells(rows[1])).toEqual(['Oktober 2025', '7', '95']);
    expect(byId('site-months-total').textContent).toBe('19');
    expect(months.getByRole('columnheader', { name: t('dir-contacts') })).toBeTruthy();

    await user.click(byId('site-close'));
    expect(screen.queryByTestId('site-view')).toBeNull();
    expect(document.activeElement).toBe(within(row('site', 'site-kita-sonne')).getByTestId('site-open'));
  });

  it("names a site of the programme's own kind with its label in the current language", async () => {
    const user = userEvent.setup();
    const shelter: Site = { ...sites[3], id: 'site-ha', name: 'Notunterkunft Hafen', kind: 'sonstiges', kind_ext: 'notunterkunft' };
    m.allSites.mockResolvedValue([...sites, shelter]);
    m.listSites.mockResolvedValue([...sites, shelter]);
    m.vocabExtensions.mockResolvedValue([
      {
        kind: 'site-kind', id: 'notunterkunft', parent: 'sonstiges',
        labels: { de: 'Notunterkunft', en: 'Emergency shelter', tr: 'Acil barınak', ar: 'مأوى طوارئ', uk: 'Притулок' },
      },
    ]);
    m.sitePage.mockResolvedValue(sitePage(shelter));
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(plain(within(row('site', 'site-ha')).getByTestId('site-kind-cell').textContent)).toBe('Notunterkunft'));
    expect(plain(within(row('site', 'site-jc')).getByTestId('site-kind-cell').textContent)).toBe(t('site-kind-jobcenter'));
    await openSite(user, 'site-ha');
    expect(plain(byId('site-own-kind').textContent)).toBe(plain(t('dir-own-kind', { kind: 'Notunterkunft' })));
  });

  it('lets the lead merge a site into another after the question naming both, and nobody else', async () => {
    const user = userEvent.setup();
    const worker = render(Sites, { props: { vocabulary } });
    await openSite(user, 'site-kita-sonne');
    expect(screen.queryByTestId('site-merge')).toBeNull();
    worker.unmount();

    m.mergeSite.mockResolvedValue(jobcenter);
    render(Sites, { props: { vocabulary, lead: true } });
    await openSite(user, 'site-kita-sonne');
    const into = byId('site-merge-into') as HTMLSelectElement;
    // The other sites in use, never the site itself.
    expect([...into.options].map((o) => o.value)).not.toContain('site-kita-sonne');
    await user.click(byId('site-merge-ask'));
    await vi.waitFor(() => expect(plain(byId('site-merge-error').textContent)).toBe(plain(t('sites-merge-choose'))));
    await user.selectOptions(into, jobcenter.id);
    await user.click(byId('site-merge-ask'));
    expect(plain(byId('site-merge-question').textContent)).toContain(
      plain(t('sites-merge-question', { name: 'Kita Sonnenschein', into: jobcenter.name })),
    );
    expect(m.mergeSite).not.toHaveBeenCalled();
    const loads = m.allSites.mock.calls.length;
    await user.click(byId('site-merge-yes'));
    expect(m.mergeSite).toHaveBeenCalledWith({ id: 'site-kita-sonne', into: jobcenter.id });
    await vi.waitFor(() => expect(m.allSites.mock.calls.length).toBeGreaterThan(loads));
  });

  it('says so when a site has no contacts yet', async () => {
    const user = userEvent.setup();
    m.sitePage.mockResolvedValue(sitePage(jobcenter, { months: [], total_contacts: 0 }));
    render(Sites, { props: { vocabulary } });
    await openSite(user);
    expect(screen.queryByTestId('site-months')).toBeNull();
    expect(byId('site-months-empty').textContent).toBe(t('dir-months-empty'));
  });

  it('sends only the changed fields, trimmed (an emptied one as ""), and shows the new name', async () => {
    const user = userEvent.setup();
    const renamed: Site = { ...jobcenter, name: 'Jobcenter Nord', district: null, contact_person: 'Herr Bauer', revision: 2 };
    m.editSite.mockResolvedValue(renamed);
    render(Sites, { props: { vocabulary } });
    await openSite(user);
    m.allSites.mockResolvedValue([renamed, ...sites.slice(1), archivedSite]);
    m.sitePage.mockResolvedValue(sitePage(renamed));
    await user.clear(byId('site-edit-name'));
    await user.type(byId('site-edit-name'), '  Jobcenter Nord ');
    await user.clear(byId('site-edit-district'));
    await user.type(byId('site-edit-contact'), ' Herr Bauer');
    await user.click(byId('site-edit-save'));
    expect(m.editSite).toHaveBeenCalledWith({
      id: 'site-jc', changes: { name: 'Jobcenter Nord', district: '', contact_person: 'Herr Bauer' },
    });
    await vi.waitFor(() => expect(plain(byId('site-edit-status').textContent)).toBe(t('dir-saved')));
    expect(plain(row('site', 'site-jc').textContent)).toContain('Jobcenter Nord');
    expect(within(byId('site-view')).getByRole('heading', { level: 2 }).textContent).toBe('Jobcenter Nord');
    expect((byId('site-edit-name') as HTMLInputElement).value).toBe('Jobcenter Nord');
  });

  it('sends nothing when nothing changed', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary } });
    await openSite(user);
    await user.type(byId('site-edit-name'), '  ');
    await user.click(byId('site-edit-save'));
    expect(m.editSite).not.toHaveBeenCalled();
    expect(plain(byId('site-edit-status').textContent)).toBe(t('dir-unchanged'));
  });

  it('shows a refused correction in the language of the UI and keeps what was typed', async () => {
    const user = userEvent.setup();
    m.editSite.mockRejectedValue({ code: 'error-site-exists', args: { name: 'Stadtpark' } });
    render(Sites, { props: { vocabulary } });
    await openSite(user);
    const loads = m.allSites.mock.calls.length;
    await user.clear(byId('site-edit-name'));
    await user.type(byId('site-edit-name'), 'Stadtpark');
    await user.selectOptions(byId('site-edit-kind'), 'oeffentlicher-raum');
    await user.click(byId('site-edit-save'));
    expect(m.editSite).toHaveBeenCalledWith({ id: 'site-jc', changes: { name: 'Stadtpark', kind: 'oeffentlicher-raum' } });
    await vi.waitFor(() => expect(byId('site-edit-error').textContent).toBe(t('error-site-exists', { name: 'Stadtpark' })));
    expect(byId('site-edit-error').getAttribute('role')).toBe('alert');
    expect((byId('site-edit-name') as HTMLInputElement).value).toBe('Stadtpark');
    expect((byId('site-edit-kind') as HTMLSelectElement).value).toBe('oeffentlicher-raum');
    expect(m.allSites.mock.calls.length).toBe(loads);
  });

  it('archives a site into the archive section and takes it back', async () => {
    const user = userEvent.setup();
    const archived: Site = { ...jobcenter, archived: true, revision: 2 };
    m.archiveSite.mockResolvedValue(archived);
    render(Sites, { props: { vocabulary } });
    await openSite(user);
    m.allSites.mockResolvedValue([...sites.slice(1), archived, archivedSite]);
    m.sitePage.mockResolvedValue(sitePage(archived, { visit_slots: [] }));
    await user.click(byId('site-archive'));
    expect(m.archiveSite).toHaveBeenCalledWith({ id: 'site-jc', archived: true });
    await vi.waitFor(() => expect(plain(byId('site-archived-list').textContent)).toContain('Jobcenter Mitte'));
    expect(plain(byId('site-list').textContent)).not.toContain('Jobcenter Mitte');
    expect(plain(byId('site-archive-status').textContent)).toBe(plain(t('dir-archived-status', { name: 'Jobcenter Mitte' })));
    expect(byId('site-view-archived').textContent).toBe(t('dir-archived'));
    expect(screen.queryByTestId('site-archive')).toBeNull();

    m.archiveSite.mockResolvedValue({ ...jobcenter, revision: 3 });
    m.allSites.mockResolvedValue([...sites, archivedSite]);
    m.sitePage.mockResolvedValue(sitePage({ ...jobcenter, revision: 3 }));
    await user.click(byId('site-unarchive'));
    expect(m.archiveSite).toHaveBeenLastCalledWith({ id: 'site-jc', archived: false });
    await vi.waitFor(() => expect(plain(byId('site-list').textContent)).toContain('Jobcenter Mitte'));
    expect(plain(byId('site-archived-list').textContent)).not.toContain('Jobcenter Mitte');
    expect(screen.queryByTestId('site-view-archived')).toBeNull();
  });

  it('moves a visit slot in place, and keeps the form on a refusal', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary } });
    await openSite(user, 'site-kita-sonne');
    const view = within(byId('site-view'));
    m.editVisitSlot.mockRejectedValueOnce({ code: 'error-slot-end-before-start', args: { start: '11:00', end: '09:00' } });
    await user.click(view.getAllByTestId('slot-edit')[0]);
    expect((view.getByTestId('slot-edit-weekday') as HTMLSelectElement).value).toBe('2');
    expect((view.getByTestId('slot-edit-start') as HTMLInputElement).value).toBe('08:00');
    await user.selectOptions(view.getByTestId('slot-edit-weekday'), t('weekday-3'));
    await fireEvent.input(view.getByTestId('slot-edit-start'), { target: { value: '11:00' } });
    await fireEvent.input(view.getByTestId('slot-edit-end'), { target: { value: '09:00' } });
    await user.click(view.getByTestId('slot-edit-save'));
    expect(m.editVisitSlot).toHaveBeenCalledWith({ id: 's1', weekday: 3, start: '11:00', end: '09:00' });
    await vi.waitFor(() =>
      expect(view.getByTestId('slot-edit-error').textContent).toBe(t('error-slot-end-before-start', { start: '11:00', end: '09:00' })),
    );
    expect((view.getByTestId('slot-edit-start') as HTMLInputElement).value).toBe('11:00');

    const moved: VisitSlot = { ...slots[1], weekday: 3, start: '11:00', end: '12:00' };
    m.editVisitSlot.mockResolvedValueOnce(moved);
    m.listVisitSlots.mockResolvedValue([slots[0], moved, slots[2]]);
    m.sitePage.mockResolvedValue(sitePage(sites[1], { visit_slots: [moved, slots[0]] }));
    await fireEvent.input(view.getByTestId('slot-edit-end'), { target: { value: '12:00' } });
    await user.click(view.getByTestId('slot-edit-save'));
    expect(m.editVisitSlot).toHaveBeenLastCalledWith({ id: 's1', weekday: 3, start: '11:00', end: '12:00' });
    await vi.waitFor(() => expect(view.queryByTestId('slot-edit-form')).toBeNull());
    expect(plain(view.getAllByTestId('slot-row')[0].textContent)).toContain(t('weekday-3'));
    expect(plain(view.getAllByTestId('slot-row')[0].textContent)).toContain('11:00');
    expect(plain(view.getByTestId('slot-saved-status').textContent)).toBe(t('dir-slot-saved'));
    // The overview of every site's visits was reloaded too.
    const overview = plain(byId('visit-slots').textContent);
    expect(overview).toContain(t('weekday-3'));
    expect(document.activeElement?.getAttribute('data-testid')).toBe('slot-edit');
  });

  it('volunteers see a site but cannot correct or archive it', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary, volunteer: true } });
    await openSite(user, 'site-kita-sonne');
    expect(screen.queryByTestId('site-edit-form')).toBeNull();
    expect(screen.queryByTestId('site-archive')).toBeNull();
    expect(screen.queryByTestId('slot-edit')).toBeNull();
    expect(plain(byId('site-details').textContent)).toContain('Nordend');
    expect(byId('site-months')).toBeTruthy();
  });
});

describe('Netzwerkpartner: korrigieren, archivieren, Angebote, Vermittlungen', () => {
  const tafel = partners[0];
  const archivedPartner: Partner = {
    id: 'pa-alt', name: 'Stadtteilbüro Alt', kind: 'quartiersmanagement', kind_ext: null, district: null, address: null, contact_person: null,
    services: [], archived: true, revision: 2,
  };
  const page = (partner: Partner = tafel, over: Partial<PartnerPage> = {}): PartnerPage => ({
    partner,
    referrals: [
      referral({ id: 'r2', status: 'vereinbart', created_at: '2025-11-12T10:00:00Z', pseudonym: 'AB-1955', service_name: 'Kleiderkammer' }),
      referral({ id: 'r1', pseudonym: null, person_id: null, service_id: null, service_name: null }),
    ],
    ...over,
  });

  async function openPartner(user: ReturnType<typeof userEvent.setup>, id = tafel.id) {
    await vi.waitFor(() => expect(row('partner', id)).not.toBeNull());
    await user.click(within(row('partner', id)).getByTestId('partner-open'));
    await vi.waitFor(() => expect(byId('partner-view')).toBeTruthy());
  }

  beforeEach(() => {
    m.allPartners.mockResolvedValue([...partners, archivedPartner]);
    m.partnerPage.mockImplementation(async ({ id }) => page([...partners, archivedPartner].find((p) => p.id === id)));
  });

  it('lists archived partners apart', async () => {
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(byId('partner-archived-list')).toBeTruthy());
    expect(plain(byId('partner-archived-list').textContent)).toContain('Stadtteilbüro Alt');
    expect(plain(byId('partner-list').textContent)).not.toContain('Stadtteilbüro Alt');
    expect(plain(document.getElementById('partners-heading')?.textContent)).toBe(plain(t('partners-heading', { count: 2 })));
  });

  it('lets the lead merge a partner into another in use after the question, and nobody else', async () => {
    const user = userEvent.setup();
    const worker = render(Sites, { props: { vocabulary } });
    await openPartner(user);
    expect(screen.queryByTestId('partner-merge')).toBeNull();
    worker.unmount();

    const other = partners.find((p) => p.id !== tafel.id) as Partner;
    m.mergePartner.mockResolvedValue(other);
    render(Sites, { props: { vocabulary, lead: true } });
    await openPartner(user);
    const into = byId('partner-merge-into') as HTMLSelectElement;
    // The other partners in use: never itself, never an archived one.
    expect([...into.options].map((o) => o.value)).toEqual(['', other.id]);
    await user.click(byId('partner-merge-ask'));
    await vi.waitFor(() => expect(plain(byId('partner-merge-error').textContent)).toBe(plain(t('partners-merge-choose'))));
    await user.selectOptions(into, other.id);
    await user.click(byId('partner-merge-ask'));
    expect(plain(byId('partner-merge-question').textContent)).toContain(
      plain(t('partners-merge-question', { name: tafel.name, into: other.name })),
    );
    expect(m.mergePartner).not.toHaveBeenCalled();
    await user.click(byId('partner-merge-yes'));
    expect(m.mergePartner).toHaveBeenCalledWith({ id: tafel.id, into: other.id });
    await vi.waitFor(() =>
      expect(plain(byId('partner-merge-status').textContent)).toBe(plain(t('partners-merged', { name: tafel.name, into: other.name }))),
    );
  });

  it('shows the referrals to a partner with date, pseudonym, service and status', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary } });
    await openPartner(user);
    expect(m.partnerPage).toHaveBeenCalledWith({ id: 'pa-tafel' });
    const rows = within(byId('partner-referrals')).getAllByTestId('partner-referral').map((r) => plain(r.textContent));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('12. Nov. 2025');
    expect(rows[0]).toContain('AB-1955');
    expect(rows[0]).toContain('Kleiderkammer');
    expect(rows[0]).toContain(t('referral-status-vereinbart'));
    expect(rows[1]).toContain(t('referral-status-vorgeschlagen'));
    expect(rows[1]).not.toContain('MK-1980');
  });

  it('corrects a partner with only the changed fields', async () => {
    const user = userEvent.setup();
    const edited: Partner = { ...tafel, contact_person: null, address: 'Nordstraße 1', revision: 2 };
    m.editPartner.mockResolvedValue(edited);
    render(Sites, { props: { vocabulary } });
    await openPartner(user);
    expect((byId('partner-edit-contact') as HTMLInputElement).value).toBe('Frau Roth');
    m.allPartners.mockResolvedValue([edited, partners[1], archivedPartner]);
    m.partnerPage.mockResolvedValue(page(edited));
    await user.clear(byId('partner-edit-contact'));
    await user.type(byId('partner-edit-address'), 'Nordstraße 1 ');
    await user.click(byId('partner-edit-save'));
    expect(m.editPartner).toHaveBeenCalledWith({ id: 'pa-tafel', changes: { address: 'Nordstraße 1', contact_person: '' } });
    await vi.waitFor(() => expect(plain(byId('partner-edit-status').textContent)).toBe(t('dir-saved')));
    expect(plain(row('partner', 'pa-tafel').textContent)).not.toContain('Frau Roth');
  });

  it('archives a partner and takes it back', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary } });
    await openPartner(user);
    const archived = { ...tafel, archived: true, revision: 2 };
    m.archivePartner.mockResolvedValue(archived);
    m.allPartners.mockResolvedValue([partners[1], archived, archivedPartner]);
    m.partnerPage.mockResolvedValue(page(archived));
    await user.click(byId('partner-archive'));
    expect(m.archivePartner).toHaveBeenCalledWith({ id: 'pa-tafel', archived: true });
    await vi.waitFor(() => expect(plain(byId('partner-archived-list').textContent)).toContain('Tafel Nord'));
    await user.click(byId('partner-unarchive'));
    expect(m.archivePartner).toHaveBeenLastCalledWith({ id: 'pa-tafel', archived: false });
  });

  it('adds, renames and archives services', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary } });
    await openPartner(user);
    const view = within(byId('partner-view'));

    const added: Partner = { ...tafel, services: [...tafel.services, { id: 'sv-9', name: 'Sozialberatung', archived: false }] };
    m.addService.mockResolvedValue(added);
    m.partnerPage.mockResolvedValue(page(added));
    await user.type(view.getByTestId('service-add-name'), ' Sozialberatung ');
    await user.click(view.getByTestId('service-add'));
    expect(m.addService).toHaveBeenCalledWith({ partner_id: 'pa-tafel', name: 'Sozialberatung' });
    await vi.waitFor(() => expect(view.getAllByTestId('service-row')).toHaveLength(3));
    expect(plain(view.getByTestId('service-status').textContent)).toBe(plain(t('dir-service-added', { name: 'Sozialberatung' })));
    expect((view.getByTestId('service-add-name') as HTMLInputElement).value).toBe('');

    // A refused rename keeps the form as typed.
    m.editService.mockRejectedValueOnce({ code: 'error-service-exists', args: { name: 'Lebensmittel' } });
    await user.click(view.getAllByTestId('service-rename')[1]);
    expect(document.activeElement).toBe(view.getByTestId('service-rename-name'));
    await user.clear(view.getByTestId('service-rename-name'));
    await user.type(view.getByTestId('service-rename-name'), 'Lebensmittel');
    await user.click(view.getByTestId('service-rename-save'));
    expect(m.editService).toHaveBeenCalledWith({ id: 'sv-2', name: 'Lebensmittel' });
    await vi.waitFor(() => expect(view.getByTestId('service-error').textContent).toBe(t('error-service-exists', { name: 'Lebensmittel' })));
    expect((view.getByTestId('service-rename-name') as HTMLInputElement).value).toBe('Lebensmittel');

    const renamed: Partner = { ...added, services: added.services.map((s) => (s.id === 'sv-2' ? { ...s, name: 'Kleiderstube' } : s)) };
    m.editService.mockResolvedValueOnce(renamed);
    m.partnerPage.mockResolvedValue(page(renamed));
    await user.clear(view.getByTestId('service-rename-name'));
    await user.type(view.getByTestId('service-rename-name'), 'Kleiderstube ');
    await user.click(view.getByTestId('service-rename-save'));
    expect(m.editService).toHaveBeenLastCalledWith({ id: 'sv-2', name: 'Kleiderstube' });
    await vi.waitFor(() => expect(view.queryByTestId('service-rename-form')).toBeNull());
    expect(plain(view.getAllByTestId('service-row')[1].textContent)).toContain('Kleiderstube');
    expect(plain(view.getByTestId('service-status').textContent)).toBe(plain(t('dir-service-renamed', { name: 'Kleiderstube' })));

    const archived: Partner = { ...renamed, services: renamed.services.map((s) => (s.id === 'sv-1' ? { ...s, archived: true } : s)) };
    m.archiveService.mockResolvedValue(archived);
    m.partnerPage.mockResolvedValue(page(archived));
    m.allPartners.mockResolvedValue([archived, partners[1], archivedPartner]);
    await user.click(view.getAllByTestId('service-archive')[0]);
    expect(m.archiveService).toHaveBeenCalledWith({ id: 'sv-1', archived: true });
    await vi.waitFor(() => expect(plain(view.getAllByTestId('service-row')[0].textContent)).toContain(t('dir-archived')));
    expect(within(view.getAllByTestId('service-row')[0]).getByTestId('service-unarchive')).toBeTruthy();
    // The directory shows only the services still offered.
    expect(plain(row('partner', 'pa-tafel').textContent)).not.toContain('Lebensmittel');
  });

  it('volunteers see services and referrals but no controls', async () => {
    const user = userEvent.setup();
    render(Sites, { props: { vocabulary, volunteer: true } });
    await openPartner(user);
    expect(screen.queryByTestId('partner-edit-form')).toBeNull();
    expect(screen.queryByTestId('partner-archive')).toBeNull();
    expect(screen.queryByTestId('service-add-form')).toBeNull();
    expect(screen.queryByTestId('service-rename')).toBeNull();
    expect(screen.queryByTestId('service-archive')).toBeNull();
    expect(screen.getAllByTestId('service-row')).toHaveLength(2);
    expect(within(byId('partner-referrals')).getAllByTestId('partner-referral')).toHaveLength(2);
  });
});

describe('Einsatzorte: the lead\'s programmes and districts', () => {
  it('is only on the lead\'s device', async () => {
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(m.allSites).toHaveBeenCalled());
    expect(screen.queryByTestId('lead-lists')).toBeNull();
  });

  it('lists both, adds a programme and a district and reads the lists again', async () => {
    const user = userEvent.setup();
    // The list as Rust holds it: the programme is there once it was added.
    m.programmes.mockImplementation(async () =>
      m.addProgramme.mock.calls.length > 0 ? [{ id: 'p1', name: 'Zweite Chance', archived: false }] : [],
    );
    m.districts.mockResolvedValue([{ id: 'd1', name: 'Nordend', archived: false }]);
    m.addProgramme.mockResolvedValue({ id: 'p1', name: 'Zweite Chance', archived: false });
    m.addDistrict.mockRejectedValue({ code: 'error-district-exists', args: { name: 'Nordend' } });
    render(Sites, { props: { vocabulary, lead: true } });
    await vi.waitFor(() => expect(plain(byId('district-list').textContent)).toBe('Nordend'));
    expect(plain(byId('programme-list').textContent)).toBe(plain(t('lists-programmes-empty')));
    // An empty name: said here, nothing sent.
    await user.click(byId('programme-add'));
    await vi.waitFor(() => expect(plain(byId('programme-error').textContent)).toBe(plain(t('lists-name-required'))));
    expect(m.addProgramme).not.toHaveBeenCalled();
    await user.type(byId('programme-name'), ' Zweite Chance ');
    await user.click(byId('programme-add'));
    expect(m.addProgramme).toHaveBeenCalledWith({ name: 'Zweite Chance' });
    await vi.waitFor(() => expect(plain(byId('programme-list').textContent)).toBe('Zweite Chance'));
    expect((byId('programme-name') as HTMLInputElement).value).toBe('');
    // Rust's refusal, localized; the field keeps what was typed.
    await user.type(byId('district-name'), 'nordend');
    await user.click(byId('district-add'));
    await vi.waitFor(() => expect(plain(byId('district-error').textContent)).toBe(plain(t('error-district-exists', { name: 'Nordend' }))));
    expect((byId('district-name') as HTMLInputElement).value).toBe('nordend');
  });
});
