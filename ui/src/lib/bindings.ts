// Generated from the action list of feldbuch-core (src/app/) by ts-rs. Do not edit: run
// `UPDATE_BINDINGS=1 cargo test -p feldbuch-core --lib typescript` after changing an action.

export type Activity = { id: ActivityId, kind: ActivityKind, title: string, date: string, start: string | null, duration_min: number | null, site_id: SiteId | null, site_name: string | null, volunteers_count: number, anonymous_count: number, anonymous_age_band: AgeBand | null, anonymous_gender: Gender | null, note: string | null, 
/**
 * Registered persons present (each with a documentation consent).
 */
attendees: Array<Attendee>, 
/**
 * Who ran it: the worker who recorded it first, then the co-facilitators by initials.
 */
facilitators: Array<Facilitator>, 
/**
 * Registered plus anonymous.
 */
total_attendance: number, 
/**
 * Archived: out of the activity list's work, still in history and reports.
 */
archived: boolean, revision: number, 
/**
 * The programme's own kind refining `kind` (a vocabulary extension), if any.
 */
kind_ext: string | null, };
export type ActivityId = string;
export type ActivityInput = { kind: string, title: string, 
/**
 * `YYYY-MM-DD`; `None` means today.
 */
date: string | null, start: string | null, duration_min: number | null, site_id: SiteId | null, volunteers_count: number, anonymous_count: number, anonymous_age_band: string | null, anonymous_gender: string | null, note: string | null, 
/**
 * Registered persons present (each needs a documentation consent).
 */
persons: Array<PersonId>, 
/**
 * Colleagues who ran it too (workers this store knows: [`Store::team`]); the acting worker
 * is always the first facilitator and need not be named.
 */
co_facilitators?: Array<WorkerId>, 
/**
 * The programme it belongs to (one in use), if any.
 */
programme?: ProgrammeId, };
export type ActivityKind = "repair-cafe" | "urban-gardening" | "garten-cafe" | "kompetenztraining" | "coaching" | "netzwerktreffen" | "sonstiges";
export type ActivityPatch = { kind?: string, title?: string, date?: string, start?: string, duration_min?: number, site_id?: SiteId, volunteers_count?: number, anonymous_count?: number, anonymous_age_band?: string, anonymous_gender?: string, note?: string, persons?: Array<PersonId>, 
/**
 * Replaces the co-facilitators when given (the activity's own worker always stays).
 */
co_facilitators?: Array<WorkerId>, };
export type ActivityRef = { id: ActivityId, };
export type AgeBand = "unter-18" | "18-29" | "30-54" | "55-64" | "ab-65" | "unbekannt";
export type AnonymousGroup = { count: number, age_band: AgeBand | null, gender: Gender | null, };
export type AnonymousGroupInput = { count: number, age_band?: string, gender?: string, };
export type AppStatus = { initialised: boolean, unlocked: boolean, locale: Locale, auto_lock_minutes: number, 
/**
 * `YYYY-MM-DD`, the app's today.
 */
today: string, };
export type ApplyRetention = { categories: Array<string>, };
export type ArchiveActivity = { id: ActivityId, archived: boolean, };
export type ArchivePartner = { id: PartnerId, archived: boolean, };
export type ArchiveService = { id: ServiceId, archived: boolean, };
export type ArchiveSite = { id: SiteId, archived: boolean, };
export type Attendance = { id: ActivityId, persons: Array<PersonId>, anonymous_count: number, };
export type Attended = { activity_id: ActivityId, date: string, kind: ActivityKind, title: string, 
/**
 * The programme's own kind, refining `kind`.
 */
kind_ext: string | null, };
export type Attendee = { id: PersonId, pseudonym: string, 
/**
 * A documentation consent is in force (it always is for a person a record names).
 */
documented: boolean, };
export type AuditEntry = { seq: number, at: string, 
/**
 * Worker id of who acted.
 */
actor: string, 
/**
 * Their initials, when the worker is known on this device.
 */
actor_initials: string | null, action: string, entity: string, entity_id: string, };
export type AuditQuery = { 
/**
 * Only entries of this kind of record (`contact`, `person`, …).
 */
entity?: string, 
/**
 * Only entries of this action (`create`, `read`, …).
 */
action?: string, 
/**
 * At most this many (100 without one).
 */
limit?: number, entity_id: string | null, before: number | null, };
export type AuskunftFormat = "text" | "json" | "pdf";
export type AuskunftTo = { id: PersonId, path: string, format: AuskunftFormat, 
/**
 * Its language (the app's setting without one).
 */
locale?: Locale, };
export type Backup = { file_name: string, kind: BackupKind, 
/**
 * When it was made (UTC, RFC 3339), from its name.
 */
created_at: string, bytes: number, };
export type BackupKind = "scheduled" | "manual" | "pre-migration" | "pre-restore";
export type BackupProgress = { done: number, total: number, };
export type BackupStatus = { 
/**
 * Newest first.
 */
backups: Array<Backup>, 
/**
 * Why the last background backup failed (a Fluent id), if it did.
 */
problem: string | null, running: BackupProgress | null, };
export type ChangePassphrase = { current: string, new: string, };
export type ClosePerson = { id: PersonId, reason: string | null, 
/**
 * The day the case closed (today without one).
 */
on?: string, };
export type CompleteFollowUp = { id: FollowUpId, on?: string, };
export type ConfirmEnrolment = { path: string, fingerprint: string, };
export type ConfirmPassphrase = { passphrase: string, };
export type Conflict = { entity: string, id: string, found_at: string, versions: Array<ConflictVersion>, };
export type ConflictVersion = { device_id: string, 
/**
 * The initials of the device's worker, when the store knows them.
 */
initials: string | null, 
/**
 * Whether this version is the record's content now.
 */
current: boolean, revision: number, 
/**
 * Its fields, as JSON.
 */
fields: string, };
export type Consent = { id: ConsentId, scope: ConsentScope, given_on: string, form: ConsentForm, withdrawn_on: string | null, 
/**
 * For a forwarding consent: the partner the data may go to.
 */
partner_id: PartnerId | null, partner_name: string | null, };
export type ConsentForm = "written" | "verbal";
export type ConsentId = string;
export type ConsentScope = "documentation" | "forwarding" | "participant-reporting";
export type Contact = { id: ContactId, date: string, start: string | null, duration_min: number, site_id: SiteId, site_name: string, worker_id: WorkerId, kind: ContactKind, anonymous_count: number, anonymous_age_band: AgeBand | null, anonymous_gender: Gender | null, 
/**
 * The anonymous people by age band and gender: one group for a contact with a plain
 * count, none without anonymous people.
 */
anonymous_groups: Array<AnonymousGroup>, topics: Array<Topic>, note: string | null, follow_up: string | null, persons: Array<PersonId>, language: string | null, interpreter: boolean, outcome: Outcome | null, 
/**
 * The programme's own kind, refining `kind`.
 */
kind_ext: string | null, 
/**
 * The programme's own outcome, refining `outcome`.
 */
outcome_ext: string | null, 
/**
 * The programme's own topics, each refining one of `topics`.
 */
topics_ext: Array<string>, revision: number, created_at: string, updated_at: string, };
export type ContactId = string;
export type ContactInput = { site_id: SiteId, kind: string, 
/**
 * `YYYY-MM-DD`; `None` means today.
 */
date: string | null, 
/**
 * `HH:MM`
 */
start: string | null, duration_min: number, anonymous_count: number, anonymous_age_band: string | null, anonymous_gender: string | null, 
/**
 * The anonymous people as groups by age band and gender (instead of the three fields
 * above): a mother with two children is one contact.
 */
anonymous_groups?: Array<AnonymousGroupInput>, topics: Array<string>, note: string | null, 
/**
 * Follow-up (Wiedervorlage) date `YYYY-MM-DD`.
 */
follow_up: string | null, 
/**
 * The persons reached (each needs a documentation consent in force).
 */
persons: Array<PersonId>, 
/**
 * Language spoken (code such as `de`, `tr`, `ar`).
 */
language: string | null, interpreter: boolean, 
/**
 * What came of it ([`Outcome`] id).
 */
outcome: string | null, };
export type ContactKind = "erstkontakt" | "folgekontakt" | "beratung" | "begleitung" | "kurzkontakt" | "telefonat" | "gruppenangebot" | "netzwerkkontakt";
export type ContactPatch = { site_id?: SiteId, kind?: string, date?: string, start?: string, duration_min?: number, anonymous_count?: number, anonymous_age_band?: string, anonymous_gender?: string, 
/**
 * Replaces the anonymous people (count, age band and gender) when given.
 */
anonymous_groups?: Array<AnonymousGroupInput>, 
/**
 * Replaces all topics when given.
 */
topics?: Array<string>, note?: string, follow_up?: string, 
/**
 * Replaces all linked persons when given.
 */
persons?: Array<PersonId>, language?: string, interpreter?: boolean, outcome?: string, };
export type ContactRef = { id: ContactId, };
export type DateRange = { from?: string, to?: string, };
export type DeletionLogEntry = { at: string, reason: string, category: string, count: number, };
export type DeviceId = string;
export type DeviceListing = { device_id: string, worker_id: string | null, display_name: string | null, initials: string | null, team: string | null, 
/**
 * The fingerprint of the enrolled key, as both devices showed it at enrolment.
 */
fingerprint: string, enrolled_at: string, revoked_at: string | null, 
/**
 * The highest sequence number imported from the device, and when the last bundle came.
 */
last_sequence: number | null, last_import_at: string | null, 
/**
 * Whether the device handed over its own `age` key (enrolment format 2), so office bundles
 * can reach it; one enrolled before enrols again.
 */
receives_office_bundles: boolean, 
/**
 * The role it was enrolled with (`worker`, `volunteer`, `lead`).
 */
role: string | null, };
export type DeviceRef = { device_id: string, };
export type District = { id: DistrictId, name: string, archived: boolean, };
export type DistrictId = string;
export type Document = { "document": "consent", consent_id: ConsentId, } | { "document": "attendance", activity_id: ActivityId, } | { "document": "stammblatt", person_id: PersonId, };
export type Draft = { 
/**
 * `quick-entry`, `person`, `activity` or `referral`.
 */
slot: string, body: string, };
export type DraftRef = { slot: string, };
export type EditActivity = { id: ActivityId, changes: ActivityPatch, };
export type EditContact = { id: ContactId, changes: ContactPatch, };
export type EditFollowUp = { id: FollowUpId, due?: string, what?: string, };
export type EditPartner = { id: PartnerId, changes: PartnerPatch, };
export type EditPerson = { id: PersonId, changes: PersonPatch, };
export type EditReferral = { id: ReferralId, changes: ReferralPatch, };
export type EditService = { id: ServiceId, name: string, };
export type EditSite = { id: SiteId, changes: SitePatch, };
export type EditVisitSlot = { id: VisitSlotId, weekday: number, start: string, end: string, };
export type Education = "isced-0-2" | "isced-3-4" | "isced-5-8";
export type Employment = "erwerbstaetig" | "arbeitslos" | "langzeitarbeitslos" | "nicht-erwerbstaetig" | "in-ausbildung";
export type EnrolParticipant = { id: PersonId, participation: ParticipationInput, };
export type EnrolmentPreview = { fingerprint: string, format: string, device_id: string, worker_id: string, display_name: string, initials: string, team: string | null, public_key: string, created_at: string, signature: string, 
/**
 * The device's own `age` public key (`age1…`): office bundles are encrypted to it. Only in
 * files of format 2; a device enrolled with format 1 enrols again to receive them.
 */
age_recipient?: string | null, 
/**
 * `worker` or `volunteer` (format 2): a volunteer's device is enrolled as a volunteer's, so
 * the lead's report can show the volunteers' share. Format 1 files enrol a worker.
 */
role?: string | null, };
export type EnrolmentWritten = { path: string, fingerprint: string, device_id: string, };
export type ErasureReport = { 
/**
 * Contacts that keep their head count, with the person turned into one anonymous person.
 */
contacts_anonymised: number, 
/**
 * Of those, contacts whose note was erased because they concerned only this person.
 */
notes_erased: number, referrals_anonymised: number, followups_deleted: number, consents_deleted: number, 
/**
 * Activities that keep their attendance count, the person counted anonymously.
 */
attendance_anonymised: number, };
export type ExitParticipant = { id: PersonId, on?: string, result?: ExitResult, };
export type ExitResult = { 
/**
 * Engaged in job searching upon leaving.
 */
job_searching?: boolean, 
/**
 * In education or training upon leaving.
 */
in_education?: boolean, 
/**
 * Gained a qualification upon leaving.
 */
qualification?: boolean, 
/**
 * In employment, including self-employment, upon leaving.
 */
employed?: boolean, };
export type ExportEntry = { sequence: number, created_at: string, file_name: string, status: string, record_count: number, full: boolean, with_notes: boolean, written_at: string | null, };
export type ExportFolder = { folder: string, };
export type ExportNotes = { on: boolean, };
export type ExportNow = { 
/**
 * Everything, not only what changed since the last export.
 */
full: boolean, };
export type ExportOverview = { 
/**
 * The office's secret key is kept here (a lead's device that imports).
 */
office_identity: boolean, can_import: boolean, 
/**
 * The fingerprint of the lead's key this device takes office bundles from, once one came.
 */
office_signer: string | null, 
/**
 * Whether notes may be switched on for exports (never on a volunteer's device).
 */
notes_allowed: boolean, schedule: ExportSchedule, 
/**
 * The local date of the last export (written or queued), if any.
 */
last_export: string | null, 
/**
 * When the next export is due; `None` before the first export (it is due at once).
 */
next_due: string | null, 
/**
 * An export is due today or overdue.
 */
due: boolean, 
/**
 * Bundles waiting in the store because the folder could not be written.
 */
queued: number, folder: string | null, 
/**
 * Whether the office's public key is set (without it nothing can be exported).
 */
office_key: boolean, with_notes: boolean, };
export type ExportReport = { sequence: number, file_name: string, 
/**
 * The folder could not be written: the bundle waits in the store.
 */
queued: boolean, 
/**
 * Written now (this export or earlier queued ones), by file name.
 */
written: Array<string>, record_count: number, counts: { [key in string]?: number }, folder: string, };
export type ExportSchedule = "weekly" | "monthly" | "quarterly";
export type ExportScheduleChange = { schedule: ExportSchedule, };
export type Facilitator = { id: WorkerId, 
/**
 * `?` for a worker this store does not know (yet).
 */
initials: string, 
/**
 * The worker who recorded the activity (not a co-facilitator).
 */
recorder: boolean, };
export type FilePath = { path: string, };
export type FileWritten = { path: string, };
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
export type FollowUpQuery = { 
/**
 * Open ones (all, also those due later); `false`: the done ones.
 */
open: boolean, 
/**
 * Of the open ones only those due today or earlier.
 */
due_only?: boolean, };
export type FollowUpRef = { id: FollowUpId, };
export type Gender = "weiblich" | "maennlich" | "divers" | "keine-angabe";
export type HandOver = { person_id: PersonId, device_id: string, };
export type HandoverReport = { id: string, person_id: string, from_device: string, to_device: string, to_initials: string, 
/**
 * Records moved per entity (`persons`, `consents`, `followups`).
 */
counts: { [key in string]?: number }, };
export type Hidden = "small" | "protect";
export type Household = "alleinlebend" | "alleinerziehend" | "erwerbsloser-haushalt" | "sonstiger" | "keine-angabe";
export type ImportBatch = { 
/**
 * Stopped by a cancel or a lock after the file in hand (the files before it stay).
 */
cancelled: boolean, files: Array<ImportedFile>, };
export type ImportBundles = { paths: Array<string>, 
/**
 * Import even though bundles of a device are missing before these.
 */
accept_gap: boolean, 
/**
 * The office's secret key from this file, for this import only (else the one kept).
 */
identity?: string, };
export type ImportReport = { device_id: string, worker_initials: string, sequence: number, records: number, 
/**
 * Records whose version became the one in the tables.
 */
applied: number, 
/**
 * Records for which another device holds different content.
 */
conflicts: number, 
/**
 * The sequence expected next from this device, when this bundle skipped some.
 */
gap_expected: number | null, };
export type ImportedFile = { file: string, report: ImportReport | null, error: IpcError | null, };
export type Incomplete = { person_id: string, pseudonym: string, 
/**
 * Keys of the missing fields (`entry-date`, `gender`, `age`, `employment`, `education`,
 * `household`).
 */
missing: Array<string>, };
export type IpcError = { code: string, args: { [key in string]?: string }, };
export type JournalCursor = { date: string, start: string, id: string, };
export type JournalEntry = { "type": "contact" } & Contact | { "type": "activity" } & Activity;
export type JournalPage = { entries: Array<JournalEntry>, next: JournalCursor | null, };
export type JournalQuery = { 
/**
 * First day, `YYYY-MM-DD`.
 */
from?: string, 
/**
 * Last day, `YYYY-MM-DD`.
 */
to?: string, site_id?: SiteId, kind?: string, topic?: string, person_id?: PersonId, 
/**
 * The page after this entry (the `next` of the page before).
 */
after?: JournalCursor, limit?: number, };
export type KeyFigure = { id: string, label: string, 
/**
 * Counts are whole numbers; hours have one decimal.
 */
current: Shown<number>, previous: Shown<number>, 
/**
 * (current − previous) / previous, when both are published and previous is above 0.
 */
change: number | null, };
export type Label = { key: string, text: string, 
/**
 * The first day of the month, for month rows (written as a real date in the workbook).
 */
month?: string, };
export type LinkInput = { 
/**
 * The initials of the first and last name (letters only, 2 or 3).
 */
initials: string, birth_year: number, gender: Gender, 
/**
 * The worker confirmed that the person the team knows with these fields is this one.
 */
confirm: boolean, };
export type LinkOutcome = { 
/**
 * Whether the person is linked now (not when a match waits for the worker's answer).
 */
linked: boolean, 
/**
 * Other persons with the same fields: on this device, and known to the team (as the last
 * office bundle listed them).
 */
matches: number, };
export type LinkPerson = { id: PersonId, link: LinkInput, };
export type Locale = "de" | "en" | "tr" | "ar" | "uk";
export type Marker = "wohnungslos" | "grundsicherung" | "alleinerziehend" | "fluchterfahrung" | "behinderung" | "einsam" | "drittstaatsangehoerig" | "migrationshintergrund" | "minderheit";
export type MergePartner = { id: PartnerId, into: PartnerId, };
export type MergeSite = { id: SiteId, into: SiteId, };
export type NewConsent = { person_id: PersonId, scope: string, form: string, 
/**
 * `YYYY-MM-DD`; today when absent.
 */
given_on: string | null, 
/**
 * The partner a forwarding consent names.
 */
partner_id: PartnerId | null, };
export type NewDistrict = { name: string, };
export type NewFollowUp = { 
/**
 * `YYYY-MM-DD`
 */
due: string, what: string, person_id: PersonId | null, 
/**
 * The contact it follows from.
 */
contact_id?: ContactId, };
export type NewProgramme = { name: string, };
export type NewService = { partner_id: PartnerId, name: string, };
export type NewSite = { name: string, 
/**
 * A built-in site kind, or one of the programme's own (kept with the kind it refines).
 */
kind: string, district: string | null, address?: string, contact_person?: string, 
/**
 * The programme it belongs to (one in use), if any.
 */
programme?: ProgrammeId, };
export type NewVisitSlot = { site_id: SiteId, weekday: number, start: string, end: string, };
export type NoteHit = { contact_id: ContactId, date: string, site_id: SiteId, site_name: string, kind: ContactKind, 
/**
 * The programme's own kind, refining `kind`.
 */
kind_ext: string | null, persons: Array<PersonId>, 
/**
 * The part of the note around the first match (at most ~160 characters).
 */
excerpt: string, };
export type NoteQuery = { text: string, };
export type OfficeKey = { key: string, };
export type Outcome = "informiert" | "beraten" | "vermittelt" | "begleitet" | "termin-vereinbart" | "kein-bedarf" | "sonstiges";
export type Participation = { entry_date: string, exit_date: string | null, employment: Employment | null, education: Education | null, household: Household | null, 
/**
 * The ESF Plus common result indicators at leaving, once the exit is recorded.
 */
exit_result: ExitResult, };
export type ParticipationInput = { entry_date: string | null, employment: string | null, education: string | null, household: string | null, };
export type Partner = { id: PartnerId, name: string, kind: PartnerKind, district: string | null, address: string | null, contact_person: string | null, services: Array<Service>, 
/**
 * Archived: out of the pickers, still in history and reports.
 */
archived: boolean, revision: number, 
/**
 * The programme's own kind refining `kind` (a vocabulary extension), if any.
 */
kind_ext: string | null, };
export type PartnerId = string;
export type PartnerInput = { name: string, kind: string, district: string | null, address: string | null, contact_person: string | null, 
/**
 * Names of the services offered.
 */
services: Array<string>, };
export type PartnerKind = "quartiersmanagement" | "verein" | "religionsgemeinschaft" | "beratungsstelle" | "gesundheit" | "jobcenter" | "behoerde" | "foerderer" | "sonstiges";
export type PartnerPage = { partner: Partner, referrals: Array<Referral>, };
export type PartnerPatch = { name?: string, kind?: string, district?: string, address?: string, contact_person?: string, };
export type PartnerRef = { id: PartnerId, };
export type PeriodInfo = { from: string, to: string, label: string, };
export type Person = { id: PersonId, pseudonym: string, birth_year: number | null, age_band: AgeBand | null, gender: Gender | null, languages: Array<string>, district: string | null, markers: Array<Marker>, 
/**
 * Markers of the programme's own vocabulary.
 */
own_markers: Array<string>, real_name: string | null, contact_info: string | null, status: string, closed_on: string | null, close_reason: string | null, 
/**
 * Enrolment as a programme participant (ESF Plus), if any.
 */
participant: Participation | null, consents: Array<Consent>, 
/**
 * The worker who registered the person.
 */
worker_id: WorkerId, revision: number, 
/**
 * Linked for the team's count (a keyed hash, see `store::links`).
 */
linked: boolean, };
export type PersonId = string;
export type PersonInput = { pseudonym: string, birth_year: number | null, age_band: string | null, gender: string | null, 
/**
 * Language codes such as `de`, `tr`, `ar` (2–3 lowercase letters).
 */
languages: Array<string>, district: string | null, markers: Array<string>, real_name: string | null, contact_info: string | null, 
/**
 * The programme the person belongs to (one in use), if any.
 */
programme?: ProgrammeId, };
export type PersonName = { id: PersonId, pseudonym: string, };
export type PersonPage = { person: Person, 
/**
 * The contacts that reached the person, newest first (the newest few when asked for).
 */
contacts: Array<Contact>, 
/**
 * How many contacts reached the person in all.
 */
contacts_total: number, referrals: Array<Referral>, followups: Array<FollowUp>, attendance: Array<Attended>, 
/**
 * The initials of the worker the lead handed the person to, when this device handed it
 * away (it is read-only here then).
 */
handed_to: string | null, };
export type PersonPageQuery = { id: PersonId, contacts?: number, };
export type PersonPatch = { pseudonym?: string, 
/**
 * Absent keeps the year, `null` removes it, a number sets it.
 */
birth_year?: number | null, age_band?: string, gender?: string, languages?: Array<string>, district?: string, markers?: Array<string>, real_name?: string, contact_info?: string, };
export type PersonPick = { id: PersonId, pseudonym: string, documented: boolean, };
export type PersonQuery = { 
/**
 * Part of the pseudonym (case-insensitive).
 */
text: string | null, 
/**
 * Part of the district (case-insensitive).
 */
district: string | null, 
/**
 * A marker id.
 */
marker: string | null, 
/**
 * Include closed persons.
 */
include_closed: boolean, };
export type PersonRef = { id: PersonId, };
export type PersonSummary = { id: PersonId, pseudonym: string, district: string | null, markers: Array<Marker>, 
/**
 * Markers of the programme's own vocabulary.
 */
own_markers: Array<string>, status: string, participant: boolean, 
/**
 * A documentation consent is in force: the person may be named in records.
 */
documented: boolean, };
export type PickQuery = { text: string, };
export type Print = { what: Document, path: string, 
/**
 * Its language: the client's for a consent receipt (German comes first anyway); the app's
 * setting without one.
 */
locale?: Locale, };
export type Profile = { worker_id: WorkerId, device_id: DeviceId, display_name: string, initials: string, team: string | null, role: Role, locale: Locale, };
export type ProfilePatch = { display_name?: string, initials?: string, team?: string, };
export type Programme = { id: ProgrammeId, name: string, archived: boolean, };
export type ProgrammeId = string;
export type Progress = { 
/**
 * Files handled so far (imported or refused).
 */
done: number, total: number, 
/**
 * Records merged so far.
 */
records: number, };
export type PublishReport = { sequence: number, path: string, 
/**
 * The fingerprint of the lead's key, for the devices to compare on their first bundle.
 */
fingerprint: string, 
/**
 * The devices that can open it.
 */
recipients: Array<string>, 
/**
 * Enrolled devices that cannot: enrolled before office bundles, they enrol again.
 */
unreachable: Array<string>, 
/**
 * Records per kind.
 */
counts: { [key in string]?: number }, };
export type ReceiveOffice = { path: string, fingerprint?: string, 
/**
 * From a new lead device: its key replaces the one kept (the fingerprint is required).
 */
new_lead?: boolean, };
export type ReceiveReport = { sequence: number, 
/**
 * The lead's device that signed it, and its key's fingerprint.
 */
lead_device: string, lead_initials: string, fingerprint: string, 
/**
 * Whether this was the first office bundle here (its key is kept from now on).
 */
first: boolean, counts: { [key in string]?: number }, 
/**
 * Whether it brought a new office public key for this device's exports.
 */
office_key_changed: boolean, };
export type Recover = { recovery_key: string, new_passphrase: string, };
export type RecoveryKeyShown = { recovery_key: string, };
export type Referral = { id: ReferralId, partner_id: PartnerId, partner_name: string, service_id: ServiceId | null, service_name: string | null, person_id: PersonId | null, pseudonym: string | null, contact_id: ContactId | null, status: ReferralStatus, 
/**
 * The statuses it may move to next.
 */
next: Array<ReferralStatus>, status_changed_on: string, note: string | null, 
/**
 * Whether the person has a forwarding consent in force for this partner.
 */
forwarding_consent: boolean, created_at: string, revision: number, };
export type ReferralId = string;
export type ReferralInput = { partner_id: PartnerId, 
/**
 * One of that partner's services.
 */
service_id: ServiceId | null, 
/**
 * The person referred (needs a documentation consent).
 */
person_id: PersonId | null, 
/**
 * The contact the referral came out of.
 */
contact_id: ContactId | null, note: string | null, };
export type ReferralPatch = { partner_id?: PartnerId, service_id?: ServiceId, note?: string, };
export type ReferralQuery = { open_only: boolean, };
export type ReferralRef = { id: ReferralId, };
export type ReferralStatus = "vorgeschlagen" | "vereinbart" | "wahrgenommen" | "nicht-wahrgenommen" | "abgebrochen";
export type ReferralStatusChange = { id: ReferralId, status: string, 
/**
 * The day it changed (today without one).
 */
on?: string, };
export type Report = { 
/**
 * The programme the report is made for (its name); `None`: every programme.
 */
programme: string | null, locale: string, period: PeriodInfo, previous: PeriodInfo, k: number, generated_at: string, key_figures: Array<KeyFigure>, 
/**
 * Months × site kinds, with both totals.
 */
contacts_by_month: Table, contacts_by_district: Table, contacts_by_kind: Table, 
/**
 * People reached anonymously: age band × gender, with both totals.
 */
anonymous: Table, 
/**
 * Topics are multi-select: no total, shares of all contacts.
 */
topics: Table, topic_shares: Array<number | null>, 
/**
 * Partner kind × status, with both totals.
 */
referrals: Table, 
/**
 * Activity kind × (activities, attendance, volunteers), with a total row.
 */
activities: Table, 
/**
 * ESF Plus indicators at entry: one table per dimension, entries and exits in the period.
 */
participants: Array<Table>, 
/**
 * The programme's own site kinds, contact kinds, topics and activity kinds below the
 * built-in ids they refine (only those the programme has; ids `report-table-own-…`).
 */
own_terms: Array<Table>, 
/**
 * Participants of the period with a mandatory field missing, per field.
 */
completeness: Table, 
/**
 * Who they are (app and JSON only; never in the workbook).
 */
incomplete: Array<Incomplete>, sources: Array<Source>, };
export type ReportFile = { path: string, report: Report, };
export type ReportPeriod = { quarter: string | null, from: string | null, to: string | null, };
export type ReportRequest = { period: ReportPeriod, 
/**
 * The smallest count published; the default when absent.
 */
k: number | null, 
/**
 * The language of its labels: the one the window shows (a report asked for right after a
 * switch is never in the old one); the saved setting when absent.
 */
locale: Locale | null, 
/**
 * Where `write_report` saves the workbook (the documents folder without one).
 */
out?: string, 
/**
 * One programme (its id or name); every programme when absent.
 */
programme?: string, };
export type Resolution = { entity: string, id: string, 
/**
 * The device whose version was taken.
 */
taken: string, 
/**
 * The record's revision now.
 */
revision: number, 
/**
 * Whether the resolution travels to the record's holder in the next office bundle.
 */
travels: boolean, };
export type ResolveConflict = { 
/**
 * The record's id.
 */
id: string, 
/**
 * The device whose version is taken.
 */
device_id: string, };
export type Restore = { file_name: string, passphrase: string, };
export type RetentionApplied = { erased: Array<RetentionDue>, periods: Array<RetentionPeriod>, };
export type RetentionCategory = "closed-persons" | "notes" | "done-followups" | "closed-referrals";
export type RetentionDue = { category: RetentionCategory, years: number, 
/**
 * Records dated before this day are due.
 */
cutoff: string, count: number, };
export type RetentionPeriod = { category: RetentionCategory, 
/**
 * Years kept; `None`: no limit.
 */
years: number | null, 
/**
 * Records past the period now (only when a period is set).
 */
due: number | null, cutoff: string | null, };
export type Role = "worker" | "lead" | "volunteer";
export type SaveTo = { path?: string, };
export type Service = { id: ServiceId, name: string, 
/**
 * Archived: no new referrals to it; old ones keep it.
 */
archived: boolean, };
export type ServiceId = string;
export type SetAutoLock = { minutes: number, };
export type SetLocale = { locale: Locale, };
export type SetRetention = { category: string, years: number | null, };
export type Setup = { locale: Locale, display_name: string, initials: string, team: string | null, role: Role, passphrase: string, };
export type Shown<T> = T | { hidden: Hidden, };
export type Site = { id: SiteId, name: string, kind: SiteKind, district: string | null, address: string | null, contact_person: string | null, 
/**
 * Archived: out of the pickers, still in history and reports.
 */
archived: boolean, revision: number, 
/**
 * The programme's own kind refining `kind` (a vocabulary extension), if any.
 */
kind_ext: string | null, };
export type SiteId = string;
export type SiteKind = "kita" | "fruehe-hilfen" | "schule" | "arztpraxis" | "quartierszentrum" | "beratungsstelle" | "jobcenter" | "oeffentlicher-raum" | "sonstiges";
export type SiteMonth = { 
/**
 * `YYYY-MM`
 */
month: string, contacts: number, minutes: number, };
export type SitePage = { site: Site, visit_slots: Array<VisitSlot>, months: Array<SiteMonth>, total_contacts: number, };
export type SitePatch = { name?: string, 
/**
 * A built-in site kind, or one of the programme's own.
 */
kind?: string, district?: string, address?: string, contact_person?: string, };
export type SiteRef = { id: SiteId, };
export type Source = { device_id: string, this_device: boolean, team: string | null, 
/**
 * The device's share of the period's contacts, protected with the contact tables (the
 * shares add up to their total).
 */
contacts_in_period: Shown<number>, bundles_imported: number, last_bundle_seq: number | null, last_import: string | null, };
export type Table = { 
/**
 * Fluent id of the title; also the table's stable key.
 */
id: string, title: string, row_header: string, rows: Array<Label>, cols: Array<Label>, cells: Array<Array<Shown<number>>>, 
/**
 * One per row, when the table has a total column.
 */
row_totals?: Array<Shown<number>>, 
/**
 * One per column, when the table has a total row.
 */
col_totals?: Array<Shown<number>>, 
/**
 * The grand total, when the table has both.
 */
total?: Shown<number>, };
export type TeamMember = { id: WorkerId, display_name: string, initials: string, team: string | null, role: Role, 
/**
 * This device's own worker.
 */
me: boolean, };
export type Today = { date: string, 
/**
 * The last of today's contacts, as many as asked for.
 */
contacts: Array<Contact>, 
/**
 * How many contacts today has in all.
 */
contacts_total: number, follow_ups_due: Array<FollowUp>, 
/**
 * Open follow-ups of the next 7 days, soonest first.
 */
follow_ups_upcoming: Array<FollowUp>, planned_visits: Array<VisitSlot>, };
export type TodayQuery = { 
/**
 * Only the last `limit` of today's contacts (all without one).
 */
limit: number | null, };
export type Topic = "einsamkeit" | "wohnen" | "arbeit" | "gesundheit" | "finanzen" | "familie" | "sprache" | "behoerden" | "freizeit" | "sonstiges";
export type Unlock = { passphrase: string, };
export type VisitSlot = { id: VisitSlotId, site_id: SiteId, site_name: string, weekday: number, start: string, end: string, };
export type VisitSlotId = string;
export type VisitSlotRef = { id: VisitSlotId, };
export type VocabExtension = { 
/**
 * `site-kind`, `contact-kind`, `topic`, `activity-kind`, `partner-kind`, `outcome`, `marker`.
 */
kind: string, id: string, 
/**
 * The built-in id it refines (none for a marker).
 */
parent: string | null, 
/**
 * Its label in every language the app ships, by language code.
 */
labels: { [key in string]?: string }, };
export type Vocabulary = { site_kinds: Array<SiteKind>, contact_kinds: Array<ContactKind>, topics: Array<Topic>, age_bands: Array<AgeBand>, genders: Array<Gender>, roles: Array<Role>, locales: Array<Locale>, markers: Array<Marker>, consent_scopes: Array<ConsentScope>, consent_forms: Array<ConsentForm>, partner_kinds: Array<PartnerKind>, referral_statuses: Array<ReferralStatus>, activity_kinds: Array<ActivityKind>, outcomes: Array<Outcome>, employment: Array<Employment>, education: Array<Education>, households: Array<Household>, retention_categories: Array<RetentionCategory>, };
export type WithdrawConsent = { id: ConsentId, on?: string, };
export type WorkerId = string;
