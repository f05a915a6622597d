## Errors. The id is the `code` that crosses the IPC and that the CLI prints.

error-internal = An internal error occurred. Nothing was changed.
error-io = A file or folder is not accessible ({ $kind }). Nothing was changed.
error-not-initialised = Feldbuch is not set up here yet. Set it up first (start the app or run "feldbuch init").
error-already-initialised = Feldbuch is already set up here.
error-wrong-passphrase = The passphrase is wrong.
error-wrong-recovery-key = The recovery key does not belong to this store.
error-malformed-recovery-key = That is not a valid recovery key (13 groups of 4 characters).
error-keyring-unavailable = The system keyring cannot be reached. Feldbuch keeps its key only there and opens nothing without it.
error-keyring-locked = The system keyring is locked. Unlock it (log in to the computer) and try again.
error-keyring-entry-missing = The keyring has no entry for this store. Unlock with the recovery key.
error-locked = Feldbuch is locked. Please unlock.
error-cancelled = Cancelled. Nothing half-done was kept.
error-store-unreadable = The store cannot be read with this key or is damaged.
error-key-file-damaged = The key file is damaged.
error-schema-too-new = This store was written by a newer Feldbuch (schema { $found }; this version knows { $known }).
error-forbidden = You do not have permission for this.
error-verify-failed = The check failed.
error-usage = Invalid command: { $detail }
error-passphrase-required = No passphrase given: set FELDBUCH_PASSPHRASE, use --passphrase-file or run in a terminal.
error-passphrase-file = The passphrase file cannot be read.
error-passphrase-too-short = The passphrase needs at least { $min } characters.
error-passphrase-too-long = The passphrase may have at most { $max } characters.
error-passphrase-mismatch = The two passphrases do not match.
error-invalid-id = "{ $value }" is not a valid ID.
error-invalid-site-kind = "{ $value }" is not a known kind of site.
error-invalid-contact-kind = "{ $value }" is not a known contact kind.
error-invalid-topic = "{ $value }" is not a known topic.
error-invalid-age-band = "{ $value }" is not a known age band.
error-invalid-gender = "{ $value }" is not a known gender value.
error-invalid-role = "{ $value }" is not a known role.
error-invalid-locale = "{ $value }" is not an available language.
error-invalid-initials = The initials "{ $value }" may contain letters only.
error-text-required = { $field ->
    [name] The name
    [initials] The initials
    [team] The team
    [district] The district
    [note] The note
    [site] The site
    [pseudonym] The pseudonym
    [real-name] The real name
    [contact-info] The contact details
    [title] The title
    [service] The service
    [address] The address
    [contact-person] The contact person
    [what] The description
    [reason] The reason
    [query] The search
   *[other] The field
} must not be empty.
error-text-too-long = { $field ->
    [name] The name
    [initials] The initials
    [team] The team
    [district] The district
    [note] The note
    [site] The site
    [pseudonym] The pseudonym
    [real-name] The real name
    [contact-info] The contact details
    [title] The title
    [service] The service
    [address] The address
    [contact-person] The contact person
    [what] The description
    [reason] The reason
    [query] The search
   *[other] The text
} is too long (at most { $max } characters).
error-text-invalid = { $field ->
    [name] The name
    [initials] The initials
    [team] The team
    [district] The district
    [note] The note
    [site] The site
    [pseudonym] The pseudonym
    [real-name] The real name
    [contact-info] The contact details
    [title] The title
    [service] The service
    [address] The address
    [contact-person] The contact person
    [what] The description
    [reason] The reason
    [query] The search
   *[other] The text
} contains control characters that are not allowed.
error-invalid-date = "{ $value }" is not a valid date (YYYY-MM-DD).
error-date-in-future = The date { $value } is in the future.
error-invalid-time = "{ $value }" is not a valid time (HH:MM).
error-invalid-duration = The duration must be between { $min } and { $max } minutes (given: { $value }).
error-invalid-anonymous-count = The number of anonymous people must be between { $min } and { $max } (given: { $value }).
error-anonymous-details-without-count = Age band and gender apply to anonymous people only: give their number.
error-invalid-anonymous-group = "{ $value }" is not a group: a count, then age band and gender, e.g. 2:unter-18:weiblich.
error-anonymous-groups-and-details = Give age band and gender in the groups, not beside them.
error-anonymous-count-mismatch = The groups add up to { $sum } people, the count says { $count }.
error-follow-up-before-contact = The follow-up ({ $value }) is before the contact.
error-invalid-range = The period is invalid: { $from } is after { $to }.
error-invalid-auto-lock = The auto-lock must be between { $min } and { $max } minutes (given: { $value }).
error-site-exists = A site "{ $name }" already exists.
error-site-not-found = No site "{ $value }" found.
error-contact-not-found = No contact with ID { $id } found.
error-invalid-marker = "{ $value }" is not a known marker.
error-invalid-consent-scope = "{ $value }" is not a known consent scope.
error-invalid-consent-form = "{ $value }" is not a known form of consent (written or verbal).
error-invalid-birth-year = The year of birth must be between { $min } and { $max } (given: { $value }).
error-invalid-language = "{ $value }" is not a language code (two or three lowercase letters, e.g. de, tr, ar).
error-consent-required = A real name and contact details may only be stored with a consent to documentation.
error-person-not-found = No person with ID { $id } found.
error-consent-not-found = No consent with ID { $id } found.
error-consent-already-withdrawn = This consent has already been withdrawn.
error-invalid-withdrawal-date = The withdrawal on { $value } is before the consent or in the future.
error-too-many-persons = A contact can link at most { $max } persons.
error-person-needs-consent = "{ $pseudonym }" has no consent to documentation and can only be counted anonymously.
error-consent-needs-partner = A consent to forward data applies to one named partner: give the partner.
error-consent-partner-only-forwarding = A partner belongs only to a consent to forward data.
error-invalid-partner-kind = "{ $value }" is not a known kind of partner.
error-partner-exists = A partner "{ $name }" already exists.
error-partner-not-found = No partner "{ $value }" found.
error-service-exists = This partner already offers "{ $name }".
error-service-not-found = "{ $partner }" has no service "{ $value }".
error-too-many-services = A partner can have at most { $max } services.
error-invalid-weekday = The weekday must be between { $min } (Monday) and { $max } (Sunday) (given: { $value }).
error-slot-end-before-start = The visit slot does not end ({ $end }) after it starts ({ $start }).
error-slot-not-found = No visit slot with the ID { $id } found.
error-invalid-referral-status = "{ $value }" is not a known referral status.
error-referral-not-found = No referral with the ID { $id } found.
error-referral-needs-person-or-contact = A referral needs a person or the contact it came from.
error-referral-status-step = A referral cannot go from "{ $from }" to "{ $to }".
error-referral-status-date = The date { $value } is before the referral's last status.
error-invalid-activity-kind = "{ $value }" is not a known kind of group activity.
error-activity-not-found = No group activity with the ID { $id } found.
error-invalid-volunteers-count = The number of volunteers must be between { $min } and { $max } (given: { $value }).
error-too-many-attendees = A group activity can link at most { $max } registered persons; count the others anonymously.
error-too-many-co-facilitators = A group activity can name at most { $max } colleagues who ran it too.
error-co-facilitator-unknown = This colleague is not known on this device: { $id }
error-followup-not-found = No follow-up with the ID { $id } found.
error-followup-already-done = This follow-up is already done.
error-partner-archived = The partner "{ $name }" is archived: take it out of the archive first.
error-service-archived = The service "{ $name }" is archived: take it out of the archive first.
error-followup-not-done = This follow-up is still open.
error-invalid-outcome = "{ $value }" is not a known outcome.
error-invalid-employment = "{ $value }" is not a known employment status.
error-invalid-education = "{ $value }" is not a known education band (isced-0-2, isced-3-4, isced-5-8).
error-invalid-household = "{ $value }" is not a known household situation.
error-participant-needs-consent = "{ $pseudonym }" has no consent to participant reporting.
error-not-a-participant = "{ $pseudonym }" is not enrolled as a participant.
error-exit-before-entry = The exit on { $value } is before the entry.
error-person-already-closed = This person record is already closed.
error-search-no-words = The search contains no word.
error-search-too-many-words = A search may have at most { $max } words.
error-invalid-draft = The draft is invalid and was not kept.
error-invalid-retention-category = "{ $value }" is not a known retention category.
error-invalid-retention-years = The retention period must be between { $min } and { $max } years (given: { $value }).
error-retention-no-period = No retention period is set for "{ $category }".
error-confirm-required = This erases for good: confirm with --yes.
error-revoke-confirm-required = A revocation is for good: nothing from this device is imported after it. Confirm with --yes.
error-file-exists = The file { $path } already exists; it is not overwritten.
error-invalid-format = "{ $value }" is not a known format (text or json).
error-retention-years-or-none = Give either --years or --none.

