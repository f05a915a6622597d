# Feldbuch – user interface strings (English).
# Site kinds, contact kinds, topics, age bands, genders, roles and language names live in
# common.ftl, error messages in errors.ftl.

## General

app-title = Feldbuch
app-loading = Loading Feldbuch …
app-start-failed = Feldbuch could not be started.
app-retry = Try again
skip-to-content = Skip to content
language-label = Language
value-none = –

## Navigation

nav-label = Main navigation
nav-heute = Today
nav-sites = Sites & partners
nav-settings = Settings
nav-lock-now = Lock now

## First start

setup-title = Welcome to Feldbuch
setup-intro = Set up Feldbuch once on this device. All data stays encrypted on this device.
setup-profile-heading = Your profile
setup-name-label = Name (as your team sees you)
setup-initials-label = Initials
setup-initials-hint = For example “AK”. Your initials appear in exports instead of your name.
setup-team-label = Team (optional)
setup-role-label = Role
setup-passphrase-heading = Passphrase
setup-passphrase-intro = You unlock Feldbuch with this passphrase. It protects the key to your data. Choose something you can remember but others cannot guess, for example several words.
setup-passphrase-label =
    { $min ->
        [one] Passphrase (at least one character)
       *[other] Passphrase (at least { $min } characters)
    }
setup-passphrase-confirm-label = Repeat passphrase
setup-submit = Set up Feldbuch
setup-submitting = Setting up …

## Recovery key (shown once after setup)

recovery-title = Write down your recovery key
recovery-intro = If you forget your passphrase, this key is the only way back to your data. Without the passphrase and without this key nobody can recover the data – not even support.
recovery-replaced = The recovery key you just unlocked with no longer works: it was typed in and may have been seen. Here is your new one. Destroy the old note.
recovery-once = The key is shown only this one time.
recovery-instructions = Write it down on paper now, completely, and keep the sheet in a safe place, away from this device. Do not save it as a file, photo or email.
recovery-key-label = Your recovery key
recovery-confirm-heading = Written down? A quick check
recovery-confirm-input-label = Type the last group of the key (after the last hyphen).
recovery-confirm-mismatch = That is not the last group of the key yet.
recovery-confirm-checkbox-label = I have written the key down on paper and will keep it safe.
recovery-done = Continue to Feldbuch

## Lock screen

lock-title = Feldbuch is locked
lock-intro = Your data is encrypted. Enter your passphrase to continue working.
lock-passphrase-label = Passphrase
lock-submit = Unlock
lock-submitting = Unlocking …
lock-recovery-toggle = Forgot your passphrase? Unlock with the recovery key
lock-passphrase-toggle = Back to passphrase entry
lock-recovery-intro = Enter your recovery key and choose a new passphrase.
lock-recovery-key-label = Your recovery key
lock-new-passphrase-label =
    { $min ->
        [one] New passphrase (at least one character)
       *[other] New passphrase (at least { $min } characters)
    }
lock-recovery-submit = Unlock and save new passphrase

## Today

heute-heading = Today, { $date }
heute-contacts-heading =
    { $count ->
        [0] Contacts today
        [one] { $count } contact today
       *[other] { $count } contacts today
    }
heute-contacts-empty = No contacts recorded yet today.
heute-contacts-earlier = Show earlier contacts from today ({ $count } more)
heute-followups-heading = Follow-ups due
heute-followups-empty = No follow-ups due.
heute-followups-upcoming-heading = The next 7 days
heute-followups-upcoming-empty = No follow-ups in the next 7 days.
contact-anonymous-count =
    { $count ->
        [one] { $count } anonymous person
       *[other] { $count } anonymous people
    }
contact-duration =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
contact-start = { $time }
contact-topics-label = Topics
contact-delete = Delete
contact-delete-question = Really delete this contact?
contact-delete-confirm = Yes, delete
contact-delete-cancel = Cancel
contact-deleted = Contact deleted.
followup-due = due { $date }
followup-overdue = Overdue

## Quick entry

qe-heading = Quick entry
qe-hint = Keyboard only: Tab moves on, Ctrl+Enter saves.
qe-date-label = Date
qe-date-hint = YYYY-MM-DD; today by default, an earlier day for a late entry
qe-start-label = Start
qe-start-hint = HH:MM; now by default, empty for no time
qe-site-label = Site
qe-site-hint = Type a name, choose with the arrow keys, confirm with Enter or Tab.
qe-site-no-match = No matching site.
qe-site-none-yet = There are no sites yet. First add one under “Sites & partners”.
qe-site-results =
    { $count ->
        [0] No matching site.
        [one] One site found.
       *[other] { $count } sites found.
    }
