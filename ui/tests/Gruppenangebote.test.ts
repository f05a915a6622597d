import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Activity, TeamMember } from '../src/lib/bindings';
import Gruppenangebote from '../src/components/Gruppenangebote.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { personSummaries, plain, sites, vocabulary } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);

const activity = (over: Partial<Activity> & Pick<Activity, 'id' | 'kind' | 'title' | 'date'>): Activity => ({
  kind_ext: null, start: null, duration_min: null, site_id: null, site_name: null, volunteers_count: 0, anonymous_count: 0,
  anonymous_age_band: null, anonymous_gender: null, note: null, attendees: [], facilitators: [], total_attendance: 0,
  archived: false, revision: 1, ...over,
});

const activities: Activity[] = [
  activity({
    id: 'a1', kind: 'repair-cafe', title: 'Repair-Café Oktober', date: '2025-10-30', start: '15:00', site_id: 'site-park', site_name: 'Stadtpark',
    volunteers_count: 2, anonymous_count: 7, attendees: [{ id: 'p-mk', pseudonym: 'MK-1980', documented: true }], facilitators: [{ id: 'w-ak', initials: 'AK', recorder: true }], total_attendance: 8,
  }),
  activity({
    id: 'a2', kind: 'urban-gardening', title: 'Beete anlegen', date: '2025-11-12',
    anonymous_count: 4, facilitators: [{ id: 'w-ak', initials: 'AK', recorder: true }], total_attendance: 4,
  }),
];

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  m.listActivities.mockResolvedValue(activities);
  m.listSites.mockResolvedValue(sites);
  m.pickPersons.mockImplementation(async (text) =>
    personSummaries.filter((p) => p.pseudonym.toLowerCase().includes(text.text.toLowerCase())),
  );
});
afterEach(() => cleanup());