# Exchange with the central office
error-bundle-malformed = The file is not a valid Feldbuch export bundle (fault in: { $detail }).
error-bundle-bad-signature = The bundle’s signature does not match the enrolled device: the bundle was changed or comes from another device.
error-bundle-too-large = The export bundle is larger than allowed and is not read.
error-bundle-not-a-bundle = The file is not an encrypted Feldbuch export bundle.
error-bundle-foreign = The export bundle is not encrypted for this office’s key.
error-bundle-damaged = The export bundle is damaged or incomplete.
error-bundle-hash-mismatch = The bundle’s content does not match its checksum: it was changed.
error-bundle-version = The export bundle has format { $version }, which this version of Feldbuch does not know.
error-enrolment-malformed = The file is not a valid Feldbuch device enrolment.
error-enrolment-bad-signature = The device enrolment was changed: its signature does not match.
error-office-key-unreadable = { $path } holds no office key.
error-office-recipient-invalid = This is not the office’s public key (it starts with “age1”).
error-export-no-office = The office’s public key is needed for exports.
error-export-no-folder = No export folder is set.
error-export-folder-invalid = The export folder is not valid.
error-enrolment-key-changed = This device is already enrolled with another key. A replaced device enrols anew.
error-enrolment-fingerprint-changed = The enrolment file now has another fingerprint than the one you compared. Nothing was enrolled: check the file again.
error-device-revoked = The device of { $initials } was revoked on { $date }: nothing from it is imported any more, and it cannot be enrolled again. A replacement enrols as a new device.
error-device-not-enrolled = This device is not enrolled here.
error-on-or-off = “{ $value }” is not possible: only on or off.
error-bundle-unknown-device = The export bundle comes from a device that is not enrolled here ({ $initials }). Enrol the device with its enrolment file first.
error-bundle-already-imported = Export bundle { $sequence } from { $initials } was already imported; it changes nothing.
error-bundle-replay = Another bundle was already imported as number { $sequence } from { $initials }: this one is refused.
error-bundle-gap = Export bundles from { $initials } are missing: number { $expected } is expected, this is number { $found }. Import the missing ones first, or confirm that you accept the gap.
error-bundle-worker-mismatch = The export bundle names another worker than the one its device was enrolled for ({ $initials }): it is refused.
error-bundle-not-owner = The export bundle tries to change a record its device did not create ({ $entity }): a device writes only what it created itself. The whole bundle is refused.
error-bundle-invalid-value = The export bundle holds an invalid value ({ $field }): it is refused.
error-enrolment-worker-taken = This worker is already enrolled with another device: an enrolment may not take over someone else’s id.
error-invalid-quarter = "{ $value }" is not a quarter (e.g. 2026-Q3).
error-invalid-period = The period { $from } to { $to } is not valid: it must not end before it starts, and it may cover at most three years.
error-invalid-k = The smallest published count must be between { $min } and { $max } (given: { $value }).