qe-kind-label = Kind of contact
qe-anonymous-label = Anonymous people (number)
qe-age-band-label = Age group
qe-gender-label = Gender
qe-option-unset = – not selected –
qe-topics-label = Topics
qe-duration-label = Duration in minutes
qe-note-label = Note (confidential)
qe-save = Save contact
qe-saving = Saving …
qe-saved = Contact saved.
qe-error-site-required = Please choose a site from the list.

## Sites

sites-title = Sites & partners
sites-add-heading = Add a new site
sites-name-label = Name
sites-kind-label = Kind
sites-district-label = District or neighbourhood (optional)
sites-add = Add site
sites-added = Site “{ $name }” added.
sites-list-heading =
    { $count ->
        [0] No sites yet
        [one] { $count } site
       *[other] { $count } sites
    }
sites-empty = Add your first site with the form “{ sites-add-heading }”.
sites-column-name = Name
sites-column-kind = Kind
sites-column-district = District

## Settings

settings-title = Settings
settings-language-heading = Language
settings-language-hint = The language changes at once, without a restart.
settings-autolock-heading = Automatic lock
settings-autolock-label = Lock after this many minutes without input
settings-autolock-save = Save
settings-autolock-saved =
    { $minutes ->
        [one] Feldbuch locks itself after { $minutes } minute without input.
       *[other] Feldbuch locks itself after { $minutes } minutes without input.
    }
settings-profile-heading = Profile
settings-profile-hint = Your role is set by the central office at enrolment. You can correct your name, initials and team below.
settings-profile-name = Name
settings-profile-initials = Initials
settings-profile-team = Team
settings-profile-role = Role
settings-profile-device = Device ID

## Quick entry: persons, outcome, follow-up, draft

qe-outcome-label = Outcome
qe-persons-label = Persons (pseudonym)
qe-persons-hint = Type a pseudonym, choose with the arrow keys, add with Enter. Only persons who consented to documentation can be linked; count everyone else anonymously.
qe-follow-up-label = Follow-up on (optional)
qe-follow-up-hint = Format YYYY-MM-DD, e.g. 2026-12-01
qe-language-label = Language of the conversation
qe-language-hint = Code, e.g. de, tr, ar
qe-interpreter-label = With an interpreter
qe-draft-restored = An unsaved draft has been restored.
qe-draft-discard = Discard draft
qe-draft-failed = The draft could not be saved.

## Person picker (quick entry, group activities)

picker-no-match = No matching person.
picker-no-consent = no documentation consent – count anonymously only
picker-results =
    { $count ->
        [0] No matching person.
        [one] One person found.
       *[other] { $count } persons found.
    }
picker-selected-label = Selected persons
picker-remove = Remove “{ $pseudonym }”

## People: navigation and search

nav-persons = People
persons-title = People
persons-search-heading = Find a person
persons-search-text-label = Pseudonym
persons-search-district-label = District
persons-search-marker-label = Life situation
persons-search-any-marker = – any –
persons-search-include-closed = Include closed records
persons-search-submit = Search
persons-results-heading =
    { $count ->
        [0] No person found
        [one] { $count } person
       *[other] { $count } people
    }
persons-participant = Participant
persons-select-hint = Choose a person from the list to open their record. Every opening is logged.

## People: full-text search in notes

notes-search-heading = Search notes
notes-search-hint = Searches the confidential notes of all contacts. Every search is logged.
notes-search-label = Search words
notes-search-submit = Search notes
notes-search-results =
    { $count ->
        [0] No note found.
        [one] One note found.
       *[other] { $count } notes found.
    }

## People: new person

person-new-heading = Add a person
person-new-pseudonym-label = Pseudonym
person-new-pseudonym-hint = For example initials and year of birth (“MK-1980”). No real name: that is added to the record only with consent.
person-new-birth-year-label = Year of birth (optional)
person-new-age-band-label = Age band (optional, if the year of birth is unknown)
person-new-gender-label = Gender
person-new-district-label = District (optional)
person-new-languages-label = Languages (codes, separated by commas)
person-new-markers-label = Life situation
person-new-submit = Add person
person-new-created = Person “{ $pseudonym }” added.
person-new-error-pseudonym = Please enter a pseudonym.

