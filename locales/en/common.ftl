## Vocabulary shared by every screen, the CLI and the reports.
## Ids follow the kebab-case ids of the store: <prefix>-<id>.

## Site kinds
site-kind-kita = Day-care centre/family centre
site-kind-fruehe-hilfen = Early help (Frühe Hilfen)
site-kind-schule = School
site-kind-arztpraxis = Doctor's practice
site-kind-quartierszentrum = Neighbourhood centre
site-kind-beratungsstelle = Counselling service
site-kind-jobcenter = Jobcenter
site-kind-oeffentlicher-raum = Public space/street
site-kind-sonstiges = Other

## Contact kinds
contact-kind-erstkontakt = First contact
contact-kind-folgekontakt = Follow-up contact
contact-kind-beratung = Counselling
contact-kind-begleitung = Accompaniment
contact-kind-kurzkontakt = Brief contact
contact-kind-telefonat = Phone call
contact-kind-gruppenangebot = Group activity
contact-kind-netzwerkkontakt = Network contact

## Topics
topic-einsamkeit = Loneliness/social isolation
topic-wohnen = Housing
topic-arbeit = Work/Jobcenter
topic-gesundheit = Health
topic-finanzen = Finances/debt
topic-familie = Family/children
topic-sprache = Language/integration
topic-behoerden = Authorities/applications
topic-freizeit = Leisure/encounters
topic-sonstiges = Other

## Age bands
age-band-unter-18 = under 18
age-band-18-29 = 18–29
age-band-30-54 = 30–54
age-band-55-64 = 55–64
age-band-ab-65 = 65 and over
age-band-unbekannt = unknown

## Genders
gender-weiblich = female
gender-maennlich = male
gender-divers = diverse
gender-keine-angabe = not stated

## Roles
role-worker = Outreach worker
role-lead = Team lead
role-volunteer = Volunteer

## Locale names (each in its own language)
locale-name-de = Deutsch
locale-name-en = English
locale-name-tr = Türkçe
locale-name-ar = العربية
locale-name-uk = Українська

## Field labels
label-id = ID
label-date = Date
label-start = Start
label-duration = Duration (min)
label-site = Site
label-kind = Kind
label-anonymous = Anonymous
label-age-band = Age band
label-gender = Gender
label-topics = Topics
label-note = Note
label-follow-up = Follow-up
label-revision = Revision
label-name = Name
label-district = District
label-worker = Worker
anonymous-people = { $count ->
    [one] { $count } anonymous person
   *[other] { $count } anonymous people
}

## Person markers (life situation and funder disadvantage markers)
marker-wohnungslos = homeless
marker-grundsicherung = basic income support (SGB II)
marker-alleinerziehend = single parent
marker-fluchterfahrung = refugee experience
marker-behinderung = disability
marker-einsam = feels lonely
marker-drittstaatsangehoerig = third-country national
marker-migrationshintergrund = foreign background
marker-minderheit = minority

## Consent
consent-scope-documentation = Documentation of personal data
consent-scope-forwarding = Forwarding to a partner
consent-scope-participant-reporting = Participant reporting to the funder
consent-form-written = written
consent-form-verbal = verbal

## Partner kinds (Netzwerkpartner)
partner-kind-quartiersmanagement = Neighbourhood management
partner-kind-verein = Association
partner-kind-religionsgemeinschaft = Religious community
partner-kind-beratungsstelle = Counselling service
partner-kind-gesundheit = Health care
partner-kind-jobcenter = Jobcenter
partner-kind-behoerde = Public authority
partner-kind-foerderer = Sponsor
partner-kind-sonstiges = Other

## Referral status (Vermittlung)
referral-status-vorgeschlagen = suggested
referral-status-vereinbart = arranged
referral-status-wahrgenommen = attended
referral-status-nicht-wahrgenommen = not attended
referral-status-abgebrochen = cancelled

## Group activity kinds (Gruppenangebote)
activity-kind-repair-cafe = Repair café
activity-kind-urban-gardening = Urban gardening
activity-kind-garten-cafe = Garden café
activity-kind-kompetenztraining = Skills training
activity-kind-coaching = Coaching
activity-kind-netzwerktreffen = Network meeting
activity-kind-sonstiges = Other