error-invalid-export-schedule = "{ $value }" is not an export schedule (weekly, monthly or quarterly).
error-file-unreadable = The file { $file } cannot be read.
error-recovery-key-required = Give the recovery key (FELDBUCH_RECOVERY_KEY, --key-file or at the terminal).
error-office-identity-missing = This device holds no key of the central office. Add the office’s key file first.
error-import-no-bundles = No export bundles (*.age) found.
error-import-some-refused = { $refused } of { $total } files were refused; all others are imported.
error-path-invalid = Please give a path (file or folder).
error-request-invalid = The request does not fit this command; nothing was changed. ({ $detail })
error-disk-full = The disk is full. Nothing was changed. Free some space and try again.
error-read-only = Cannot write here (read-only). Nothing was changed.
error-backup-unknown = There is no backup “{ $file }”.
error-backup-damaged = This backup is damaged or does not belong to this store. Nothing was changed.
error-backup-running = A backup is already running.
error-import-running = An import is already running.
error-seed-confirm = “seed” writes invented sites, persons and contacts into this store. They would be exported and counted in the report, and can no longer be told apart from real ones. Only for benchmark and practice stores: confirm with --yes.
error-not-written-here = Feldbuch only shows files in their folder that it wrote itself.
error-show-in-folder-failed = The folder could not be opened ({ $detail }).

