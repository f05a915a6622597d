// Generated from the action list of feldbuch-core (src/app/) by ts-rs. Do not edit: run
// `UPDATE_BINDINGS=1 cargo test -p feldbuch-core --lib typescript` after changing an action.

export type ActivityKind = "repair-cafe" | "urban-gardening" | "garten-cafe" | "kompetenztraining" | "coaching" | "netzwerktreffen" | "sonstiges";
export type AgeBand = "unter-18" | "18-29" | "30-54" | "55-64" | "ab-65" | "unbekannt";
export type AppStatus = { initialised: boolean, unlocked: boolean, locale: Locale, auto_lock_minutes: number, 
/**
 * `YYYY-MM-DD`, the app's today.
 */
today: string, };
export type ConsentForm = "written" | "verbal";
export type ConsentScope = "documentation" | "forwarding" | "participant-reporting";
export type Contact = { id: ContactId, date: string, start: string | null, duration_min: number, site_id: SiteId, site_name: string, worker_id: WorkerId, kind: ContactKind, anonymous_count: number, anonymous_age_band: AgeBand | null, anonymous_gender: Gender | null, topics: Array<Topic>, note: string | null, follow_up: string | null, persons: Array<PersonId>, language: string | null, interpreter: boolean, outcome: Outcome | null, revision: number, created_at: string, updated_at: string, };
export type ContactId = string;
export type ContactInput = { 
/**
 * Site id, or the site's exact name.
 */
site: string, kind: string, 
/**
 * `YYYY-MM-DD`; `None` means today.
 */
date: string | null, 
/**
 * `HH:MM`
 */
start: string | null, duration_min: number, anonymous_count: number, anonymous_age_band: string | null, anonymous_gender: string | null, topics: Array<string>, note: string | null, 
/**
 * Follow-up (Wiedervorlage) date `YYYY-MM-DD`.
 */
follow_up: string | null, 
/**
 * Ids of the persons reached (each needs a documentation consent in force).
 */
persons: Array<string>, 
/**
 * Language spoken (code such as `de`, `tr`, `ar`).
 */
language: string | null, interpreter: boolean, 
/**
 * What came of it ([`Outcome`] id).
 */
outcome: string | null, };
export type ContactKind = "erstkontakt" | "folgekontakt" | "beratung" | "begleitung" | "kurzkontakt" | "telefonat" | "gruppenangebot" | "netzwerkkontakt";
export type ContactRef = { id: ContactId, };
export type DeviceId = string;
export type Education = "isced-0-2" | "isced-3-4" | "isced-5-8";
export type Employment = "erwerbstaetig" | "arbeitslos" | "langzeitarbeitslos" | "nicht-erwerbstaetig" | "in-ausbildung";
export type FollowUp = { id: FollowUpId, due_on: string, 
/**
 * Free text; empty for a follow-up set from a contact.
 */
what: string, contact_id: ContactId | null, 
/**
 * The date of the contact it belongs to, if any.
 */
contact_date: string | null, person_id: PersonId | null, 
/**
 * The person's pseudonym; for a follow-up set from a contact, the pseudonyms of the persons
 * the contact reached (comma-separated), if any.
 */
pseudonym: string | null, 
/**
 * The site of the contact it belongs to, if any.
 */
site_name: string | null, done_on: string | null, overdue: boolean, };
export type FollowUpId = string;
export type Gender = "weiblich" | "maennlich" | "divers" | "keine-angabe";
export type Household = "alleinlebend" | "alleinerziehend" | "erwerbsloser-haushalt" | "sonstiger" | "keine-angabe";
export type IpcError = { code: string, args: { [key in string]?: string }, };
export type Locale = "de" | "en" | "tr" | "ar" | "uk";
export type Marker = "wohnungslos" | "grundsicherung" | "alleinerziehend" | "fluchterfahrung" | "behinderung" | "einsam" | "drittstaatsangehoerig" | "migrationshintergrund" | "minderheit";
export type NewSite = { name: string, kind: SiteKind, district: string | null, };
export type NewVisitSlot = { site_id: SiteId, weekday: number, start: string, end: string, };
export type Outcome = "informiert" | "beraten" | "vermittelt" | "begleitet" | "termin-vereinbart" | "kein-bedarf" | "sonstiges";
export type Partner = { id: PartnerId, name: string, kind: PartnerKind, district: string | null, address: string | null, contact_person: string | null, services: Array<Service>, revision: number, };
export type PartnerId = string;
export type PartnerInput = { name: string, kind: string, district: string | null, address: string | null, contact_person: string | null, 
/**
 * Names of the services offered.
 */
services: Array<string>, };
export type PartnerKind = "quartiersmanagement" | "verein" | "religionsgemeinschaft" | "beratungsstelle" | "gesundheit" | "jobcenter" | "behoerde" | "foerderer" | "sonstiges";
export type PersonId = string;
export type Profile = { worker_id: WorkerId, device_id: DeviceId, display_name: string, initials: string, team: string | null, role: Role, locale: Locale, };
export type Recover = { recovery_key: string, new_passphrase: string, };
export type RecoveryKeyShown = { recovery_key: string, };
export type ReferralStatus = "vorgeschlagen" | "vereinbart" | "wahrgenommen" | "nicht-wahrgenommen" | "abgebrochen";
export type RetentionCategory = "closed-persons" | "notes" | "done-followups" | "closed-referrals";
export type Role = "worker" | "lead" | "volunteer";
export type Service = { id: ServiceId, name: string, };
export type ServiceId = string;
export type SetAutoLock = { minutes: number, };
export type SetLocale = { locale: Locale, };
export type Setup = { locale: Locale, display_name: string, initials: string, team: string | null, role: Role, passphrase: string, };
export type Site = { id: SiteId, name: string, kind: SiteKind, district: string | null, revision: number, };
export type SiteId = string;
export type SiteKind = "kita" | "fruehe-hilfen" | "schule" | "arztpraxis" | "quartierszentrum" | "beratungsstelle" | "jobcenter" | "oeffentlicher-raum" | "sonstiges";
export type Today = { date: string, 
/**
 * The last of today's contacts, as many as asked for.
 */
contacts: Array<Contact>, 
/**
 * How many contacts today has in all.
 */
contacts_total: number, follow_ups_due: Array<FollowUp>, planned_visits: Array<VisitSlot>, };
export type TodayQuery = { 
/**
 * Only the last `limit` of today's contacts (all without one).
 */
limit: number | null, };
export type Topic = "einsamkeit" | "wohnen" | "arbeit" | "gesundheit" | "finanzen" | "familie" | "sprache" | "behoerden" | "freizeit" | "sonstiges";
export type Unlock = { passphrase: string, };
export type VisitSlot = { id: VisitSlotId, site_id: SiteId, site_name: string, weekday: number, start: string, end: string, };
export type VisitSlotId = string;
export type Vocabulary = { site_kinds: Array<SiteKind>, contact_kinds: Array<ContactKind>, topics: Array<Topic>, age_bands: Array<AgeBand>, genders: Array<Gender>, roles: Array<Role>, locales: Array<Locale>, markers: Array<Marker>, consent_scopes: Array<ConsentScope>, consent_forms: Array<ConsentForm>, partner_kinds: Array<PartnerKind>, referral_statuses: Array<ReferralStatus>, activity_kinds: Array<ActivityKind>, outcomes: Array<Outcome>, employment: Array<Employment>, education: Array<Education>, households: Array<Household>, retention_categories: Array<RetentionCategory>, };
export type WorkerId = string;
export * from './bindings-legacy';
