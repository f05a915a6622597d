# Quartalsbericht (XLSX, Berichte-Bildschirm, `feldbuch report`). Referenzsprache.

report-title = Feldbuch – Bericht { $period }
report-sheet-overview = Überblick
report-sheet-contacts = Kontakte
report-sheet-topics = Themen
report-sheet-referrals = Vermittlungen
report-sheet-activities = Gruppenangebote
report-sheet-participants = Teilnehmende
report-sheet-method = Methodik

report-period = Berichtszeitraum
report-programme = Programm
report-previous-period = Vergleichszeitraum
report-generated = Erstellt am
report-total = Gesamt
report-not-stated = ohne Angabe

report-head-figure = Kennzahl
report-head-change = Veränderung
report-head-month = Monat
report-head-district = Stadtteil
report-head-contact-kind = Kontaktart
report-head-topic = Thema
report-head-partner-kind = Art des Partners
report-head-activity-kind = Art des Angebots
report-head-gender = Geschlecht
report-head-age = Alter beim Eintritt
report-head-employment = Erwerbsstatus beim Eintritt
report-head-education = Bildung (ISCED) beim Eintritt
report-head-household = Haushaltssituation beim Eintritt
report-head-marker = Benachteiligungsmerkmal
report-head-field = Pflichtangabe

report-col-contacts = Kontakte
report-col-share = Anteil
report-col-activities = Angebote
report-col-attendance = Teilnahmen
report-col-volunteers = Ehrenamtliche
report-col-entries = Eintritte
report-col-exits = Austritte
report-col-missing = fehlt bei

report-figure-contacts = Kontakte
report-figure-volunteer-contacts = davon Kontakte durch Ehrenamtliche
report-figure-persons = Erreichte Personen (registriert)
report-figure-anonymous-people = Anonym erreichte Menschen
report-figure-anonymous-contacts = Anonyme Kontakte
report-figure-new-persons = Neu aufgenommene Personen
report-figure-referrals = Vermittlungen
report-figure-activities = Gruppenangebote
report-figure-attendance = Teilnahmen an Gruppenangeboten
report-figure-hours = Stunden aufsuchender Arbeit

report-define-contacts = Alle im Zeitraum dokumentierten Kontakte aller Geräte.
report-define-volunteer-contacts = Die Kontakte des Zeitraums, die auf Geräten von Ehrenamtlichen (Integrationslotsen und -lotsinnen) erfasst wurden; ein Teil der Kontakte.
report-define-persons = Verschiedene registrierte Personen, die mit mindestens einem Kontakt des Zeitraums verknüpft sind. Personen, die für die Zählung im Team verknüpft sind (gleiche Initialen, gleiches Geburtsjahr und Geschlecht, von den Fachkräften bestätigt), zählen einmal, auch wenn mehrere Geräte sie führen.
report-define-anonymous-people = Summe der anonym gezählten Menschen über alle Kontakte des Zeitraums.
report-define-anonymous-contacts = Kontakte ohne verknüpfte registrierte Person.
report-define-new-persons = Personen, die im Zeitraum angelegt wurden.
report-define-referrals = Vermittlungen, die im Zeitraum angelegt wurden, mit ihrem heutigen Stand.
report-define-activities = Gruppenangebote mit Datum im Zeitraum.
report-define-attendance = Registrierte Teilnehmende plus anonym gezählte Besucher:innen dieser Angebote.
report-define-hours = Summe der Kontaktdauern in Stunden (eine Nachkommastelle).

report-table-contacts-month = Kontakte nach Monat und Art des Einsatzorts
report-table-contacts-district = Kontakte nach Stadtteil des Einsatzorts
report-table-contacts-kind = Kontakte nach Kontaktart
report-table-topics = Themen der Kontakte
report-table-referrals = Vermittlungen nach Art des Partners und Stand
report-table-activities = Gruppenangebote, Teilnahmen und Ehrenamtliche
report-table-participants-gender = Teilnehmende nach Geschlecht
report-table-participants-age = Teilnehmende nach Alter beim Eintritt
report-table-participants-employment = Teilnehmende nach Erwerbsstatus
report-table-participants-education = Teilnehmende nach Bildungsabschluss (ISCED)
report-table-participants-household = Teilnehmende nach Haushaltssituation
report-table-participants-markers = Teilnehmende mit Benachteiligungsmerkmalen (Mehrfachnennung)
report-table-anonymous = Anonym erreichte Personen nach Altersgruppe und Geschlecht
report-table-participants-results = Ergebnisse beim Austritt (ESF Plus, Mehrfachnennung)
report-head-result = Ergebnis
report-result-job-searching = Arbeitsuchend
report-result-in-education = In schulischer oder beruflicher Bildung
report-result-qualification = Qualifizierung erlangt
report-result-employed = Erwerbstätig, auch selbstständig
report-result-not-recorded = Kein Ergebnis erfasst
report-table-completeness = Vollständigkeit der Pflichtangaben