describe('Gruppenangebote', () => {
  it('lists activities newest first with date, title, kind and total attendance', async () => {
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    const rows = screen.getAllByTestId('activity-row').map((r) => plain(r.textContent));
    expect(rows[0]).toContain('Beete anlegen');
    expect(rows[0]).toContain(t('activity-kind-urban-gardening'));
    expect(rows[1]).toContain('Repair-Café Oktober');
    expect(rows[1]).toContain('Stadtpark');
    expect(rows[1]).toContain('8');
    expect(rows[1]).toContain('angemeldet: 1');
  });

  it('adds an activity with registered persons from the person picker', async () => {
    const user = userEvent.setup();
    const saved = { ...activities[0], id: 'a3', title: 'Kompetenztraining Bewerbung' };
    m.addActivity.mockResolvedValue(saved);
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByRole('option', { name: 'Stadtpark' })).toHaveLength(1));

    await user.selectOptions(byId('activity-kind'), 'kompetenztraining');
    await user.type(byId('activity-title'), ' Kompetenztraining Bewerbung ');
    await fireEvent.input(byId('activity-date'), { target: { value: '2025-11-20' } });
    await fireEvent.input(byId('activity-start'), { target: { value: '10:00' } });
    await user.type(byId('activity-duration'), '90');
    await user.selectOptions(byId('activity-site'), 'site-jc');
    await user.clear(byId('activity-volunteers'));
    await user.type(byId('activity-volunteers'), '1');
    await user.clear(byId('activity-anonymous'));
    await user.type(byId('activity-anonymous'), '3');
    await user.click(byId('activity-persons'));
    await user.keyboard('mk{Enter}');
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-persons-chip')).toHaveLength(1));
    await user.type(byId('activity-note'), 'gut besucht');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(m.addActivity).toHaveBeenCalledWith({
      kind: 'kompetenztraining', title: 'Kompetenztraining Bewerbung', date: '2025-11-20', start: '10:00',
      duration_min: 90, site_id: 'site-jc', volunteers_count: 1, anonymous_count: 3, anonymous_age_band: null,
      anonymous_gender: null, note: 'gut besucht', persons: ['p-mk'], co_facilitators: [],
    });
    await vi.waitFor(() => expect(plain(byId('activity-status').textContent)).toContain('Kompetenztraining Bewerbung'));
    expect(m.listActivities).toHaveBeenCalledTimes(2);
    expect(screen.queryAllByTestId('activity-persons-chip')).toHaveLength(0);
    expect((byId('activity-title') as HTMLInputElement).value).toBe('');
  });

  it("offers the programme's own activity kinds, sends the id and names it in the list", async () => {
    const user = userEvent.setup();
    m.vocabExtensions.mockResolvedValue([
      {
        kind: 'activity-kind', id: 'sprachcafe', parent: 'netzwerktreffen',
        labels: { de: 'Sprachcafé', en: 'Language café', tr: 'Dil kafesi', ar: 'مقهى اللغة', uk: 'Мовне кафе' },
      },
    ]);
    const cafe = { ...activities[0], id: 'a4', kind: 'netzwerktreffen' as const, kind_ext: 'sprachcafe', title: 'Mittwoch' };
    m.addActivity.mockResolvedValue(cafe);
    m.listActivities.mockResolvedValueOnce(activities).mockResolvedValue([cafe, ...activities]);
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    const kind = byId('activity-kind') as HTMLSelectElement;
    await vi.waitFor(() => expect([...kind.options].map((o) => plain(o.textContent))).toContain('Sprachcafé'));
    await user.selectOptions(kind, 'sprachcafe');
    await user.type(byId('activity-title'), 'Mittwoch');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(m.addActivity).toHaveBeenCalledWith(expect.objectContaining({ kind: 'sprachcafe', title: 'Mittwoch' }));
    await vi.waitFor(() => {
      const row = screen.getAllByTestId('activity-row').find((r) => plain(r.textContent).includes('Mittwoch'));
      expect(plain(row?.textContent)).toContain('Sprachcafé');
    });
  });

  it('shows an add_activity error and keeps the input', async () => {
    const user = userEvent.setup();
    m.addActivity.mockRejectedValue({ code: 'error-text-required', args: { field: 'title' } });
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await user.clear(byId('activity-anonymous'));
    await user.type(byId('activity-anonymous'), '5');
    await user.click(byId('activity-save'));
    expect(byId('activity-error').textContent).toBe(t('error-text-required', { field: 'title' }));
    expect((byId('activity-anonymous') as HTMLInputElement).value).toBe('5');
  });

  it('volunteers record attendance without a note field', async () => {
    const user = userEvent.setup();
    m.addActivity.mockResolvedValue(activities[1]);
    render(Gruppenangebote, { props: { vocabulary, volunteer: true } });
    expect(screen.queryByTestId('activity-note')).toBeNull();
    await user.type(byId('activity-title'), 'Garten');
    await user.click(byId('activity-save'));
    expect(m.addActivity.mock.calls[0][0].note).toBeNull();
  });

  it('edits the attendance of an activity with the keyboard: persons and anonymous count', async () => {
    const user = userEvent.setup();
    m.setAttendance.mockResolvedValue({
      ...activities[0], anonymous_count: 5, total_attendance: 6,
      attendees: [{ id: 'p-ab', pseudonym: 'AB-1955', documented: true }],
    });
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    expect(screen.queryByTestId('activity-attendance-form')).toBeNull();

    // Rows are newest first: the Repair-Café is the second.
    const edit = screen.getAllByTestId('activity-attendance-edit')[1];
    expect(edit.textContent?.trim()).toBe(t('activities-attendance-edit'));
    edit.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(byId('activity-attendance-form')).toBeTruthy());
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    expect(plain(document.activeElement?.textContent)).toBe(plain(t('activities-attendance-heading', { title: 'Repair-Café Oktober' })));
    expect(screen.getAllByTestId('activity-attendance-persons-chip').map((c) => plain(c.textContent))).toEqual(['MK-1980 ×']);
    expect((byId('activity-attendance-anonymous') as HTMLInputElement).value).toBe('7');

    await user.tab();
    expect(document.activeElement).toBe(byId('activity-attendance-persons'));
    await user.keyboard('{Backspace}');
    expect(screen.queryAllByTestId('activity-attendance-persons-chip')).toHaveLength(0);
    await user.keyboard('ab{Enter}');
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-attendance-persons-chip')).toHaveLength(1));
    // Past the chip's remove button to the anonymous count.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(byId('activity-attendance-anonymous'));
    await user.keyboard('{Control>}a{/Control}5{Control>}{Enter}{/Control}');

    expect(m.setAttendance).toHaveBeenCalledWith({ id: 'a1', persons: ['p-ab'], anonymous_count: 5 });
    await vi.waitFor(() => expect(screen.queryByTestId('activity-attendance-form')).toBeNull());
    expect(plain(byId('activity-attendance-status').textContent)).toBe(
      plain(t('activities-attendance-saved', { title: 'Repair-Café Oktober' })),
    );
    const row = plain(screen.getAllByTestId('activity-row')[1].textContent);
    expect(row).toContain('6');
    expect(row).toContain('anonym: 5');
    expect(document.activeElement).toBe(screen.getAllByTestId('activity-attendance-edit')[1]);
    // The list is not read again: the row shows what set_attendance returned.
    expect(m.listActivities).toHaveBeenCalledTimes(1);
  });

  it('Escape or Cancel closes the editor without saving; the picker keeps its own Escape', async () => {
    const user = userEvent.setup();
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    await user.click(screen.getAllByTestId('activity-attendance-edit')[0]);
    await vi.waitFor(() => expect(byId('activity-attendance-form')).toBeTruthy());
    expect(screen.queryAllByTestId('activity-attendance-persons-chip')).toHaveLength(0);
    expect((byId('activity-attendance-anonymous') as HTMLInputElement).value).toBe('4');

    // Escape in the picker first clears the typed text; only the next one cancels.
    await user.click(byId('activity-attendance-persons'));
    await user.keyboard('xy{Escape}');
    expect((byId('activity-attendance-persons') as HTMLInputElement).value).toBe('');
    expect(byId('activity-attendance-form')).toBeTruthy();
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByTestId('activity-attendance-form')).toBeNull());
    expect(document.activeElement).toBe(screen.getAllByTestId('activity-attendance-edit')[0]);

    await user.click(screen.getAllByTestId('activity-attendance-edit')[0]);
    await user.click(byId('activity-attendance-cancel'));
    await vi.waitFor(() => expect(screen.queryByTestId('activity-attendance-form')).toBeNull());
    expect(m.setAttendance).not.toHaveBeenCalled();
  });

  it('volunteers edit attendance too; a set_attendance error keeps the editor open', async () => {
    const user = userEvent.setup();
    m.setAttendance.mockRejectedValue({ code: 'error-person-needs-consent', args: { pseudonym: 'MK-1980' } });
    render(Gruppenangebote, { props: { vocabulary, volunteer: true } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    await user.click(screen.getAllByTestId('activity-attendance-edit')[1]);
    await user.click(byId('activity-attendance-save'));
    expect(m.setAttendance).toHaveBeenCalledWith({ id: 'a1', persons: ['p-mk'], anonymous_count: 7 });
    await vi.waitFor(() =>
      expect(byId('activity-attendance-error').textContent).toBe(t('error-person-needs-consent', { pseudonym: 'MK-1980' })),
    );
    expect(byId('activity-attendance-form')).toBeTruthy();
    expect(plain(byId('activity-attendance-status').textContent)).toBe('');
  });

  it('marks an attendee whose documentation consent has ended', async () => {
    const user = userEvent.setup();
    m.listActivities.mockResolvedValue([
      { ...activities[0], attendees: [{ id: 'p-mk', pseudonym: 'MK-1980', documented: false }] },
    ]);
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(1));
    await user.click(byId('activity-attendance-edit'));
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-attendance-persons-chip')).toHaveLength(1));
    expect(plain(byId('activity-attendance-persons-chip').textContent)).toContain(t('picker-no-consent'));
  });

  it('corrects an activity: its fields start from it, only the changed ones are sent, the row shows them', async () => {
    const user = userEvent.setup();
    m.editActivity.mockImplementation(async ({ id, changes }) => ({
      ...activities.find((a) => a.id === id)!, ...(changes as Partial<Activity>), revision: 2,
    }));
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    const edit = screen.getAllByTestId('activity-edit')[1];
    await user.click(edit);
    await vi.waitFor(() => expect(byId('activity-edit-form')).toBeTruthy());
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.id).toBe('ae-heading');
    expect((byId('ae-title') as HTMLInputElement).value).toBe('Repair-Café Oktober');
    expect((byId('ae-date') as HTMLInputElement).value).toBe('2025-10-30');
    expect((byId('ae-start') as HTMLInputElement).value).toBe('15:00');
    expect((byId('ae-site') as HTMLSelectElement).value).toBe('site-park');
    expect((byId('ae-volunteers') as HTMLInputElement).value).toBe('2');
    expect(screen.getAllByTestId('ae-persons-chip')).toHaveLength(1);
    // The add form beside it keeps its own fields.
    expect((byId('activity-title') as HTMLInputElement).value).toBe('');

    await user.clear(byId('ae-title'));
    await user.type(byId('ae-title'), 'Repair-Café Oktober (Nachtrag)');
    await user.clear(byId('ae-volunteers'));
    await user.type(byId('ae-volunteers'), '3');
    await user.clear(byId('ae-start'));
    await user.click(byId('ae-save'));

    expect(m.editActivity).toHaveBeenCalledWith({
      id: 'a1', changes: { title: 'Repair-Café Oktober (Nachtrag)', start: '', volunteers_count: 3 },
    });
    await vi.waitFor(() => expect(screen.queryByTestId('activity-edit-form')).toBeNull());
    expect(plain(screen.getAllByTestId('activity-row')[1].textContent)).toContain('Repair-Café Oktober (Nachtrag)');
    expect(plain(byId('activity-attendance-status').textContent)).toBe(
      plain(t('rec-activity-saved', { title: 'Repair-Café Oktober (Nachtrag)' })),
    );
    expect(document.activeElement).toBe(screen.getAllByTestId('activity-edit')[1]);
    expect(m.listActivities).toHaveBeenCalledTimes(1);
  });

  it('a refused correction keeps the form and what was typed; Escape closes it unsaved', async () => {
    const user = userEvent.setup();
    m.editActivity.mockRejectedValue({ code: 'error-date-in-future', args: { value: '2099-01-01' } });
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    await user.click(screen.getAllByTestId('activity-edit')[0]);
    await user.clear(byId('ae-date'));
    await user.type(byId('ae-date'), '2099-01-01');
    await user.click(byId('ae-save'));
    expect(m.editActivity).toHaveBeenCalledWith({ id: 'a2', changes: { date: '2099-01-01' } });
    await vi.waitFor(() => expect(byId('ae-error').textContent).toBe(t('error-date-in-future', { value: '2099-01-01' })));
    expect((byId('ae-date') as HTMLInputElement).value).toBe('2099-01-01');

    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByTestId('activity-edit-form')).toBeNull());
    expect(m.editActivity).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getAllByTestId('activity-edit')[0]);
  });

  it('keeps an activity’s archived site as its current choice and cannot empty it', async () => {
    const user = userEvent.setup();
    m.listActivities.mockResolvedValue([{ ...activities[0], site_id: 'site-alt', site_name: 'Altes Jugendhaus' }]);
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(1));
    await user.click(byId('activity-edit'));
    const select = byId('ae-site') as HTMLSelectElement;
    expect(select.value).toBe('site-alt');
    expect([...select.options].map((o) => o.value)).toEqual(['site-alt', ...sites.map((s) => s.id)]);
    expect(plain(select.selectedOptions[0].textContent)).toBe(plain(t('rec-site-archived', { name: 'Altes Jugendhaus' })));
  });

  it('archives an activity and takes it back: archived ones stay listed, marked', async () => {
    const user = userEvent.setup();
    m.archiveActivity.mockImplementation(async ({ id, archived }) => ({ ...activities.find((a) => a.id === id)!, archived }));
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    expect(screen.queryAllByTestId('activity-archived')).toHaveLength(0);
    const archive = screen.getAllByTestId('activity-archive')[0];
    archive.focus();
    await user.keyboard('{Enter}');
    expect(m.archiveActivity).toHaveBeenCalledWith({ id: 'a2', archived: true });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-archived')).toHaveLength(1));
    const row = screen.getAllByTestId('activity-row')[0];
    expect(row.classList.contains('archived')).toBe(true);
    expect(plain(row.textContent)).toContain(t('rec-archived'));
    expect(screen.getAllByTestId('activity-row')).toHaveLength(2);
    // The same button, now to take it back: the keyboard stays on it.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('activity-unarchive');

    m.archiveActivity.mockRejectedValueOnce({ code: 'error-locked', args: {} });
    await user.click(byId('activity-unarchive'));
    await vi.waitFor(() => expect(byId('activity-archive-error').textContent).toBe(t('error-locked')));
    await user.click(byId('activity-unarchive'));
    expect(m.archiveActivity).toHaveBeenLastCalledWith({ id: 'a2', archived: false });
    await vi.waitFor(() => expect(screen.queryAllByTestId('activity-archived')).toHaveLength(0));
  });

  it('volunteers correct their activities without a note field and never send a note', async () => {
    const user = userEvent.setup();
    m.editActivity.mockImplementation(async ({ id }) => activities.find((a) => a.id === id)!);
    render(Gruppenangebote, { props: { vocabulary, volunteer: true } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(2));
    await user.click(screen.getAllByTestId('activity-edit')[0]);
    expect(screen.queryByTestId('ae-note')).toBeNull();
    await user.clear(byId('ae-anonymous'));
    await user.type(byId('ae-anonymous'), '6');
    await user.click(byId('ae-save'));
    expect(m.editActivity).toHaveBeenCalledWith({ id: 'a2', changes: { anonymous_count: 6 } });
  });

  it('names colleagues as co-facilitators and the anonymous participants’ age group and gender', async () => {
    const user = userEvent.setup();
    const member = (id: string, display_name: string, initials: string, me = false): TeamMember => ({
      id, display_name, initials, team: 'Nord', role: 'worker', me,
    });
    m.team.mockResolvedValue([member('w-ak', 'Anna Kaya', 'AK', true), member('w-bs', 'Ben Schulz', 'BS'), member('w-cd', 'Cem Demir', 'CD')]);
    m.addActivity.mockImplementation(async (input) => ({ ...activities[1], id: 'a3', title: input.title }));
    m.editActivity.mockImplementation(async ({ id, changes }) => ({
      ...activities.find((a) => a.id === id)!,
      facilitators: [
        { id: 'w-ak', initials: 'AK', recorder: true },
        ...(changes.co_facilitators ?? []).map((w) => ({ id: w, initials: w === 'w-bs' ? 'BS' : 'CD', recorder: false })),
      ],
    }));
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(screen.getAllByTestId('activity-co-facilitator')).toHaveLength(2));
    // This device's own worker is never offered: they are the first facilitator anyway.
    expect(plain(byId('activity-co-facilitators').textContent)).not.toContain('Anna Kaya');

    await user.type(byId('activity-title'), 'Sprachcafé');
    await user.clear(byId('activity-anonymous'));
    await user.type(byId('activity-anonymous'), '4');
    await user.selectOptions(byId('activity-age-band'), '30-54');
    await user.selectOptions(byId('activity-gender'), 'weiblich');
    await user.click(screen.getByRole('checkbox', { name: 'Cem Demir (CD)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ben Schulz (BS)' }));
    await user.click(byId('activity-save'));
    expect(m.addActivity).toHaveBeenCalledWith(
      expect.objectContaining({ anonymous_count: 4, anonymous_age_band: '30-54', anonymous_gender: 'weiblich', co_facilitators: ['w-bs', 'w-cd'] }),
    );

    // A correction starts from who ran it and sends only what changed.
    await user.click(screen.getAllByTestId('activity-edit')[0]);
    const ticked = () => screen.getAllByTestId('ae-co-facilitator').filter((c) => (c as HTMLInputElement).checked);
    expect(ticked()).toHaveLength(0);
    await user.click(within(byId('activity-edit-form')).getByRole('checkbox', { name: 'Ben Schulz (BS)' }));
    await user.click(byId('ae-save'));
    expect(m.editActivity).toHaveBeenCalledWith({ id: 'a2', changes: { co_facilitators: ['w-bs'] } });
    await vi.waitFor(() => expect(plain(byId('activity-facilitators').textContent)).toBe(plain(t('activities-facilitators', { initials: 'AK, BS' }))));
  });

  it('says so when no colleague is known on this device', async () => {
    render(Gruppenangebote, { props: { vocabulary, volunteer: false } });
    await vi.waitFor(() => expect(m.team).toHaveBeenCalled());
    expect(screen.queryAllByTestId('activity-co-facilitator')).toHaveLength(0);
    expect(plain(byId('activity-co-facilitators').textContent)).toContain(plain(t('activities-co-facilitators-none')));
  });
});
