import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { Contact, ContactPatch } from '../src/lib/bindings';
import ContactEdit from '../src/components/contacts/ContactEdit.svelte';
import { contactChanges, fieldsOf } from '../src/lib/contacts';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { contact, plain, sites, vocabulary } from './fixtures';

const m = vi.mocked(api);
const byId = (id: string) => screen.getByTestId(id);
const value = (id: string) => (byId(id) as HTMLInputElement).value;

/** A contact with something in every field. */
const full: Contact = contact({
  id: 'c7', date: '2025-11-20', start: '10:15', duration_min: 20, site_id: 'site-park', site_name: 'Stadtpark',
  kind: 'beratung', topics: ['wohnen', 'familie'], note: 'Wohnungssuche besprochen', follow_up: '2025-12-01',
  persons: ['p-mk'], language: 'tr', interpreter: true, outcome: 'beraten',
  anonymous_count: 2, anonymous_age_band: 'unter-18', anonymous_gender: 'weiblich',
  anonymous_groups: [{ count: 2, age_band: 'unter-18', gender: 'weiblich' }],
});

/** What the core answers for a patch of `full`. */
const answered = (changes: ContactPatch): Contact => ({ ...full, ...(changes as Partial<Contact>), revision: 2 });

function setup(props: { contact?: Contact; volunteer?: boolean; level?: 3 | 4 } = {}) {
  const onsaved = vi.fn();
  const ondeleted = vi.fn();
  const oncancel = vi.fn();
  const user = userEvent.setup();
  render(ContactEdit, {
    props: { contact: full, vocabulary, sites, onsaved, ondeleted, oncancel, ...props },
  });
  return { user, onsaved, ondeleted, oncancel };
}

beforeEach(() => {
  applyLocale('de');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetApiMocks(api);
  m.listPersons.mockResolvedValue([
    { id: 'p-ab', pseudonym: 'AB-1955' },
    { id: 'p-mk', pseudonym: 'MK-1980' },
  ]);
  m.editContact.mockImplementation(async ({ changes }) => answered(changes));
  m.deleteContact.mockResolvedValue(undefined);
});
afterEach(() => cleanup());