report-chart-months = Kontakte je Monat
report-chart-site-kinds = Kontakte je Art des Einsatzorts

report-topics-note = Mehrfachnennung: Ein Kontakt kann mehrere Themen haben. Der Anteil bezieht sich auf alle Kontakte des Zeitraums.
report-participants-note = Merkmale beim Eintritt in das Programm (ESF Plus). Eintritte und Austritte mit Datum im Berichtszeitraum; nur Personen mit Einwilligung in die Teilnehmendenmeldung.
report-completeness-note = Teilnehmende des Zeitraums, bei denen eine Pflichtangabe fehlt. Die Liste der betroffenen Personen zeigt nur Feldbuch selbst (Berichte), nicht diese Datei.

report-age-unter-18 = unter 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-ab-55 = 55 und älter

report-field-entry-date = Eintrittsdatum
report-field-gender = Geschlecht
report-field-age = Geburtsjahr oder Altersgruppe
report-field-employment = Erwerbsstatus
report-field-education = Bildung (ISCED)
report-field-household = Haushaltssituation

report-month = { $month } { $year }
report-month-1 = Januar
report-month-2 = Februar
report-month-3 = März
report-month-4 = April
report-month-5 = Mai
report-month-6 = Juni
report-month-7 = Juli
report-month-8 = August
report-month-9 = September
report-month-10 = Oktober
report-month-11 = November
report-month-12 = Dezember

report-mark-small = < { $k }
report-mark-protect = x
report-method-sdc-title = Geheimhaltung kleiner Fallzahlen
report-method-sdc = Zahlen von 1 bis { $k } − 1 werden nicht veröffentlicht, sondern als „< { $k }“ ausgewiesen. Nullen werden gezeigt.
report-method-secondary-title = Sekundäre Geheimhaltung
report-method-secondary = Zellen, die verdeckt werden, um eine kleine Zahl zu schützen, tragen das Zeichen „{ report-mark-protect }“: Sie können jeden Wert von 0 bis zur Summe der Tabelle haben. Jeder Bericht wird als Ganzes mit ganzzahliger Optimierung geprüft – Zeilen und Spalten zugleich, und Summen, die mehrere Tabellen teilen (Kontakte; Eintritte und Austritte) –, und es werden so lange weitere Zellen verdeckt, bis jede als „< { $k }“ ausgewiesene Zelle trotz aller veröffentlichten Zahlen und Summen noch jeden Wert von 1 bis { $k } − 1 haben kann.
report-method-limits-title = Grenzen
report-method-limits = Geprüft wird jeder Bericht für sich; wer Berichte verschiedener Zeiträume oder Schwellen nebeneinanderlegt, ist nicht berücksichtigt. Innerhalb eines Berichts werden Summen berücksichtigt, nicht aber, dass eine Zahl eine andere nicht übersteigen kann (etwa Kontakte zu einem Thema die Kontakte insgesamt, Merkmale die Eintritte). Die Datei enthält nur zusammengefasste Zahlen, keine Namen, Pseudonyme oder Notizen.
report-definitions = Begriffe
report-sources = Datenquellen (Geräte)
report-source-device = Gerät
report-source-team = Team
report-source-contacts = Kontakte im Zeitraum
report-source-bundles = Eingelesene Exporte
report-source-last-seq = Letzte Exportnummer
report-source-last-import = Zuletzt eingelesen
report-source-this-device = { $id } (dieses Gerät)

# The programme's own terms below the built-in ids they refine.
report-table-own-site-kinds = Kontakte nach eigenen Arten von Einsatzorten des Programms
report-table-own-contact-kinds = Kontakte nach eigenen Kontaktarten des Programms
report-table-own-topics = Eigene Themen des Programms (Mehrfachnennung)
report-table-own-partner-kinds = Vermittlungen nach eigenen Arten von Partnern des Programms
report-table-own-markers = Teilnehmende mit eigenen Merkmalen des Programms (Mehrfachnennung)
report-table-own-activity-kinds = Gruppenangebote nach eigenen Arten des Programms
report-head-own-term = Eigener Begriff (verfeinert)
report-own-term = { $term } ({ $of })
report-own-rest-without = { $of } ohne { $term }
report-own-rest = { $of }: übrige
