// The state every "add …" form keeps around the one command it sends: `busy` while it runs (the
// submit button is disabled and a second submit is ignored), the `error` it failed with (an
// IpcError from Rust or a UiMessage from the form's own checks) and what the last success
// returned (`done`, for the status line). Shown with FormStatus.svelte.
import { toIpcError } from './api';
import type { IpcError } from './bindings';
import type { UiMessage } from './i18n.svelte';

export type SubmitOptions<T> = {
  /** The form's own checks, before anything is sent: a message stops the submit. */
  check?: () => UiMessage | null;
  /** After success (`done` is already set): reset fields, reload a list, move the focus. */
  then?: (result: T) => unknown;
};

export class FormSubmit<T> {
  busy = $state(false);
  error = $state<IpcError | UiMessage | null>(null);
  done = $state<T | null>(null);

  /**
   * Sends `command` unless a submit is running, after clearing the last error and result.
   * Resolves true when the command succeeded. A failure of `then` is shown as the error too,
   * but the result stays (the command did succeed).
   */
  async submit(command: () => Promise<T>, { check, then }: SubmitOptions<T> = {}): Promise<boolean> {
    if (this.busy) return false;
    this.error = null;
    this.done = null;
    const invalid = check?.() ?? null;
    if (invalid) {
      this.error = invalid;
      return false;
    }
    this.busy = true;
    let ok = false;
    try {
      const result = await command();
      this.done = result;
      ok = true;
      await then?.(result);
    } catch (e) {
      this.error = toIpcError(e);
    } finally {
      this.busy = false;
    }
    return ok;
  }

  /** Shows an error that did not come from a submit (e.g. loading the list beside the form). */
  fail(e: unknown): void {
    this.error = toIpcError(e);
  }
}
