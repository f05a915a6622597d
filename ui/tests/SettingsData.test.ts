import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { AuditEntry, RetentionPeriod } from '../src/lib/bindings';
import Settings from '../src/components/Settings.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { plain, vocabulary } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);

const rows: RetentionPeriod[] = [
  { category: 'closed-persons', years: null, due: null, cutoff: null },
  { category: 'notes', years: 3, due: 12, cutoff: '2022-11-21' },
  { category: 'done-followups', years: 1, due: 0, cutoff: '2024-11-21' },
  { category: 'closed-referrals', years: null, due: null, cutoff: null },
];

function entries(from: number, count: number): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: from - i, at: '2025-11-21T09:30:00.000000Z', actor: 'w-1', actor_initials: 'AK', action: i % 2 ? 'view' : 'erase',
    entity: 'person', entity_id: `p-${from - i}`,
  }));
}

function rowOf(category: string): HTMLElement {
  const found = screen.getAllByTestId('retention-row').find((r) => plain(r.textContent).includes(t(`retention-category-${category}`)));
  if (!found) throw new Error(`no row ${category}`);
  return found;
}

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  m.retention.mockResolvedValue(rows);
  m.auditLog.mockResolvedValue(entries(250, 3));
});
afterEach(() => cleanup());

describe('Einstellungen: retention', () => {
  it('shows each category with its period and what is due', async () => {
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await vi.waitFor(() => expect(screen.getAllByTestId('retention-row')).toHaveLength(4));
    const notes = within(rowOf('notes'));
    expect((notes.getByTestId('retention-years') as HTMLInputElement).value).toBe('3');
    expect((notes.getByTestId('retention-none') as HTMLInputElement).checked).toBe(false);
    expect(plain(notes.getByTestId('retention-due').textContent)).toContain('12 Einträge');
    const persons = within(rowOf('closed-persons'));
    expect((persons.getByTestId('retention-none') as HTMLInputElement).checked).toBe(true);
    expect((persons.getByTestId('retention-years') as HTMLInputElement).disabled).toBe(true);
    expect(persons.queryByTestId('retention-apply')).toBeNull();
    expect(within(rowOf('done-followups')).queryByTestId('retention-apply')).toBeNull();
  });

  it('sets a period in years or no limit', async () => {
    const user = userEvent.setup();
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await vi.waitFor(() => expect(screen.getAllByTestId('retention-row')).toHaveLength(4));
    m.setRetention.mockResolvedValue(rows.map((r) => (r.category === 'closed-persons' ? { ...r, years: 10, due: 0, cutoff: '2015-11-21' } : r)));
    let row = within(rowOf('closed-persons'));
    await user.click(row.getByTestId('retention-none'));
    await user.type(row.getByTestId('retention-years'), '10');
    await user.click(row.getByTestId('retention-save'));
    expect(m.setRetention).toHaveBeenCalledWith({ category: 'closed-persons', years: 10 });
    await vi.waitFor(() => expect(plain(within(rowOf('closed-persons')).getByTestId('retention-status').textContent)).toBe(t('retention-saved')));

    m.setRetention.mockResolvedValue(rows.map((r) => (r.category === 'notes' ? { ...r, years: null, due: null, cutoff: null } : r)));
    row = within(rowOf('notes'));
    await user.click(row.getByTestId('retention-none'));
    await user.click(row.getByTestId('retention-save'));
    expect(m.setRetention).toHaveBeenLastCalledWith({ category: 'notes', years: null });
    await vi.waitFor(() => expect(within(rowOf('notes')).queryByTestId('retention-apply')).toBeNull());

    m.setRetention.mockRejectedValue({ code: 'error-invalid-retention-years', args: { min: '1', max: '100', value: '0' } });
    row = within(rowOf('done-followups'));
    await user.clear(row.getByTestId('retention-years'));
    await user.type(row.getByTestId('retention-years'), '0');
    await user.click(row.getByTestId('retention-save'));
    expect(row.getByTestId('retention-error').textContent).toBe(t('error-invalid-retention-years', { min: '1', max: '100', value: '0' }));
  });

  it('deletes due records only after confirmation', async () => {
    const user = userEvent.setup();
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await vi.waitFor(() => expect(screen.getAllByTestId('retention-row')).toHaveLength(4));
    const row = within(rowOf('notes'));
    await user.click(row.getByTestId('retention-apply'));
    expect(m.applyRetention).not.toHaveBeenCalled();
    expect(plain(rowOf('notes').textContent)).toContain('12 Einträge der Kategorie');
    await user.click(row.getByTestId('retention-apply-cancel'));
    expect(row.queryByTestId('retention-apply-confirm')).toBeNull();

    m.applyRetention.mockResolvedValue({
      erased: [{ category: 'notes', years: 2, cutoff: '2024-12-04', count: 12 }],
      periods: rows.map((r) => (r.category === 'notes' ? { ...r, due: 0 } : r)),
    });
    await user.click(row.getByTestId('retention-apply'));
    await user.click(row.getByTestId('retention-apply-confirm'));
    expect(m.applyRetention).toHaveBeenCalledWith({ categories: ['notes'] });
    await vi.waitFor(() => expect(plain(within(rowOf('notes')).getByTestId('retention-status').textContent)).toBe('12 Einträge gelöscht.'));
    expect(within(rowOf('notes')).queryByTestId('retention-apply')).toBeNull();
  });
});

