import type {
  PartnerDto,
  PersonDto,
  PersonPageDto,
  PersonSummaryDto,
  ProfileDto,
  ReferralDto,
  SiteDto,
  Vocabulary,
} from '../src/lib/bindings';

// The vocabulary as the Rust `vocabulary` command sends it.
export const vocabulary: Vocabulary = {
  siteKinds: ['kita', 'fruehe-hilfen', 'schule', 'arztpraxis', 'quartierszentrum', 'beratungsstelle', 'jobcenter', 'oeffentlicher-raum', 'sonstiges'],
  contactKinds: ['erstkontakt', 'folgekontakt', 'beratung', 'begleitung', 'kurzkontakt', 'telefonat', 'gruppenangebot', 'netzwerkkontakt'],
  topics: ['einsamkeit', 'wohnen', 'arbeit', 'gesundheit', 'finanzen', 'familie', 'sprache', 'behoerden', 'freizeit', 'sonstiges'],
  ageBands: ['unter-18', '18-29', '30-54', '55-64', 'ab-65', 'unbekannt'],
  genders: ['weiblich', 'maennlich', 'divers', 'keine-angabe'],
  roles: ['worker', 'lead', 'volunteer'],
  locales: ['de', 'en', 'tr', 'ar', 'uk'],
  markers: ['wohnungslos', 'grundsicherung', 'alleinerziehend', 'fluchterfahrung', 'behinderung', 'einsam', 'drittstaatsangehoerig', 'migrationshintergrund', 'minderheit'],
  consentScopes: ['documentation', 'forwarding', 'participant-reporting'],
  consentForms: ['written', 'verbal'],
  partnerKinds: ['quartiersmanagement', 'verein', 'religionsgemeinschaft', 'beratungsstelle', 'gesundheit', 'jobcenter', 'behoerde', 'foerderer', 'sonstiges'],
  referralStatuses: ['vorgeschlagen', 'vereinbart', 'wahrgenommen', 'nicht-wahrgenommen', 'abgebrochen'],
  activityKinds: ['repair-cafe', 'urban-gardening', 'garten-cafe', 'kompetenztraining', 'coaching', 'netzwerktreffen', 'sonstiges'],
  outcomes: ['informiert', 'beraten', 'vermittelt', 'begleitet', 'termin-vereinbart', 'kein-bedarf', 'sonstiges'],
  employment: ['erwerbstaetig', 'arbeitslos', 'langzeitarbeitslos', 'nicht-erwerbstaetig', 'in-ausbildung'],
  education: ['isced-0-2', 'isced-3-4', 'isced-5-8'],
  households: ['alleinlebend', 'alleinerziehend', 'erwerbsloser-haushalt', 'sonstiger', 'keine-angabe'],
  retentionCategories: ['closed-persons', 'notes', 'done-followups', 'closed-referrals'],
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

export const workerProfile: ProfileDto = {
  displayName: 'Aylin Kaya', initials: 'AK', team: null, role: 'worker', deviceId: 'dev-123',
};
export const volunteerProfile: ProfileDto = { ...workerProfile, initials: 'VL', role: 'volunteer' };

export const personSummaries: PersonSummaryDto[] = [
  { id: 'p-mk', pseudonym: 'MK-1980', district: 'Nordend', markers: ['einsam', 'wohnungslos'], status: 'active', participant: false, documented: true },
  { id: 'p-ab', pseudonym: 'AB-1955', district: null, markers: [], status: 'closed', participant: true, documented: true },
];

export function person(over: Partial<PersonDto> = {}): PersonDto {
  return {
    id: 'p-mk', pseudonym: 'MK-1980', birthYear: 1980, ageBand: null, gender: 'weiblich', languages: ['tr', 'de'],
    district: 'Nordend', markers: ['einsam'], realName: null, contactInfo: null, status: 'active', closedOn: null,
    participantEntry: null, participantExit: null, employment: null, education: null, household: null,
    consents: [], revision: 1, ...over,
  };
}

export const partners: PartnerDto[] = [
  { id: 'pa-tafel', name: 'Tafel Nord', kind: 'verein', district: null, contactPerson: 'Frau Roth', services: ['Lebensmittel', 'Kleiderkammer'] },
  { id: 'pa-sb', name: 'Schuldnerberatung', kind: 'beratungsstelle', district: 'Mitte', contactPerson: null, services: [] },
];

export function referral(over: Partial<ReferralDto> = {}): ReferralDto {
  return {
    id: 'r1', partnerId: 'pa-tafel', partnerName: 'Tafel Nord', serviceName: 'Lebensmittel', personId: 'p-mk',
    pseudonym: 'MK-1980', contactId: null, status: 'vorgeschlagen', statusChangedOn: '2025-11-10', note: null,
    forwardingConsent: false, createdOn: '2025-11-10', next: ['vereinbart', 'abgebrochen'], ...over,
  };
}

export function personPage(over: Partial<PersonPageDto> = {}): PersonPageDto {
  return {
    person: person(),
    contacts: [
      { id: 'c1', date: '2025-11-03', siteName: 'Stadtpark', kind: 'beratung', topics: ['wohnen'], note: '<b>fett</b>', anonymousCount: 0 },
    ],
    referrals: [referral()],
    followUps: [
      { id: 'f1', due: '2025-11-18', what: 'Rückruf', pseudonym: 'MK-1980', personId: 'p-mk', contactDate: null, doneOn: null, overdue: true },
    ],
    attendance: [{ activityId: 'a1', date: '2025-10-30', kind: 'repair-cafe', title: 'Repair-Café Oktober' }],
    ...over,
  };
}
