import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/lib/api')>();
  return {
    ...original,
    addContact: vi.fn(),
    setLocale: vi.fn(),
    pickPersons: vi.fn(),
    loadDraft: vi.fn(),
    saveDraft: vi.fn(),
    clearDraft: vi.fn(),
    vocabExtensions: vi.fn(),
  };
});

import * as api from '../src/lib/api';
import type { AgeBand, Contact, ContactInput, ContactKind, Gender, Outcome, PersonPick, Topic } from '../src/lib/bindings';
import QuickEntry from '../src/components/QuickEntry.svelte';
import { localDay } from '../src/lib/format';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { contact, plain, sites, vocabulary } from './fixtures';

const addContact = vi.mocked(api.addContact);
const pickPersons = vi.mocked(api.pickPersons);
const loadDraft = vi.mocked(api.loadDraft);
const saveDraft = vi.mocked(api.saveDraft);
const clearDraft = vi.mocked(api.clearDraft);
const vocabExtensions = vi.mocked(api.vocabExtensions);

/** An own term of the programme, labelled in every language. */
function own(kind: string, id: string, parent: string | null, de: string) {
  return { kind, id, parent, labels: { de, en: `${de} (en)`, tr: `${de} (tr)`, ar: `${de} (ar)`, uk: `${de} (uk)` } };
}

const people: PersonPick[] = [
  { id: 'p-mk', pseudonym: 'MK-1980', documented: true },
  { id: 'p-ms', pseudonym: 'MS-1992', documented: true },
  { id: 'p-ab', pseudonym: 'AB-1955', documented: true },
  { id: 'p-ohne', pseudonym: 'XY-2001', documented: false },
];

function savedFrom(input: ContactInput): Contact {
  // What the core answers for this input (the window sends only ids and vocabulary ids).
  return contact({
    id: 'c-1',
    site_id: input.site_id,
    site_name: sites.find((s) => s.id === input.site_id)?.name ?? '',
    kind: input.kind as ContactKind,
    start: input.start,
    duration_min: input.duration_min,
    anonymous_count: input.anonymous_count,
    anonymous_age_band: input.anonymous_age_band as AgeBand | null,
    anonymous_gender: input.anonymous_gender as Gender | null,
    topics: input.topics as Topic[],
    note: input.note,
    follow_up: input.follow_up,
    persons: input.persons,
    language: input.language,
    interpreter: input.interpreter,
    outcome: input.outcome as Outcome | null,
  });
}

function setup(extra: { volunteer?: boolean } = {}) {
  const onsaved = vi.fn();
  const user = userEvent.setup();
  render(QuickEntry, { props: { sites, vocabulary, onsaved, ...extra } });
  return { user, onsaved };
}

const byId = (id: string) => screen.getByTestId(id);

