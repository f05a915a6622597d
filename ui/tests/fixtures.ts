import type { SiteDto, Vocabulary } from '../src/lib/bindings';

// The vocabulary as listed in docs/IPC.md.
export const vocabulary: Vocabulary = {
  siteKinds: ['kita', 'fruehe-hilfen', 'schule', 'arztpraxis', 'quartierszentrum', 'beratungsstelle', 'jobcenter', 'oeffentlicher-raum', 'sonstiges'],
  contactKinds: ['erstkontakt', 'folgekontakt', 'beratung', 'begleitung', 'kurzkontakt', 'telefonat', 'gruppenangebot', 'netzwerkkontakt'],
  topics: ['einsamkeit', 'wohnen', 'arbeit', 'gesundheit', 'finanzen', 'familie', 'sprache', 'behoerden', 'freizeit', 'sonstiges'],
  ageBands: ['unter-18', '18-29', '30-54', '55-64', 'ab-65', 'unbekannt'],
  genders: ['weiblich', 'maennlich', 'divers', 'keine-angabe'],
  roles: ['worker', 'lead'],
  locales: ['de', 'en', 'tr', 'ar', 'uk'],
};

export const sites: SiteDto[] = [
  { id: 'site-jc', name: 'Jobcenter Mitte', kind: 'jobcenter', district: 'Innenstadt' },
  { id: 'site-kita-sonne', name: 'Kita Sonnenschein', kind: 'kita', district: 'Nordend' },
  { id: 'site-kita-regen', name: 'Kita Regenbogen', kind: 'kita', district: null },
  { id: 'site-park', name: 'Stadtpark', kind: 'oeffentlicher-raum', district: null },
];

/** Text without the Unicode isolation marks Fluent puts around placeables. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}
