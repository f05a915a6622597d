// One record of a list open for correcting at a time, in place below its line: which one, the
// button that opened it (`<prefix>-<key>-edit`), and the focus back on that button when the
// form closes (or on `fallback`, the list, when the line has gone).
import { focusById } from './focus';

export class InlineEditor {
  /** The key of the record open for correcting, or null. */
  open = $state<string | null>(null);
  readonly #prefix: string;
  readonly #fallback: string | undefined;

  constructor(prefix: string, fallback?: string) {
    this.#prefix = prefix;
    this.#fallback = fallback;
  }

  buttonId(key: string): string {
    return `${this.#prefix}-${key}-edit`;
  }

  start(key: string): void {
    this.open = key;
  }

  /** Closes the form and hands the focus back. */
  close = (): void => {
    const key = this.open;
    this.open = null;
    if (key !== null) void focusById(this.buttonId(key), this.#fallback);
  };
}
