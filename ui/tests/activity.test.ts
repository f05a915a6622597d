import { describe, expect, it, vi } from 'vitest';
import { createActivityNotifier } from '../src/lib/activity';

describe('createActivityNotifier', () => {
  it('sends at most once per 20 s', () => {
    let now = 1_000_000;
    const send = vi.fn();
    const notify = createActivityNotifier(send, 20_000, () => now);
    expect(notify()).toBe(true);
    now += 19_999;
    expect(notify()).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
    now += 1;
    expect(notify()).toBe(true);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('swallows a rejected ping', async () => {
    const notify = createActivityNotifier(() => Promise.reject(new Error('x')), 20_000, () => 0);
    expect(notify()).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
  });
});
