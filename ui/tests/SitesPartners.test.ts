import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Partner, VisitSlot } from '../src/lib/bindings';
import Sites from '../src/components/Sites.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { partners, plain, sites, vocabulary } from './fixtures';

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
      id: 'pa-new', name: 'Moschee-Verein', kind: 'religionsgemeinschaft', district: null, address: null, contact_person: null,
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
