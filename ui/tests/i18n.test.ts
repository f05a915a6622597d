import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

import { invoke } from '@tauri-apps/api/core';
import { applyLocale, availableLocales, i18n, switchLocale, t, tIn } from '../src/lib/i18n.svelte';
import { plain } from './fixtures';

const invokeMock = vi.mocked(invoke);

describe('i18n', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    applyLocale('de');
  });
  afterEach(() => applyLocale('de'));

  it('bundles all five locales from ../locales', () => {
    expect([...availableLocales].sort()).toEqual(['ar', 'de', 'en', 'tr', 'uk']);
  });

  it('formats German plurals', () => {
    expect(plain(t('contact-anonymous-count', { count: 1 }))).toBe('1 anonyme Person');
    expect(plain(t('contact-anonymous-count', { count: 3 }))).toBe('3 anonyme Personen');
    expect(plain(t('contact-duration', { minutes: 1 }))).toBe('1 Minute');
    expect(plain(t('contact-duration', { minutes: 15 }))).toBe('15 Minuten');
  });

  it('isolates text placeables (bidi) but leaves numbers plain', () => {
    expect(t('contact-anonymous-count', { count: 3 })).toBe('3 anonyme Personen');
    expect(t('sites-added', { name: 'Kita Nord' })).toBe('Einsatzort „\u2068Kita Nord\u2069“ angelegt.');
    applyLocale('ar');
    expect(t('sites-added', { name: 'Kita Nord' })).toContain('\u2068Kita Nord\u2069');
  });

  it('formats Arabic plurals with all six categories', () => {
    applyLocale('ar');
    const n = (x: number) => new Intl.NumberFormat('ar').format(x);
    expect(plain(t('contact-anonymous-count', { count: 0 }))).toBe('لا يوجد أشخاص مجهولو الهوية');
    expect(plain(t('contact-anonymous-count', { count: 1 }))).toBe('شخص واحد مجهول الهوية');
    expect(plain(t('contact-anonymous-count', { count: 2 }))).toBe('شخصان مجهولا الهوية');
    expect(plain(t('contact-anonymous-count', { count: 3 }))).toBe(`${n(3)} أشخاص مجهولي الهوية`);
    expect(plain(t('contact-anonymous-count', { count: 11 }))).toBe(`${n(11)} شخصًا مجهول الهوية`);
    expect(plain(t('contact-anonymous-count', { count: 100 }))).toBe(`${n(100)} شخص مجهول الهوية`);
  });

  it('formats Ukrainian plurals (one/few/many)', () => {
    applyLocale('uk');
    expect(plain(t('contact-duration', { minutes: 21 }))).toBe('21 хвилина');
    expect(plain(t('contact-duration', { minutes: 3 }))).toBe('3 хвилини');
    expect(plain(t('contact-duration', { minutes: 5 }))).toBe('5 хвилин');
  });

  it('sets dir=rtl for Arabic and ltr for the others, and lang', () => {
    for (const locale of ['de', 'en', 'tr', 'uk']) {
      applyLocale('ar');
      expect(document.documentElement.dir).toBe('rtl');
      applyLocale(locale);
      expect(document.documentElement.dir).toBe('ltr');
      expect(document.documentElement.lang).toBe(locale);
      expect(i18n.dir).toBe('ltr');
    }
    applyLocale('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(i18n.dir).toBe('rtl');
  });

  it('re-renders t() in the new locale at once', () => {
    expect(t('nav-settings')).toBe('Einstellungen');
    applyLocale('en');
    expect(t('nav-settings')).toBe('Settings');
    applyLocale('uk');
    expect(t('nav-settings')).toBe('Налаштування');
  });

  it('switchLocale applies the locale and calls set_locale', async () => {
    invokeMock.mockResolvedValueOnce(undefined);
    const error = await switchLocale('ar');
    expect(error).toBeNull();
    expect(i18n.locale).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(invokeMock).toHaveBeenCalledWith('set_locale', { req: { locale: 'ar' } });
  });

  it('switchLocale reports a set_locale failure as IpcError but keeps the new locale', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'error-invalid-locale', args: { locale: 'en' } });
    const error = await switchLocale('en');
    expect(error).toEqual({ code: 'error-invalid-locale', args: { locale: 'en' } });
    expect(i18n.locale).toBe('en');
  });

  it('normalises region tags and falls back to German for unknown locales', () => {
    applyLocale('de-AT');
    expect(i18n.locale).toBe('de');
    applyLocale('AR');
    expect(i18n.locale).toBe('ar');
    applyLocale('xx');
    expect(i18n.locale).toBe('de');
  });

  it('shows the id for a missing message instead of crashing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(t('no-such-message-anywhere')).toBe('no-such-message-anywhere');
    expect(tIn('xx', 'nav-heute')).toBe('nav-heute');
    expect(warn).toHaveBeenCalled();
  });
});
