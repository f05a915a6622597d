import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Site, Today } from '../src/lib/bindings';
import Heute from '../src/components/Heute.svelte';
import Lock from '../src/components/Lock.svelte';
import RecoveryKey from '../src/components/RecoveryKey.svelte';
import Settings from '../src/components/Settings.svelte';
import Setup from '../src/components/Setup.svelte';
import Sites from '../src/components/Sites.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { contact, followUp, plain, sites, vocabulary } from './fixtures';

const byId = (id: string) => screen.getByTestId(id);

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
});
afterEach(() => cleanup());

describe('Setup', () => {
  async function fill(user: ReturnType<typeof userEvent.setup>, pass: string, confirm: string) {
    await user.type(byId('setup-name'), 'Aylin Kaya');
    await user.type(byId('setup-initials'), 'AK');
    await user.selectOptions(byId('setup-role'), 'lead');
    await user.type(byId('setup-passphrase'), pass);
    await user.type(byId('setup-passphrase-confirm'), confirm);
  }

  it('checks that the passphrases match before calling setup', async () => {
    const user = userEvent.setup();
    render(Setup, { props: { vocabulary, ondone: vi.fn() } });
    await fill(user, 'correct horse', 'correct hose');
    await user.click(byId('setup-submit'));
    expect(api.setup).not.toHaveBeenCalled();
    expect(byId('setup-error').textContent).toBe(t('error-passphrase-mismatch'));
    expect(byId('setup-error').textContent).not.toBe('error-passphrase-mismatch');
  });

  it('sends the request and hands the recovery key on', async () => {
    const user = userEvent.setup();
    const ondone = vi.fn();
    vi.mocked(api.setup).mockResolvedValue({ recovery_key: 'AAAA-BBBB' });
    render(Setup, { props: { vocabulary, ondone } });
    await fill(user, 'correct horse', 'correct horse');
    await user.click(byId('setup-submit'));
    expect(api.setup).toHaveBeenCalledWith({
      locale: 'de',
      display_name: 'Aylin Kaya',
      initials: 'AK',
      team: null,
      role: 'lead',
      passphrase: 'correct horse',
    });
    expect(ondone).toHaveBeenCalledWith({ recovery_key: 'AAAA-BBBB' });
  });

  it('shows the Rust error in setup-error', async () => {
    const user = userEvent.setup();
    vi.mocked(api.setup).mockRejectedValue({ code: 'error-invalid-initials', args: { value: 'A1' } });
    render(Setup, { props: { vocabulary, ondone: vi.fn() } });
    await fill(user, 'correct horse', 'correct horse');
    await user.click(byId('setup-submit'));
    expect(byId('setup-error').getAttribute('role')).toBe('alert');
    expect(byId('setup-error').textContent).toBe(t('error-invalid-initials', { value: 'A1' }));
    expect(byId('setup-error').textContent).toContain('A1');
  });

  it('switching the language re-renders the screen in it, sets rtl and calls set_locale', async () => {
    const user = userEvent.setup();
    vi.mocked(api.setLocale).mockResolvedValue(undefined);
    render(Setup, { props: { vocabulary, ondone: vi.fn() } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Willkommen bei Feldbuch');
    await user.selectOptions(byId('setup-locale'), 'ar');
    expect(api.setLocale).toHaveBeenCalledWith({ locale: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('مرحبًا بك في Feldbuch');
    expect((byId('setup-locale') as HTMLSelectElement).value).toBe('ar');
  });
});

describe('RecoveryKey', () => {
  it('enables recovery-done only with the right last group and the checkbox', async () => {
    const user = userEvent.setup();
    const ondone = vi.fn();
    render(RecoveryKey, { props: { recoveryKey: 'K7QF-2M9X-TT4P-88ZD', ondone } });
    expect(byId('recovery-key').textContent).toBe('K7QF-2M9X-TT4P-88ZD');
    const done = byId('recovery-done') as HTMLButtonElement;
    expect(done.disabled).toBe(true);

    await user.type(byId('recovery-confirm-input'), 'TT4P');
    await user.click(byId('recovery-confirm-checkbox'));
    expect(done.disabled).toBe(true);

    await user.clear(byId('recovery-confirm-input'));
    await user.type(byId('recovery-confirm-input'), '88zd');
    expect(done.disabled).toBe(false);
    await user.click(byId('recovery-confirm-checkbox'));
    expect(done.disabled).toBe(true);
    await user.click(byId('recovery-confirm-checkbox'));
    await user.click(done);
    expect(ondone).toHaveBeenCalledTimes(1);
  });
});

describe('Lock', () => {
  it('autofocuses the passphrase, submits with Enter and shows the error', async () => {
    const user = userEvent.setup();
    const onunlocked = vi.fn();
    vi.mocked(api.unlock).mockRejectedValueOnce({ code: 'error-wrong-passphrase', args: {} });
    render(Lock, { props: { locales: vocabulary.locales, onunlocked } });
    await tick();
    expect(document.activeElement).toBe(byId('unlock-passphrase'));
    await user.keyboard('falsch{Enter}');
    expect(api.unlock).toHaveBeenCalledWith({ passphrase: 'falsch' });
    expect(byId('unlock-error').textContent).toBe(t('error-wrong-passphrase'));
    expect((byId('unlock-passphrase') as HTMLInputElement).value).toBe('');
    expect(onunlocked).not.toHaveBeenCalled();

    vi.mocked(api.unlock).mockResolvedValueOnce(undefined);
    await user.type(byId('unlock-passphrase'), 'richtig{Enter}');
    expect(onunlocked).toHaveBeenCalledTimes(1);
  });

  it('unlocks with the recovery key and a new passphrase', async () => {
    const user = userEvent.setup();
    const onunlocked = vi.fn();
    vi.mocked(api.unlockWithRecovery).mockResolvedValue({ recovery_key: 'CCCC-DDDD' });
    render(Lock, { props: { locales: vocabulary.locales, onunlocked } });
    await user.click(byId('unlock-recovery-toggle'));
    await tick();
    expect(document.activeElement).toBe(byId('recovery-key-input'));
    await user.type(byId('recovery-key-input'), ' AAAA-BBBB ');
    await user.type(byId('recovery-new-passphrase'), 'neues passwort');
    await user.click(byId('recovery-submit'));
    expect(api.unlockWithRecovery).toHaveBeenCalledWith({ recovery_key: 'AAAA-BBBB', new_passphrase: 'neues passwort' });
    // The new recovery key that replaces the used one goes on to be shown.
    expect(onunlocked).toHaveBeenCalledWith('CCCC-DDDD');
  });
});

describe('Heute', () => {
  const data: Today = {
    date: '2025-11-21',
    contacts: [
      contact({
        id: 'c1', site_id: 'site-park', site_name: 'Stadtpark', kind: 'kurzkontakt', date: '2025-11-21',
        start: '09:30', duration_min: 20, anonymous_count: 3, anonymous_age_band: 'ab-65', anonymous_gender: null,
        topics: ['einsamkeit', 'wohnen'], note: '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>',
      }),
    ],
    contacts_total: 1,
    follow_ups_due: [
      { id: 'f1', due_on: '2025-11-18', what: 'Rückruf Wohnungsamt', contact_id: null, contact_date: null, person_id: 'p-mk', pseudonym: 'MK-1980', site_name: null, done_on: null, overdue: true },
      { id: 'f2', due_on: '2025-11-21', what: 'Termin Tafel', contact_id: null, contact_date: null, person_id: null, pseudonym: null, site_name: null, done_on: null, overdue: false },
    ],
    follow_ups_upcoming: [
      { id: 'f3', due_on: '2025-11-25', what: 'Kita-Anmeldung prüfen', contact_id: null, contact_date: null, person_id: 'p-mk', pseudonym: 'MK-1980', site_name: null, done_on: null, overdue: false },
    ],
    planned_visits: [
      { id: 'v2', site_id: 'site-jc', site_name: 'Jobcenter Mitte', weekday: 5, start: '13:00', end: '14:30' },
      { id: 'v1', site_id: 'site-kita-sonne', site_name: 'Kita Sonnenschein', weekday: 5, start: '08:00', end: '10:00' },
    ],
  };

  it('shows today’s planned visits in time order, and persons and outcome of a contact', async () => {
    vi.mocked(api.today).mockResolvedValue({
      ...data,
      contacts: [{ ...data.contacts[0], persons: ['p-1', 'p-2'], outcome: 'vermittelt' }],
    });
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('planned-visit')).toHaveLength(2));
    const visits = screen.getAllByTestId('planned-visit').map((v) => plain(v.textContent));
    expect(visits[0]).toContain('Kita Sonnenschein');
    expect(visits[0]).toContain('08:00');
    expect(visits[0]).toContain('10:00');
    expect(visits[1]).toContain('Jobcenter Mitte');
    const row = plain(screen.getByTestId('contact-row').textContent);
    expect(row).toContain('2 Personen');
    expect(row).toContain(t('outcome-vermittelt'));
  });

  it('says so when no visits are planned', async () => {
    vi.mocked(api.today).mockResolvedValue({ ...data, planned_visits: [] });
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(plain(byId('planned-visits').textContent)).toBe(t('heute-visits-empty')));
  });

  it('says whom and where a follow-up set from a contact is about', async () => {
    vi.mocked(api.today).mockResolvedValue({
      ...data,
      follow_ups_due: [
        { id: 'f3', due_on: '2025-11-21', what: '', contact_id: 'c-9', contact_date: '2025-11-14', person_id: null, pseudonym: 'MK-1980, TS-2001', site_name: 'Stadtpark', done_on: null, overdue: false },
      ],
    });
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('followup-row')).toHaveLength(1));
    const row = plain(screen.getByTestId('followup-row').textContent);
    expect(row).toContain('Kontakt vom 14. Nov. 2025 bei Stadtpark');
    expect(row).toContain('MK-1980, TS-2001');
  });

  it('completes a due follow-up with one key (D or Enter) and refreshes', async () => {
    const user = userEvent.setup();
    const rest = { ...data, follow_ups_due: [data.follow_ups_due[1]] };
    vi.mocked(api.today).mockResolvedValueOnce(data).mockResolvedValueOnce(rest).mockResolvedValue({ ...rest, follow_ups_due: [] });
    vi.mocked(api.completeFollowup).mockResolvedValue(
      followUp({ what: 'Rückruf Wohnungsamt', person_id: null, done_on: '2025-11-21', overdue: false }),
    );
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('followup-complete')).toHaveLength(2));
    expect(plain(screen.getAllByTestId('followup-complete')[0].textContent)).toContain('MK-1980');

    // Arrow keys move between the follow-ups.
    screen.getAllByTestId('followup-complete')[0].focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getAllByTestId('followup-complete')[1]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getAllByTestId('followup-complete')[0]);

    await user.keyboard('d');
    expect(api.completeFollowup).toHaveBeenCalledWith({ id: 'f1' });
    await vi.waitFor(() => expect(screen.getAllByTestId('followup-complete')).toHaveLength(1));
    expect(api.today).toHaveBeenCalledTimes(2);
    expect(plain(byId('followup-status').textContent)).toContain('Rückruf Wohnungsamt');
    // Focus stays in the list, on the follow-up that is left.
    expect(document.activeElement).toBe(screen.getAllByTestId('followup-complete')[0]);

    await user.keyboard('{Enter}');
    expect(api.completeFollowup).toHaveBeenLastCalledWith({ id: 'f2' });
    await vi.waitFor(() => expect(screen.queryAllByTestId('followup-complete')).toHaveLength(0));
    expect(plain(byId('followups-due').textContent)).toBe(t('heute-followups-empty'));
  });

  it('shows a failed completion and keeps the follow-up', async () => {
    const user = userEvent.setup();
    vi.mocked(api.today).mockResolvedValue(data);
    vi.mocked(api.completeFollowup).mockRejectedValue({ code: 'error-followup-already-done', args: {} });
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('followup-complete')).toHaveLength(2));
    screen.getAllByTestId('followup-complete')[1].focus();
    await user.keyboard('D');
    await vi.waitFor(() => expect(byId('followup-error').textContent).toBe(t('error-followup-already-done')));
    expect(screen.getAllByTestId('followup-complete')).toHaveLength(2);
    // Other keys do nothing.
    await user.keyboard('x');
    expect(api.completeFollowup).toHaveBeenCalledTimes(1);
  });

  it('lists contacts with plural count and the note as plain text, and marks overdue follow-ups', async () => {
    vi.mocked(api.today).mockResolvedValue(data);
    vi.mocked(api.listSites).mockResolvedValue(sites);
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(1));

    const heading = plain(byId('heute-heading').textContent);
    expect(heading).toContain(
      new Intl.DateTimeFormat('de', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
        new Date(2025, 10, 21),
      ),
    );

    const row = screen.getByTestId('contact-row');
    const text = plain(row.textContent);
    expect(text).toContain('Stadtpark');
    expect(text).toContain('09:30');
    expect(text).toContain('3 anonyme Personen');
    expect(text).toContain('20 Minuten');
    expect(row.querySelector('img, script')).toBeNull();
    expect(byId('contact-note').textContent).toBe(data.contacts[0].note);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();

    const rows = screen.getAllByTestId('followup-row');
    expect(rows[0].classList.contains('overdue')).toBe(true);
    expect(plain(rows[0].textContent)).toContain('Überfällig');
    expect(rows[1].classList.contains('overdue')).toBe(false);
    expect(plain(rows[1].textContent)).not.toContain('Überfällig');

    // The next 7 days beside what is due: to plan (and reschedule), not to tick off.
    const upcoming = screen.getAllByTestId('followup-upcoming-row');
    expect(upcoming).toHaveLength(1);
    expect(plain(upcoming[0].textContent)).toContain('Kita-Anmeldung prüfen');
    expect(plain(upcoming[0].textContent)).toContain('MK-1980');
    expect(upcoming[0].querySelector('[data-testid="followup-complete"]')).toBeNull();
    expect(upcoming[0].querySelectorAll('button')).toHaveLength(1);
    expect(upcoming[0].querySelector('button')?.dataset.testid).toBe('followup-reschedule');
  });

  it('counts all of a busy day, shows the latest 50 and loads earlier ones on request', async () => {
    const user = userEvent.setup();
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...data.contacts[0], id: `c${i}`, note: `Notiz ${i}` }));
    vi.mocked(api.today)
      .mockResolvedValueOnce({ ...data, contacts: many(50), contacts_total: 120 })
      .mockResolvedValueOnce({ ...data, contacts: many(100), contacts_total: 120 })
      .mockResolvedValue({ ...data, contacts: many(120), contacts_total: 120 });
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(50));
    expect(api.today).toHaveBeenLastCalledWith({ limit: 50 });
    expect(plain(document.getElementById('today-contacts-heading')?.textContent)).toBe('Heute 120 Kontakte');
    expect(plain(screen.getByTestId('today-earlier').textContent)).toBe('Frühere Kontakte von heute zeigen (noch 70)');

    await user.click(screen.getByTestId('today-earlier'));
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(100));
    expect(api.today).toHaveBeenLastCalledWith({ limit: 100 });
    expect(plain(screen.getByTestId('today-earlier').textContent)).toContain('(noch 20)');

    await user.click(screen.getByTestId('today-earlier'));
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(120));
    expect(api.today).toHaveBeenLastCalledWith({ limit: 150 });
    expect(screen.queryByTestId('today-earlier')).toBeNull();
  });

  it('refreshes the list after a quick-entry save', async () => {
    const user = userEvent.setup();
    vi.mocked(api.today).mockResolvedValueOnce({ ...data, contacts: [], contacts_total: 0 }).mockResolvedValueOnce(data);
    vi.mocked(api.listSites).mockResolvedValue(sites);
    vi.mocked(api.addContact).mockResolvedValue(data.contacts[0]);
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(api.today).toHaveBeenCalledTimes(1));
    await tick();
    expect(screen.queryAllByTestId('contact-row')).toHaveLength(0);
    await user.click(byId('qe-site'));
    await user.keyboard('Stadt{Enter}');
    await user.click(byId('qe-save'));
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(1));
    expect(api.today).toHaveBeenCalledTimes(2);
  });
  it('a contact of today opens for correcting; after saving the list is read again and shows it', async () => {
    const user = userEvent.setup();
    const changed = { ...data.contacts[0], duration_min: 45, note: 'Begleitung zum Amt vereinbart', revision: 2 };
    vi.mocked(api.today).mockResolvedValueOnce(data).mockResolvedValue({ ...data, contacts: [changed] });
    vi.mocked(api.listSites).mockResolvedValue(sites);
    vi.mocked(api.editContact).mockResolvedValue(changed);
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(1));
    expect(byId('contact-row').dataset.contact).toBe('c1');

    await user.click(byId('contact-edit'));
    expect((byId('ce-duration') as HTMLInputElement).value).toBe('20');
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '45');
    await user.clear(byId('ce-note'));
    await user.type(byId('ce-note'), 'Begleitung zum Amt vereinbart');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(api.editContact).toHaveBeenCalledWith({ id: 'c1', changes: { duration_min: 45, note: 'Begleitung zum Amt vereinbart' } });

    await vi.waitFor(() => expect(screen.queryByTestId('contact-edit-form')).toBeNull());
    expect(api.today).toHaveBeenCalledTimes(2);
    expect(plain(byId('contact-row').textContent)).toContain('45 Minuten');
    expect(byId('contact-note').textContent).toBe('Begleitung zum Amt vereinbart');
    expect(document.activeElement).toBe(byId('contact-edit'));
    expect(plain(byId('today-contacts-status').textContent)).toBe(t('rec-contact-saved'));
    // The quick entry beside it is untouched (its fields have ids of their own).
    expect((byId('qe-duration') as HTMLInputElement).value).toBe('15');
  });

  it('deletes a contact of today from its form, after the question', async () => {
    const user = userEvent.setup();
    vi.mocked(api.today).mockResolvedValueOnce(data).mockResolvedValue({ ...data, contacts: [], contacts_total: 0 });
    vi.mocked(api.deleteContact).mockResolvedValue(undefined);
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(1));
    await user.click(byId('contact-edit'));
    await user.click(byId('ce-delete'));
    await user.click(byId('ce-delete-confirm'));
    expect(api.deleteContact).toHaveBeenCalledWith({ id: 'c1' });
    await vi.waitFor(() => expect(screen.queryAllByTestId('contact-row')).toHaveLength(0));
    expect(plain(byId('today-contacts-status').textContent)).toBe(t('contact-deleted'));
    // Its line is gone: the focus goes to the list's heading, not to the page's start.
    expect(document.activeElement?.id).toBe('today-contacts-heading');
  });

  it('reschedules a due follow-up: sends the new day and reads the lists again', async () => {
    const user = userEvent.setup();
    const moved = { ...data.follow_ups_due[0], due_on: '2025-11-24', overdue: false };
    vi.mocked(api.today)
      .mockResolvedValueOnce(data)
      .mockResolvedValue({ ...data, follow_ups_due: [data.follow_ups_due[1]], follow_ups_upcoming: [moved, ...data.follow_ups_upcoming] });
    vi.mocked(api.editFollowup).mockResolvedValue(moved);
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('followup-reschedule')).toHaveLength(3));

    const row = screen.getAllByTestId('followup-row')[0];
    await user.click(row.querySelector('[data-testid="followup-reschedule"]') as HTMLElement);
    expect(document.activeElement).toBe(byId('followup-due'));
    await user.clear(byId('followup-due'));
    await user.type(byId('followup-due'), '2025-11-24');
    await user.keyboard('{Enter}');
    expect(api.editFollowup).toHaveBeenCalledWith({ id: 'f1', due: '2025-11-24' });
    expect(api.completeFollowup).not.toHaveBeenCalled();

    await vi.waitFor(() => expect(screen.getAllByTestId('followup-upcoming-row')).toHaveLength(2));
    expect(screen.getAllByTestId('followup-row')).toHaveLength(1);
    expect(plain(screen.getAllByTestId('followup-upcoming-row')[0].textContent)).toContain('Rückruf Wohnungsamt');
    expect(plain(byId('followup-status').textContent)).toBe(plain(t('rec-followup-rescheduled', { date: '24. Nov. 2025' })));
    // The keyboard follows the follow-up to its new place.
    expect(document.activeElement?.id).toBe('followup-f1-reschedule');
  });

  it('a refused reschedule keeps the typed day; Escape closes without saving', async () => {
    const user = userEvent.setup();
    vi.mocked(api.today).mockResolvedValue(data);
    vi.mocked(api.editFollowup).mockRejectedValue({ code: 'error-invalid-date', args: { value: '24.11.2025' } });
    render(Heute, { props: { vocabulary, today: '2025-11-21' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('followup-reschedule')).toHaveLength(3));
    await user.click(screen.getAllByTestId('followup-reschedule')[2]);
    await user.clear(byId('followup-due'));
    await user.type(byId('followup-due'), '24.11.2025');
    await user.click(byId('followup-reschedule-save'));
    expect(api.editFollowup).toHaveBeenCalledWith({ id: 'f3', due: '24.11.2025' });
    await vi.waitFor(() => expect(byId('followup-reschedule-error').textContent).toBe(t('error-invalid-date', { value: '24.11.2025' })));
    expect((byId('followup-due') as HTMLInputElement).value).toBe('24.11.2025');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('followup-due')).toBeNull();
    expect(api.editFollowup).toHaveBeenCalledTimes(1);
    expect(api.today).toHaveBeenCalledTimes(1);
  });
});