describe('ContactEdit', () => {
  it('starts from the contact: every field filled, its persons by pseudonym, the heading focused', async () => {
    setup();
    expect(value('ce-date')).toBe('2025-11-20');
    expect(value('ce-start')).toBe('10:15');
    expect(value('ce-duration')).toBe('20');
    expect(value('ce-site')).toBe('site-park');
    expect(value('ce-kind')).toBe('beratung');
    expect(value('ce-outcome')).toBe('beraten');
    expect(value('ce-anonymous')).toBe('2');
    expect(value('ce-age-band')).toBe('unter-18');
    expect(value('ce-gender')).toBe('weiblich');
    expect(value('ce-follow-up')).toBe('2025-12-01');
    expect(value('ce-language')).toBe('tr');
    expect((byId('ce-interpreter') as HTMLInputElement).checked).toBe(true);
    expect((byId('ce-note') as HTMLTextAreaElement).value).toBe('Wohnungssuche besprochen');
    expect(byId('ce-topic-wohnen').getAttribute('aria-pressed')).toBe('true');
    expect(byId('ce-topic-arbeit').getAttribute('aria-pressed')).toBe('false');
    await vi.waitFor(() => expect(plain(byId('ce-persons-chip').textContent)).toContain('MK-1980'));
    expect(m.listPersons).toHaveBeenCalledTimes(1);
    expect(plain(document.activeElement?.textContent)).toBe(
      plain(t('rec-contact-edit-heading', { date: '20. Nov. 2025', site: 'Stadtpark' })),
    );
    expect(document.activeElement?.tagName).toBe('H3');
  });

  it('saves exactly the changed fields: duration, note, a topic and a cleared start', async () => {
    const { user, onsaved } = setup();
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '45');
    await user.clear(byId('ce-note'));
    await user.type(byId('ce-note'), 'Termin beim Wohnungsamt vereinbart');
    await user.click(byId('ce-topic-arbeit'));
    await user.clear(byId('ce-start'));
    await user.click(byId('ce-save'));

    expect(m.editContact).toHaveBeenCalledTimes(1);
    expect(m.editContact).toHaveBeenCalledWith({
      id: 'c7',
      // Topics in vocabulary order; an emptied start is sent as '' (the core clears it).
      changes: { start: '', duration_min: 45, topics: ['wohnen', 'arbeit', 'familie'], note: 'Termin beim Wohnungsamt vereinbart' },
    });
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledTimes(1));
    expect(onsaved.mock.calls[0][0]).toMatchObject({ id: 'c7', duration_min: 45, revision: 2 });
  });

  it('clears optional fields with an empty value and changes site, kind, persons and interpreter', async () => {
    const { user } = setup();
    await vi.waitFor(() => expect(screen.getAllByTestId('ce-persons-chip')).toHaveLength(1));
    await user.selectOptions(byId('ce-site'), 'site-jc');
    await user.selectOptions(byId('ce-kind'), 'telefonat');
    await user.selectOptions(byId('ce-outcome'), '');
    await user.clear(byId('ce-follow-up'));
    await user.clear(byId('ce-language'));
    await user.click(byId('ce-interpreter'));
    await user.click(byId('ce-persons-remove'));
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenCalledWith({
      id: 'c7',
      changes: { site_id: 'site-jc', kind: 'telefonat', follow_up: '', persons: [], language: '', interpreter: false, outcome: '' },
    });
  });

  it('Save without a change sends nothing and closes; Cancel and Escape close without saving', async () => {
    const { user, oncancel } = setup();
    await user.click(byId('ce-save'));
    expect(oncancel).toHaveBeenCalledTimes(1);
    await user.click(byId('ce-cancel'));
    expect(oncancel).toHaveBeenCalledTimes(2);
    await user.click(byId('ce-duration'));
    await user.keyboard('{Escape}');
    expect(oncancel).toHaveBeenCalledTimes(3);
    expect(m.editContact).not.toHaveBeenCalled();
  });

  it('Ctrl+Enter saves from the note; a plain Enter in a one-line field does not', async () => {
    const { user } = setup();
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '30{Enter}');
    expect(m.editContact).not.toHaveBeenCalled();
    expect(await fireEvent.keyDown(byId('ce-note'), { key: 'Enter', ctrlKey: true })).toBe(false);
    expect(m.editContact).toHaveBeenCalledWith({ id: 'c7', changes: { duration_min: 30 } });
  });

  it('a refused save shows the core’s message and keeps what was typed', async () => {
    const { user, onsaved, oncancel } = setup();
    const refusal = { code: 'error-date-in-future', args: { value: '2099-01-01' } };
    m.editContact.mockRejectedValueOnce(refusal);
    await user.clear(byId('ce-date'));
    await user.type(byId('ce-date'), '2099-01-01');
    await user.clear(byId('ce-note'));
    await user.type(byId('ce-note'), 'neu <b>geschrieben</b>');
    await user.click(byId('ce-save'));

    await vi.waitFor(() => expect(byId('ce-error').textContent).toBe(t('error-date-in-future', refusal.args)));
    expect(byId('ce-error').getAttribute('role')).toBe('alert');
    expect(value('ce-date')).toBe('2099-01-01');
    expect((byId('ce-note') as HTMLTextAreaElement).value).toBe('neu <b>geschrieben</b>');
    expect(onsaved).not.toHaveBeenCalled();
    expect(oncancel).not.toHaveBeenCalled();

    // Corrected: saved, the message gone.
    await user.clear(byId('ce-date'));
    await user.type(byId('ce-date'), '2025-11-19');
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenLastCalledWith({ id: 'c7', changes: { date: '2025-11-19', note: 'neu <b>geschrieben</b>' } });
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('ce-error')).toBeNull();
  });

  it('keeps an archived site as the current choice', async () => {
    const { user } = setup({ contact: { ...full, site_id: 'site-alt', site_name: 'Altes Jugendhaus' } });
    const select = byId('ce-site') as HTMLSelectElement;
    expect(select.value).toBe('site-alt');
    expect(plain(select.selectedOptions[0].textContent)).toBe(plain(t('rec-site-archived', { name: 'Altes Jugendhaus' })));
    expect([...select.options].map((o) => o.value)).toEqual(['site-alt', ...sites.map((s) => s.id)]);
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '5');
    await user.click(byId('ce-save'));
    // The kept site is not a change.
    expect(m.editContact).toHaveBeenCalledWith({ id: 'c7', changes: { duration_min: 5 } });
  });

  it('volunteers get no note field and never send a note', async () => {
    const { user } = setup({ volunteer: true, contact: { ...full, note: null } });
    expect(screen.queryByTestId('ce-note')).toBeNull();
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '12');
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenCalledWith({ id: 'c7', changes: { duration_min: 12 } });
  });

  it('loads several groups of anonymous people into their rows, keeps them unless changed, and sends a changed set', async () => {
    const groups: Contact = {
      ...full,
      anonymous_count: 3, anonymous_age_band: null, anonymous_gender: null,
      anonymous_groups: [{ count: 1, age_band: '30-54', gender: 'weiblich' }, { count: 2, age_band: 'unter-18', gender: null }],
    };
    const { user } = setup({ contact: groups });
    // The first group in the three fields, the second in a row of its own.
    expect(value('ce-anonymous')).toBe('1');
    expect(value('ce-age-band')).toBe('30-54');
    expect(value('ce-gender')).toBe('weiblich');
    expect(value('ce-group-count-1')).toBe('2');
    expect(value('ce-group-age-band-1')).toBe('unter-18');
    expect(value('ce-group-gender-1')).toBe('');
    expect(screen.queryByTestId('ce-group-count-2')).toBeNull();

    // Untouched groups are not sent.
    await user.clear(byId('ce-duration'));
    await user.type(byId('ce-duration'), '25');
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenLastCalledWith({ id: 'c7', changes: { duration_min: 25 } });

    // A changed row and one more group: the whole set, with a count of 0.
    await user.clear(byId('ce-group-count-1'));
    await user.type(byId('ce-group-count-1'), '3');
    await user.click(byId('ce-group-add'));
    expect(document.activeElement).toBe(byId('ce-group-count-2'));
    await user.type(byId('ce-group-count-2'), '1');
    await user.selectOptions(byId('ce-group-gender-2'), 'maennlich');
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenLastCalledWith({
      id: 'c7',
      changes: {
        duration_min: 25,
        anonymous_count: 0,
        anonymous_groups: [
          { count: 1, age_band: '30-54', gender: 'weiblich' },
          { count: 3, age_band: 'unter-18' },
          { count: 1, gender: 'maennlich' },
        ],
      },
    });
  });

  it('back to one group: the three plain fields replace the stored groups', async () => {
    const groups: Contact = {
      ...full,
      anonymous_count: 3, anonymous_age_band: null, anonymous_gender: null,
      anonymous_groups: [{ count: 1, age_band: '30-54', gender: 'weiblich' }, { count: 2, age_band: 'unter-18', gender: null }],
    };
    const { user } = setup({ contact: groups });
    await user.click(byId('ce-group-remove-1'));
    expect(document.activeElement).toBe(byId('ce-group-add'));
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenCalledWith({
      id: 'c7',
      changes: { anonymous_count: 1, anonymous_age_band: '30-54', anonymous_gender: 'weiblich' },
    });
  });

  it('a contact with one group gets a second: both are sent as groups', async () => {
    const { user } = setup();
    expect(screen.queryByTestId('ce-group-count-1')).toBeNull();
    await user.click(byId('ce-group-add'));
    await user.type(byId('ce-group-count-1'), '1');
    await user.selectOptions(byId('ce-group-age-band-1'), '30-54');
    await user.click(byId('ce-save'));
    expect(m.editContact).toHaveBeenCalledWith({
      id: 'c7',
      changes: {
        anonymous_count: 0,
        anonymous_groups: [{ count: 2, age_band: 'unter-18', gender: 'weiblich' }, { count: 1, age_band: '30-54' }],
      },
    });
  });

  it('deletes only after the question; a refusal is shown and the form stays', async () => {
    const { user, ondeleted } = setup();
    await user.click(byId('ce-delete'));
    expect(plain(byId('contact-edit-form').textContent)).toContain(t('contact-delete-question'));
    expect(document.activeElement).toBe(byId('ce-delete-confirm'));
    await user.click(byId('ce-delete-cancel'));
    expect(m.deleteContact).not.toHaveBeenCalled();
    expect(screen.queryByTestId('ce-delete-confirm')).toBeNull();

    m.deleteContact.mockRejectedValueOnce({ code: 'error-locked', args: {} });
    await user.click(byId('ce-delete'));
    await user.click(byId('ce-delete-confirm'));
    await vi.waitFor(() => expect(byId('ce-delete-error').textContent).toBe(t('error-locked')));
    expect(ondeleted).not.toHaveBeenCalled();

    await user.click(byId('ce-delete-confirm'));
    expect(m.deleteContact).toHaveBeenLastCalledWith({ id: 'c7' });
    await vi.waitFor(() => expect(ondeleted).toHaveBeenCalledWith('c7'));
  });

  it('names a person that is no longer on file instead of leaving the chip empty', async () => {
    m.listPersons.mockResolvedValue([]);
    setup();
    await vi.waitFor(() => expect(plain(byId('ce-persons-chip').textContent)).toContain(t('rec-person-unknown')));
  });

  it('takes a heading level below the list it is opened from', () => {
    setup({ level: 4 });
    expect(byId('contact-edit-form').querySelector('h4#ce-heading')).not.toBeNull();
  });
});