describe('QuickEntry', () => {
  beforeEach(() => {
    applyLocale('de');
    for (const fn of [addContact, pickPersons, loadDraft, saveDraft, clearDraft, vocabExtensions]) fn.mockReset();
    vocabExtensions.mockResolvedValue([]);
    loadDraft.mockResolvedValue(null);
    saveDraft.mockResolvedValue(undefined);
    clearDraft.mockResolvedValue(undefined);
    pickPersons.mockImplementation(async (text) =>
      people.filter((p) => p.pseudonym.toLowerCase().includes(text.text.toLowerCase())),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => cleanup());

  it('site combobox: typing filters, ArrowDown moves, Enter picks the highlighted site', async () => {
    const { user } = setup();
    const input = byId('qe-site') as HTMLInputElement;
    await user.click(input);
    await user.keyboard('kita');
    const options = screen.getAllByTestId('qe-site-option');
    expect(options.map((o) => o.textContent?.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'Kita Sonnenschein',
      'Kita Regenbogen',
    ]);
    expect(input.getAttribute('aria-expanded')).toBe('true');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[1].getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{Enter}');
    expect(input.value).toBe('Kita Regenbogen');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    // The id of the chosen site is what gets sent.
    addContact.mockImplementation(async (c) => savedFrom(c));
    await user.click(byId('qe-save'));
    expect(addContact).toHaveBeenCalledTimes(1);
    expect(addContact.mock.calls[0][0].site_id).toBe('site-kita-regen');
  });

  it('site combobox: Tab picks the first match and moves on to the kind', async () => {
    const { user } = setup();
    const input = byId('qe-site') as HTMLInputElement;
    await user.click(input);
    await user.keyboard('park');
    await user.tab();
    expect(input.value).toBe('Stadtpark');
    expect(document.activeElement).toBe(byId('qe-kind'));
  });

  it('can be filled with the keyboard alone in the documented Tab order', async () => {
    const { user } = setup();
    await user.click(byId('qe-site'));
    const order = [
      'qe-kind',
      'qe-outcome',
      'qe-persons',
      'qe-anonymous',
      'qe-age-band',
      'qe-gender',
      // One more stop: the button that adds a group of anonymous people.
      'qe-group-add',
      // The topics are one Tab stop (a toolbar): the first topic.
      `qe-topic-${vocabulary.topics[0]}`,
      'qe-duration',
      'qe-follow-up',
      'qe-language',
      'qe-interpreter',
      'qe-note',
      'qe-save',
    ];
    for (const id of order) {
      await user.tab();
      expect(document.activeElement?.getAttribute('data-testid')).toBe(id);
    }
  });

  it('anonymous groups: two rows send both as anonymous_groups and a count of 0, without band or gender', async () => {
    const { user } = setup();
    addContact.mockImplementation(async (c) => savedFrom(c));
    await user.click(byId('qe-site'));
    await user.keyboard('sonne{Enter}');
    await user.clear(byId('qe-anonymous'));
    await user.type(byId('qe-anonymous'), '1');
    await user.selectOptions(byId('qe-age-band'), '30-54');
    await user.selectOptions(byId('qe-gender'), 'weiblich');
    expect(screen.queryByTestId('qe-group-count-1')).toBeNull();

    await user.click(byId('qe-group-add'));
    // The new row has the focus, under its own legend and labels.
    expect(document.activeElement).toBe(byId('qe-group-count-1'));
    const row = byId('qe-group-1');
    expect(row.tagName).toBe('FIELDSET');
    expect(plain(row.querySelector('legend')?.textContent)).toBe(plain(t('rec-group-legend', { number: 2 })));
    expect(screen.getByLabelText(t('rec-group-count'))).toBe(byId('qe-group-count-1'));
    expect(byId('qe-group-remove-1').getAttribute('aria-label')).toBe(plain(t('rec-group-remove-label', { number: 2 })));
    await user.type(byId('qe-group-count-1'), '2');
    await user.selectOptions(byId('qe-group-age-band-1'), 'unter-18');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(addContact).toHaveBeenCalledTimes(1);
    expect(addContact.mock.calls[0][0]).toEqual({
      site_id: 'site-kita-sonne',
      kind: 'erstkontakt',
      date: localDay(),
      start: expect.stringMatching(/^\d{2}:\d{2}$/),
      duration_min: 15,
      anonymous_count: 0,
      anonymous_age_band: null,
      anonymous_gender: null,
      anonymous_groups: [
        { count: 1, age_band: '30-54', gender: 'weiblich' },
        { count: 2, age_band: 'unter-18' },
      ],
      topics: [],
      note: null,
      persons: [],
      follow_up: null,
      language: null,
      interpreter: false,
      outcome: null,
    });
    await tick();
    // The next contact starts with one group again.
    expect(screen.queryByTestId('qe-group-count-1')).toBeNull();
  });

  it('anonymous groups: rows without people are left out; removing rows moves the focus and leaves the plain fields', async () => {
    const { user } = setup();
    addContact.mockImplementation(async (c) => savedFrom(c));
    await user.click(byId('qe-site'));
    await user.keyboard('park{Enter}');
    await user.clear(byId('qe-anonymous'));
    await user.type(byId('qe-anonymous'), '3');
    await user.click(byId('qe-group-add'));
    await user.click(byId('qe-group-add'));
    expect(document.activeElement).toBe(byId('qe-group-count-2'));
    await user.type(byId('qe-group-count-2'), '4');
    await user.selectOptions(byId('qe-group-gender-2'), 'maennlich');

    // The Tab order runs through the rows, then to the add button and the topics.
    byId('qe-gender').focus();
    for (const id of [
      'qe-group-count-1', 'qe-group-age-band-1', 'qe-group-gender-1', 'qe-group-remove-1',
      'qe-group-count-2', 'qe-group-age-band-2', 'qe-group-gender-2', 'qe-group-remove-2',
      'qe-group-add', `qe-topic-${vocabulary.topics[0]}`,
    ]) {
      await user.tab();
      expect(document.activeElement?.getAttribute('data-testid')).toBe(id);
    }

    // The empty first row is not sent.
    await user.click(byId('qe-save'));
    expect(addContact.mock.calls[0][0]).toMatchObject({
      anonymous_count: 0,
      anonymous_groups: [{ count: 3 }, { count: 4, gender: 'maennlich' }],
    });
    await tick();

    await user.click(byId('qe-site'));
    await user.keyboard('park{Enter}');
    await user.clear(byId('qe-anonymous'));
    await user.type(byId('qe-anonymous'), '2');
    await user.selectOptions(byId('qe-gender'), 'divers');
    await user.click(byId('qe-group-add'));
    await user.type(byId('qe-group-count-1'), '5');
    await user.click(byId('qe-group-add'));
    await user.type(byId('qe-group-count-2'), '6');
    // Removing a row: the one that took its place gets the focus…
    await user.click(byId('qe-group-remove-1'));
    expect((byId('qe-group-count-1') as HTMLInputElement).value).toBe('6');
    expect(screen.queryByTestId('qe-group-count-2')).toBeNull();
    expect(document.activeElement).toBe(byId('qe-group-count-1'));
    // … and without rows, the add button.
    await user.click(byId('qe-group-remove-1'));
    expect(screen.queryByTestId('qe-group-count-1')).toBeNull();
    expect(document.activeElement).toBe(byId('qe-group-add'));

    // One group again: the plain fields, as always, and no groups.
    await user.click(byId('qe-save'));
    const sent = addContact.mock.calls[1][0];
    expect(sent).toMatchObject({ anonymous_count: 2, anonymous_age_band: null, anonymous_gender: 'divers' });
    expect(sent).not.toHaveProperty('anonymous_groups');
  });

  it('keeps the further groups in the draft and restores them', async () => {
    const { user } = setup();
    await vi.waitFor(() => expect(loadDraft).toHaveBeenCalled());
    await user.click(byId('qe-group-add'));
    await user.type(byId('qe-group-count-1'), '2');
    await user.selectOptions(byId('qe-group-age-band-1'), 'unter-18');
    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalled(), { timeout: 2000 });
    const body = JSON.parse(saveDraft.mock.calls[saveDraft.mock.calls.length - 1][0].body);
    expect(body.groups).toEqual([{ count: 2, ageBand: 'unter-18', gender: '' }]);
    cleanup();

    loadDraft.mockResolvedValue(
      JSON.stringify({
        siteId: 'site-jc', siteText: 'Jobcenter Mitte', anonymousCount: 1, ageBand: '30-54', gender: 'weiblich',
        // A draft is not trusted: unknown values are dropped, what is not a row is skipped.
        groups: [{ count: 2, ageBand: 'unter-18', gender: 'weiblich' }, { count: 1, ageBand: 'alt', gender: 'x' }, 'kaputt'],
      }),
    );
    addContact.mockImplementation(async (c) => savedFrom(c));
    const again = setup();
    await vi.waitFor(() => expect((byId('qe-group-count-1') as HTMLInputElement).value).toBe('2'));
    expect((byId('qe-group-age-band-1') as HTMLSelectElement).value).toBe('unter-18');
    expect((byId('qe-group-gender-1') as HTMLSelectElement).value).toBe('weiblich');
    expect((byId('qe-group-count-2') as HTMLInputElement).value).toBe('1');
    expect((byId('qe-group-age-band-2') as HTMLSelectElement).value).toBe('');
    expect(screen.queryByTestId('qe-group-count-3')).toBeNull();
    await again.user.click(byId('qe-save'));
    expect(addContact.mock.calls[0][0].anonymous_groups).toEqual([
      { count: 1, age_band: '30-54', gender: 'weiblich' },
      { count: 2, age_band: 'unter-18', gender: 'weiblich' },
      { count: 1 },
    ]);
  });

  it('moves between topics with the arrow keys, mirrored right to left, and Space toggles', async () => {
    const { user } = setup();
    const first = vocabulary.topics[0];
    const second = vocabulary.topics[1];
    const last = vocabulary.topics[vocabulary.topics.length - 1];
    byId(`qe-topic-${first}`).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(byId(`qe-topic-${second}`));
    await user.keyboard(' ');
    expect(byId(`qe-topic-${second}`).getAttribute('aria-pressed')).toBe('true');
    // The Tab stop stays on the topic last used.
    expect(byId(`qe-topic-${second}`).tabIndex).toBe(0);
    expect(byId(`qe-topic-${first}`).tabIndex).toBe(-1);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(byId(`qe-topic-${last}`));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement, 'wraps round').toBe(byId(`qe-topic-${first}`));
    document.documentElement.dir = 'rtl';
    try {
      await user.keyboard('{ArrowLeft}');
      expect(document.activeElement, 'left is forward right to left').toBe(byId(`qe-topic-${second}`));
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('Ctrl+Enter in the note saves with the chosen site, selected topics and typed duration', async () => {
    const { user, onsaved } = setup();
    addContact.mockImplementation(async (c) => savedFrom(c));

    await user.click(byId('qe-site'));
    await user.keyboard('sonne{Enter}');
    await user.tab(); // kind
    await user.selectOptions(byId('qe-kind'), 'beratung');
    await user.clear(byId('qe-anonymous'));
    await user.type(byId('qe-anonymous'), '3');
    await user.selectOptions(byId('qe-age-band'), '30-54');

    // Toggle topics with the keyboard: Space on one, Enter on another, in reverse order.
    byId('qe-topic-gesundheit').focus();
    await user.keyboard(' ');
    byId('qe-topic-wohnen').focus();
    await user.keyboard('{Enter}');
    expect(byId('qe-topic-wohnen').getAttribute('aria-pressed')).toBe('true');
    expect(byId('qe-topic-gesundheit').getAttribute('aria-pressed')).toBe('true');
    expect(byId('qe-topic-arbeit').getAttribute('aria-pressed')).toBe('false');

    await user.clear(byId('qe-duration'));
    await user.type(byId('qe-duration'), '25');
    await user.type(byId('qe-note'), 'Kurz über Wohnungssuche gesprochen');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(addContact).toHaveBeenCalledTimes(1);
    expect(addContact.mock.calls[0][0]).toEqual({
      site_id: 'site-kita-sonne',
      kind: 'beratung',
      // Today and now, as the form showed them.
      date: localDay(),
      start: expect.stringMatching(/^\d{2}:\d{2}$/),
      duration_min: 25,
      anonymous_count: 3,
      anonymous_age_band: '30-54',
      anonymous_gender: null,
      topics: ['wohnen', 'gesundheit'],
      note: 'Kurz über Wohnungssuche gesprochen',
      persons: [],
      follow_up: null,
      language: null,
      interpreter: false,
      outcome: null,
    });
    await tick();

    // Cleared form, focus back on the site, a status message, the parent told.
    expect(onsaved).toHaveBeenCalledTimes(1);
    expect((byId('qe-note') as HTMLTextAreaElement).value).toBe('');
    expect((byId('qe-site') as HTMLInputElement).value).toBe('');
    expect((byId('qe-duration') as HTMLInputElement).value).toBe('15');
    expect((byId('qe-anonymous') as HTMLInputElement).value).toBe('0');
    expect((byId('qe-kind') as HTMLSelectElement).value).toBe('erstkontakt');
    expect(byId('qe-topic-wohnen').getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(byId('qe-site'));
    expect(byId('qe-status').getAttribute('role')).toBe('status');
    expect(plain(byId('qe-status').textContent)).toBe('Kontakt gespeichert.');
    expect(screen.queryByTestId('qe-error')).toBeNull();
  });

  it('logs an earlier day: the typed date and start are sent, the day stays for the next contact', async () => {
    const { user } = setup();
    addContact.mockImplementation(async (input) => savedFrom(input));
    expect((byId('qe-date') as HTMLInputElement).value).toBe(localDay());
    expect((byId('qe-start') as HTMLInputElement).value).toMatch(/^\d{2}:\d{2}$/);
    await user.clear(byId('qe-date'));
    await user.type(byId('qe-date'), '2026-12-01');
    await user.clear(byId('qe-start'));
    await user.type(byId('qe-start'), '10:15');
    await user.click(byId('qe-site'));
    await user.keyboard('sonne{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(addContact).toHaveBeenCalledTimes(1);
    expect(addContact.mock.calls[0][0]).toMatchObject({ date: '2026-12-01', start: '10:15' });
    await tick();
    // The next contact of that day: the day stays, its start is to be typed.
    expect((byId('qe-date') as HTMLInputElement).value).toBe('2026-12-01');
    expect((byId('qe-start') as HTMLInputElement).value).toBe('');
    // An empty start is sent as none.
    await user.click(byId('qe-site'));
    await user.keyboard('sonne{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(addContact.mock.calls[1][0]).toMatchObject({ date: '2026-12-01', start: null });
  });

  it('Ctrl+Enter in the note cancels the newline and saves', async () => {
    const { user } = setup();
    addContact.mockRejectedValue({ code: 'error-internal', args: {} });
    await user.click(byId('qe-site'));
    await user.keyboard('Jobcenter{Enter}');
    await user.type(byId('qe-note'), 'eins');
    // dispatchEvent returns false when a handler called preventDefault (no newline inserted).
    const notCancelled = await fireEvent.keyDown(byId('qe-note'), { key: 'Enter', ctrlKey: true });
    expect(notCancelled).toBe(false);
    expect(addContact).toHaveBeenCalledTimes(1);
    expect((byId('qe-note') as HTMLTextAreaElement).value).toBe('eins');
    // A plain Enter in the note is an ordinary newline.
    expect(await fireEvent.keyDown(byId('qe-note'), { key: 'Enter' })).toBe(true);
  });

  it('shows a rejected save in qe-error and keeps the input', async () => {
    const { user, onsaved } = setup();
    const error = { code: 'error-invalid-duration', args: { min: '1', max: '1440', value: '5000' } };
    addContact.mockRejectedValue(error);

    await user.click(byId('qe-site'));
    await user.keyboard('Stadt{Enter}');
    byId('qe-topic-familie').focus();
    await user.keyboard(' ');
    await user.clear(byId('qe-duration'));
    await user.type(byId('qe-duration'), '5000');
    await user.type(byId('qe-note'), 'Notiz bleibt <b>erhalten</b>');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await tick();

    expect(addContact).toHaveBeenCalledTimes(1);
    const alert = byId('qe-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(t('error-invalid-duration', error.args));
    expect(plain(alert.textContent)).toContain('5000');
    expect(alert.textContent).not.toBe('');
    expect((byId('qe-note') as HTMLTextAreaElement).value).toBe('Notiz bleibt <b>erhalten</b>');
    expect((byId('qe-site') as HTMLInputElement).value).toBe('Stadtpark');
    expect((byId('qe-duration') as HTMLInputElement).value).toBe('5000');
    expect(byId('qe-topic-familie').getAttribute('aria-pressed')).toBe('true');
    expect(plain(byId('qe-status').textContent)).toBe('');
    expect(onsaved).not.toHaveBeenCalled();

    // Corrected and saved: the error goes away.
    addContact.mockImplementation(async (c) => savedFrom(c));
    byId('qe-duration').focus();
    await user.clear(byId('qe-duration'));
    await user.type(byId('qe-duration'), '50{Control>}{Enter}{/Control}');
    await tick();
    expect(addContact).toHaveBeenCalledTimes(2);
    expect(addContact.mock.calls[1][0].duration_min).toBe(50);
    expect(screen.queryByTestId('qe-error')).toBeNull();
    expect(onsaved).toHaveBeenCalledTimes(1);
  });

  it('does not send without a chosen site and says why', async () => {
    const { user } = setup();
    await user.click(byId('qe-note'));
    await user.keyboard('ohne Ort{Control>}{Enter}{/Control}');
    expect(addContact).not.toHaveBeenCalled();
    expect(plain(byId('qe-error').textContent)).toBe(t('qe-error-site-required'));
    expect(document.activeElement).toBe(byId('qe-site'));
  });

  it('plain Enter in a number field does not save', async () => {
    const { user } = setup();
    await user.click(byId('qe-site'));
    await user.keyboard('Jobcenter{Enter}');
    await user.click(byId('qe-duration'));
    await user.keyboard('{Enter}');
    expect(addContact).not.toHaveBeenCalled();
  });

  it('re-renders its labels when the locale changes', async () => {
    setup();
    expect(screen.getByLabelText('Dauer in Minuten')).toBe(byId('qe-duration'));
    applyLocale('en');
    await tick();
    expect(screen.getByLabelText('Duration in minutes')).toBe(byId('qe-duration'));
  });

  it('person picker: searches by pseudonym, adds chips with Enter, removes them, and sends the ids', async () => {
    const { user } = setup();
    addContact.mockImplementation(async (c) => savedFrom(c));
    await user.click(byId('qe-site'));
    await user.keyboard('Stadt{Enter}');

    await user.click(byId('qe-persons'));
    await user.keyboard('mk');
    await vi.waitFor(() => expect(screen.getAllByTestId('qe-persons-option')).toHaveLength(1));
    expect(pickPersons).toHaveBeenLastCalledWith({ text: 'mk' });
    await user.keyboard('{Enter}');
    expect(screen.getAllByTestId('qe-persons-chip').map((c) => plain(c.textContent))).toEqual(['MK-1980 ×']);
    expect((byId('qe-persons') as HTMLInputElement).value).toBe('');

    await user.keyboard('19{ArrowDown}');
    await vi.waitFor(() => expect(screen.getAllByTestId('qe-persons-option')).toHaveLength(2));
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getAllByTestId('qe-persons-chip').map((c) => plain(c.textContent))).toEqual([
      'MK-1980 ×',
      'AB-1955 ×',
    ]);
    // Enter right after typing (before the debounced search ran) takes the first match.
    await user.keyboard('ms{Enter}');
    await vi.waitFor(() => expect(screen.getAllByTestId('qe-persons-chip')).toHaveLength(3));

    // Remove one by its button, the last one with Backspace in the empty field.
    const remove = screen.getAllByTestId('qe-persons-remove')[0];
    expect(remove.getAttribute('aria-label')).toContain('MK-1980');
    await user.click(remove);
    expect(document.activeElement).toBe(byId('qe-persons'));
    await user.keyboard('{Backspace}');
    expect(screen.getAllByTestId('qe-persons-chip').map((c) => plain(c.textContent))).toEqual(['AB-1955 ×']);

    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(addContact).toHaveBeenCalledTimes(1);
    expect(addContact.mock.calls[0][0].persons).toEqual(['p-ab']);
    await tick();
    expect(screen.queryAllByTestId('qe-persons-chip')).toHaveLength(0);
  });

  it('person picker: a person without documentation consent is listed but cannot be picked', async () => {
    const { user } = setup();
    await user.click(byId('qe-persons'));
    await user.keyboard('xy');
    await vi.waitFor(() => expect(screen.getAllByTestId('qe-persons-option')).toHaveLength(1));
    const option = screen.getByTestId('qe-persons-option');
    expect(option.getAttribute('aria-disabled')).toBe('true');
    expect(plain(option.textContent)).toContain('ohne Dokumentations-Einwilligung');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(option);
    expect(screen.queryAllByTestId('qe-persons-chip')).toHaveLength(0);
  });

  it('sends outcome, follow-up date, language and interpreter', async () => {
    const { user } = setup();
    addContact.mockImplementation(async (c) => savedFrom(c));
    await user.click(byId('qe-site'));
    await user.keyboard('Jobcenter{Enter}');
    await user.selectOptions(byId('qe-outcome'), 'vermittelt');
    await fireEvent.input(byId('qe-follow-up'), { target: { value: '2025-12-01' } });
    await user.type(byId('qe-language'), ' TR ');
    await user.click(byId('qe-interpreter'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(addContact.mock.calls[0][0]).toMatchObject({
      site_id: 'site-jc',
      outcome: 'vermittelt',
      follow_up: '2025-12-01',
      language: 'tr',
      interpreter: true,
      persons: [],
    });
  });

  it('keeps every change as a debounced draft and clears it after a save', async () => {
    const { user } = setup();
    addContact.mockImplementation(async (c) => savedFrom(c));
    await vi.waitFor(() => expect(loadDraft).toHaveBeenCalledWith({ slot: 'quick-entry' }));
    await user.click(byId('qe-site'));
    await user.keyboard('Stadt{Enter}');
    await user.type(byId('qe-note'), 'Entwurf');
    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalled(), { timeout: 2000 });
    // Debounced: one write for the whole burst of typing, with the latest state.
    expect(saveDraft).toHaveBeenCalledTimes(1);
    const [{ slot, body }] = saveDraft.mock.calls[0];
    expect(slot).toBe('quick-entry');
    expect(JSON.parse(body)).toMatchObject({ siteId: 'site-park', siteText: 'Stadtpark', note: 'Entwurf' });

    await user.keyboard('{Control>}{Enter}{/Control}');
    await vi.waitFor(() => expect(clearDraft).toHaveBeenCalledWith({ slot: 'quick-entry' }));
    // The emptied form is not written back as a new draft.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('restores a stored draft on mount and can discard it', async () => {
    loadDraft.mockResolvedValue(
      JSON.stringify({
        siteId: 'site-kita-sonne', siteText: 'Kita Sonnenschein', kind: 'beratung',
        persons: [{ id: 'p-mk', pseudonym: 'MK-1980' }], anonymousCount: 2, ageBand: '', gender: '',
        topics: ['wohnen', 'unbekannt'], duration: 30, outcome: 'beraten', followUp: '2025-12-03',
        language: 'ar', interpreter: true, note: 'halb getippt',
      }),
    );
    const { user } = setup();
    await vi.waitFor(() => expect((byId('qe-note') as HTMLTextAreaElement).value).toBe('halb getippt'));
    expect((byId('qe-site') as HTMLInputElement).value).toBe('Kita Sonnenschein');
    expect((byId('qe-kind') as HTMLSelectElement).value).toBe('beratung');
    expect((byId('qe-duration') as HTMLInputElement).value).toBe('30');
    expect((byId('qe-follow-up') as HTMLInputElement).value).toBe('2025-12-03');
    expect((byId('qe-interpreter') as HTMLInputElement).checked).toBe(true);
    expect(byId('qe-topic-wohnen').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByTestId('qe-persons-chip')).toHaveLength(1);
    expect(plain(byId('qe-status').textContent)).toBe(t('qe-draft-restored'));

    // Restoring does not write the draft back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(saveDraft).not.toHaveBeenCalled();

    await user.click(byId('qe-draft-discard'));
    expect(clearDraft).toHaveBeenCalledWith({ slot: 'quick-entry' });
    expect((byId('qe-note') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryAllByTestId('qe-persons-chip')).toHaveLength(0);
    expect(screen.queryByTestId('qe-draft-discard')).toBeNull();
  });

  it("offers the programme's own kind, outcome and topics, keeps them in the draft and sends their ids", async () => {
    vocabExtensions.mockResolvedValue([
      own('contact-kind', 'aufsuchend', 'kurzkontakt', 'Aufsuchend'),
      own('outcome', 'wohnplatz-gefunden', 'vermittelt', 'Wohnplatz gefunden'),
      own('topic', 'schulden', 'finanzen', 'Schulden'),
    ]);
    loadDraft.mockResolvedValue(
      JSON.stringify({ siteId: 'site-jc', siteText: 'Jobcenter Mitte', kind: 'aufsuchend', topics: ['schulden', 'erfunden'], outcome: 'erfunden' }),
    );
    addContact.mockImplementation(async (c) => savedFrom(c));
    const { user } = setup();
    await vi.waitFor(() => expect((byId('qe-kind') as HTMLSelectElement).value).toBe('aufsuchend'));
    const kind = byId('qe-kind') as HTMLSelectElement;
    expect(kind.selectedOptions[0].textContent).toBe('Aufsuchend');
    expect(byId('qe-topic-schulden').getAttribute('aria-pressed')).toBe('true');
    expect(byId('qe-topic-schulden').textContent?.trim()).toBe('Schulden');
    // What the draft held but no vocabulary knows is dropped.
    expect((byId('qe-outcome') as HTMLSelectElement).value).toBe('');
    await user.selectOptions(byId('qe-outcome'), 'wohnplatz-gefunden');
    await user.click(byId('qe-topic-wohnen'));
    await user.click(byId('qe-save'));
    expect(addContact.mock.calls[0][0]).toMatchObject({
      kind: 'aufsuchend',
      outcome: 'wohnplatz-gefunden',
      topics: ['wohnen', 'schulden'],
    });
  });

  it('a restored draft is saved as a contact and then cleared', async () => {
    loadDraft.mockResolvedValue(
      JSON.stringify({ siteId: 'site-jc', siteText: 'Jobcenter Mitte', persons: [{ id: 'p-ms', pseudonym: 'MS-1992' }] }),
    );
    addContact.mockImplementation(async (c) => savedFrom(c));
    const { user } = setup();
    await vi.waitFor(() => expect(screen.getAllByTestId('qe-persons-chip')).toHaveLength(1));
    await user.click(byId('qe-save'));
    expect(addContact.mock.calls[0][0]).toMatchObject({ site_id: 'site-jc', persons: ['p-ms'], duration_min: 15 });
    await vi.waitFor(() => expect(clearDraft).toHaveBeenCalledWith({ slot: 'quick-entry' }));
    expect(plain(byId('qe-status').textContent)).toBe('Kontakt gespeichert.');
  });

  it('volunteers get no note field and never send a note', async () => {
    loadDraft.mockResolvedValue(JSON.stringify({ siteId: 'site-jc', siteText: 'Jobcenter Mitte', note: 'geheim' }));
    addContact.mockImplementation(async (c) => savedFrom(c));
    const { user } = setup({ volunteer: true });
    await vi.waitFor(() => expect((byId('qe-site') as HTMLInputElement).value).toBe('Jobcenter Mitte'));
    expect(screen.queryByTestId('qe-note')).toBeNull();
    await user.click(byId('qe-save'));
    expect(addContact.mock.calls[0][0].note).toBeNull();
  });

  it('a failed draft write is shown as a hint, the form stays usable', async () => {
    saveDraft.mockRejectedValue({ code: 'error-invalid-draft', args: {} });
    const { user } = setup();
    await user.click(byId('qe-site'));
    await user.keyboard('Stadt{Enter}');
    await vi.waitFor(() => expect(screen.getByTestId('qe-draft-error')).toBeTruthy(), { timeout: 2000 });
    expect(plain(byId('qe-draft-error').textContent)).toContain(plain(t('error-invalid-draft')));
  });

  it('does not overwrite what was typed while the draft was still loading', async () => {
    let resolve: (body: string | null) => void = () => {};
    loadDraft.mockReturnValue(new Promise((r) => (resolve = r)));
    const { user } = setup();
    await user.type(byId('qe-note'), 'neu');
    resolve(JSON.stringify({ note: 'alt', siteText: 'Stadtpark', siteId: 'site-park' }));
    await vi.waitFor(() => expect(saveDraft).toHaveBeenCalled(), { timeout: 2000 });
    expect((byId('qe-note') as HTMLTextAreaElement).value).toBe('neu');
    expect(JSON.parse(saveDraft.mock.calls[0][0].body)).toMatchObject({ note: 'neu', siteId: null });
    expect(screen.queryByTestId('qe-draft-discard')).toBeNull();
  });
});
