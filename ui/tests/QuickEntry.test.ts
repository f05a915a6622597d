import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/lib/api')>();
  return { ...original, addContact: vi.fn(), setLocale: vi.fn() };
});

import * as api from '../src/lib/api';
import type { ContactDto, ContactInput } from '../src/lib/bindings';
import QuickEntry from '../src/components/QuickEntry.svelte';
import { applyLocale, t } from '../src/lib/i18n.svelte';
import { plain, sites, vocabulary } from './fixtures';

const addContact = vi.mocked(api.addContact);

function savedFrom(contact: ContactInput): ContactDto {
  return {
    ...contact,
    id: 'c-1',
    siteName: sites.find((s) => s.id === contact.siteId)?.name ?? '',
    date: '2025-11-21',
    revision: 1,
  };
}

function setup() {
  const onsaved = vi.fn();
  const user = userEvent.setup();
  render(QuickEntry, { props: { sites, vocabulary, onsaved } });
  return { user, onsaved };
}

const byId = (id: string) => screen.getByTestId(id);

describe('QuickEntry', () => {
  beforeEach(() => {
    applyLocale('de');
    addContact.mockReset();
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
    expect(addContact.mock.calls[0][0].siteId).toBe('site-kita-regen');
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
      'qe-anonymous',
      'qe-age-band',
      'qe-gender',
      ...vocabulary.topics.map((topic) => `qe-topic-${topic}`),
      'qe-duration',
      'qe-note',
      'qe-save',
    ];
    for (const id of order) {
      await user.tab();
      expect(document.activeElement?.getAttribute('data-testid')).toBe(id);
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
      siteId: 'site-kita-sonne',
      kind: 'beratung',
      date: null,
      start: null,
      durationMinutes: 25,
      anonymousCount: 3,
      anonymousAgeBand: '30-54',
      anonymousGender: null,
      topics: ['wohnen', 'gesundheit'],
      note: 'Kurz über Wohnungssuche gesprochen',
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
    expect(addContact.mock.calls[1][0].durationMinutes).toBe(50);
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
});
