import type {
  ImportReport,
  IpcError,
  FollowUp,
  Contact,
  Conflict,
  ExportEntry,
  ExportOverview,
  ImportedFile,
  Partner,
  Person,
  PersonPage,
  PersonSummary,
  Profile,
  Referral,
  Report,
  Site,
  Table,
  Vocabulary,
} from '../src/lib/bindings';

// The vocabulary as the Rust `vocabulary` command sends it.
export const vocabulary: Vocabulary = {
  site_kinds: ['kita', 'fruehe-hilfen', 'schule', 'arztpraxis', 'quartierszentrum', 'beratungsstelle', 'jobcenter', 'oeffentlicher-raum', 'sonstiges'],
  contact_kinds: ['erstkontakt', 'folgekontakt', 'beratung', 'begleitung', 'kurzkontakt', 'telefonat', 'gruppenangebot', 'netzwerkkontakt'],
  topics: ['einsamkeit', 'wohnen', 'arbeit', 'gesundheit', 'finanzen', 'familie', 'sprache', 'behoerden', 'freizeit', 'sonstiges'],
  age_bands: ['unter-18', '18-29', '30-54', '55-64', 'ab-65', 'unbekannt'],
  genders: ['weiblich', 'maennlich', 'divers', 'keine-angabe'],
  roles: ['worker', 'lead', 'volunteer'],
  locales: ['de', 'en', 'tr', 'ar', 'uk'],
  markers: ['wohnungslos', 'grundsicherung', 'alleinerziehend', 'fluchterfahrung', 'behinderung', 'einsam', 'drittstaatsangehoerig', 'migrationshintergrund', 'minderheit'],
  consent_scopes: ['documentation', 'forwarding', 'participant-reporting'],
  consent_forms: ['written', 'verbal'],
  partner_kinds: ['quartiersmanagement', 'verein', 'religionsgemeinschaft', 'beratungsstelle', 'gesundheit', 'jobcenter', 'behoerde', 'foerderer', 'sonstiges'],
  referral_statuses: ['vorgeschlagen', 'vereinbart', 'wahrgenommen', 'nicht-wahrgenommen', 'abgebrochen'],
  activity_kinds: ['repair-cafe', 'urban-gardening', 'garten-cafe', 'kompetenztraining', 'coaching', 'netzwerktreffen', 'sonstiges'],
  outcomes: ['informiert', 'beraten', 'vermittelt', 'begleitet', 'termin-vereinbart', 'kein-bedarf', 'sonstiges'],
  employment: ['erwerbstaetig', 'arbeitslos', 'langzeitarbeitslos', 'nicht-erwerbstaetig', 'in-ausbildung'],
  education: ['isced-0-2', 'isced-3-4', 'isced-5-8'],
  households: ['alleinlebend', 'alleinerziehend', 'erwerbsloser-haushalt', 'sonstiger', 'keine-angabe'],
  retention_categories: ['closed-persons', 'notes', 'done-followups', 'closed-referrals'],
};

/** A contact as the core answers it; `over` changes any field. */
export function contact(over: Partial<Contact> = {}): Contact {
  return {
    id: 'c1', date: '2025-11-21', start: null, duration_min: 10, site_id: 'site-park', site_name: 'Stadtpark',
    worker_id: 'w-123', kind: 'kurzkontakt', anonymous_count: 0, anonymous_age_band: null, anonymous_gender: null, anonymous_groups: [],
    topics: [], note: null, follow_up: null, persons: [], language: null, interpreter: false, outcome: null, kind_ext: null, outcome_ext: null, topics_ext: [], revision: 1,
    created_at: '2025-11-21T09:30:00Z', updated_at: '2025-11-21T09:30:00Z',
    ...over,
  };
}

export const sites: Site[] = [
  { id: 'site-jc', name: 'Jobcenter Mitte', kind: 'jobcenter', district: 'Innenstadt', address: null, contact_person: null, archived: false, revision: 1, kind_ext: null },
  { id: 'site-kita-sonne', name: 'Kita Sonnenschein', kind: 'kita', district: 'Nordend', address: null, contact_person: null, archived: false, revision: 1, kind_ext: null },
  { id: 'site-kita-regen', name: 'Kita Regenbogen', kind: 'kita', district: null, address: null, contact_person: null, archived: false, revision: 1, kind_ext: null },
  { id: 'site-park', name: 'Stadtpark', kind: 'oeffentlicher-raum', district: null, address: null, contact_person: null, archived: false, revision: 1, kind_ext: null },
];

