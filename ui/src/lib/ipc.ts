// How the window talks to Rust: `invoke`, with every rejection normalised to an IpcError whose
// `code` is a Fluent message id. The typed functions of each action are generated into api.ts.
import { invoke } from '@tauri-apps/api/core';
import type { IpcError } from './bindings';

export const INTERNAL_ERROR_CODE = 'error-internal';
export const LOCKED_ERROR_CODE = 'error-locked';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True if `value` has the shape of an IpcError: a string code and (optionally) an args object. */
export function isIpcError(value: unknown): value is IpcError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    value.code.length > 0 &&
    (value.args === undefined || value.args === null || isRecord(value.args))
  );
}

/** Normalises anything thrown by `invoke` into an IpcError. A well-formed IpcError is returned as is. */
export function toIpcError(thrown: unknown): IpcError {
  if (isIpcError(thrown)) {
    if (isRecord(thrown.args)) return thrown;
    // `{ code }` without args: complete it instead of discarding the code.
    return { code: thrown.code, args: {} };
  }
  if (import.meta.env.DEV) console.error('Feldbuch: unexpected IPC failure', thrown);
  return { code: INTERNAL_ERROR_CODE, args: {} };
}

let lockedHandler: (() => void) | null = null;

/** Called whenever a command rejects with error-locked (the UI then shows the lock screen). */
export function setLockedHandler(handler: (() => void) | null): void {
  lockedHandler = handler;
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    const error = toIpcError(thrown);
    if (error.code === LOCKED_ERROR_CODE) lockedHandler?.();
    throw error;
  }
}
