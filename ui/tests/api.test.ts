import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

import { invoke } from '@tauri-apps/api/core';
import * as api from '../src/lib/api';

const invokeMock = vi.mocked(invoke);

describe('api', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    api.setLockedHandler(null);
  });

  it('passes a thrown IpcError through unchanged', async () => {
    const error = { code: 'error-invalid-duration', args: { max: '1440' } };
    invokeMock.mockRejectedValueOnce(error);
    await expect(api.today()).rejects.toBe(error);
  });

  it.each([
    ['a string', 'command today not found'],
    ['an Error', new Error('boom')],
    ['undefined', undefined],
    ['an object without code', { message: 'nope' }],
    ['a non-string code', { code: 42, args: {} }],
  ])('maps %s to error-internal', async (_label, thrown) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    invokeMock.mockRejectedValueOnce(thrown);
    await expect(api.listSites()).rejects.toEqual({ code: 'error-internal', args: {} });
  });

  it('completes an IpcError that lacks args', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'error-locked' });
    await expect(api.profile()).rejects.toEqual({ code: 'error-locked', args: {} });
  });

  it('calls the locked handler on error-locked only', async () => {
    const onLocked = vi.fn();
    api.setLockedHandler(onLocked);
    invokeMock.mockRejectedValueOnce({ code: 'error-invalid-date', args: {} });
    await expect(api.today()).rejects.toBeTruthy();
    expect(onLocked).not.toHaveBeenCalled();
    invokeMock.mockRejectedValueOnce({ code: 'error-locked', args: {} });
    await expect(api.today()).rejects.toBeTruthy();
    expect(onLocked).toHaveBeenCalledTimes(1);
  });

  it('uses the command names and camelCase argument keys of docs/IPC.md', async () => {
    invokeMock.mockResolvedValue(undefined);
    const contact = {
      siteId: 's', kind: 'beratung', date: null, start: null, durationMinutes: 10, anonymousCount: 0,
      anonymousAgeBand: null, anonymousGender: null, topics: [], note: null,
    };
    const req = { locale: 'de', displayName: 'A', initials: 'A', team: null, role: 'worker', passphrase: 'p' };
    await api.appStatus();
    await api.vocabulary();
    await api.setup(req);
    await api.unlock('pw');
    await api.unlockWithRecovery('KEY', 'new');
    await api.lock();
    await api.setLocale('tr');
    await api.setAutoLock(7);
    await api.activity();
    await api.profile();
    await api.listSites();
    await api.addSite({ name: 'n', kind: 'kita', district: null });
    await api.addContact(contact);
    await api.today();
    await api.deleteContact('c1');
    expect(invokeMock.mock.calls).toEqual([
      ['app_status', undefined],
      ['vocabulary', undefined],
      ['setup', { req }],
      ['unlock', { passphrase: 'pw' }],
      ['unlock_with_recovery', { recoveryKey: 'KEY', newPassphrase: 'new' }],
      ['lock', undefined],
      ['set_locale', { locale: 'tr' }],
      ['set_auto_lock', { minutes: 7 }],
      ['activity', undefined],
      ['profile', undefined],
      ['list_sites', undefined],
      ['add_site', { site: { name: 'n', kind: 'kita', district: null } }],
      ['add_contact', { contact }],
      ['today', undefined],
      ['delete_contact', { id: 'c1' }],
    ]);
  });
});
