import type { ExitResult, Person, PersonQuery } from './bindings';

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