## Person record: details, name and contact details

person-view-close = Close record
person-page-loading = Loading the record …
person-details-heading = About the person
person-closed-on = closed on { $date }
person-field-birth-year = Year of birth
person-field-languages = Languages
person-field-markers = Life situation
person-field-real-name = Real name
person-field-contact-info = Contact details
person-identity-heading = Name and contact details
person-identity-hint = Emptying a field deletes the entry.
person-identity-save = Save name and contact details
person-identity-saved = Name and contact details saved.
person-identity-needs-consent = A real name and contact details can only be stored once there is a consent to documentation.

## Person record: consents

consents-heading = Consents
consents-partner = to { $partner }
consents-given-on = given on { $date } ({ $form })
consents-withdrawn-on = withdrawn on { $date }
consents-withdraw = Withdraw
consents-empty = No consent yet. Without a consent to documentation the person can only be counted anonymously.
consents-give-heading = Record a consent
consents-scope-label = Scope
consents-form-label = Form
consents-date-label = Given on (empty: today)
consents-partner-label = Partner the data may be forwarded to
consents-partner-choose = – choose a partner –
consents-give-submit = Save consent
consents-given = Consent saved.
consents-withdrawn = Consent withdrawn.
consents-error-partner = A consent to forwarding applies to one particular partner: please choose it.

## Person record: programme participation

enrol-heading = Enrol as a participant
enrol-hint = For participant reporting to the funder (e.g. ESF Plus). Possible while there is a consent to participant reporting.
enrol-entry-label = Entry on (empty: today)
enrol-submit = Enrol as a participant
enrol-edit-heading = Participation data
enrol-save = Save participation data
enrol-saved = Participation data saved.

## Person record: add a follow-up or referral

followup-form-heading = Add a follow-up
followup-form-due-label = Due on
followup-form-what-label = What needs doing?
followup-form-submit = Add follow-up
followup-form-added = Follow-up added.
followup-form-error-due = Please enter when the follow-up is due.
refer-heading = Refer to a partner
refer-no-partners = There are no partners yet. Add them under “Sites & partners”.
refer-partner-label = Partner
refer-partner-choose = – choose a partner –
refer-service-label = Service
refer-service-any = – no particular service –
refer-note-label = Note on the referral (optional)
refer-submit = Add referral
refer-done = Referral to “{ $partner }” added.
refer-error-partner = Please choose a partner.
refer-from-contact = Referral from the contact on { $date } ({ $site })
refer-contact-clear = Refer without the contact

## Person record: history

timeline-followups-heading = Follow-ups
timeline-followup-done = Done
timeline-followup-done-on = done on { $date }
timeline-followups-empty = No follow-ups.
timeline-referrals-heading = Referrals
timeline-referral-since = since { $date }
timeline-referral-no-forwarding = without consent to forwarding
timeline-referral-from-contact = from the contact on { $date }
timeline-referral-move = Change the status of the referral to “{ $partner }”
timeline-referrals-empty = No referrals.
timeline-contacts-heading = Contacts
timeline-contacts-empty = No contacts.
timeline-contact-refer = Refer
timeline-attendance-heading = Attendance at group activities
timeline-attendance-empty = No attendance at group activities.

## Person record: subject access and erasure

rights-heading = Access and erasure
rights-auskunft-hint = Subject access under Art. 15 GDPR: everything stored about this person is written as a text file to your Documents folder. This is logged.
rights-auskunft = Create access report
rights-auskunft-written = Access report saved as:
rights-erase-hint = Erasure under Art. 17 GDPR: the person is deleted for good; their contacts remain in the statistics only anonymously. The erasure also reaches the central office with the next export.
rights-erase = Erase person …
rights-erase-confirm-label = To confirm, type the pseudonym “{ $pseudonym }”
rights-erase-mismatch = The pseudonym does not match yet.
rights-erase-confirm = Erase for good
rights-erase-cancel = Cancel
rights-erased-heading = “{ $pseudonym }” has been erased
rights-erased-contacts = Contacts anonymised
rights-erased-notes = Notes deleted
rights-erased-followups = Follow-ups deleted
rights-erased-consents = Consents deleted
rights-erased-attendance = Attendance records anonymised
rights-erased-hint = The erasure is logged and cannot be undone.

## Today: planned visits and follow-ups by keyboard

