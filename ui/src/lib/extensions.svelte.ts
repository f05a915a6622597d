// The programme's own vocabulary (ids the lead added, with a label in every language), as the
// store holds it after the office's package: loaded where kinds are shown, and used to name a
// record's own terms in the current language (the built-in id they refine otherwise).
import * as api from './api';
import type { Contact, Marker, Topic, VocabExtension } from './bindings';
import { i18n, t } from './i18n.svelte';

const state = $state<{ list: VocabExtension[] }>({ list: [] });

/** Loads the extensions; a failure keeps the last list (terms are then named by their parent). */
export async function loadExtensions(): Promise<void> {
  try {
    state.list = await api.vocabExtensions();
  } catch {
    // Shown with the built-in id's name.
  }
}

type Of = 'site' | 'partner' | 'activity' | 'contact';
/** The vocabularies a programme extends, as the core names them. */
export type Vocab = `${Of}-kind` | 'topic' | 'outcome' | 'marker';
export type Term = { id: string; label: string };

/** The label of an extension in the current language (German when it lacks one). */
function label(e: VocabExtension): string {
  return e.labels[i18n.locale] ?? e.labels['de'] ?? e.id;
}

function find(vocab: Vocab, id: string): VocabExtension | undefined {
  return state.list.find((e) => e.kind === vocab && e.id === id);
}

/** The programme's own terms of a vocabulary, as options of a select or chips. */
export function ownTerms(vocab: Vocab): Term[] {
  return state.list.filter((e) => e.kind === vocab).map((e) => ({ id: e.id, label: label(e) }));
}

/** The programme's own kinds of a record, as options of a select. */
export function ownOptions(of: Of): Term[] {
  return ownTerms(`${of}-kind`);
}

/** The built-in id an own term refines; null for a built-in id (and for a marker). */
export function parentOf(vocab: Vocab, id: string): string | null {
  return find(vocab, id)?.parent ?? null;
}

/** The name of an own term: its label, else the built-in one's (`<prefix>-<id>`). */
function named(vocab: Vocab, prefix: string, id: string, own?: string | null): string {
  const found = own ? find(vocab, own) : undefined;
  return found ? label(found) : t(`${prefix}-${id}`);
}

/** The name of a record's kind: its own kind's label when it has one. */
export function kindLabel(of: Of, kind: string, ext?: string | null): string {
  return named(`${of}-kind`, `${of}-kind`, kind, ext);
}

/** The name of a contact's outcome (its own outcome's label when it has one); '' for none. */
export function outcomeLabel(c: Pick<Contact, 'outcome' | 'outcome_ext'>): string {
  return c.outcome ? named('outcome', 'outcome', c.outcome, c.outcome_ext) : '';
}

/**
 * A contact's topics as a form and a list show them: the programme's own topics in place of the
 * built-in ones they refine, the other built-in ones as they are.
 */
export function topicIds(c: Pick<Contact, 'topics' | 'topics_ext'>): string[] {
  const refined = new Set(c.topics_ext.map((x) => parentOf('topic', x)));
  return [...c.topics.filter((x) => !refined.has(x)), ...c.topics_ext];
}

/** The name of a topic, built-in or the programme's own. */
export function topicLabel(id: string): string {
  return named('topic', 'topic', id, id);
}

/** The name of an own term, or its id where this device does not know it. */
function ownLabel(vocab: Vocab, id: string): string {
  const found = find(vocab, id);
  return found ? label(found) : id;
}

/** A person's markers, built-in then the programme's own, with their names. */
export function markerTerms(markers: readonly Marker[], own: readonly string[]): Term[] {
  return [...markers.map((m) => ({ id: m as string, label: t(`marker-${m}`) })), ...own.map((m) => ({ id: m, label: ownLabel('marker', m) }))];
}

/** The built-in ids of a vocabulary (named `<vocab>-<id>`) and the programme's own, as options. */
export function allTerms(vocab: 'topic' | 'marker', builtIn: readonly (Topic | Marker)[]): Term[] {
  return [...builtIn.map((x) => ({ id: x as string, label: t(`${vocab}-${x}`) })), ...ownTerms(vocab)];
}
