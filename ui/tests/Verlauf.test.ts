import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Activity, Contact, JournalEntry } from '../src/lib/bindings';
import Verlauf from '../src/components/Verlauf.svelte';
import { formatDate } from '../src/lib/format';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { contact, plain, sites, vocabulary } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);

const activity: Activity = {
  id: 'a1', kind: 'repair-cafe', kind_ext: null, title: 'Repair-Café', date: '2025-11-19', start: '15:00', duration_min: null,
  site_id: 'site-park', site_name: 'Stadtpark', volunteers_count: 0, anonymous_count: 6, anonymous_age_band: null,
  anonymous_gender: null, note: null, attendees: [], facilitators: [{ id: 'w-ak', initials: 'AK', recorder: true }], total_attendance: 6, archived: false, revision: 1,
};
const first: JournalEntry[] = [
  { type: 'contact', ...contact({ id: 'c2', date: '2025-11-20', start: '10:15', kind: 'beratung', topics: ['wohnen'] }) },
  { type: 'activity', ...activity },
];
const second: JournalEntry[] = [{ type: 'contact', ...contact({ id: 'c1', date: '2025-11-18' }) }];

beforeEach(() => {
  applyLocale('de');
  resetApiMocks(api);
  m.listSites.mockResolvedValue(sites);
  m.journal.mockImplementation(async (q) =>
    q.after ? { entries: second, next: null } : { entries: first, next: { date: '2025-11-19', start: '15:00', id: 'a1' } },
  );
  m.deleteContact.mockResolvedValue(undefined);
});
afterEach(() => cleanup());