heute-visits-heading = Planned visits today
heute-visits-empty = No visits are planned for today.
heute-visit-time = { $start }–{ $end }
heute-followups-keys = Enter or D on a follow-up marks it as done; the arrow keys move to the next one.
heute-followup-done = Done
heute-followup-contact = Contact on { $date } at { $site }
heute-followup-completed = Done: “{ $what }”
heute-contact-persons =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }

## Sites & partners: network partners

partners-heading =
    { $count ->
        [0] Network partners
        [one] { $count } network partner
       *[other] { $count } network partners
    }
partners-empty = No network partners yet.
partners-column-name = Name
partners-column-kind = Kind
partners-column-contact = Contact person
partners-column-services = Services
partners-add-heading = Add a partner
partners-name-label = Name
partners-kind-label = Kind
partners-district-label = District (optional)
partners-contact-label = Contact person (optional)
partners-address-label = Address (optional)
partners-services-label = Services (optional)
partners-services-hint = Separate several services with commas, e.g. “Debt counselling, Drop-in hours”.
partners-add = Add partner
partners-added = Partner “{ $name }” added.

## Sites & partners: visit slots

slots-heading = Regular visit slots
slots-empty = No visit slots yet.
slots-add-heading = Add a visit slot
slots-site-label = Site
slots-site-choose = – choose a site –
slots-weekday-label = Weekday
slots-start-label = From
slots-end-label = To
slots-add = Add visit slot
slots-added = Visit slot added.
slots-error-site = Please choose a site.
slots-error-times = Please enter when the visit slot starts and ends.

## Group activities

nav-activities = Group activities
activities-title = Group activities
activities-add-heading = Record a group activity
activities-kind-label = Kind
activities-title-label = Title
activities-date-label = Date (empty: today)
activities-site-label = Site (optional)
activities-start-label = Start (optional)
activities-duration-label = Duration in minutes (optional)
activities-volunteers-label = Volunteers (number)
activities-anonymous-label = Anonymous participants (number)
activities-persons-label = Registered persons (pseudonym)
activities-co-facilitators-label = Also run by
activities-co-facilitators-none = No colleague is known on this device yet.
activities-age-band-label = Age group of the anonymous participants
activities-gender-label = Gender of the anonymous participants
activities-facilitators = Run by { $initials }
activities-note-label = Note (confidential, optional)
activities-save = Save group activity
activities-added = Group activity “{ $title }” saved.
activities-list-heading =
    { $count ->
        [0] No group activities yet
        [one] { $count } group activity
       *[other] { $count } group activities
    }
activities-empty = Record the first group activity with the form.
activities-column-date = Date
activities-column-title = Title
activities-column-kind = Kind
activities-column-attendance = Total attendance
activities-attendance-detail = registered: { $registered } · anonymous: { $anonymous } · volunteers: { $volunteers }
activities-attendance-edit = Edit attendance
activities-attendance-heading = Attendance at “{ $title }”
activities-attendance-save = Save attendance
activities-attendance-cancel = Cancel
activities-attendance-saved = Attendance at “{ $title }” saved.

## Settings: retention periods

retention-heading = Retention periods
retention-hint = Set how long data is kept, see which records are past their period, and delete them after confirming.
retention-years-label = Period in years
retention-no-limit = No limit
retention-save = Save period
retention-saved = Period saved.
retention-due-none = No period set: nothing becomes due.
retention-due =
    { $count ->
        [0] Nothing due (cut-off date { $date }).
        [one] One record is older than { $date } and due.
       *[other] { $count } records are older than { $date } and due.
    }
retention-apply = Delete due records …
retention-confirm =
    Delete { $count ->
        [one] one record
       *[other] { $count } records
    } of the category “{ $category }” for good? This cannot be undone.
retention-apply-confirm = Yes, delete for good
retention-apply-cancel = Cancel
retention-deleted =
    { $count ->
        [one] One record deleted.
       *[other] { $count } records deleted.
    }

## Settings: access log

protocol-heading = Access log
protocol-hint = Who viewed, changed, exported or deleted which record, and when – newest entries first. The log cannot be altered afterwards.
protocol-entity-label = Only entries for this record ID (optional)
protocol-filter = Show
protocol-empty = No entries.
protocol-column-time = Time
protocol-column-actor = Who
protocol-column-action = Action
protocol-column-entity = Record
protocol-column-id = ID
protocol-older = Load older entries

## Reports

