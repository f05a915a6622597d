// Tells Rust about user activity (resets the auto-lock idle timer), at most once per interval.

export const ACTIVITY_INTERVAL_MS = 20_000;

export function createActivityNotifier(
  send: () => unknown,
  intervalMs: number = ACTIVITY_INTERVAL_MS,
  now: () => number = () => Date.now(),
): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const time = now();
    if (time - last < intervalMs) return false;
    last = time;
    try {
      const result = send();
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // Activity pings are best effort.
    }
    return true;
  };
}