## Office bundles (lead → devices)
error-office-no-recipients = No enrolled device can receive an office bundle yet. Enrol the team's devices first; devices enrolled with an older version of Feldbuch enrol again.
error-office-not-office = This file is not an office bundle.
error-office-bundle-own = This office bundle was published on this device.
error-office-signer-changed = This office bundle is signed with a different key from your office's earlier ones. It is not taken; ask your team lead.
error-office-fingerprint-mismatch = The key of this office bundle has the fingerprint { $fingerprint }, not the one entered. It is not taken; ask your team lead.
error-office-already-received = Office bundle number { $sequence } has already been taken here.
error-office-bundle-old = Office bundle number { $sequence } is older than the one already taken here (number { $last }); it would undo newer changes.
error-directory-office-entry = This entry comes from the office's directory; only the team lead can change it.
error-office-fingerprint-required = This is the first office bundle on this device: enter the fingerprint of the lead's key, as the lead reads it aloud, so that no one else can pass off a bundle as the office's.
error-district-invalid = “{ $name }” is not a name for a district.
error-district-exists = That district is already on the list: { $name }.
error-too-many-districts = The list already has { $max } districts.
error-district-unknown = The central office's list does not know the district “{ $name }”. Choose one from the list, or ask your team lead to add it.
error-programme-exists = That programme already exists: { $name }.
error-too-many-programmes = There are already { $max } programmes.
error-programme-unknown = There is no programme “{ $name }” here.
error-site-merge-invalid = “{ $name }” cannot be merged into “{ $into }”: it is the same site, or one of them was merged or archived already.
error-person-handed-over = The team lead handed this person over to a colleague; it stays here read-only, for your own contacts.
error-handover-same-device = The person is already on that device.
error-handover-volunteer = Cases are not handed over to a volunteer's device.
error-handover-revoked = That device is revoked; nothing is handed over to it.
error-conflict-not-found = There is no open conflict for { $id }.
error-conflict-no-version = Device { $device } sent no version of this record.
error-conflict-erased = This version is an erasure; only the device that holds the person now can erase it.
error-link-initials = Initials: 2 or 3 letters, e.g. "AK".
error-link-no-secret = The key for the team's count is missing: it comes with the office's package.
error-link-match = The team already knows { $matches } person(s) with the same fields. Link only if it is the same person (with --confirm).
error-partner-merge-invalid = "{ $name }" cannot be merged into "{ $into }": the same partner, or one of them is merged or archived already.
error-vocab-kind = "{ $kind }" is not a vocabulary that can be extended: site-kind, contact-kind, topic, activity-kind, partner-kind, outcome or marker.
error-vocab-id = "{ $id }" does not work as an id: 2 to 40 lower-case letters, digits or hyphens, e.g. "notunterkunft".
error-vocab-built-in = "{ $id }" is built in already.
error-vocab-parent = "{ $id }" lacks the built-in entry it refines (--parent; a contact kind needs one), or it does not fit this vocabulary (a marker takes none).
error-vocab-label = A label (one line, at most 80 characters) is missing for the language { $locale }; every extension needs one in de, en, tr, ar and uk.
error-vocab-exists = "{ $id }" is in this vocabulary already.
error-vocab-too-many = A vocabulary takes at most { $max } entries of its own.
error-vocab-unknown = "{ $id }" is neither built into { $kind } nor added by the programme.
