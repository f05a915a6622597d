// The only place in the UI that talks to Rust. One typed wrapper per command of docs/IPC.md.
// Every rejection is normalised to an IpcError whose `code` is a Fluent message id.
import { invoke } from '@tauri-apps/api/core';
import type {
  AppStatus,
  ContactDto,
  ContactInput,
  IpcError,
  NewSite,
  ProfileDto,
  SetupRequest,
  SetupResult,
  SiteDto,
  TodayDto,
  Vocabulary,
} from './bindings';

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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    const error = toIpcError(thrown);
    if (error.code === LOCKED_ERROR_CODE) lockedHandler?.();
    throw error;
  }
}

export const appStatus = (): Promise<AppStatus> => call('app_status');
export const vocabulary = (): Promise<Vocabulary> => call('vocabulary');
export const setup = (req: SetupRequest): Promise<SetupResult> => call('setup', { req });
export const unlock = (passphrase: string): Promise<void> => call('unlock', { passphrase });
export const unlockWithRecovery = (recoveryKey: string, newPassphrase: string): Promise<void> =>
  call('unlock_with_recovery', { recoveryKey, newPassphrase });
export const lock = (): Promise<void> => call('lock');
export const setLocale = (locale: string): Promise<void> => call('set_locale', { locale });
export const setAutoLock = (minutes: number): Promise<void> => call('set_auto_lock', { minutes });
export const activity = (): Promise<void> => call('activity');
export const profile = (): Promise<ProfileDto> => call('profile');
export const listSites = (): Promise<SiteDto[]> => call('list_sites');
export const addSite = (site: NewSite): Promise<SiteDto> => call('add_site', { site });
export const addContact = (contact: ContactInput): Promise<ContactDto> => call('add_contact', { contact });
export const today = (): Promise<TodayDto> => call('today');
export const deleteContact = (id: string): Promise<void> => call('delete_contact', { id });