/** Text without the Unicode isolation marks Fluent puts around placeables. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export const workerProfile: Profile = {
  worker_id: 'w-123', device_id: 'dev-123', display_name: 'Aylin Kaya', initials: 'AK', team: null, role: 'worker', locale: 'de',
};
export const volunteerProfile: Profile = { ...workerProfile, initials: 'VL', role: 'volunteer' };

export const personSummaries: PersonSummary[] = [
  { id: 'p-mk', pseudonym: 'MK-1980', district: 'Nordend', markers: ['einsam', 'wohnungslos'], own_markers: [], status: 'active', participant: false, documented: true },
  { id: 'p-ab', pseudonym: 'AB-1955', district: null, markers: [], own_markers: [], status: 'closed', participant: true, documented: true },
];

export function person(over: Partial<Person> = {}): Person {
  return {
    id: 'p-mk', pseudonym: 'MK-1980', birth_year: 1980, age_band: null, gender: 'weiblich', languages: ['tr', 'de'],
    district: 'Nordend', markers: ['einsam'], own_markers: [], real_name: null, contact_info: null, status: 'active', closed_on: null,
    close_reason: null, participant: null, consents: [], worker_id: 'w-123', revision: 1, linked: false, ...over,
  };
}

export const partners: Partner[] = [
  { id: 'pa-tafel', name: 'Tafel Nord', kind: 'verein', kind_ext: null, district: null, address: null, contact_person: 'Frau Roth', services: [{ id: 'sv-1', name: 'Lebensmittel', archived: false }, { id: 'sv-2', name: 'Kleiderkammer', archived: false }], archived: false, revision: 1 },
  { id: 'pa-sb', name: 'Schuldnerberatung', kind: 'beratungsstelle', district: 'Mitte', kind_ext: null, address: null, contact_person: null, services: [], archived: false, revision: 1 },
];

export function referral(over: Partial<Referral> = {}): Referral {
  return {
    id: 'r1', partner_id: 'pa-tafel', partner_name: 'Tafel Nord', service_id: 'sv-1', service_name: 'Lebensmittel',
    person_id: 'p-mk', pseudonym: 'MK-1980', contact_id: null, status: 'vorgeschlagen', next: ['vereinbart', 'abgebrochen'],
    status_changed_on: '2025-11-10', note: null, forwarding_consent: false, created_at: '2025-11-10T09:00:00Z', revision: 1,
    ...over,
  };
}

/** A follow-up as the core answers it; `over` changes any field. */
export function followUp(over: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f1', due_on: '2025-11-18', what: 'Rückruf', contact_id: null, contact_date: null, person_id: 'p-mk',
    pseudonym: 'MK-1980', site_name: null, done_on: null, overdue: true, ...over,
  };
}

export function personPage(over: Partial<PersonPage> = {}): PersonPage {
  return {
    person: person(),
    handed_to: null,
    contacts: [
      contact({ id: 'c1', date: '2025-11-03', site_name: 'Stadtpark', kind: 'beratung', topics: ['wohnen'], note: '<b>fett</b>', persons: ['p-mk'] }),
    ],
    contacts_total: 1,
    referrals: [referral()],
    followups: [followUp()],
    attendance: [{ activity_id: 'a1', date: '2025-10-30', kind: 'repair-cafe', title: 'Repair-Café Oktober', kind_ext: null }],
    ...over,
  };
}

/** How Rust marks a hidden number: a small count ("< k") or a cell hidden to protect one. */
export const SMALL = { hidden: 'small' } as const;
export const PROTECT = { hidden: 'protect' } as const;

/** A published report table; `cells` etc. as Rust sends them. */
export function reportTable(over: Partial<Table> & Pick<Table, 'id'>): Table {
  return {
    title: over.id, row_header: 'Zeile', rows: [], cols: [], cells: [], ...over,
  };
}

