import { cleanup, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import type { AppStatus } from '../src/lib/bindings';
import App from '../src/App.svelte';
import { applyLocale } from '../src/lib/i18n.svelte';
import { resetApiMocks } from './api-mock';
import { sites, vocabulary, volunteerProfile } from './fixtures';

const status = (over: Partial<AppStatus>): AppStatus => ({
  initialised: true,
  unlocked: true,
  locale: 'de',
  auto_lock_minutes: 5,
  today: '2025-11-21',
  ...over,
});

async function flush(ms = 0) {
  await vi.advanceTimersByTimeAsync(ms);
  await tick();
}

describe('App', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    applyLocale('de');
    resetApiMocks(api);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.mocked(api.vocabulary).mockResolvedValue(vocabulary);
    vi.mocked(api.today).mockResolvedValue({ date: '2025-11-21', contacts: [], contacts_total: 0, follow_ups_due: [], follow_ups_upcoming: [], planned_visits: [] });
    vi.mocked(api.listSites).mockResolvedValue(sites);
    vi.mocked(api.activity).mockResolvedValue(undefined);
    vi.mocked(api.lock).mockResolvedValue(undefined);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows Setup when not initialised, in the stored locale', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({ initialised: false, unlocked: false, locale: 'ar' }));
    render(App);
    await flush();
    expect(screen.getByTestId('setup-submit')).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('shows Lock when initialised and locked', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({ unlocked: false }));
    render(App);
    await flush();
    expect(screen.getByTestId('unlock-passphrase')).toBeTruthy();
    expect(screen.queryByTestId('nav-heute')).toBeNull();
  });

  it('switches to Lock when a poll reports unlocked=false, dropping the screen data', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    render(App);
    await flush();
    expect(screen.getByTestId('nav-heute')).toBeTruthy();
    expect(screen.getByTestId('today-contacts')).toBeTruthy();

    vi.mocked(api.appStatus).mockResolvedValue(status({ unlocked: false }));
    await flush(4000);
    expect(screen.getByTestId('today-contacts')).toBeTruthy();
    await flush(1000);
    expect(screen.getByTestId('unlock-passphrase')).toBeTruthy();
    expect(screen.queryByTestId('today-contacts')).toBeNull();
    expect(screen.queryByTestId('qe-site')).toBeNull();
  });

  it('lock-now calls lock and shows the lock screen', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    render(App);
    await flush();
    vi.mocked(api.appStatus).mockResolvedValue(status({ unlocked: false }));
    screen.getByTestId('lock-now').click();
    await flush();
    expect(api.lock).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('unlock-passphrase')).toBeTruthy();
  });

  it('sends activity on keydown/pointerdown at most once per 20 s while unlocked', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    render(App);
    await flush();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(api.activity).toHaveBeenCalledTimes(1);
    await flush(10_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    expect(api.activity).toHaveBeenCalledTimes(1);
    await flush(10_000);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(api.activity).toHaveBeenCalledTimes(2);
  });

  it('navigates between the main screens', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    render(App);
    await flush();
    screen.getByTestId('nav-sites').click();
    await flush();
    expect(screen.getByTestId('site-add')).toBeTruthy();
    expect(screen.getByTestId('nav-sites').getAttribute('aria-current')).toBe('page');
    expect(screen.queryByTestId('qe-site')).toBeNull();
  });

  it('reads the role once unlocked: a volunteer gets no note field', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    vi.mocked(api.profile).mockResolvedValue(volunteerProfile);
    render(App);
    await flush();
    await flush();
    expect(api.profile).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('qe-site')).toBeTruthy();
    expect(screen.queryByTestId('qe-note')).toBeNull();
  });

  it('shows the note field to a worker', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    render(App);
    await flush();
    await flush();
    expect(screen.getByTestId('qe-note')).toBeTruthy();
  });

  it('reaches Personen and Gruppenangebote from the navigation', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    render(App);
    await flush();
    screen.getByTestId('nav-persons').click();
    await flush();
    expect(screen.getByTestId('persons-search')).toBeTruthy();
    expect(screen.getByTestId('nav-persons').getAttribute('aria-current')).toBe('page');
    screen.getByTestId('nav-activities').click();
    await flush();
    expect(screen.getByTestId('activity-form')).toBeTruthy();
    expect(screen.queryByTestId('persons-search')).toBeNull();
  });

  it('hides the note search from a volunteer on Personen', async () => {
    vi.mocked(api.appStatus).mockResolvedValue(status({}));
    vi.mocked(api.profile).mockResolvedValue(volunteerProfile);
    render(App);
    await flush();
    await flush();
    screen.getByTestId('nav-persons').click();
    await flush();
    expect(screen.getByTestId('persons-search')).toBeTruthy();
    expect(screen.queryByTestId('notes-search')).toBeNull();
  });
});