describe('Verlauf', () => {
  it('shows contacts and activities newest first, then older ones page by page', async () => {
    const user = userEvent.setup();
    render(Verlauf, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(2));
    const rows = screen.getAllByTestId('journal-entry');
    expect(rows.map((r) => r.dataset.type)).toEqual(['contact', 'activity']);
    expect(plain(rows[0].textContent)).toContain(t('contact-kind-beratung'));
    expect(plain(rows[0].textContent)).toContain(t('topic-wohnen'));
    expect(plain(rows[1].textContent)).toContain('Repair-Café');
    await user.click(byId('journal-older'));
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(3));
    expect(m.journal).toHaveBeenLastCalledWith(expect.objectContaining({ after: { date: '2025-11-19', start: '15:00', id: 'a1' } }));
    expect(screen.queryByTestId('journal-older')).toBeNull();
  });

  it('asks again with the filters chosen', async () => {
    const user = userEvent.setup();
    render(Verlauf, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(2));
    await vi.waitFor(() => expect((byId('journal-site') as HTMLSelectElement).options.length).toBe(sites.length + 1));
    await user.type(byId('journal-from'), '2025-11-01');
    await user.type(byId('journal-to'), '2025-11-30');
    await user.selectOptions(byId('journal-site'), sites[0].id);
    await user.selectOptions(byId('journal-kind'), 'repair-cafe');
    await user.selectOptions(byId('journal-topic'), 'wohnen');
    await user.click(byId('journal-show'));
    expect(m.journal).toHaveBeenLastCalledWith({
      limit: 50, from: '2025-11-01', to: '2025-11-30', site_id: sites[0].id, kind: 'repair-cafe', topic: 'wohnen',
    });
  });

  it('every contact opens for correcting: the changed duration and note are saved and shown', async () => {
    const user = userEvent.setup();
    m.editContact.mockImplementation(async ({ id, changes }) => ({ ...(first[0] as Contact), id, ...(changes as Partial<Contact>), revision: 2 }));
    render(Verlauf, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-edit')).toHaveLength(1));
    const row = screen.getAllByTestId('journal-entry')[0];
    expect(row.dataset.contact).toBe('c2');
    expect(plain(row.textContent)).toContain('10 Minuten');

    await user.click(within(row).getByTestId('contact-edit'));
    expect(byId('contact-edit').getAttribute('aria-expanded')).toBe('true');
    expect((byId('ce-duration') as HTMLInputElement).value).toBe('10');
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '35');
    await user.type(byId('ce-note'), 'Rückruf vereinbart');
    await user.click(byId('ce-save'));

    expect(m.editContact).toHaveBeenCalledWith({ id: 'c2', changes: { duration_min: 35, note: 'Rückruf vereinbart' } });
    await vi.waitFor(() => expect(screen.queryByTestId('contact-edit-form')).toBeNull());
    expect(plain(screen.getAllByTestId('journal-entry')[0].textContent)).toContain('35 Minuten');
    expect(plain(byId('journal-status').textContent)).toBe(t('rec-contact-saved'));
    // The focus is back on the button that opened the form; the list was not asked again.
    expect(document.activeElement).toBe(byId('contact-edit'));
    expect(m.journal).toHaveBeenCalledTimes(1);
  });

  it('a refused correction keeps the form open with what was typed', async () => {
    const user = userEvent.setup();
    m.editContact.mockRejectedValue({ code: 'error-date-in-future', args: { value: '2099-12-31' } });
    render(Verlauf, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-edit')).toHaveLength(1));
    await user.click(byId('contact-edit'));
    await user.clear(byId('ce-date'));
    await user.type(byId('ce-date'), '2099-12-31');
    await user.click(byId('ce-save'));
    await vi.waitFor(() => expect(byId('ce-error').textContent).toBe(t('error-date-in-future', { value: '2099-12-31' })));
    expect((byId('ce-date') as HTMLInputElement).value).toBe('2099-12-31');
    expect(plain(screen.getAllByTestId('journal-entry')[0].textContent)).toContain(formatDate('2025-11-20', 'de'));
  });

  it('deletes a contact from its form only after the question, and shows a refusal', async () => {
    const user = userEvent.setup();
    render(Verlauf, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-edit')).toHaveLength(1));
    await user.click(byId('contact-edit'));
    await user.click(byId('ce-delete'));
    await user.click(byId('ce-delete-cancel'));
    expect(m.deleteContact).not.toHaveBeenCalled();
    m.deleteContact.mockRejectedValueOnce({ code: 'error-locked', args: {} });
    await user.click(byId('ce-delete'));
    await user.click(byId('ce-delete-confirm'));
    await vi.waitFor(() => expect(byId('ce-delete-error')).toBeTruthy());
    expect(screen.getAllByTestId('journal-entry')).toHaveLength(2);
    await user.click(byId('ce-delete-confirm'));
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(1));
    expect(m.deleteContact).toHaveBeenLastCalledWith({ id: 'c2' });
    expect(screen.queryByTestId('contact-edit-form')).toBeNull();
    expect(plain(byId('journal-status').textContent)).toBe(t('contact-deleted'));
  });

  it('an activity opens for correcting and can be archived and taken back', async () => {
    const user = userEvent.setup();
    m.editActivity.mockImplementation(async ({ id, changes }) => ({ ...activity, id, ...(changes as Partial<Activity>), revision: 2 }));
    m.archiveActivity.mockImplementation(async ({ id, archived }) => ({ ...activity, id, archived }));
    render(Verlauf, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-edit')).toHaveLength(1));
    expect(screen.getAllByTestId('journal-entry')[1].dataset.activity).toBe('a1');

    await user.click(byId('activity-edit'));
    expect((byId('ae-title') as HTMLInputElement).value).toBe('Repair-Café');
    await user.clear(byId('ae-title'));
    await user.type(byId('ae-title'), 'Repair-Café im Park');
    await user.click(byId('ae-save'));
    expect(m.editActivity).toHaveBeenCalledWith({ id: 'a1', changes: { title: 'Repair-Café im Park' } });
    await vi.waitFor(() => expect(screen.queryByTestId('activity-edit-form')).toBeNull());
    expect(plain(screen.getAllByTestId('journal-entry')[1].textContent)).toContain('Repair-Café im Park');
    expect(plain(byId('journal-status').textContent)).toBe(plain(t('rec-activity-saved', { title: 'Repair-Café im Park' })));

    expect(screen.queryByTestId('activity-archived')).toBeNull();
    await user.click(byId('activity-archive'));
    expect(m.archiveActivity).toHaveBeenCalledWith({ id: 'a1', archived: true });
    await vi.waitFor(() => expect(byId('activity-archived')).toBeTruthy());
    expect(plain(byId('activity-archived').textContent)).toBe(t('rec-archived'));
    await user.click(byId('activity-unarchive'));
    expect(m.archiveActivity).toHaveBeenLastCalledWith({ id: 'a1', archived: false });
    await vi.waitFor(() => expect(screen.queryByTestId('activity-archived')).toBeNull());
  });
});
