// The fields of a contact as the forms hold them (the quick entry and the correction of a
// contact share them, see ContactFields.svelte), and what the forms send from them.
import type { AgeBand, Contact, ContactKind, ContactPatch, Gender, Outcome, Topic } from './bindings';
import { whole, type PersonRef } from './persons';

/** What a contact form holds while it is being typed ('' is "not set"). */
export type ContactFieldValues = {
  day: string;
  start: string;
  kind: ContactKind | '';
  outcome: Outcome | '';
  persons: PersonRef[];
  anonymousCount: number | null;
  ageBand: AgeBand | '';
  gender: Gender | '';
  topics: Topic[];
  duration: number | null;
  followUp: string;
  language: string;
  interpreter: boolean;
  note: string;
};

/**
 * A contact's fields as the core names them, tidied as they are sent: trimmed, whole numbers,
 * topics in vocabulary order, '' for "not set" (which clears an optional field in a patch).
 */
export type ContactValues = Required<Omit<ContactPatch, 'site_id' | 'anonymous_groups'>>;

/** The values a form shows for a stored contact (persons still without their pseudonyms). */
export function fieldsOf(contact: Contact): ContactFieldValues {
  return {
    day: contact.date,
    start: contact.start ?? '',
    kind: contact.kind,
    outcome: contact.outcome ?? '',
    persons: contact.persons.map((id) => ({ id, pseudonym: '' })),
    anonymousCount: contact.anonymous_count,
    ageBand: contact.anonymous_age_band ?? '',
    gender: contact.anonymous_gender ?? '',
    topics: [...contact.topics],
    duration: contact.duration_min,
    followUp: contact.follow_up ?? '',
    language: contact.language ?? '',
    interpreter: contact.interpreter,
    note: contact.note ?? '',
  };
}

/** The form's values as they are sent; `topics` orders the chosen topics like the vocabulary. */
export function contactValues(fields: ContactFieldValues, topics: readonly Topic[]): ContactValues {
  return {
    kind: fields.kind,
    date: fields.day.trim(),
    start: fields.start.trim(),
    duration_min: whole(fields.duration, 0),
    anonymous_count: whole(fields.anonymousCount, 0),
    anonymous_age_band: fields.ageBand,
    anonymous_gender: fields.gender,
    topics: topics.filter((topic) => fields.topics.includes(topic)),
    // A note is kept as typed (line breaks and all) unless there is nothing in it.
    note: fields.note.trim() === '' ? '' : fields.note,
    follow_up: fields.followUp.trim(),
    persons: fields.persons.map((p) => p.id),
    language: fields.language.trim().toLowerCase(),
    interpreter: fields.interpreter,
    outcome: fields.outcome,
  };
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * What a correction changes: only the fields whose value differs from the stored contact's. A
 * volunteer never sends a note (they cannot see one, and the core refuses it).
 */
export function contactChanges(
  contact: Contact,
  siteId: string,
  fields: ContactFieldValues,
  topics: readonly Topic[],
  volunteer: boolean,
): ContactPatch {
  const before = contactValues(fieldsOf(contact), topics);
  const after = contactValues(fields, topics);
  const changes: Record<string, unknown> = {};
  if (siteId !== contact.site_id) changes.site_id = siteId;
  for (const key of Object.keys(after) as (keyof ContactValues)[]) {
    if (key === 'note' && volunteer) continue;
    if (!same(before[key], after[key])) changes[key] = after[key];
  }
  return changes as ContactPatch;
}
