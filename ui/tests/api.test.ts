import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));

import { invoke } from '@tauri-apps/api/core';
import * as api from '../src/lib/api';
import * as ipc from '../src/lib/ipc';

const invokeMock = vi.mocked(invoke);

describe('api', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    api.setLockedHandler(null);
  });

  it('passes a thrown IpcError through unchanged', async () => {
    const error = { code: 'error-invalid-duration', args: { max: '1440' } };
    invokeMock.mockRejectedValueOnce(error);
    await expect(api.today({ limit: null })).rejects.toBe(error);
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
    await expect(api.today({ limit: null })).rejects.toBeTruthy();
    expect(onLocked).not.toHaveBeenCalled();
    invokeMock.mockRejectedValueOnce({ code: 'error-locked', args: {} });
    await expect(api.today({ limit: null })).rejects.toBeTruthy();
    expect(onLocked).toHaveBeenCalledTimes(1);
  });

  it('sends every action of the generated client as { req } to its snake_case command', async () => {
    invokeMock.mockResolvedValue(null);
    const helpers = new Set(Object.keys(ipc));
    const actions = Object.entries(api).filter(
      ([name, value]) => typeof value === 'function' && !helpers.has(name),
    );
    expect(actions.length).toBeGreaterThanOrEqual(40);
    for (const [name, fn] of actions) {
      const command = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const req = { marker: name };
      invokeMock.mockClear();
      // Actions without a request take no argument and send null.
      await (fn as (r?: unknown, p?: unknown) => Promise<unknown>)(fn.length === 0 ? undefined : req, () => {});
      expect(invokeMock).toHaveBeenCalledTimes(1);
      // An action that reports progress also hands over the channel it reports on.
      const sent = fn.length === 2 ? { req, onProgress: expect.anything() } : { req: fn.length === 0 ? null : req };
      expect(invokeMock.mock.calls[0]).toEqual([command, sent]);
    }
  });

  it('normalises a rejected workflow command like any other', async () => {
    const onLocked = vi.fn();
    api.setLockedHandler(onLocked);
    invokeMock.mockRejectedValueOnce({ code: 'error-person-needs-consent', args: { pseudonym: 'MK' } });
    await expect(api.addFollowup({ due: '2025-12-01', what: 'x', person_id: 'p1' })).rejects.toEqual({
      code: 'error-person-needs-consent', args: { pseudonym: 'MK' },
    });
    invokeMock.mockRejectedValueOnce({ code: 'error-locked' });
    await expect(api.personPage({ id: 'p1' })).rejects.toEqual({ code: 'error-locked', args: {} });
    expect(onLocked).toHaveBeenCalledTimes(1);
  });
});
