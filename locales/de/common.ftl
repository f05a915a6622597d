## Vocabulary shared by every screen, the CLI and the reports.
## Ids follow the kebab-case ids of the store: <prefix>-<id>.

## Site kinds (Einsatzorte)
site-kind-kita = KiTa/Familienzentrum
site-kind-fruehe-hilfen = Frühe Hilfen
site-kind-schule = Schule
site-kind-arztpraxis = Arztpraxis
site-kind-quartierszentrum = Quartierszentrum
site-kind-beratungsstelle = Beratungsstelle
site-kind-jobcenter = Jobcenter
site-kind-oeffentlicher-raum = Öffentlicher Raum/Straße
site-kind-sonstiges = Sonstiges

## Contact kinds
contact-kind-erstkontakt = Erstkontakt
contact-kind-folgekontakt = Folgekontakt
contact-kind-beratung = Beratung
contact-kind-begleitung = Begleitung
contact-kind-kurzkontakt = Kurzkontakt/Tür-und-Angel
contact-kind-telefonat = Telefonat
contact-kind-gruppenangebot = Gruppenangebot
contact-kind-netzwerkkontakt = Netzwerkkontakt

## Topics
topic-einsamkeit = Einsamkeit/soziale Isolation
topic-wohnen = Wohnen
topic-arbeit = Arbeit/Jobcenter
topic-gesundheit = Gesundheit
topic-finanzen = Finanzen/Schulden
topic-familie = Familie/Kinder
topic-sprache = Sprache/Integration
topic-behoerden = Behörden/Anträge
topic-freizeit = Freizeit/Begegnung
topic-sonstiges = Sonstiges

## Age bands
age-band-unter-18 = unter 18
age-band-18-29 = 18–29
age-band-30-54 = 30–54
age-band-55-64 = 55–64
age-band-ab-65 = 65 und älter
age-band-unbekannt = unbekannt

## Genders
gender-weiblich = weiblich
gender-maennlich = männlich
gender-divers = divers
gender-keine-angabe = keine Angabe

## Roles
role-worker = Fachkraft
role-lead = Teamleitung
role-volunteer = Integrationslotse/-lotsin

## Locale names (each in its own language)
locale-name-de = Deutsch
locale-name-en = English
locale-name-tr = Türkçe
locale-name-ar = العربية
locale-name-uk = Українська

## Field labels
label-id = ID
label-date = Datum
label-start = Beginn
label-duration = Dauer (Min.)
label-site = Einsatzort
label-kind = Art
label-anonymous = Anonym
label-age-band = Altersgruppe
label-gender = Geschlecht
label-topics = Themen
label-note = Notiz
label-follow-up = Wiedervorlage
label-revision = Revision
label-name = Name
label-district = Stadtteil
label-worker = Fachkraft
anonymous-people = { $count ->
    [one] { $count } anonyme Person
   *[other] { $count } anonyme Personen
}

## Person markers (life situation and funder disadvantage markers)
marker-wohnungslos = wohnungslos
marker-grundsicherung = Grundsicherung/SGB II
marker-alleinerziehend = alleinerziehend
marker-fluchterfahrung = Fluchterfahrung
marker-behinderung = Behinderung
marker-einsam = fühlt sich einsam
marker-drittstaatsangehoerig = Drittstaatsangehörigkeit
marker-migrationshintergrund = ausländische Herkunft
marker-minderheit = Minderheit

## Consent
consent-scope-documentation = Dokumentation personenbezogener Daten
consent-scope-forwarding = Weitergabe an einen Partner
consent-scope-participant-reporting = Teilnehmendenmeldung an den Fördergeber
consent-form-written = schriftlich
consent-form-verbal = mündlich