/** A report for 2025-Q3 (k = 3) with suppressed cells, totals and key figures. */
export function reportDto(over: Partial<Report> = {}): Report {
  const contacts = [{ key: 'contacts', text: 'Kontakte' }];
  return {
    programme: null,
    locale: 'de',
    period: { from: '2025-07-01', to: '2025-09-30', label: '2025-Q3' },
    previous: { from: '2025-04-01', to: '2025-06-30', label: '2025-Q2' },
    k: 3,
    generated_at: '2025-11-21T09:30:00Z',
    key_figures: [
      { id: 'contacts', label: 'Kontakte', current: 42, previous: 30, change: 0.4 },
      { id: 'persons', label: 'Erreichte Personen (registriert)', current: 12, previous: SMALL, change: null },
      { id: 'hours', label: 'Stunden aufsuchender Arbeit', current: 10.5, previous: 0, change: null },
    ],
    contacts_by_month: reportTable({
      id: 'report-table-contacts-month',
      title: 'Kontakte nach Monat und Art des Einsatzorts',
      row_header: 'Monat',
      rows: [
        { key: '2025-07', text: 'Juli 2025' },
        { key: '2025-08', text: 'August 2025' },
        { key: '2025-09', text: 'September 2025' },
      ],
      cols: [
        { key: 'kita', text: 'KiTa/Familienzentrum' },
        { key: 'schule', text: 'Schule' },
        { key: 'oeffentlicher-raum', text: 'Öffentlicher Raum/Straße' },
      ],
      cells: [
        [10, SMALL, 7],
        [12, SMALL, PROTECT],
        [8, 5, 0],
      ],
      row_totals: [18, PROTECT, 13],
      col_totals: [30, 7, PROTECT],
      total: 42,
    }),
    contacts_by_district: reportTable({
      id: 'report-table-contacts-district', title: 'Kontakte nach Stadtteil des Einsatzorts', row_header: 'Stadtteil',
      rows: [{ key: 'Nordend', text: 'Nordend' }, { key: 'none', text: 'ohne Angabe' }],
      cols: contacts, cells: [[40], [SMALL]], col_totals: [42],
    }),
    anonymous: reportTable({
      id: 'report-table-anonymous', title: 'Anonym erreichte Personen nach Altersgruppe und Geschlecht', row_header: 'Altersgruppe',
      rows: [{ key: 'unter-18', text: 'unter 18' }, { key: '30-54', text: '30 bis 54' }],
      cols: [{ key: 'weiblich', text: 'weiblich' }, { key: 'maennlich', text: 'männlich' }],
      cells: [[4, SMALL], [5, PROTECT]],
      row_totals: [PROTECT, 11], col_totals: [9, PROTECT], total: 15,
    }),
    contacts_by_kind: reportTable({
      id: 'report-table-contacts-kind', title: 'Kontakte nach Kontaktart', row_header: 'Kontaktart',
      rows: [{ key: 'beratung', text: 'Beratung' }], cols: contacts, cells: [[42]], col_totals: [42],
    }),
    topics: reportTable({
      id: 'report-table-topics', title: 'Themen der Kontakte', row_header: 'Thema',
      rows: [{ key: 'wohnen', text: 'Wohnen' }, { key: 'arbeit', text: 'Arbeit/Jobcenter' }], cols: contacts, cells: [[21], [SMALL]],
    }),
    topic_shares: [0.5, null],
    referrals: reportTable({
      id: 'report-table-referrals', title: 'Vermittlungen nach Art des Partners und Stand', row_header: 'Art des Partners',
      rows: [{ key: 'verein', text: 'Verein' }], cols: [{ key: 'vereinbart', text: 'vereinbart' }], cells: [[4]],
      row_totals: [4], col_totals: [4], total: 4,
    }),
    activities: reportTable({
      id: 'report-table-activities', title: 'Gruppenangebote, Teilnahmen und Ehrenamtliche', row_header: 'Art des Angebots',
      rows: [{ key: 'repair-cafe', text: 'Repair-Café' }],
      cols: [{ key: 'activities', text: 'Angebote' }, { key: 'attendance', text: 'Teilnahmen' }, { key: 'volunteers', text: 'Ehrenamtliche' }],
      cells: [[3, 25, SMALL]], col_totals: [3, 25, SMALL],
    }),
    own_terms: [],
    participants: [
      reportTable({
        id: 'report-table-participants-gender', title: 'Teilnehmende nach Geschlecht', row_header: 'Geschlecht',
        rows: [{ key: 'weiblich', text: 'weiblich' }], cols: [{ key: 'entries', text: 'Eintritte' }, { key: 'exits', text: 'Austritte' }],
        cells: [[SMALL, 0]], col_totals: [SMALL, 0],
      }),
      reportTable({
        id: 'report-table-participants-results', title: 'Ergebnisse beim Austritt', row_header: 'Ergebnis',
        rows: [{ key: 'job-searching', text: 'arbeitsuchend' }, { key: 'employed', text: 'erwerbstätig' }],
        cols: [{ key: 'exits', text: 'Austritte' }], cells: [[7], [SMALL]], col_totals: [PROTECT],
      }),
    ],
    completeness: reportTable({
      id: 'report-table-completeness', title: 'Vollständigkeit der Pflichtangaben', row_header: 'Pflichtangabe',
      rows: [{ key: 'gender', text: 'Geschlecht' }], cols: [{ key: 'missing', text: 'fehlt bei' }], cells: [[SMALL]],
    }),
    incomplete: [{ person_id: 'p-mk', pseudonym: 'MK-1980', missing: ['gender', 'education'] }],
    sources: [
      { device_id: 'dev-123', this_device: true, team: null, contacts_in_period: 30, bundles_imported: 0, last_bundle_seq: null, last_import: null },
      { device_id: 'dev-9f2', this_device: false, team: 'Nord', contacts_in_period: 12, bundles_imported: 2, last_bundle_seq: 7, last_import: '2025-10-02T08:00:00Z' },
    ],
    ...over,
  };
}

