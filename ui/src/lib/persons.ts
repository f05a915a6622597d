import type { AgeBand, ExitResult, Gender, Marker, Person, PersonInput, PersonPatch, PersonQuery } from './bindings';

/**
 * A person as pickers and chips show it: by pseudonym only. `documented: false` marks a person
 * already on a record whose documentation consent has ended (they can no longer be named on it).
 */
export type PersonRef = { id: string; pseudonym: string; documented?: boolean };

/** A query for persons whose pseudonym contains `text` (active persons only). */
export function pseudonymQuery(text: string): PersonQuery {
  return { text: text.trim(), district: null, marker: null, include_closed: false };
}

/** Whether the person has a consent of `scope` that is not withdrawn. */
export function hasActiveConsent(person: Person, scope: string): boolean {
  return person.consents.some((c) => c.scope === scope && c.withdrawn_on === null);
}

/** Splits "a, b ,, c" into ["a", "b", "c"] (trimmed, no empties, no duplicates). */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(',')) {
    const value = part.trim();
    if (value !== '' && !out.includes(value)) out.push(value);
  }
  return out;
}

/** Text of an optional field: trimmed, or null when empty. */
export function optionalText(text: string): string | null {
  const value = text.trim();
  return value === '' ? null : value;
}

/** A whole number from a number input, or `fallback` when it is empty or not a number. */
export function whole(value: number | null | undefined, fallback: number): number;
export function whole(value: number | null | undefined, fallback: null): number | null;
export function whole(value: number | null | undefined, fallback: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
}

/**
 * What the new-person form and the correction of a person hold while they are typed (see
 * PersonFields.svelte): '' is "not set", the languages are the text as typed ("tr, de").
 */
export type PersonFieldValues = {
  pseudonym: string;
  birthYear: number | null;
  ageBand: AgeBand | '';
  gender: Gender | '';
  district: string;
  languages: string;
  /** Built-in markers and the programme's own. */
  markers: string[];
};

export function emptyPersonFields(): PersonFieldValues {
  return { pseudonym: '', birthYear: null, ageBand: '', gender: '', district: '', languages: '', markers: [] };
}

/** The values the correction form starts from. */
export function personFieldsOf(person: Person): PersonFieldValues {
  return {
    pseudonym: person.pseudonym,
    birthYear: person.birth_year,
    ageBand: person.age_band ?? '',
    gender: person.gender ?? '',
    district: person.district ?? '',
    languages: person.languages.join(', '),
    markers: [...person.markers, ...person.own_markers],
  };
}

/** The language codes as typed: lowercase, trimmed, no empties, no duplicates, in typed order. */
function languageList(text: string): string[] {
  return splitList(text.toLowerCase());
}

/** The markers in the vocabulary's order; the programme's own (and any the vocabulary no longer lists) after them, by id. */
function markerList(markers: readonly string[], order: readonly Marker[]): string[] {
  const built = order as readonly string[];
  return [...order.filter((m) => markers.includes(m)), ...markers.filter((m) => !built.includes(m)).sort()];
}

/** A new person from the form (no real name or contact data: those need a consent first). */
export function personInput(values: PersonFieldValues, markerOrder: readonly Marker[]): PersonInput {
  return {
    pseudonym: values.pseudonym.trim(),
    birth_year: whole(values.birthYear, null),
    age_band: values.ageBand === '' ? null : values.ageBand,
    gender: values.gender === '' ? null : values.gender,
    languages: languageList(values.languages),
    district: optionalText(values.district),
    markers: markerList(values.markers, markerOrder),
    real_name: null,
    contact_info: null,
  };
}

/**
 * A correction of a person: only the fields that differ from `person`. The core keeps every
 * field the patch leaves out (the generated `PersonPatch` lists them all, as `null` keeps too);
 * an emptied optional text or choice is sent as '' (cleared), an emptied year of birth as
 * `null` (removed); languages and markers are sent as the whole new list.
 */
export function personChanges(person: Person, values: PersonFieldValues, markerOrder: readonly Marker[]): Partial<PersonPatch> {
  const changes: Partial<PersonPatch> = {};
  const pseudonym = values.pseudonym.trim();
  if (pseudonym !== person.pseudonym) changes.pseudonym = pseudonym;
  const birthYear = whole(values.birthYear, null);
  if (birthYear !== person.birth_year) changes.birth_year = birthYear;
  if (values.ageBand !== (person.age_band ?? '')) changes.age_band = values.ageBand;
  if (values.gender !== (person.gender ?? '')) changes.gender = values.gender;
  const district = values.district.trim();
  if (district !== (person.district ?? '')) changes.district = district;
  const languages = languageList(values.languages);
  if (languages.join(',') !== person.languages.join(',')) changes.languages = languages;
  const markers = markerList(values.markers, markerOrder);
  const before = markerList([...person.markers, ...person.own_markers], markerOrder);
  if (markers.join(',') !== before.join(',')) changes.markers = markers;
  return changes;
}

/** The ESF Plus common result indicators at leaving, in the funder's order, named as the report names them. */
export const EXIT_INDICATORS = [
  { key: 'job_searching', name: 'job-searching', label: 'report-result-job-searching' },
  { key: 'in_education', name: 'in-education', label: 'report-result-in-education' },
  { key: 'qualification', name: 'qualification', label: 'report-result-qualification' },
  { key: 'employed', name: 'employed', label: 'report-result-employed' },
] as const satisfies readonly { key: keyof ExitResult; name: string; label: string }[];

/** An indicator's answer: yes, no or not recorded (''). */
export type ExitAnswer = 'yes' | 'no' | '';

/** The answers in the order they are offered, with their Fluent ids. */
export const EXIT_ANSWERS: readonly { value: ExitAnswer; label: string }[] = [
  { value: 'yes', label: 'label-yes' },
  { value: 'no', label: 'label-no' },
  { value: '', label: 'rec-exit-unset' },
];

export function exitAnswer(value: boolean | null | undefined): ExitAnswer {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

/** The Fluent id that names a recorded answer. */
export function exitAnswerLabel(value: boolean | null | undefined): string {
  return EXIT_ANSWERS.find((a) => a.value === exitAnswer(value))?.label ?? 'rec-exit-unset';
}
