// The fields of a contact as the forms hold them (the quick entry and the correction of a
// contact share them, see ContactFields.svelte), and what the forms send from them.
//
// The anonymous people: the first group is the three fields every contact always had (count,
// age band, gender); further groups are rows of their own (a mother with two children is one
// contact). With one group the form sends the three fields; with more it sends all groups as
// `anonymous_groups` (the first included) and a count of 0, which the core takes as "their sum".
import type { AgeBand, AnonymousGroupInput, Contact, ContactPatch, Gender, Topic } from './bindings';
import { topicIds } from './extensions.svelte';
import { whole, type PersonRef } from './persons';

/** A further group of anonymous people, as its row holds it ('' is "not set"). */
export type AnonymousGroupFields = {
  count: number | null;
  ageBand: AgeBand | '';
  gender: Gender | '';
};

/** What a contact form holds while it is being typed ('' is "not set"). */
export type ContactFieldValues = {
  day: string;
  start: string;
  /** A built-in kind or one of the programme's own (so also the outcome and the topics). */
  kind: string;
  outcome: string;
  persons: PersonRef[];
  /** The first group of anonymous people. */
  anonymousCount: number | null;
  ageBand: AgeBand | '';
  gender: Gender | '';
  /** The groups after the first (none for a plain count). */
  groups: AnonymousGroupFields[];
  topics: string[];
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

/** An empty row for one more group. */
export function emptyGroup(): AnonymousGroupFields {
  return { count: null, ageBand: '', gender: '' };
}

/** The values a form shows for a stored contact (persons still without their pseudonyms). */
export function fieldsOf(contact: Contact): ContactFieldValues {
  // Several groups: the first fills the three fields, the others a row each.
  const [first, ...rest] = contact.anonymous_groups.length > 1 ? contact.anonymous_groups : [];
  return {
    day: contact.date,
    start: contact.start ?? '',
    kind: contact.kind_ext ?? contact.kind,
    outcome: contact.outcome_ext ?? contact.outcome ?? '',
    persons: contact.persons.map((id) => ({ id, pseudonym: '' })),
    anonymousCount: first ? first.count : contact.anonymous_count,
    ageBand: (first ? first.age_band : contact.anonymous_age_band) ?? '',
    gender: (first ? first.gender : contact.anonymous_gender) ?? '',
    groups: rest.map((g) => ({ count: g.count, ageBand: g.age_band ?? '', gender: g.gender ?? '' })),
    topics: topicIds(contact),
    duration: contact.duration_min,
    followUp: contact.follow_up ?? '',
    language: contact.language ?? '',
    interpreter: contact.interpreter,
    note: contact.note ?? '',
  };
}

function groupInput(count: number | null, ageBand: AgeBand | '', gender: Gender | ''): AnonymousGroupInput {
  return {
    count: whole(count, 0),
    ...(ageBand === '' ? {} : { age_band: ageBand }),
    ...(gender === '' ? {} : { gender }),
  };
}

/**
 * The anonymous people as groups when the form has more than one (every row with people in it,
 * the first included, in the order shown), or null when it has only the first: then the three
 * plain fields say it all.
 */
export function anonymousGroups(fields: ContactFieldValues): AnonymousGroupInput[] | null {
  if (fields.groups.length === 0) return null;
  return [
    groupInput(fields.anonymousCount, fields.ageBand, fields.gender),
    ...fields.groups.map((g) => groupInput(g.count, g.ageBand, g.gender)),
  ].filter((g) => g.count > 0);
}

/**
 * The form's values as they are sent; `topics` orders the chosen built-in topics like the
 * vocabulary, the programme's own follow by id.
 * With several groups (see anonymousGroups) the plain count is 0 and age band and gender unset.
 */
export function contactValues(fields: ContactFieldValues, topics: readonly Topic[]): ContactValues {
  const several = fields.groups.length > 0;
  return {
    kind: fields.kind,
    date: fields.day.trim(),
    start: fields.start.trim(),
    duration_min: whole(fields.duration, 0),
    anonymous_count: several ? 0 : whole(fields.anonymousCount, 0),
    anonymous_age_band: several ? '' : fields.ageBand,
    anonymous_gender: several ? '' : fields.gender,
    topics: [...topics.filter((topic) => fields.topics.includes(topic)), ...fields.topics.filter((x) => !(topics as readonly string[]).includes(x)).sort()],
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

function sameGroups(a: AnonymousGroupInput[], b: AnonymousGroupInput[]): boolean {
  const key = (g: AnonymousGroupInput) => `${g.count}|${g.age_band ?? ''}|${g.gender ?? ''}`;
  return same(a.map(key), b.map(key));
}

const PLAIN_ANONYMOUS = ['anonymous_count', 'anonymous_age_band', 'anonymous_gender'] as const;

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
  const groupsBefore = anonymousGroups(fieldsOf(contact));
  const groupsAfter = anonymousGroups(fields);
  const changes: Record<string, unknown> = {};
  if (siteId !== contact.site_id) changes.site_id = siteId;
  for (const key of Object.keys(after) as (keyof ContactValues)[]) {
    if (key === 'note' && volunteer) continue;
    if ((PLAIN_ANONYMOUS as readonly string[]).includes(key) && (groupsBefore || groupsAfter)) continue;
    if (!same(before[key], after[key])) changes[key] = after[key];
  }
  if (groupsAfter) {
    // Several groups now: all of them replace what was stored, unless they are what was stored.
    if (!groupsBefore || !sameGroups(groupsBefore, groupsAfter)) {
      changes.anonymous_count = 0;
      changes.anonymous_groups = groupsAfter;
    }
  } else if (groupsBefore) {
    // Down to one group: the three fields, all of them, replace the stored groups.
    for (const key of PLAIN_ANONYMOUS) changes[key] = after[key];
  }
  return changes as ContactPatch;
}