## Outcome of a contact
outcome-informiert = informed
outcome-beraten = counselled
outcome-vermittelt = referred
outcome-begleitet = accompanied
outcome-termin-vereinbart = appointment made
outcome-kein-bedarf = no need
outcome-sonstiges = other

## Participant fields (ESF Plus)
employment-erwerbstaetig = employed (incl. self-employed)
employment-arbeitslos = unemployed
employment-langzeitarbeitslos = long-term unemployed
employment-nicht-erwerbstaetig = inactive
employment-in-ausbildung = in education or training
education-isced-0-2 = ISCED 0–2 (up to lower secondary)
education-isced-3-4 = ISCED 3–4 (upper secondary, post-secondary)
education-isced-5-8 = ISCED 5–8 (tertiary)
household-alleinlebend = lives alone
household-alleinerziehend = single parent with children
household-erwerbsloser-haushalt = jobless household
household-sonstiger = other household
household-keine-angabe = not stated

## Retention categories
retention-category-closed-persons = closed person records
retention-category-notes = contact notes
retention-category-done-followups = completed follow-ups
retention-category-closed-referrals = closed referrals

## Person status
person-status-active = active
person-status-closed = closed

## More field labels
label-yes = yes
label-no = no
label-status = Status
label-participant-entry = Programme entry
label-participant-exit = Programme exit
label-employment = Employment status
label-education = Education
label-household = Household situation
label-given-on = given on
label-withdrawn-on = withdrawn on
label-minutes = min
label-outcome = Outcome
label-language = Language
label-interpreter = Interpreter
label-done-on = done on
label-partner = Partner
label-service = Service
label-title = Title
label-volunteers = Volunteers
label-attendance = Attendance
label-due-on = due on
label-what = What

## Auskunft (DSGVO Art. 15): the export of everything held on a person
auskunft-title = Subject access report (Art. 15 GDPR) on “{ $pseudonym }”
auskunft-intro = All data held on this person, produced on { $at } (UTC).
auskunft-section-person = Personal details
auskunft-section-consents = Consents
auskunft-section-contacts = Contacts
auskunft-section-referrals = Referrals
auskunft-section-followups = Follow-ups
auskunft-section-attendance = Group activities attended
auskunft-section-audit = Access log: who accessed these data, and when

## Audit log (Protokoll)
audit-action-init = set up
audit-action-create = created
audit-action-update = changed
audit-action-delete = deleted
audit-action-view = viewed
audit-action-unlock = unlocked
audit-action-recover = recovered
audit-action-search = searched
audit-action-export = exported
audit-action-erase = erased (Art. 17)
audit-action-import = imported
audit-action-backup = backed up
audit-action-restore = restored from a backup
audit-action-revoke = revoked
audit-action-archive = archived
audit-action-unarchive = taken out of the archive
audit-action-hand-over = handed over
audit-entity-store = Data store
audit-entity-worker = Worker
audit-entity-site = Site
audit-entity-visit-slot = Visit slot
audit-entity-district = District
audit-entity-programme = Programme
audit-entity-vocabulary = vocabulary
audit-entity-partner = Partner
audit-entity-service = Service
audit-entity-person = Person
audit-entity-consent = Consent
audit-entity-contact = Contact
audit-entity-referral = Referral
audit-entity-activity = Group activity
audit-entity-followup = Follow-up
audit-entity-note = Notes
audit-entity-retention = Retention
audit-entity-device = Device
audit-entity-setting = Setting
audit-entity-bundle = Export bundle
audit-entity-office-bundle = Office bundle
audit-entity-report = Report
audit-entity-backup = Backup

## Weekdays (1 = Monday)
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

export-schedule-weekly = weekly
export-schedule-monthly = monthly
export-schedule-quarterly = quarterly
backup-kind-scheduled = daily
backup-kind-manual = by hand
backup-kind-pre-migration = before an update
backup-kind-pre-restore = before a restore