describe('Einstellungen: Protokoll', () => {
  it('lists entries with localized action and entity and pages back with "older"', async () => {
    const user = userEvent.setup();
    m.auditLog.mockResolvedValueOnce(entries(250, 100)).mockResolvedValueOnce(entries(150, 20));
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await vi.waitFor(() => expect(screen.getAllByTestId('protocol-row')).toHaveLength(100));
    expect(m.auditLog).toHaveBeenCalledWith({ entity_id: null, before: null });
    const first = plain(screen.getAllByTestId('protocol-row')[0].textContent);
    expect(first).toContain('AK');
    expect(first).toContain(t('audit-action-erase'));
    expect(first).toContain(t('audit-entity-person'));
    expect(first).toContain('p-250');
    expect(first).toContain('2025');

    await user.click(byId('protocol-older'));
    expect(m.auditLog).toHaveBeenLastCalledWith({ entity_id: null, before: 151 });
    await vi.waitFor(() => expect(screen.getAllByTestId('protocol-row')).toHaveLength(120));
    // Fewer than a page: there is nothing older.
    expect(screen.queryByTestId('protocol-older')).toBeNull();
  });

  it('filters by record id', async () => {
    const user = userEvent.setup();
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await vi.waitFor(() => expect(screen.getAllByTestId('protocol-row')).toHaveLength(3));
    m.auditLog.mockResolvedValueOnce(entries(40, 1));
    await user.type(byId('protocol-entity'), ' p-40 ');
    await user.click(byId('protocol-filter'));
    expect(m.auditLog).toHaveBeenLastCalledWith({ entity_id: 'p-40', before: null });
    await vi.waitFor(() => expect(screen.getAllByTestId('protocol-row')).toHaveLength(1));
  });

  it('the export folder and schedule are in the settings too, and saved from there', async () => {
    const user = userEvent.setup();
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await vi.waitFor(() => expect((byId('export-schedule') as HTMLSelectElement).disabled).toBe(false));
    await user.selectOptions(byId('export-schedule'), 'weekly');
    await vi.waitFor(() => expect(m.setExportSchedule).toHaveBeenCalledWith({ schedule: 'weekly' }));
  });

  it('volunteers see neither retention nor the access log', async () => {
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5, volunteer: true } });
    await vi.waitFor(() => expect(m.profile).toHaveBeenCalled());
    expect(screen.queryByTestId('export-schedule')).toBeNull();
    expect(m.exportStatus).not.toHaveBeenCalled();
    expect(screen.queryByTestId('retention')).toBeNull();
    expect(screen.queryByTestId('audit-log')).toBeNull();
    expect(m.retention).not.toHaveBeenCalled();
    expect(m.auditLog).not.toHaveBeenCalled();
  });
});