describe('contactChanges', () => {
  it('is empty for an untouched form and names only what differs', () => {
    const fields = fieldsOf(full);
    expect(contactChanges(full, full.site_id, fields, vocabulary.topics, false)).toEqual({});
    // Whitespace around a value is no change; case in the language is normalised.
    const tidied = { ...fields, day: ' 2025-11-20 ', language: ' TR ', note: 'Wohnungssuche besprochen' };
    expect(contactChanges(full, full.site_id, tidied, vocabulary.topics, false)).toEqual({});
    // A note of only spaces is an emptied note.
    expect(contactChanges(full, full.site_id, { ...fields, note: '   ' }, vocabulary.topics, false)).toEqual({ note: '' });
    // A volunteer's form never changes the note.
    expect(contactChanges(full, full.site_id, { ...fields, note: 'x' }, vocabulary.topics, true)).toEqual({});
  });

  it('keeps stored groups untouched, and a row without people is no group', () => {
    const groups: Contact = {
      ...full,
      anonymous_count: 3, anonymous_age_band: null, anonymous_gender: null,
      anonymous_groups: [{ count: 1, age_band: null, gender: 'divers' }, { count: 2, age_band: 'ab-65', gender: null }],
    };
    const fields = fieldsOf(groups);
    expect(fields.groups).toEqual([{ count: 2, ageBand: 'ab-65', gender: '' }]);
    expect(contactChanges(groups, groups.site_id, fields, vocabulary.topics, false)).toEqual({});
    // An empty extra row leaves one group: sent as groups all the same (the core makes it plain).
    const more = { ...fields, groups: [...fields.groups, { count: null, ageBand: '' as const, gender: '' as const }] };
    expect(contactChanges(groups, groups.site_id, more, vocabulary.topics, false)).toEqual({});
    const fewer = { ...fields, groups: [{ count: 0, ageBand: 'ab-65' as const, gender: '' as const }] };
    expect(contactChanges(groups, groups.site_id, fewer, vocabulary.topics, false)).toEqual({
      anonymous_count: 0,
      anonymous_groups: [{ count: 1, gender: 'divers' }],
    });
  });
});
