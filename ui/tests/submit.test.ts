import { describe, expect, it, vi } from 'vitest';
import { uiError } from '../src/lib/i18n.svelte';
import { FormSubmit } from '../src/lib/submit.svelte';

describe('FormSubmit', () => {
  it('is busy while the command runs, ignores a second submit and keeps the result', async () => {
    const form = new FormSubmit<string>();
    let resolve: (value: string) => void = () => {};
    const command = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const first = form.submit(command);
    expect(form.busy).toBe(true);
    expect(await form.submit(command)).toBe(false);
    expect(command).toHaveBeenCalledTimes(1);
    resolve('Tafel Nord');
    expect(await first).toBe(true);
    expect(form.busy).toBe(false);
    expect(form.done).toBe('Tafel Nord');
    expect(form.error).toBeNull();
  });

  it('stops at a failed check without sending, and clears the last outcome first', async () => {
    const form = new FormSubmit<string>();
    await form.submit(async () => 'alt');
    const command = vi.fn(async () => 'neu');
    expect(await form.submit(command, { check: () => uiError('slots-error-site') })).toBe(false);
    expect(command).not.toHaveBeenCalled();
    expect(form.done).toBeNull();
    expect(form.error).toEqual({ code: 'slots-error-site', args: {} });
    expect(form.busy).toBe(false);
  });

  it('captures an IpcError (and normalises anything else)', async () => {
    const form = new FormSubmit<string>();
    expect(await form.submit(() => Promise.reject({ code: 'error-partner-exists', args: { name: 'X' } }))).toBe(false);
    expect(form.error).toEqual({ code: 'error-partner-exists', args: { name: 'X' } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await form.submit(() => Promise.reject(new TypeError('boom')));
    expect(form.error).toEqual({ code: 'error-internal', args: {} });
  });

  it('runs `then` with the result; its failure is shown but the result stays', async () => {
    const form = new FormSubmit<number>();
    const then = vi.fn();
    expect(await form.submit(async () => 7, { then })).toBe(true);
    expect(then).toHaveBeenCalledWith(7);

    expect(await form.submit(async () => 8, { then: () => Promise.reject({ code: 'error-locked', args: {} }) })).toBe(true);
    expect(form.done).toBe(8);
    expect(form.error).toEqual({ code: 'error-locked', args: {} });
    expect(form.busy).toBe(false);
  });

  it('runs `failed` after a failure of the command or of `then`, not after a failed check', async () => {
    const form = new FormSubmit<number>();
    const failed = vi.fn();
    await form.submit(() => Promise.reject({ code: 'error-wrong-passphrase', args: {} }), { failed });
    expect(failed).toHaveBeenCalledWith({ code: 'error-wrong-passphrase', args: {} });
    await form.submit(async () => 1, { then: () => Promise.reject({ code: 'error-locked', args: {} }), failed });
    expect(failed).toHaveBeenLastCalledWith({ code: 'error-locked', args: {} });
    await form.submit(async () => 2, { check: () => uiError('slots-error-site'), failed });
    await form.submit(async () => 3, { failed });
    expect(failed).toHaveBeenCalledTimes(2);
  });

  it('resubmit sends while busy: the newest wins, an older outcome is dropped', async () => {
    const form = new FormSubmit<string>();
    const pending: Array<{ resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
    const command = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }));
    const then = vi.fn();
    const failed = vi.fn();
    const first = form.submit(command, { then, failed });
    const second = form.resubmit(command, { then, failed });
    expect(pending).toHaveLength(2);
    pending[1].resolve('neu');
    expect(await second).toBe(true);
    expect(form.busy).toBe(false);
    pending[0].reject({ code: 'error-internal', args: {} });
    expect(await first).toBe(false);
    expect(form.done).toBe('neu');
    expect(form.error).toBeNull();
    expect(then).toHaveBeenCalledTimes(1);
    expect(then).toHaveBeenCalledWith('neu');
    expect(failed).not.toHaveBeenCalled();

    // Busy lasts until the newest has finished, even when an older one finishes first.
    const third = form.submit(command, { then });
    const fourth = form.resubmit(command, { then });
    pending[2].resolve('alt');
    expect(await third).toBe(false);
    expect(form.busy).toBe(true);
    expect(form.done).toBeNull();
    pending[3].resolve('neuer');
    expect(await fourth).toBe(true);
    expect(form.busy).toBe(false);
    expect(form.done).toBe('neuer');
  });

  it('fail() shows an error from elsewhere (e.g. loading the list)', () => {
    const form = new FormSubmit<string>();
    form.fail({ code: 'error-forbidden' });
    expect(form.error).toEqual({ code: 'error-forbidden', args: {} });
  });
});