nav-reports = Reports
reports-title = Reports
reports-intro = Figures for a quarter or a custom period – the same as in the XLSX file. Small counts are hidden so that nobody can be recognised. Every report is logged.
reports-period-heading = Period and smallest published count
reports-quarter-option = Q{ $quarter } { $year }
reports-quarter-option-running = Q{ $quarter } { $year } (in progress)
reports-custom-range = Custom period …
reports-from-label = From
reports-to-label = To
reports-date-placeholder = YYYY-MM-DD
reports-date-hint = Format YYYY-MM-DD, e.g. 2026-01-05. Both days are included; at most three years.
reports-k-label = Smallest published count k
reports-k-hint = Counts from 1 to k − 1 are shown as "< k". Allowed: { $min } to { $max }.
reports-show = Show
reports-save = Save as XLSX
reports-language-hint = The report and the XLSX file use this language. It applies to all of Feldbuch.
reports-loading = Creating the report …
reports-loaded = Showing the report for { $period }.
reports-saved = Report saved as:
reports-range-required = Enter the start and the end of the period (YYYY-MM-DD).
reports-empty = Choose a period and select "Show".
reports-period-range = { $from } to { $to }
reports-figures-caption = Key figures compared with the comparison period
reports-incomplete-heading = Participants with missing mandatory fields
reports-incomplete-hint = This list appears only here, never in the XLSX file. Complete the missing details in the person's record before you submit the report.
reports-incomplete-empty = All participants of the period have their mandatory fields filled in.
reports-incomplete-missing = Missing: { $fields }
reports-sources-empty = No device has data in this period.

## Exchange with the central office

nav-exchange = Exchange
exchange-title = Exchange with the central office
exchange-intro = Export bundles take your entries to the central office, encrypted – pseudonymous only, without real names or contact details. Every export and every change of these settings is logged.
exchange-loading = Loading the status …
exchange-status-heading = Export
exchange-schedule = Schedule
exchange-last-export = Last export
exchange-next-due = Next export due
exchange-never = none yet
exchange-next-due-now = now (no export yet)
exchange-due = An export has been due since { $date }.
exchange-due-first = An export is due: nothing has been exported from this device yet.
exchange-queued =
    { $count ->
        [one] One export bundle is waiting: the export folder could not be written. It will be written with the next export.
       *[other] { $count } export bundles are waiting: the export folder could not be written. They will be written with the next export.
    }
exchange-no-office-key = Export not possible: the central office’s public key is missing. Enter it under “Export settings”.
exchange-no-folder = Export not possible: no export folder is set. Choose it under “Export settings”.
exchange-export-full = Export everything, not only the changes
exchange-export-full-hint = Normally an export holds only what changed since the last one. Exporting everything helps when the central office lost a bundle.
exchange-export-now = Export now
exchange-exporting = Exporting …
exchange-export-written =
    { $count ->
        [one] Export bundle { $file } with one record written to { $folder }.
       *[other] Export bundle { $file } with { $count } records written to { $folder }.
    }
exchange-export-queued =
    { $count ->
        [one] Export bundle { $file } with one record is waiting: the export folder { $folder } could not be written. It will be written with the next export.
       *[other] Export bundle { $file } with { $count } records is waiting: the export folder { $folder } could not be written. It will be written with the next export.
    }
exchange-export-earlier =
    { $count ->
        [one] One waiting bundle was written as well.
       *[other] { $count } waiting bundles were written as well.
    }
exchange-settings-heading = Export settings
exchange-folder-label = Export folder
exchange-folder-saved = Export folder saved.
exchange-schedule-label = Export schedule
exchange-schedule-hint = The reminder on “Today” follows it.
exchange-schedule-saved = Schedule saved.
exchange-office-key-label = Central office’s public key
exchange-office-key-hint = Starts with “age1”. You get it from the central office.
exchange-office-key-set = A key of the central office is set.
exchange-office-key-missing = No key of the central office is set yet.
exchange-office-key-save = Save key
exchange-office-key-saved = Key saved: { $key }
exchange-notes-label = Include notes in exports
exchange-notes-warning = Notes are personal free text and may contain names and other details about people. They leave this device only while this setting is on. Every change is logged.
exchange-notes-on = Notes go along from the next export on.
exchange-notes-off = Notes stay on this device.
exchange-history-heading = Previous exports
exchange-history-empty = No exports yet.
exchange-history-sequence = No.
exchange-history-created = Created
exchange-history-file = File
exchange-history-records = Records
exchange-history-status = Status
exchange-history-full = Full
exchange-history-notes = With notes
exchange-history-written = written
exchange-history-queued = waiting
exchange-yes = yes
exchange-no = no
exchange-enrolment-heading = Enrolment with your team lead
exchange-enrolment-hint = Your team lead needs this file once to be able to import your exports. It holds your name, your initials and this device’s public keys – no data about people.
exchange-enrolment-write = Create enrolment file for the team lead
exchange-enrolment-written = Enrolment file saved as:
exchange-enrolment-fingerprint = This device’s fingerprint – read it out to your team lead when they enrol the device; their screen must show the same number:

## Exchange: team lead only

exchange-lead-heading = Team lead: enrol devices and import exports
exchange-lead-hint = This is where your team’s export bundles come together. Each bundle is checked before it is imported: signature, checksum and order.
exchange-identity-heading = Central office’s secret key
exchange-identity-kept = The central office’s secret key is kept on this device.
exchange-identity-missing = No secret key of the central office is kept on this device yet.
exchange-identity-hint = The key is kept encrypted inside Feldbuch. Afterwards you can put the file itself back in safe keeping.
exchange-identity-save = Keep key
exchange-identity-saved = Key kept. Public key:
exchange-enrol-heading = Enrol a device
exchange-enrol-hint = With a device’s enrolment file you can import its exports.
exchange-enrol-check = Check file
exchange-enrol-preview = This file enrols the device of { $name } ({ $initials }).
exchange-enrol-preview-team = This file enrols the device of { $name } ({ $initials }), team { $team }.
exchange-enrol-compare = Have the worker read out the fingerprint on their screen. Enrol the device only if it is exactly this one:
exchange-enrol-confirm = Same number: enrol
exchange-enrol-reject = Another number: do not enrol
exchange-enrol-rejected = Not enrolled. The file may not come from the worker’s device: ask for a new one in person.
exchange-enrol-done = Enrolled: { $name } ({ $initials })
exchange-enrol-done-team = Enrolled: { $name } ({ $initials }), team { $team }
exchange-devices-heading = Enrolled devices
exchange-devices-hint = If a device is lost or stolen, revoke it here: nothing from it is imported any more, whatever it says of itself. What it sent before stays. A revocation is for good; a replacement enrols anew.
exchange-devices-none = No device enrolled yet.
exchange-devices-column-worker = Worker
exchange-devices-column-fingerprint = Fingerprint
exchange-devices-column-last = Last bundle
exchange-devices-column-state = State
exchange-devices-last-bundle = No. { $sequence }, { $date }
exchange-devices-no-bundle = none yet
exchange-devices-enrolled = enrolled on { $date }
exchange-devices-revoked = revoked on { $date }
exchange-devices-revoke = Revoke …
exchange-devices-revoke-question = Revoke the device of { $name } ({ $initials }) for good? No export bundle from it will be imported after that.
exchange-devices-revoke-yes = Yes, revoke for good
exchange-devices-revoke-no = Cancel
exchange-import-heading = Import export bundles
exchange-import-paths-hint = From a folder, all export bundles (*.age) are read, per device in the order of their numbers; each bundle is imported whole or not at all. You can go on working while it runs.
exchange-import-accept-gap = Accept gaps
exchange-import-accept-gap-hint = When bundles of a device are missing before these, none of them is normally imported. With this box ticked they are imported anyway and the gap is noted.
exchange-import-no-identity = Import not possible: first keep the central office’s secret key on this device.
exchange-import-start = Import
exchange-import-progress-label = Progress
exchange-import-starting = Looking for files …
exchange-import-progress =
    File { $done } of { $total } read, { $records ->
        [one] one record
       *[other] { $records } records
    }
exchange-import-cancel = Cancel
exchange-import-cancelling = Cancelling …
exchange-import-cancelled = Import stopped. Bundles imported whole before the stop: { $imported }. The other files were not touched; importing the same files again continues.
exchange-import-summary =
    { $imported ->
        [one] One file imported
       *[other] { $imported } files imported
    }, { $refused } refused.
exchange-import-conflicts =
    { $count ->
        [one] One record has a conflict.
       *[other] { $count } records have a conflict.
    }