describe('Sites', () => {
  it('adds a site with trimmed fields and lists it', async () => {
    const user = userEvent.setup();
    const added: Site = { id: 'n1', name: 'Quartierstreff Ost', kind: 'quartierszentrum', district: null, address: null, contact_person: null, archived: false, revision: 1, kind_ext: null };
    vi.mocked(api.listSites).mockResolvedValueOnce(sites).mockResolvedValueOnce([...sites, added]);
    vi.mocked(api.addSite).mockResolvedValue(added);
    render(Sites, { props: { vocabulary } });
    await vi.waitFor(() => expect(screen.getAllByTestId('site-row')).toHaveLength(sites.length));
    await user.type(byId('site-name'), '  Quartierstreff Ost ');
    await user.selectOptions(byId('site-kind'), 'quartierszentrum');
    await user.type(byId('site-district'), '   ');
    await user.click(byId('site-add'));
    expect(api.addSite).toHaveBeenCalledWith({ name: 'Quartierstreff Ost', kind: 'quartierszentrum', district: null });
    await vi.waitFor(() => expect(screen.getAllByTestId('site-row')).toHaveLength(sites.length + 1));
    expect((byId('site-name') as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('site-error')).toBeNull();
  });

  it('shows an add_site error in site-error', async () => {
    const user = userEvent.setup();
    vi.mocked(api.listSites).mockResolvedValue([]);
    vi.mocked(api.addSite).mockRejectedValue({ code: 'error-text-required', args: { field: 'name' } });
    render(Sites, { props: { vocabulary } });
    await user.click(byId('site-add'));
    expect(byId('site-error').getAttribute('role')).toBe('alert');
    expect(byId('site-error').textContent).toBe(t('error-text-required', { field: 'name' }));
    expect(byId('site-error').textContent).not.toContain('error-');
  });
});

describe('Settings', () => {
  it('saves the auto-lock minutes, shows errors and the profile read-only', async () => {
    const user = userEvent.setup();
    const onautolockchange = vi.fn();
    vi.mocked(api.profile).mockResolvedValue({
      worker_id: 'w-123', device_id: 'dev-123', display_name: 'Aylin Kaya', initials: 'AK', team: null, role: 'worker', locale: 'de',
    });
    vi.mocked(api.setAutoLock).mockRejectedValueOnce({ code: 'error-invalid-auto-lock', args: { min: '1', max: '240', value: '999' } });
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5, onautolockchange } });
    await vi.waitFor(() => expect(screen.getByTestId('settings-profile')).toBeTruthy());
    expect(plain(byId('settings-profile').textContent)).toContain('dev-123');
    expect(screen.queryByRole('textbox', { name: /Aylin/ })).toBeNull();
    expect((byId('settings-autolock') as HTMLInputElement).value).toBe('5');

    await user.clear(byId('settings-autolock'));
    await user.type(byId('settings-autolock'), '999');
    await user.click(byId('settings-autolock-save'));
    expect(api.setAutoLock).toHaveBeenCalledWith({ minutes: 999 });
    expect(byId('settings-error').textContent).toBe(t('error-invalid-auto-lock', { min: '1', max: '240', value: '999' }));
    expect(plain(byId('settings-error').textContent)).toContain('999');
    expect(onautolockchange).not.toHaveBeenCalled();

    vi.mocked(api.setAutoLock).mockResolvedValueOnce(undefined);
    await user.clear(byId('settings-autolock'));
    await user.type(byId('settings-autolock'), '10');
    await user.click(byId('settings-autolock-save'));
    expect(api.setAutoLock).toHaveBeenLastCalledWith({ minutes: 10 });
    expect(onautolockchange).toHaveBeenCalledWith(10);
    expect(plain(byId('settings-status').textContent)).toBe('Feldbuch sperrt sich nach 10 Minuten ohne Eingabe.');
    expect(screen.queryByTestId('settings-error')).toBeNull();
  });

  it('settings-locale switches the language of the whole screen', async () => {
    const user = userEvent.setup();
    vi.mocked(api.profile).mockResolvedValue({
      worker_id: 'w', device_id: 'd', display_name: 'A', initials: 'A', team: 'Nord', role: 'lead', locale: 'de',
    });
    vi.mocked(api.setLocale).mockResolvedValue(undefined);
    render(Settings, { props: { vocabulary, auto_lock_minutes: 5 } });
    await user.selectOptions(byId('settings-locale'), 'tr');
    expect(api.setLocale).toHaveBeenCalledWith({ locale: 'tr' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ayarlar');
    expect(document.documentElement.lang).toBe('tr');
  });
});
