// Drafts of unsaved forms. They are kept by Rust in the encrypted store (never in browser
// storage), so a crash or an auto-lock loses no half-typed entry and leaves nothing in plaintext.
import * as api from './api';
import type { IpcError } from './bindings';

/** The forms that keep drafts (the core refuses any other slot). */
export type DraftSlot = 'quick-entry' | 'person' | 'activity' | 'referral';

/** How long typing must pause before the draft is written. */
export const DRAFT_DELAY_MS = 400;

export type DraftKeeper = {
  /**
   * The form changed: write `body` (JSON of an object) after a pause; `null` means the form
   * holds nothing worth keeping, so the stored draft is dropped instead.
   */
  update(body: string | null): void;
  /** What the store holds now (after restoring; undefined: unknown); cancels a pending write. */
  settle(body: string | null | undefined): void;
  /** Drops the stored draft at once (after a successful save). */
  clear(): Promise<void>;
  /** Writes a pending change at once (best effort) and stops the timer. */
  dispose(): void;
};

export function createDraftKeeper(
  slot: DraftSlot,
  onerror?: (error: IpcError | null) => void,
  delayMs: number = DRAFT_DELAY_MS,
): DraftKeeper {
  // What the store holds: a body, null (no draft) or undefined (unknown, e.g. after a failure).
  let stored: string | null | undefined = null;
  let pending: string | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  async function write(body: string | null): Promise<void> {
    // Taken as written at once, so an identical update meanwhile does not write twice.
    stored = body;
    try {
      if (body === null) await api.clearDraft({ slot });
      else await api.saveDraft({ slot, body });
      if (!disposed) onerror?.(null);
    } catch (e) {
      if (stored === body) stored = undefined;
      if (!disposed) onerror?.(e as IpcError);
    }
  }

  function cancel() {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  }

  return {
    update(body) {
      cancel();
      if (body === stored) return;
      pending = body;
      timer = setTimeout(() => {
        const next = pending;
        cancel();
        if (next !== undefined) void write(next);
      }, delayMs);
    },
    settle(body) {
      cancel();
      stored = body;
    },
    async clear() {
      cancel();
      await write(null);
    },
    dispose() {
      const next = pending;
      cancel();
      disposed = true;
      // The component is going away: write what is pending now (a failure shows nowhere).
      if (next !== undefined && next !== stored) void write(next);
    },
  };
}

/** Parses a stored draft body into an object, or null if it is not one. */
export function parseDraft(body: string | null): Record<string, unknown> | null {
  if (body === null) return null;
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function draftString(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

export function draftNumber(value: unknown, fallback: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function draftStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}
