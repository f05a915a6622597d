import type { Person, PersonQuery } from './bindings';

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
