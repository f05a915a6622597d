// The programme's own vocabulary (ids the lead added, with a label in every language), as the
// store holds it after the office's package: loaded where kinds are shown, and used to name a
// record's own kind in the current language (the built-in kind it refines otherwise).
import * as api from './api';
import type { SiteKind, VocabExtension } from './bindings';
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

type Of = 'site' | 'partner' | 'activity';

/** The label of an extension in the current language (German when it lacks one). */
function label(e: VocabExtension): string {
  return e.labels[i18n.locale] ?? e.labels['de'] ?? e.id;
}

/** The programme's own kinds of a vocabulary, as options of a select. */
export function ownOptions(of: Of): { id: string; label: string }[] {
  return state.list.filter((e) => e.kind === `${of}-kind`).map((e) => ({ id: e.id, label: label(e) }));
}

/** The built-in kind an own kind refines; null for a built-in kind. */
export function parentOf(of: Of, id: string): string | null {
  return state.list.find((e) => e.kind === `${of}-kind` && e.id === id)?.parent ?? null;
}

/** The name of a record's kind: its own kind's label when it has one. */
export function kindLabel(of: Of, kind: string, ext?: string | null): string {
  if (ext) {
    const found = state.list.find((e) => e.kind === `${of}-kind` && e.id === ext);
    if (found) return label(found);
  }
  return t(`${of}-kind-${kind}`);
}

/**
 * A site's kind as a form holds it, as the core takes it: a built-in kind alone, or the
 * programme's own kind as the built-in kind it refines and itself.
 */
export function siteKind(value: string): { kind: SiteKind; kind_ext?: string } {
  const parent = parentOf('site', value);
  return parent === null ? { kind: value as SiteKind } : { kind: parent as SiteKind, kind_ext: value };
}