exchange-import-files-caption = Result per file
exchange-import-col-file = File
exchange-import-col-result = Result
exchange-import-col-worker = Initials
exchange-import-col-sequence = No.
exchange-import-col-records = Records
exchange-import-col-applied = Applied
exchange-import-col-conflicts = Conflicts
exchange-import-col-note = Note
exchange-import-imported = imported
exchange-import-refused = refused
exchange-import-gap-note = Imported over a gap: no. { $expected } was expected.
exchange-import-gap-hint = If the missing bundles will not come, import again with “Accept gaps”.
exchange-import-retry-gap = Import again, accepting gaps
exchange-conflicts-heading = Merge conflicts
exchange-conflicts-hint = Two devices sent the same record with different content – say, the former device after a hand-over. One version applies; you can take another.
exchange-conflicts-empty = No open conflicts.
exchange-conflict-found = found on { $date }
exchange-conflict-versions =
    { $count ->
        [one] one version
       *[other] { $count } versions
    }
exchange-conflict-details = Compare versions
exchange-conflict-version = Device { $device }, revision { $revision }
exchange-conflict-current = applied
exchange-conflict-take = Take this version
exchange-conflict-erased = erased
exchange-conflict-resolved = Taken.
exchange-conflict-resolved-travels = Taken; the version goes to the device that holds the person with the office's next package.
exchange-handover-heading = Hand over a case
exchange-handover-hint = A person goes, with consents and open follow-ups, to a colleague's device. The devices learn it with the office's next package; the former device keeps the person read-only, without real name and contact data.
exchange-handover-person = Person
exchange-handover-device = Taken over by
exchange-handover-device-choose = Choose a device …
exchange-handover-submit = Hand over
exchange-handover-done = { $pseudonym } handed over to { $initials }, with { $consents } consents and { $followups } open follow-ups. Now make a package for the team's devices.
exchange-handover-pick-person = Please choose exactly one person.
exchange-handover-pick-device = Please choose the device that takes the person over.

## Today: export reminder

today-export-due = An export for the central office has been due since { $date }.
today-export-due-first = An export for the central office is due: nothing has been exported from this device yet.
today-export-queued =
    { $count ->
        [one] One export bundle is still waiting for the export folder.
       *[other] { $count } export bundles are still waiting for the export folder.
    }
today-export-due-go = Go to Exchange

## Settings: backups

backups-heading = Backups
backups-hint = Encrypted copies of your data on this device. Once a day Feldbuch makes one by itself in the background after you unlock; you can go on working meanwhile. The last seven are kept.
backups-problem = The automatic backup failed: { $message }
backups-now = Back up now
backups-now-busy = Backing up …
backups-cancelled = Backup cancelled. No half backup was kept.
backups-cancel = Cancel backup
backups-running = Backing up in the background: { $percent } %
backups-made = Backup { $file } made.
backups-empty = No backups yet.
backups-column-time = Time
backups-column-kind = Kind
backups-column-size = Size
backups-column-actions = Actions
backups-restore = Restore …
backups-confirm = Your current data will be replaced by the state of { $date }. The current state is kept as a backup.
backups-passphrase-label = Your passphrase, to confirm
backups-passphrase-required = Enter your passphrase to confirm the restore.
backups-restore-confirm = Restore
backups-restore-busy = Restoring …
backups-restore-cancel = Cancel
backups-restored = The state of { $date } is restored. The previous state is kept as a backup.

# Verlauf (journal)
nav-journal = Journal
journal-title = Journal
journal-filters = Filters
journal-from = From (YYYY-MM-DD)
journal-to = To (YYYY-MM-DD)
journal-site = Site
journal-kind = Kind
journal-topic = Topic
journal-any = – all –
journal-contacts = Contacts
journal-activities = Group activities
journal-show = Show
journal-list-heading = Entries, newest first
journal-empty = No entries for this choice.
journal-older = Load older entries
journal-attendance = { $count } attending

# Einstellungen: keys
settings-keys-heading = Keys
settings-passphrase-heading = Change the passphrase
settings-passphrase-current = Current passphrase
settings-passphrase-new = New passphrase (at least { $min } characters)
settings-passphrase-change = Change passphrase
settings-passphrase-changed = The passphrase is changed. From now on you unlock with the new one.
settings-recovery-heading = New recovery key
settings-recovery-intro = If the key you wrote down was lost or seen: a new one replaces it, and the old one stops working.
settings-recovery-passphrase = Passphrase to confirm
settings-recovery-new = Make a new key
settings-recovery-written = I have written it down

