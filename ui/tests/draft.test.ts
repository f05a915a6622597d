import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/api', async (importOriginal) =>
  (await import('./api-mock')).mockedApi(await importOriginal()),
);

import * as api from '../src/lib/api';
import { createDraftKeeper, DRAFT_DELAY_MS, parseDraft } from '../src/lib/draft';
import { resetApiMocks } from './api-mock';

const m = vi.mocked(api);

describe('draft keeper', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetApiMocks(api);
  });
  afterEach(() => vi.useRealTimers());

  it('writes the latest body once typing pauses', async () => {
    const keeper = createDraftKeeper('quick-entry');
    keeper.update('{"a":1}');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50);
    keeper.update('{"a":12}');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50);
    expect(m.saveDraft).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(m.saveDraft).toHaveBeenCalledTimes(1);
    expect(m.saveDraft).toHaveBeenCalledWith({ slot: 'quick-entry', body: '{"a":12}' });
    // The same body again writes nothing.
    keeper.update('{"a":12}');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2);
    expect(m.saveDraft).toHaveBeenCalledTimes(1);
  });

  it('null clears the stored draft; settle() knows what is stored', async () => {
    const keeper = createDraftKeeper('person');
    keeper.settle('{"x":1}');
    keeper.update('{"x":1}');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2);
    expect(m.saveDraft).not.toHaveBeenCalled();
    keeper.update(null);
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS);
    expect(m.clearDraft).toHaveBeenCalledWith({ slot: 'person' });
  });

  it('reports failures and retries the same body later', async () => {
    const onerror = vi.fn();
    m.saveDraft.mockRejectedValueOnce({ code: 'error-invalid-draft', args: {} });
    const keeper = createDraftKeeper('quick-entry', onerror);
    keeper.update('{"b":2}');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS);
    expect(onerror).toHaveBeenLastCalledWith({ code: 'error-invalid-draft', args: {} });
    keeper.update('{"b":2}');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS);
    expect(m.saveDraft).toHaveBeenCalledTimes(2);
    expect(onerror).toHaveBeenLastCalledWith(null);
  });

  it('dispose() writes a pending change at once', async () => {
    const keeper = createDraftKeeper('activity');
    keeper.update('{"c":3}');
    keeper.dispose();
    expect(m.saveDraft).toHaveBeenCalledWith({ slot: 'activity', body: '{"c":3}' });
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2);
    expect(m.saveDraft).toHaveBeenCalledTimes(1);
  });

  it('parseDraft accepts JSON objects only', () => {
    expect(parseDraft('{"a":1}')).toEqual({ a: 1 });
    expect(parseDraft('[1]')).toBeNull();
    expect(parseDraft('nope')).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });
});
