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