exchange-receive-heading = Package from the central office
exchange-receive-hint = Your team lead hands you the central office's package: who is in your team, the sites and partners of the programme and the office's key. Take each new one; it brings its changes.
exchange-receive-signer = Packages are taken only with this key of your team lead:
exchange-receive-fingerprint-label = Fingerprint of the team lead's key
exchange-receive-fingerprint-hint = The first time only: your team lead reads out the number on their screen; type it in. A package with another key is refused.
exchange-receive-button = Take package
exchange-receive-done = Package no. { $sequence } from { $initials } taken: { $team } team members, { $sites } sites, { $partners } partners.
exchange-receive-key-changed = The central office's key for your exports was taken over too.
exchange-publish-heading = Package for the team's devices
exchange-publish-hint = Who is in the team, the directory of sites and partners with their services, your visit slots and the office's key, for every enrolled device. Hand the file to the devices; each takes it under Exchange.
exchange-publish-button = Create package for the team
exchange-publish-written = Package no. { $sequence } for { $devices } devices saved as:
exchange-publish-fingerprint = Read this number out when a device takes its first package:
exchange-publish-unreachable = { $count ->
    [one] One enrolled device cannot open it: it was enrolled with an older Feldbuch. Enrol it again with a new enrolment file.
   *[other] { $count } enrolled devices cannot open it: they were enrolled with an older Feldbuch. Enrol them again with new enrolment files.
}
reports-programme-all = All programmes
programme-none = No programme
today-office-package-missing = This device has no package from the central office yet. Enrol it with your team lead under Exchange and take their package: then your team, the programme's sites and its partners are here before you log your first contact.
lists-heading = Programmes and districts
lists-hint = For the whole team: the devices receive both lists with the next package of the central office (under Exchange). With a list of districts, every district typed is stored as the list spells it.
lists-programmes-heading = Programmes
lists-programmes-empty = No programme yet: everything belongs to all.
lists-programme-label = New programme
lists-districts-heading = Districts
lists-districts-empty = No list yet: districts are free text.
lists-district-label = New district
lists-add = Add
lists-added = { $name } added.
lists-name-required = Please enter a name.
sites-merge-heading = Merge
sites-merge-hint = For a site a device made before it had the directory: its contacts, activities and visits then count at the site chosen; the devices move theirs with the next package of the central office. This cannot be undone.
sites-merge-into = Merge into
sites-merge-button = Merge …
sites-merge-choose = Please choose the site to merge this one into.
sites-merge-question = Merge “{ $name }” into “{ $into }” for good?
sites-merge-yes = Yes, merge
sites-merge-no = No
sites-merged = { $name } is merged into { $into }.
exchange-receive-new-lead = From a new lead device (a replaced laptop, another lead): take its key instead of the one kept
exchange-devices-no-packages = Cannot receive a package of the central office yet: enrolled with an older Feldbuch. Have the device write a new enrolment file and enrol it again with that.
person-handed-over = The team lead handed this person over to { $initials }. It stays here read-only, for your own contacts; real name and contact data were removed from this device.
person-link-heading = Count once for the team
person-link-hint = When the team meets the same person in several places, the report counts them once if everyone links them. Initials, birth year and gender make a keyed hash; the initials are not stored, and no name leaves the device.
person-link-initials = Initials (first and last name)
person-link-year = Birth year
person-link-gender = Gender
person-link-gender-choose = please choose
person-link-submit = Link
person-link-linked = Linked for the team: the lead's report counts this person once, even if colleagues linked them too.
person-link-remove = Remove the link
person-link-question =
    { $count ->
        [one] The team already knows one person with these fields. Is it the same person?
       *[other] The team already knows { $count } persons with these fields. Is it the same person?
    }
person-link-same = Yes, the same – link
person-link-other = No, someone else
person-link-fields-required = Please give initials, birth year and gender.
partners-merge-heading = Merge
partners-merge-hint = For a partner a device made before it had the directory: its referrals, consents and services then count at the chosen partner (a service of the same name becomes one); the devices move theirs with the office's next package. This cannot be undone.
partners-merge-into = Merge into
partners-merge-button = Merge …
partners-merge-choose = Please choose the partner to merge this one into.
partners-merge-question = Merge "{ $name }" into "{ $into }" for good?
partners-merge-yes = Yes, merge
partners-merge-no = No
partners-merged = { $name } is merged into { $into }.
dir-own-kind = Kind in the programme: { $kind }
