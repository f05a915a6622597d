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
export type ContactKind = "erstkontakt" | "folgekontakt" | "beratung" | "begleitung" | "kurzkontakt" | "telefonat" | "gruppenangebot" | "netzwerkkontakt";
export type DeviceId = string;
export type Education = "isced-0-2" | "isced-3-4" | "isced-5-8";
export type Employment = "erwerbstaetig" | "arbeitslos" | "langzeitarbeitslos" | "nicht-erwerbstaetig" | "in-ausbildung";
export type Gender = "weiblich" | "maennlich" | "divers" | "keine-angabe";
export type Household = "alleinlebend" | "alleinerziehend" | "erwerbsloser-haushalt" | "sonstiger" | "keine-angabe";
export type IpcError = { code: string, args: { [key in string]?: string }, };
export type Locale = "de" | "en" | "tr" | "ar" | "uk";
export type Marker = "wohnungslos" | "grundsicherung" | "alleinerziehend" | "fluchterfahrung" | "behinderung" | "einsam" | "drittstaatsangehoerig" | "migrationshintergrund" | "minderheit";
export type Outcome = "informiert" | "beraten" | "vermittelt" | "begleitet" | "termin-vereinbart" | "kein-bedarf" | "sonstiges";
export type PartnerKind = "quartiersmanagement" | "verein" | "religionsgemeinschaft" | "beratungsstelle" | "gesundheit" | "jobcenter" | "behoerde" | "foerderer" | "sonstiges";
export type Profile = { worker_id: WorkerId, device_id: DeviceId, display_name: string, initials: string, team: string | null, role: Role, locale: Locale, };
export type Recover = { recovery_key: string, new_passphrase: string, };
export type RecoveryKeyShown = { recovery_key: string, };
export type ReferralStatus = "vorgeschlagen" | "vereinbart" | "wahrgenommen" | "nicht-wahrgenommen" | "abgebrochen";
export type RetentionCategory = "closed-persons" | "notes" | "done-followups" | "closed-referrals";
export type Role = "worker" | "lead" | "volunteer";
export type SetAutoLock = { minutes: number, };
export type SetLocale = { locale: Locale, };
export type Setup = { locale: Locale, display_name: string, initials: string, team: string | null, role: Role, passphrase: string, };
export type SiteKind = "kita" | "fruehe-hilfen" | "schule" | "arztpraxis" | "quartierszentrum" | "beratungsstelle" | "jobcenter" | "oeffentlicher-raum" | "sonstiges";
export type Topic = "einsamkeit" | "wohnen" | "arbeit" | "gesundheit" | "finanzen" | "familie" | "sprache" | "behoerden" | "freizeit" | "sonstiges";
export type Unlock = { passphrase: string, };
export type Vocabulary = { site_kinds: Array<SiteKind>, contact_kinds: Array<ContactKind>, topics: Array<Topic>, age_bands: Array<AgeBand>, genders: Array<Gender>, roles: Array<Role>, locales: Array<Locale>, markers: Array<Marker>, consent_scopes: Array<ConsentScope>, consent_forms: Array<ConsentForm>, partner_kinds: Array<PartnerKind>, referral_statuses: Array<ReferralStatus>, activity_kinds: Array<ActivityKind>, outcomes: Array<Outcome>, employment: Array<Employment>, education: Array<Education>, households: Array<Household>, retention_categories: Array<RetentionCategory>, };
export type WorkerId = string;
export * from './bindings-legacy';