/** A worker's export status: everything set, nothing due, nothing waiting. */
export function exportStatus(over: Partial<ExportOverview> = {}): ExportOverview {
  return {
    schedule: 'monthly', last_export: '2025-11-03', next_due: '2025-12-01', due: false, queued: 0,
    folder: '/media/usb/feldbuch', office_key: true, office_identity: false, with_notes: false, can_import: false, office_signer: null, notes_allowed: true,
    ...over,
  };
}

export function exportEntry(over: Partial<ExportEntry> = {}): ExportEntry {
  return {
    sequence: 1, created_at: '2025-11-03T08:15:00Z', file_name: 'feldbuch-AK-000001.age', status: 'written',
    record_count: 42, full: false, with_notes: false, written_at: '2025-11-03T08:15:01Z', ...over,
  };
}

/** One file of an import batch: imported unless `over` says otherwise (`imported: false`, an `error`). */
export function importFile(
  over: Partial<Omit<ImportReport, 'gap_expected'>> & {
    file?: string;
    imported?: boolean;
    gapExpected?: number | null;
    error?: IpcError | null;
  } = {},
): ImportedFile {
  const { file, imported, gapExpected, error, ...report } = over;
  const refused = imported === false || (error ?? null) !== null;
  return {
    file: file ?? '/media/usb/feldbuch/feldbuch-AK-000003.age',
    report: refused
      ? null
      : {
          device_id: 'dev-123', worker_initials: 'AK', sequence: 3, records: 12, applied: 10, conflicts: 0,
          gap_expected: gapExpected ?? null, ...report,
        },
    error: error ?? null,
  };
}

export function conflict(over: Partial<Conflict> = {}): Conflict {
  return {
    entity: 'contacts', id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', found_at: '2025-11-20T10:00:00Z',
    versions: [
      { device_id: 'dev-9f2', initials: 'MY', current: true, revision: 3, fields: '{"note":"<b>neu</b>","duration_min":30}' },
      { device_id: 'dev-123', initials: null, current: false, revision: 2, fields: '{"note":"<img src=x onerror=alert(1)>","duration_min":20}' },
    ],
    ...over,
  };
}
