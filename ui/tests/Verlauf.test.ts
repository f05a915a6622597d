import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Activity, JournalEntry } from '../src/lib/bindings';
import Verlauf from '../src/components/Verlauf.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { contact, plain, sites, vocabulary } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);

const activity: Activity = {
  id: 'a1', kind: 'repair-cafe', title: 'Repair-Café', date: '2025-11-19', start: '15:00', duration_min: null,
  site_id: 'site-park', site_name: 'Stadtpark', volunteers_count: 0, anonymous_count: 6, anonymous_age_band: null,
  anonymous_gender: null, note: null, attendees: [], facilitators: ['AK'], total_attendance: 6, archived: false, revision: 1,
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

  it('deletes a contact only after the question, and shows a refusal', async () => {
    const user = userEvent.setup();
    render(Verlauf, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-delete')).toHaveLength(1));
    await user.click(byId('journal-delete'));
    await user.click(byId('journal-delete-cancel'));
    expect(m.deleteContact).not.toHaveBeenCalled();
    m.deleteContact.mockRejectedValueOnce({ code: 'error-locked', args: {} });
    await user.click(byId('journal-delete'));
    await user.click(byId('journal-delete-confirm'));
    await vi.waitFor(() => expect(byId('journal-delete-error')).toBeTruthy());
    expect(screen.getAllByTestId('journal-entry')).toHaveLength(2);
    await user.click(byId('journal-delete-confirm'));
    await vi.waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(1));
    expect(m.deleteContact).toHaveBeenLastCalledWith({ id: 'c2' });
  });
});
