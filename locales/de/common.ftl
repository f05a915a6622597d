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

## Partner kinds (Netzwerkpartner)
partner-kind-quartiersmanagement = Quartiersmanagement
partner-kind-verein = Verein
partner-kind-religionsgemeinschaft = Religionsgemeinschaft
partner-kind-beratungsstelle = Beratungsstelle
partner-kind-gesundheit = Gesundheitswesen
partner-kind-jobcenter = Jobcenter
partner-kind-behoerde = Behörde
partner-kind-foerderer = Förderer/Sponsor
partner-kind-sonstiges = Sonstiges

## Referral status (Vermittlung)
referral-status-vorgeschlagen = vorgeschlagen
referral-status-vereinbart = vereinbart
referral-status-wahrgenommen = wahrgenommen
referral-status-nicht-wahrgenommen = nicht wahrgenommen
referral-status-abgebrochen = abgebrochen

## Group activity kinds (Gruppenangebote)
activity-kind-repair-cafe = Repair-Café
activity-kind-urban-gardening = Urban Gardening
activity-kind-garten-cafe = Garten-Café
activity-kind-kompetenztraining = Kompetenztraining
activity-kind-coaching = Coaching
activity-kind-netzwerktreffen = Netzwerktreffen
activity-kind-sonstiges = Sonstiges

## Outcome of a contact
outcome-informiert = informiert
outcome-beraten = beraten
outcome-vermittelt = vermittelt
outcome-begleitet = begleitet
outcome-termin-vereinbart = Termin vereinbart
outcome-kein-bedarf = kein Bedarf
outcome-sonstiges = Sonstiges

## Participant fields (ESF Plus)
employment-erwerbstaetig = erwerbstätig (auch selbstständig)
employment-arbeitslos = arbeitslos
employment-langzeitarbeitslos = langzeitarbeitslos
employment-nicht-erwerbstaetig = nicht erwerbstätig
employment-in-ausbildung = in Schule, Ausbildung oder Studium
education-isced-0-2 = ISCED 0–2 (bis Sekundarstufe I)
education-isced-3-4 = ISCED 3–4 (Sekundarstufe II, postsekundar)
education-isced-5-8 = ISCED 5–8 (tertiär)
household-alleinlebend = lebt allein
household-alleinerziehend = alleinerziehend mit Kindern
household-erwerbsloser-haushalt = Haushalt ohne Erwerbstätige
household-sonstiger = anderer Haushalt
household-keine-angabe = keine Angabe

## Retention categories
retention-category-closed-persons = abgeschlossene Personenakten
retention-category-notes = Notizen zu Kontakten
retention-category-done-followups = erledigte Wiedervorlagen
retention-category-closed-referrals = abgeschlossene Vermittlungen

## Person status
person-status-active = aktiv
person-status-closed = abgeschlossen

## More field labels
label-yes = ja
label-no = nein
label-status = Status
label-participant-entry = Eintritt ins Programm
label-participant-exit = Austritt aus dem Programm
label-employment = Erwerbsstatus
label-education = Bildungsabschluss
label-household = Haushaltssituation
label-given-on = erteilt am
label-withdrawn-on = widerrufen am
label-minutes = Min.
label-outcome = Ergebnis
label-language = Sprache
label-interpreter = Dolmetschung
label-done-on = erledigt am
label-partner = Partner
label-service = Angebot
label-title = Titel
label-volunteers = Ehrenamtliche
label-attendance = Teilnahme
label-due-on = fällig am
label-what = Was

## Auskunft (DSGVO Art. 15): the export of everything held on a person
auskunft-title = Auskunft nach Art. 15 DSGVO über „{ $pseudonym }“
auskunft-intro = Alle zu dieser Person gespeicherten Daten, erstellt am { $at } (UTC).
auskunft-section-person = Angaben zur Person
auskunft-section-consents = Einwilligungen
auskunft-section-contacts = Kontakte
auskunft-section-referrals = Vermittlungen
auskunft-section-followups = Wiedervorlagen
auskunft-section-attendance = Teilnahme an Gruppenangeboten
auskunft-section-audit = Protokoll: wer wann auf diese Daten zugegriffen hat

## Audit log (Protokoll)
audit-action-init = eingerichtet
audit-action-create = angelegt
audit-action-update = geändert
audit-action-delete = gelöscht
audit-action-view = angesehen
audit-action-unlock = entsperrt
audit-action-recover = wiederhergestellt
audit-action-search = gesucht
audit-action-export = exportiert
audit-action-erase = gelöscht (Art. 17)
audit-action-import = importiert
audit-action-backup = gesichert
audit-action-restore = aus Sicherung wiederhergestellt
audit-action-revoke = gesperrt
audit-action-archive = archiviert
audit-action-unarchive = aus dem Archiv geholt
audit-action-hand-over = übergeben
audit-entity-store = Datenbestand
audit-entity-worker = Fachkraft
audit-entity-site = Einsatzort
audit-entity-visit-slot = Besuchszeit
audit-entity-district = Stadtteil
audit-entity-programme = Programm
audit-entity-vocabulary = Vokabular
audit-entity-partner = Partner
audit-entity-service = Angebot
audit-entity-person = Person
audit-entity-consent = Einwilligung
audit-entity-contact = Kontakt
audit-entity-referral = Vermittlung
audit-entity-activity = Gruppenangebot
audit-entity-followup = Wiedervorlage
audit-entity-note = Notizen
audit-entity-retention = Aufbewahrung
audit-entity-device = Gerät
audit-entity-setting = Einstellung
audit-entity-bundle = Exportpaket
audit-entity-office-bundle = Paket der Zentrale
audit-entity-report = Bericht
audit-entity-backup = Sicherung

## Weekdays (1 = Monday)
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag

export-schedule-weekly = wöchentlich
export-schedule-monthly = monatlich
export-schedule-quarterly = vierteljährlich
backup-kind-scheduled = täglich
backup-kind-manual = von Hand
backup-kind-pre-migration = vor Aktualisierung
backup-kind-pre-restore = vor Wiederherstellung
