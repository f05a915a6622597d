// A mocked dialog.ts for component tests: each dialog is a vi.fn() that is cancelled (null) unless
// a test says what the user chose; the filters stay real.
import { vi } from 'vitest';
import type * as Dialog from '../src/lib/dialog';

type DialogModule = typeof Dialog;

const DIALOGS = ['chooseFolder', 'chooseFile', 'chooseFiles', 'chooseSaveFile'] as const;

export function mockedDialog(original: DialogModule): DialogModule {
  const out: Record<string, unknown> = { ...original };
  for (const name of DIALOGS) out[name] = vi.fn();
  return out as DialogModule;
}

/** Resets every dialog to "the user cancelled". */
export function resetDialogMocks(dialog: DialogModule): void {
  const m = vi.mocked(dialog);
  for (const name of DIALOGS) {
    m[name].mockReset();
    m[name].mockResolvedValue(null);
  }
}
