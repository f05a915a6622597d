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
  /**
   * After a failure of the command or of `then` (`error` is already set): empty a secret field,
   * drop results that no longer hold. Not after a failed `check`.
   */
  failed?: (error: IpcError) => void;
};

export class FormSubmit<T> {
  busy = $state(false);
  error = $state<IpcError | UiMessage | null>(null);
  done = $state<T | null>(null);
  /** Counts the sends: only the newest one's outcome is kept (see resubmit). */
  #sent = 0;

  /**
   * Sends `command` unless a submit is running, after clearing the last error and result.
   * Resolves true when the command succeeded. A failure of `then` is shown as the error too,
   * but the result stays (the command did succeed).
   */
  async submit(command: () => Promise<T>, options: SubmitOptions<T> = {}): Promise<boolean> {
    if (this.busy) return false;
    return this.#send(command, options);
  }

  /**
   * Like submit, but sends even while another submit runs (e.g. a list searched again after a
   * change): the newest send wins, an older one that finishes later is dropped (no `done`,
   * `error`, `then` or `failed`), and `busy` lasts until the newest has finished.
   */
  resubmit(command: () => Promise<T>, options: SubmitOptions<T> = {}): Promise<boolean> {
    return this.#send(command, options);
  }

  async #send(command: () => Promise<T>, { check, then, failed }: SubmitOptions<T>): Promise<boolean> {
    const sent = ++this.#sent;
    this.error = null;
    this.done = null;
    const invalid = check?.() ?? null;
    if (invalid) {
      this.error = invalid;
      this.busy = false;
      return false;
    }
    this.busy = true;
    let ok = false;
    try {
      const result = await command();
      if (sent !== this.#sent) return false;
      this.done = result;
      ok = true;
      await then?.(result);
    } catch (e) {
      if (sent === this.#sent) {
        const error = toIpcError(e);
        this.error = error;
        failed?.(error);
      }
    } finally {
      if (sent === this.#sent) this.busy = false;
    }
    return ok;
  }

  /** Shows an error that did not come from a submit (e.g. loading the list beside the form). */
  fail(e: unknown): void {
    this.error = toIpcError(e);
  }
}
