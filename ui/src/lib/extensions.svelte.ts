// The programme's own vocabulary (ids the lead added, with a label in every language), as the
// store holds it after the office's package: loaded where kinds are shown, and used to name a
// record's own kind in the current language (the built-in kind it refines otherwise).
import * as api from './api';
import type { VocabExtension } from './bindings';
import { i18n, t } from './i18n.svelte';

const state = $state<{ list: VocabExtension[] }>({ list: [] });

/** Loads the extensions; a failure keeps the last list (kinds are then named by their parent). */
export async function loadExtensions(): Promise<void> {
  try {
    state.list = await api.vocabExtensions();
  } catch {
    // Shown with the built-in kind's name.
  }
}

/** The name of a site's or partner's kind: its own kind's label when it has one. */
export function kindLabel(of: 'site' | 'partner', kind: string, ext?: string | null): string {
  if (ext) {
    const found = state.list.find((e) => e.kind === `${of}-kind` && e.id === ext);
    const label = found?.labels[i18n.locale] ?? found?.labels['de'];
    if (label) return label;
  }
  return t(`${of}-kind-${kind}`);
}
