// The directory's forms (sites, partners) and the profile: the text a form starts from, and the
// correction it sends — only the fields that changed, trimmed. An optional field emptied is
// sent as '' (the core clears it); a required one emptied too (the core refuses it, localized).
import type { Site } from './bindings';

/** What a site and a partner share, as the core reads them back. */
export type DirectoryRecord<K extends string> = Pick<Site, 'name' | 'district' | 'address' | 'contact_person'> & {
  kind: K;
  /** The programme's own kind refining `kind`, if any: the form shows and compares it. */
  kind_ext?: string | null;
};

/** The same fields as a form holds them ('' for "not set"). */
export type DirectoryDraft<K extends string> = {
  name: string;
  kind: K | '';
  district: string;
  address: string;
  contact_person: string;
};

/** A correction of a site or a partner (`SitePatch`, `PartnerPatch`). */
export type DirectoryPatch<K extends string> = {
  name?: string;
  kind?: K;
  district?: string;
  address?: string;
  contact_person?: string;
};

const TEXT_FIELDS = ['name', 'district', 'address', 'contact_person'] as const;

export function emptyDraft<K extends string>(): DirectoryDraft<K> {
  return { name: '', kind: '', district: '', address: '', contact_person: '' };
}

export function draftOf<K extends string>(record: DirectoryRecord<K>): DirectoryDraft<K> {
  return {
    name: record.name,
    kind: (record.kind_ext ?? record.kind) as K,
    district: record.district ?? '',
    address: record.address ?? '',
    contact_person: record.contact_person ?? '',
  };
}

/** The text fields of `draft` (trimmed) that differ from `current` (null counts as ''). */
export function changedText<F extends string>(
  current: Record<F, string | null>,
  draft: Record<F, string>,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const value = draft[field].trim();
    if (value !== (current[field] ?? '')) out[field] = value;
  }
  return out;
}

/** The correction from `record` to `draft`: only what changed. */
export function directoryChanges<K extends string>(record: DirectoryRecord<K>, draft: DirectoryDraft<K>): DirectoryPatch<K> {
  const patch: DirectoryPatch<K> = changedText(record, draft, TEXT_FIELDS);
  if (draft.kind !== '' && draft.kind !== (record.kind_ext ?? record.kind)) patch.kind = draft.kind;
  return patch;
}

/** Active records first, archived ones apart (each in the core's order). */
export function splitArchived<R extends { archived: boolean }>(records: readonly R[]): { active: R[]; archived: R[] } {
  return { active: records.filter((r) => !r.archived), archived: records.filter((r) => r.archived) };
}
