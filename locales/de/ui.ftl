# Feldbuch – Texte der Benutzeroberfläche (Referenzsprache Deutsch).
# Begriffe für Einsatzort-Arten, Kontaktarten, Themen, Altersgruppen, Geschlecht, Rollen und
# Sprachnamen stehen in common.ftl, Fehlermeldungen in errors.ftl.

## Allgemein

app-title = Feldbuch
app-loading = Feldbuch wird geladen …
app-start-failed = Feldbuch konnte nicht gestartet werden.
app-retry = Erneut versuchen
skip-to-content = Zum Inhalt springen
language-label = Sprache
value-none = –

## Navigation

nav-label = Hauptnavigation
nav-heute = Heute
nav-sites = Einsatzorte & Partner
nav-settings = Einstellungen
nav-lock-now = Jetzt sperren

## Ersteinrichtung

setup-title = Willkommen bei Feldbuch
setup-intro = Richte Feldbuch einmalig auf diesem Gerät ein. Alle Daten bleiben verschlüsselt auf diesem Gerät.
setup-profile-heading = Dein Profil
setup-name-label = Name (so sieht dich dein Team)
setup-initials-label = Kürzel
setup-initials-hint = Zum Beispiel „AK“. Das Kürzel erscheint in Exporten statt deines Namens.
setup-team-label = Team (optional)
setup-role-label = Rolle
setup-passphrase-heading = Passphrase
setup-passphrase-intro = Mit dieser Passphrase entsperrst du Feldbuch. Sie schützt den Schlüssel zu deinen Daten. Wähle etwas, das du dir merken kannst und andere nicht erraten, zum Beispiel mehrere Wörter.
setup-passphrase-label =
    { $min ->
        [one] Passphrase (mindestens ein Zeichen)
       *[other] Passphrase (mindestens { $min } Zeichen)
    }
setup-passphrase-confirm-label = Passphrase wiederholen
setup-submit = Feldbuch einrichten
setup-submitting = Wird eingerichtet …

## Wiederherstellungsschlüssel (wird einmal nach der Einrichtung gezeigt)

recovery-title = Wiederherstellungsschlüssel aufschreiben
recovery-intro = Falls du deine Passphrase vergisst, ist dieser Schlüssel der einzige Weg zurück zu deinen Daten. Ohne Passphrase und ohne diesen Schlüssel kann niemand die Daten wiederherstellen – auch nicht der Support.
recovery-replaced = Der Wiederherstellungsschlüssel, mit dem du gerade entsperrt hast, gilt nicht mehr: Er wurde eingetippt und vielleicht gesehen. Hier ist dein neuer. Vernichte den alten Zettel.
recovery-once = Der Schlüssel wird nur dieses eine Mal angezeigt.
recovery-instructions = Schreib ihn jetzt vollständig auf Papier ab und bewahre das Blatt sicher auf, getrennt von diesem Gerät. Speichere ihn nicht als Datei, Foto oder E-Mail.
recovery-key-label = Dein Wiederherstellungsschlüssel
recovery-confirm-heading = Abgeschrieben? Kurze Kontrolle
recovery-confirm-input-label = Tippe die letzte Gruppe des Schlüssels ab (nach dem letzten Bindestrich).
recovery-confirm-mismatch = Das ist noch nicht die letzte Gruppe des Schlüssels.
recovery-confirm-checkbox-label = Ich habe den Schlüssel auf Papier aufgeschrieben und bewahre ihn sicher auf.
recovery-done = Weiter zu Feldbuch

## Sperrbildschirm

lock-title = Feldbuch ist gesperrt
lock-intro = Deine Daten sind verschlüsselt. Gib deine Passphrase ein, um weiterzuarbeiten.
lock-passphrase-label = Passphrase
lock-submit = Entsperren
lock-submitting = Wird entsperrt …
lock-recovery-toggle = Passphrase vergessen? Mit dem Wiederherstellungsschlüssel entsperren
lock-passphrase-toggle = Zurück zur Eingabe der Passphrase
lock-recovery-intro = Gib deinen Wiederherstellungsschlüssel ein und lege eine neue Passphrase fest.
lock-recovery-key-label = Dein Wiederherstellungsschlüssel
lock-new-passphrase-label =
    { $min ->
        [one] Neue Passphrase (mindestens ein Zeichen)
       *[other] Neue Passphrase (mindestens { $min } Zeichen)
    }
lock-recovery-submit = Entsperren und neue Passphrase speichern

## Heute

heute-heading = Heute, { $date }
heute-contacts-heading =
    { $count ->
        [0] Kontakte heute
        [one] Heute { $count } Kontakt
       *[other] Heute { $count } Kontakte
    }
heute-contacts-empty = Heute wurden noch keine Kontakte erfasst.
heute-contacts-earlier = Frühere Kontakte von heute zeigen (noch { $count })
heute-followups-heading = Fällige Wiedervorlagen
heute-followups-empty = Keine fälligen Wiedervorlagen.
heute-followups-upcoming-heading = Die nächsten 7 Tage
heute-followups-upcoming-empty = Keine Wiedervorlagen in den nächsten 7 Tagen.
contact-anonymous-count =
    { $count ->
        [one] { $count } anonyme Person
       *[other] { $count } anonyme Personen
    }
contact-duration =
    { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
contact-start = { $time } Uhr
contact-topics-label = Themen
contact-delete = Löschen
contact-delete-question = Diesen Kontakt wirklich löschen?
contact-delete-confirm = Ja, löschen
contact-delete-cancel = Abbrechen
contact-deleted = Kontakt gelöscht.
followup-due = fällig am { $date }
followup-overdue = Überfällig

## Schnellerfassung

qe-heading = Schnellerfassung
qe-hint = Alles per Tastatur: Tab springt weiter, Strg+Eingabe speichert.
qe-date-label = Datum
qe-date-hint = JJJJ-MM-TT; heute vorgegeben, frühere Tage für Nachträge
qe-start-label = Beginn
qe-start-hint = HH:MM; jetzt vorgegeben, leer für ohne Uhrzeit
qe-site-label = Einsatzort
qe-site-hint = Namen eintippen, mit Pfeiltasten wählen, mit Eingabe oder Tab übernehmen.
qe-site-no-match = Kein passender Einsatzort.
qe-site-none-yet = Es gibt noch keine Einsatzorte. Lege zuerst unter „Einsatzorte & Partner“ einen an.
qe-site-results =
    { $count ->
        [0] Kein passender Einsatzort.
        [one] Ein Einsatzort gefunden.
       *[other] { $count } Einsatzorte gefunden.
    }
qe-kind-label = Kontaktart
qe-anonymous-label = Anonyme Personen (Anzahl)
qe-age-band-label = Altersgruppe
qe-gender-label = Geschlecht
qe-option-unset = – nicht gewählt –
qe-topics-label = Themen
qe-duration-label = Dauer in Minuten
qe-note-label = Notiz (vertraulich)
qe-save = Kontakt speichern
qe-saving = Wird gespeichert …
qe-saved = Kontakt gespeichert.
qe-error-site-required = Bitte wähle einen Einsatzort aus der Liste.

## Einsatzorte

sites-title = Einsatzorte & Partner
sites-add-heading = Neuen Einsatzort anlegen
sites-name-label = Name
sites-kind-label = Art
sites-district-label = Stadtteil oder Quartier (optional)
sites-add = Einsatzort anlegen
sites-added = Einsatzort „{ $name }“ angelegt.
sites-list-heading =
    { $count ->
        [0] Noch keine Einsatzorte
        [one] { $count } Einsatzort
       *[other] { $count } Einsatzorte
    }
sites-empty = Lege deinen ersten Einsatzort mit dem Formular „{ sites-add-heading }“ an.
sites-column-name = Name
sites-column-kind = Art
sites-column-district = Stadtteil

## Einstellungen

settings-title = Einstellungen
settings-language-heading = Sprache
settings-language-hint = Die Sprache wechselt sofort, ohne Neustart.
settings-autolock-heading = Automatische Sperre
settings-autolock-label = Sperren nach so vielen Minuten ohne Eingabe
settings-autolock-save = Speichern
settings-autolock-saved =
    { $minutes ->
        [one] Feldbuch sperrt sich nach { $minutes } Minute ohne Eingabe.
       *[other] Feldbuch sperrt sich nach { $minutes } Minuten ohne Eingabe.
    }
settings-profile-heading = Profil
settings-profile-hint = Die Rolle legt die Zentrale bei der Anmeldung fest. Name, Kürzel und Team kannst du unten korrigieren.
settings-profile-name = Name
settings-profile-initials = Kürzel
settings-profile-team = Team
settings-profile-role = Rolle
settings-profile-device = Geräte-ID

## Schnellerfassung: Personen, Ergebnis, Wiedervorlage, Entwurf

qe-outcome-label = Ergebnis
qe-persons-label = Personen (Pseudonym)
qe-persons-hint = Pseudonym eintippen, mit Pfeiltasten wählen, mit Eingabe hinzufügen. Verknüpfen lassen sich nur Personen mit Einwilligung zur Dokumentation; alle anderen zählst du anonym.
qe-follow-up-label = Wiedervorlage am (optional)
qe-follow-up-hint = Format JJJJ-MM-TT, z. B. 2026-12-01
qe-language-label = Gesprächssprache
qe-language-hint = Kürzel, z. B. de, tr, ar
qe-interpreter-label = Mit Dolmetschung
qe-draft-restored = Ein nicht gespeicherter Entwurf wurde wiederhergestellt.
qe-draft-discard = Entwurf verwerfen
qe-draft-failed = Der Entwurf konnte nicht gesichert werden.

## Personenauswahl (Schnellerfassung, Gruppenangebote)

picker-no-match = Keine passende Person.
picker-no-consent = ohne Dokumentations-Einwilligung – nur anonym zählen
picker-results =
    { $count ->
        [0] Keine passende Person.
        [one] Eine Person gefunden.
       *[other] { $count } Personen gefunden.
    }
picker-selected-label = Ausgewählte Personen
picker-remove = „{ $pseudonym }“ entfernen

## Personen: Navigation und Suche

nav-persons = Personen
persons-title = Personen
persons-search-heading = Personen suchen
persons-search-text-label = Pseudonym
persons-search-district-label = Stadtteil
persons-search-marker-label = Lebenslage
persons-search-any-marker = – alle –
persons-search-include-closed = Abgeschlossene Akten einbeziehen
persons-search-submit = Suchen
persons-results-heading =
    { $count ->
        [0] Keine Person gefunden
        [one] { $count } Person
       *[other] { $count } Personen
    }
persons-participant = Teilnehmende:r
persons-select-hint = Wähle eine Person aus der Liste, um ihre Akte zu öffnen. Jedes Öffnen wird protokolliert.

## Personen: Volltextsuche in Notizen

notes-search-heading = Notizen durchsuchen
notes-search-hint = Durchsucht die vertraulichen Notizen aller Kontakte. Jede Suche wird protokolliert.
notes-search-label = Suchwörter
notes-search-submit = Notizen durchsuchen
notes-search-results =
    { $count ->
        [0] Keine Notiz gefunden.
        [one] Eine Notiz gefunden.
       *[other] { $count } Notizen gefunden.
    }

## Personen: neue Person

person-new-heading = Neue Person anlegen
person-new-pseudonym-label = Pseudonym
person-new-pseudonym-hint = Zum Beispiel Initialen und Geburtsjahr („MK-1980“). Keinen echten Namen: Der kommt erst mit Einwilligung in die Akte.
person-new-birth-year-label = Geburtsjahr (optional)
person-new-age-band-label = Altersgruppe (optional, wenn das Geburtsjahr unbekannt ist)
person-new-gender-label = Geschlecht
person-new-district-label = Stadtteil (optional)
person-new-languages-label = Sprachen (Kürzel, durch Komma getrennt)
person-new-markers-label = Lebenslage
person-new-submit = Person anlegen
person-new-created = Person „{ $pseudonym }“ angelegt.
person-new-error-pseudonym = Bitte gib ein Pseudonym ein.

## Personenakte: Angaben, Name und Kontaktdaten

person-view-close = Akte schließen
person-page-loading = Akte wird geladen …
person-details-heading = Angaben zur Person
person-closed-on = abgeschlossen am { $date }
person-field-birth-year = Geburtsjahr
person-field-languages = Sprachen
person-field-markers = Lebenslage
person-field-real-name = Echter Name
person-field-contact-info = Kontaktdaten
person-identity-heading = Name und Kontaktdaten
person-identity-hint = Ein geleertes Feld löscht die Angabe.
person-identity-save = Name und Kontaktdaten speichern
person-identity-saved = Name und Kontaktdaten gespeichert.
person-identity-needs-consent = Echter Name und Kontaktdaten lassen sich erst speichern, wenn eine Einwilligung zur Dokumentation vorliegt.

## Personenakte: Einwilligungen

consents-heading = Einwilligungen
consents-partner = an { $partner }
consents-given-on = erteilt am { $date } ({ $form })
consents-withdrawn-on = widerrufen am { $date }
consents-withdraw = Widerrufen
consents-empty = Noch keine Einwilligung. Ohne Einwilligung zur Dokumentation kann die Person nur anonym gezählt werden.
consents-give-heading = Einwilligung erfassen
consents-scope-label = Umfang
consents-form-label = Form
consents-date-label = Erteilt am (leer: heute)
consents-partner-label = Partner, an den weitergegeben werden darf
consents-partner-choose = – Partner wählen –
consents-give-submit = Einwilligung speichern
consents-given = Einwilligung gespeichert.
consents-withdrawn = Einwilligung widerrufen.
consents-error-partner = Eine Einwilligung zur Weitergabe gilt für einen bestimmten Partner: Bitte wähle ihn aus.

## Personenakte: Teilnahme am Programm

enrol-heading = Als Teilnehmende:r eintragen
enrol-hint = Für die Teilnehmendenmeldung an den Fördergeber (z. B. ESF Plus). Möglich, solange eine Einwilligung zur Teilnehmendenmeldung vorliegt.
enrol-entry-label = Eintritt am (leer: heute)
enrol-submit = Als Teilnehmende:r eintragen
enrol-edit-heading = Teilnahmedaten
enrol-save = Teilnahmedaten speichern
enrol-saved = Teilnahmedaten gespeichert.

## Personenakte: Wiedervorlage und Vermittlung anlegen

followup-form-heading = Wiedervorlage anlegen
followup-form-due-label = Fällig am
followup-form-what-label = Was ist zu tun?
followup-form-submit = Wiedervorlage anlegen
followup-form-added = Wiedervorlage angelegt.
followup-form-error-due = Bitte gib an, wann die Wiedervorlage fällig ist.
refer-heading = An einen Partner vermitteln
refer-no-partners = Es gibt noch keine Partner. Lege sie unter „Einsatzorte & Partner“ an.
refer-partner-label = Partner
refer-partner-choose = – Partner wählen –
refer-service-label = Angebot
refer-service-any = – kein bestimmtes Angebot –
refer-note-label = Notiz zur Vermittlung (optional)
refer-submit = Vermittlung anlegen
refer-done = Vermittlung an „{ $partner }“ angelegt.
refer-error-partner = Bitte wähle einen Partner.
refer-from-contact = Vermittlung aus dem Kontakt vom { $date } ({ $site })
refer-contact-clear = Ohne Kontaktbezug vermitteln

## Personenakte: Verlauf

timeline-followups-heading = Wiedervorlagen
timeline-followup-done = Erledigt
timeline-followup-done-on = erledigt am { $date }
timeline-followups-empty = Keine Wiedervorlagen.
timeline-referrals-heading = Vermittlungen
timeline-referral-since = seit { $date }
timeline-referral-no-forwarding = ohne Einwilligung zur Weitergabe
timeline-referral-from-contact = aus dem Kontakt vom { $date }
timeline-referral-move = Stand der Vermittlung an „{ $partner }“ ändern
timeline-referrals-empty = Keine Vermittlungen.
timeline-contacts-heading = Kontakte
timeline-contacts-empty = Keine Kontakte.
timeline-contact-refer = Vermitteln
timeline-attendance-heading = Teilnahme an Gruppenangeboten
timeline-attendance-empty = Keine Teilnahme an Gruppenangeboten.

## Personenakte: Auskunft und Löschung

rights-heading = Auskunft und Löschung
rights-auskunft-hint = Auskunft nach Art. 15 DSGVO: Alles, was zu dieser Person gespeichert ist, wird als Textdatei in deinen Dokumente-Ordner geschrieben. Der Vorgang wird protokolliert.
rights-auskunft = Auskunft erstellen
rights-auskunft-written = Auskunft gespeichert unter:
rights-erase-hint = Löschung nach Art. 17 DSGVO: Die Person wird endgültig gelöscht, ihre Kontakte bleiben nur anonym in der Statistik. Die Löschung geht mit dem nächsten Export auch an die Zentrale.
rights-erase = Person löschen …
rights-erase-confirm-label = Tippe zur Bestätigung das Pseudonym „{ $pseudonym }“ ein
rights-erase-mismatch = Das Pseudonym stimmt noch nicht überein.
rights-erase-confirm = Endgültig löschen
rights-erase-cancel = Abbrechen
rights-erased-heading = „{ $pseudonym }“ wurde gelöscht
rights-erased-contacts = Kontakte anonymisiert
rights-erased-notes = Notizen gelöscht
rights-erased-followups = Wiedervorlagen gelöscht
rights-erased-consents = Einwilligungen gelöscht
rights-erased-attendance = Teilnahmen anonymisiert
rights-erased-hint = Die Löschung ist protokolliert und kann nicht rückgängig gemacht werden.

## Heute: geplante Besuche und Wiedervorlagen per Tastatur

heute-visits-heading = Geplante Besuche heute
heute-visits-empty = Für heute sind keine Besuche geplant.
heute-visit-time = { $start }–{ $end } Uhr
heute-followups-keys = Eingabe oder D auf einer Wiedervorlage markiert sie als erledigt; die Pfeiltasten springen zur nächsten.
heute-followup-done = Erledigt
heute-followup-contact = Kontakt vom { $date } bei { $site }
heute-followup-completed = Erledigt: „{ $what }“
heute-contact-persons =
    { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }

## Einsatzorte & Partner: Netzwerkpartner

partners-heading =
    { $count ->
        [0] Netzwerkpartner
        [one] { $count } Netzwerkpartner
       *[other] { $count } Netzwerkpartner
    }
partners-empty = Noch keine Netzwerkpartner.
partners-column-name = Name
partners-column-kind = Art
partners-column-contact = Ansprechperson
partners-column-services = Angebote
partners-add-heading = Neuen Partner anlegen
partners-name-label = Name
partners-kind-label = Art
partners-district-label = Stadtteil (optional)
partners-contact-label = Ansprechperson (optional)
partners-address-label = Adresse (optional)
partners-services-label = Angebote (optional)
partners-services-hint = Mehrere Angebote durch Komma trennen, z. B. „Schuldnerberatung, Sprechstunde“.
partners-add = Partner anlegen
partners-added = Partner „{ $name }“ angelegt.

## Einsatzorte & Partner: Besuchszeiten

slots-heading = Regelmäßige Besuchszeiten
slots-empty = Noch keine Besuchszeiten.
slots-add-heading = Besuchszeit anlegen
slots-site-label = Einsatzort
slots-site-choose = – Einsatzort wählen –
slots-weekday-label = Wochentag
slots-start-label = Von
slots-end-label = Bis
slots-add = Besuchszeit anlegen
slots-added = Besuchszeit angelegt.
slots-error-site = Bitte wähle einen Einsatzort.
slots-error-times = Bitte gib Beginn und Ende der Besuchszeit an.

## Gruppenangebote

nav-activities = Gruppenangebote
activities-title = Gruppenangebote
activities-add-heading = Gruppenangebot erfassen
activities-kind-label = Art
activities-title-label = Titel
activities-date-label = Datum (leer: heute)
activities-site-label = Einsatzort (optional)
activities-start-label = Beginn (optional)
activities-duration-label = Dauer in Minuten (optional)
activities-volunteers-label = Ehrenamtliche (Anzahl)
activities-anonymous-label = Anonyme Teilnehmende (Anzahl)
activities-persons-label = Angemeldete Personen (Pseudonym)
activities-co-facilitators-label = Mit durchgeführt von
activities-co-facilitators-none = Auf diesem Gerät ist noch keine Kollegin und kein Kollege bekannt.
activities-age-band-label = Altersgruppe der anonymen Teilnehmenden
activities-gender-label = Geschlecht der anonymen Teilnehmenden
activities-facilitators = Durchgeführt von { $initials }
activities-note-label = Notiz (vertraulich, optional)
activities-save = Gruppenangebot speichern
activities-added = Gruppenangebot „{ $title }“ gespeichert.
activities-list-heading =
    { $count ->
        [0] Noch keine Gruppenangebote
        [one] { $count } Gruppenangebot
       *[other] { $count } Gruppenangebote
    }
activities-empty = Erfasse das erste Gruppenangebot mit dem Formular.
activities-column-date = Datum
activities-column-title = Titel
activities-column-kind = Art
activities-column-attendance = Teilnahme gesamt
activities-attendance-detail = angemeldet: { $registered } · anonym: { $anonymous } · Ehrenamtliche: { $volunteers }
activities-attendance-edit = Teilnahme bearbeiten
activities-attendance-heading = Teilnahme an „{ $title }“
activities-attendance-save = Teilnahme speichern
activities-attendance-cancel = Abbrechen
activities-attendance-saved = Teilnahme an „{ $title }“ gespeichert.

## Einstellungen: Aufbewahrungsfristen

retention-heading = Aufbewahrungsfristen
retention-hint = Hier legst du fest, wie lange Daten aufbewahrt werden, siehst, welche Einträge ihre Frist überschritten haben, und löschst sie nach Bestätigung.
retention-years-label = Frist in Jahren
retention-no-limit = Keine Frist
retention-save = Frist speichern
retention-saved = Frist gespeichert.
retention-due-none = Keine Frist festgelegt: Es wird nichts fällig.
retention-due =
    { $count ->
        [0] Nichts fällig (Stichtag { $date }).
        [one] Ein Eintrag ist älter als { $date } und fällig.
       *[other] { $count } Einträge sind älter als { $date } und fällig.
    }
retention-apply = Fällige Einträge löschen …
retention-confirm =
    { $count ->
        [one] Einen Eintrag
       *[other] { $count } Einträge
    } der Kategorie „{ $category }“ endgültig löschen? Das lässt sich nicht rückgängig machen.
retention-apply-confirm = Ja, endgültig löschen
retention-apply-cancel = Abbrechen
retention-deleted =
    { $count ->
        [one] Ein Eintrag gelöscht.
       *[other] { $count } Einträge gelöscht.
    }

## Einstellungen: Protokoll

protocol-heading = Protokoll
protocol-hint = Wer hat wann welchen Datensatz angesehen, geändert, exportiert oder gelöscht – neueste Einträge zuerst. Das Protokoll lässt sich nicht nachträglich verändern.
protocol-entity-label = Nur Einträge zu dieser Datensatz-ID (optional)
protocol-filter = Anzeigen
protocol-empty = Keine Einträge.
protocol-column-time = Zeitpunkt
protocol-column-actor = Wer
protocol-column-action = Aktion
protocol-column-entity = Datensatz
protocol-column-id = ID
protocol-older = Ältere Einträge laden

## Berichte

nav-reports = Berichte
reports-title = Berichte
reports-intro = Zahlen für ein Quartal oder einen eigenen Zeitraum – dieselben wie in der XLSX-Datei. Kleine Fallzahlen werden verdeckt, damit niemand wiedererkannt werden kann. Jeder Bericht wird protokolliert.
reports-period-heading = Zeitraum und Mindestfallzahl
reports-quarter-option = { $quarter }. Quartal { $year }
reports-quarter-option-running = { $quarter }. Quartal { $year } (läuft noch)
reports-custom-range = Eigener Zeitraum …
reports-from-label = Von
reports-to-label = Bis
reports-date-placeholder = JJJJ-MM-TT
reports-date-hint = Format JJJJ-MM-TT, z. B. 2026-01-05. Beide Tage zählen mit; höchstens drei Jahre.
reports-k-label = Mindestfallzahl k
reports-k-hint = Zahlen von 1 bis k − 1 werden als „< k“ ausgewiesen. Erlaubt: { $min } bis { $max }.
reports-show = Anzeigen
reports-save = Als XLSX speichern
reports-language-hint = Der Bericht und die XLSX-Datei erscheinen in dieser Sprache. Sie gilt für ganz Feldbuch.
reports-loading = Bericht wird erstellt …
reports-loaded = Bericht für { $period } wird angezeigt.
reports-saved = Bericht gespeichert unter:
reports-range-required = Gib Anfang und Ende des Zeitraums ein (JJJJ-MM-TT).
reports-empty = Wähle einen Zeitraum und klicke auf „Anzeigen“.
reports-period-range = { $from } bis { $to }
reports-figures-caption = Kennzahlen im Vergleich zum Vergleichszeitraum
reports-incomplete-heading = Teilnehmende mit fehlenden Pflichtangaben
reports-incomplete-hint = Diese Liste erscheint nur hier, nie in der XLSX-Datei. Ergänze die fehlenden Angaben in der Personenakte, bevor du den Bericht abgibst.
reports-incomplete-empty = Bei allen Teilnehmenden des Zeitraums sind die Pflichtangaben vollständig.
reports-incomplete-missing = Es fehlt: { $fields }
reports-sources-empty = Im Zeitraum gibt es keine Daten von einem Gerät.

## Austausch mit der Zentrale

nav-exchange = Austausch
exchange-title = Austausch mit der Zentrale
exchange-intro = Exportpakete bringen deine Einträge verschlüsselt zur Zentrale – nur pseudonym, ohne echte Namen und Kontaktdaten. Jeder Export und jede Änderung der Einstellungen wird protokolliert.
exchange-loading = Stand wird geladen …
exchange-status-heading = Export
exchange-schedule = Rhythmus
exchange-last-export = Letzter Export
exchange-next-due = Nächster Export fällig
exchange-never = noch keiner
exchange-next-due-now = sofort (noch kein Export)
exchange-due = Ein Export ist seit { $date } fällig.
exchange-due-first = Ein Export ist fällig: Von diesem Gerät wurde noch nichts exportiert.
exchange-queued =
    { $count ->
        [one] Ein Exportpaket wartet: Der Exportordner konnte nicht beschrieben werden. Es wird mit dem nächsten Export geschrieben.
       *[other] { $count } Exportpakete warten: Der Exportordner konnte nicht beschrieben werden. Sie werden mit dem nächsten Export geschrieben.
    }
exchange-no-office-key = Export nicht möglich: Der öffentliche Schlüssel der Zentrale fehlt. Trag ihn unter „Einstellungen für den Export“ ein.
exchange-no-folder = Export nicht möglich: Es ist kein Exportordner eingestellt. Wähle ihn unter „Einstellungen für den Export“.
exchange-export-full = Alles exportieren, nicht nur die Änderungen
exchange-export-full-hint = Normalerweise enthält ein Export nur, was sich seit dem letzten geändert hat. Alles zu exportieren hilft, wenn die Zentrale ein Paket verloren hat.
exchange-export-now = Jetzt exportieren
exchange-exporting = Export läuft …
exchange-export-written =
    { $count ->
        [one] Exportpaket { $file } mit einem Datensatz in { $folder } geschrieben.
       *[other] Exportpaket { $file } mit { $count } Datensätzen in { $folder } geschrieben.
    }
exchange-export-queued =
    { $count ->
        [one] Exportpaket { $file } mit einem Datensatz wartet: Der Exportordner { $folder } konnte nicht beschrieben werden. Es wird mit dem nächsten Export geschrieben.
       *[other] Exportpaket { $file } mit { $count } Datensätzen wartet: Der Exportordner { $folder } konnte nicht beschrieben werden. Es wird mit dem nächsten Export geschrieben.
    }
exchange-export-earlier =
    { $count ->
        [one] Dazu wurde ein wartendes Paket geschrieben.
       *[other] Dazu wurden { $count } wartende Pakete geschrieben.
    }
exchange-settings-heading = Einstellungen für den Export
exchange-folder-label = Exportordner
exchange-folder-saved = Exportordner gespeichert.
exchange-schedule-label = Rhythmus der Exporte
exchange-schedule-hint = Danach richtet sich die Erinnerung auf „Heute“.
exchange-schedule-saved = Rhythmus gespeichert.
exchange-office-key-label = Öffentlicher Schlüssel der Zentrale
exchange-office-key-hint = Beginnt mit „age1“. Du bekommst ihn von der Zentrale.
exchange-office-key-set = Ein Schlüssel der Zentrale ist eingetragen.
exchange-office-key-missing = Noch kein Schlüssel der Zentrale eingetragen.
exchange-office-key-save = Schlüssel speichern
exchange-office-key-saved = Schlüssel gespeichert: { $key }
exchange-notes-label = Notizen mit exportieren
exchange-notes-warning = Notizen sind persönlicher Freitext und können Namen und andere Angaben über Menschen enthalten. Sie verlassen dieses Gerät nur, wenn diese Einstellung an ist. Jede Änderung wird protokolliert.
exchange-notes-on = Notizen gehen ab dem nächsten Export mit.
exchange-notes-off = Notizen bleiben auf diesem Gerät.
exchange-history-heading = Bisherige Exporte
exchange-history-empty = Noch keine Exporte.
exchange-history-sequence = Nr.
exchange-history-created = Erstellt
exchange-history-file = Datei
exchange-history-records = Datensätze
exchange-history-status = Stand
exchange-history-full = Vollständig
exchange-history-notes = Mit Notizen
exchange-history-written = geschrieben
exchange-history-queued = wartet
exchange-yes = ja
exchange-no = nein
exchange-enrolment-heading = Anmeldung bei der Teamleitung
exchange-enrolment-hint = Deine Teamleitung braucht diese Datei einmal, um deine Exporte einlesen zu können. Sie enthält deinen Namen, dein Kürzel und die öffentlichen Schlüssel dieses Geräts – keine Daten über Menschen.
exchange-enrolment-write = Anmeldedatei für die Teamleitung erstellen
exchange-enrolment-written = Anmeldedatei gespeichert unter:
exchange-enrolment-fingerprint = Prüfnummer dieses Geräts – lies sie deiner Teamleitung vor, wenn sie das Gerät anmeldet; ihr Bildschirm muss dieselbe Nummer zeigen:

## Austausch: nur für die Teamleitung

exchange-lead-heading = Teamleitung: Geräte anmelden und Exporte einlesen
exchange-lead-hint = Hier kommen die Exportpakete deines Teams zusammen. Jedes Paket wird vor dem Einlesen geprüft: Signatur, Prüfsumme und Reihenfolge.
exchange-identity-heading = Geheimer Schlüssel der Zentrale
exchange-identity-kept = Der geheime Schlüssel der Zentrale ist auf diesem Gerät hinterlegt.
exchange-identity-missing = Auf diesem Gerät ist noch kein geheimer Schlüssel der Zentrale hinterlegt.
exchange-identity-hint = Der Schlüssel wird verschlüsselt in Feldbuch aufbewahrt. Die Datei selbst kannst du danach wieder sicher verwahren.
exchange-identity-save = Schlüssel hinterlegen
exchange-identity-saved = Schlüssel hinterlegt. Öffentlicher Schlüssel:
exchange-enrol-heading = Gerät anmelden
exchange-enrol-hint = Mit der Anmeldedatei eines Geräts kannst du seine Exporte einlesen.
exchange-enrol-check = Datei prüfen
exchange-enrol-preview = Diese Datei meldet das Gerät von { $name } ({ $initials }) an.
exchange-enrol-preview-team = Diese Datei meldet das Gerät von { $name } ({ $initials }), Team { $team }, an.
exchange-enrol-compare = Lass dir von der Fachkraft die Prüfnummer auf ihrem Bildschirm vorlesen. Melde das Gerät nur an, wenn es genau diese ist:
exchange-enrol-confirm = Dieselbe Nummer: anmelden
exchange-enrol-reject = Andere Nummer: nicht anmelden
exchange-enrol-rejected = Nicht angemeldet. Die Datei stammt vielleicht nicht vom Gerät der Fachkraft: Lass sie dir persönlich neu geben.
exchange-enrol-done = Angemeldet: { $name } ({ $initials })
exchange-enrol-done-team = Angemeldet: { $name } ({ $initials }), Team { $team }
exchange-devices-heading = Angemeldete Geräte
exchange-devices-hint = Geht ein Gerät verloren oder wird es gestohlen, sperre es hier: Von ihm wird dann nichts mehr eingelesen, egal was es über sich sagt. Was es vorher geschickt hat, bleibt. Eine Sperre gilt für immer; ein Ersatzgerät meldet sich neu an.
exchange-devices-none = Noch kein Gerät angemeldet.
exchange-devices-column-worker = Fachkraft
exchange-devices-column-fingerprint = Prüfnummer
exchange-devices-column-last = Letztes Paket
exchange-devices-column-state = Stand
exchange-devices-last-bundle = Nr. { $sequence }, { $date }
exchange-devices-no-bundle = noch keins
exchange-devices-enrolled = angemeldet am { $date }
exchange-devices-revoked = gesperrt am { $date }
exchange-devices-revoke = Sperren …
exchange-devices-revoke-question = Gerät von { $name } ({ $initials }) für immer sperren? Danach wird von ihm kein Exportpaket mehr eingelesen.
exchange-devices-revoke-yes = Ja, für immer sperren
exchange-devices-revoke-no = Abbrechen
exchange-import-heading = Exportpakete einlesen
exchange-import-paths-hint = Aus einem Ordner werden alle Exportpakete (*.age) gelesen, je Gerät in der Reihenfolge der Nummern; jedes Paket wird ganz oder gar nicht übernommen. Während des Einlesens kannst du weiterarbeiten.
exchange-import-accept-gap = Lücken in Kauf nehmen
exchange-import-accept-gap-hint = Fehlen von einem Gerät Pakete vor diesen, wird normalerweise nichts davon eingelesen. Mit diesem Häkchen wird trotzdem eingelesen und die Lücke vermerkt.
exchange-import-no-identity = Einlesen nicht möglich: Hinterlege zuerst den geheimen Schlüssel der Zentrale.
exchange-import-start = Einlesen
exchange-import-progress-label = Fortschritt
exchange-import-starting = Dateien werden gesucht …
exchange-import-progress =
    Datei { $done } von { $total } gelesen, { $records ->
        [one] ein Datensatz
       *[other] { $records } Datensätze
    }
exchange-import-cancel = Abbrechen
exchange-import-cancelling = Wird abgebrochen …
exchange-import-cancelled = Einlesen angehalten. Vorher ganz übernommene Pakete: { $imported }. Die übrigen Dateien wurden nicht angerührt; dieselben Dateien noch einmal einlesen setzt fort.
exchange-import-summary =
    { $imported ->
        [one] Eine Datei eingelesen
       *[other] { $imported } Dateien eingelesen
    }, { $refused } abgelehnt.
exchange-import-conflicts =
    { $count ->
        [one] Ein Datensatz hat einen Konflikt.
       *[other] { $count } Datensätze haben einen Konflikt.
    }
exchange-import-files-caption = Ergebnis je Datei
exchange-import-col-file = Datei
exchange-import-col-result = Ergebnis
exchange-import-col-worker = Kürzel
exchange-import-col-sequence = Nr.
exchange-import-col-records = Datensätze
exchange-import-col-applied = Übernommen
exchange-import-col-conflicts = Konflikte
exchange-import-col-note = Hinweis
exchange-import-imported = eingelesen
exchange-import-refused = abgelehnt
exchange-import-gap-note = Über eine Lücke eingelesen: erwartet war Nr. { $expected }.
exchange-import-gap-hint = Kommen die fehlenden Pakete nicht mehr, lies noch einmal mit „Lücken in Kauf nehmen“ ein.
exchange-import-retry-gap = Noch einmal einlesen und Lücken in Kauf nehmen
exchange-conflicts-heading = Konflikte beim Zusammenführen
exchange-conflicts-hint = Zwei Geräte haben denselben Datensatz mit unterschiedlichem Inhalt geschickt – etwa das bisherige Gerät nach einer Übergabe. Eine Fassung gilt („übernommen“); du kannst eine andere übernehmen.
exchange-conflicts-empty = Keine offenen Konflikte.
exchange-conflict-found = gefunden am { $date }
exchange-conflict-versions =
    { $count ->
        [one] eine Fassung
       *[other] { $count } Fassungen
    }
exchange-conflict-details = Fassungen vergleichen
exchange-conflict-version = Gerät { $device }, Revision { $revision }
exchange-conflict-current = übernommen
exchange-conflict-take = Diese Fassung übernehmen
exchange-conflict-erased = gelöscht
exchange-conflict-resolved = Übernommen.
exchange-conflict-resolved-travels = Übernommen; die Fassung geht mit dem nächsten Paket der Zentrale an das Gerät, das die Person führt.
exchange-handover-heading = Fall übergeben
exchange-handover-hint = Eine Person geht mit ihren Einwilligungen und offenen Wiedervorlagen an das Gerät einer Kollegin oder eines Kollegen. Die Geräte erfahren es mit dem nächsten Paket der Zentrale; das bisherige Gerät behält die Person nur lesbar, ohne Klarnamen und Kontaktdaten.
exchange-handover-person = Person
exchange-handover-device = Übernimmt
exchange-handover-device-choose = Gerät wählen …
exchange-handover-submit = Übergeben
exchange-handover-done = { $pseudonym } an { $initials } übergeben, mit { $consents } Einwilligungen und { $followups } offenen Wiedervorlagen. Jetzt ein Paket für die Geräte des Teams erstellen.
exchange-handover-pick-person = Bitte genau eine Person wählen.
exchange-handover-pick-device = Bitte das Gerät wählen, das die Person übernimmt.

## Heute: Erinnerung an den Export

today-export-due = Ein Export für die Zentrale ist seit { $date } fällig.
today-export-due-first = Ein Export für die Zentrale ist fällig: Von diesem Gerät wurde noch nichts exportiert.
today-export-queued =
    { $count ->
        [one] Ein Exportpaket wartet noch auf den Exportordner.
       *[other] { $count } Exportpakete warten noch auf den Exportordner.
    }
today-export-due-go = Zum Austausch

## Einstellungen: Sicherungen

backups-heading = Sicherungen
backups-hint = Verschlüsselte Kopien deiner Daten auf diesem Gerät. Einmal am Tag legt Feldbuch nach dem Entsperren im Hintergrund selbst eine an; du kannst währenddessen weiterarbeiten. Die letzten sieben werden aufbewahrt.
backups-problem = Die automatische Sicherung ist fehlgeschlagen: { $message }
backups-now = Jetzt sichern
backups-now-busy = Sicherung läuft …
backups-cancelled = Sicherung abgebrochen. Es wurde keine halbe Sicherung gespeichert.
backups-cancel = Sicherung abbrechen
backups-running = Sicherung läuft im Hintergrund: { $percent } %
backups-made = Sicherung { $file } angelegt.
backups-empty = Noch keine Sicherungen.
backups-column-time = Zeitpunkt
backups-column-kind = Art
backups-column-size = Größe
backups-column-actions = Aktionen
backups-restore = Wiederherstellen …
backups-confirm = Deine jetzigen Daten werden durch den Stand vom { $date } ersetzt. Der jetzige Stand bleibt als Sicherung erhalten.
backups-passphrase-label = Deine Passphrase zur Bestätigung
backups-passphrase-required = Gib deine Passphrase ein, um die Wiederherstellung zu bestätigen.
backups-restore-confirm = Wiederherstellen
backups-restore-busy = Wird wiederhergestellt …
backups-restore-cancel = Abbrechen
backups-restored = Der Stand vom { $date } ist wiederhergestellt. Der vorherige Stand ist als Sicherung erhalten.

# Verlauf (journal)
nav-journal = Verlauf
journal-title = Verlauf
journal-filters = Filter
journal-from = Von (JJJJ-MM-TT)
journal-to = Bis (JJJJ-MM-TT)
journal-site = Einsatzort
journal-kind = Art
journal-topic = Thema
journal-any = – alle –
journal-contacts = Kontakte
journal-activities = Gruppenangebote
journal-show = Anzeigen
journal-list-heading = Einträge, die neuesten zuerst
journal-empty = Keine Einträge für diese Auswahl.
journal-older = Ältere Einträge laden
journal-attendance = { $count } Teilnehmende

# Einstellungen: keys
settings-keys-heading = Schlüssel
settings-passphrase-heading = Passphrase ändern
settings-passphrase-current = Jetzige Passphrase
settings-passphrase-new = Neue Passphrase (mindestens { $min } Zeichen)
settings-passphrase-change = Passphrase ändern
settings-passphrase-changed = Die Passphrase ist geändert. Ab jetzt entsperrst du mit der neuen.
settings-recovery-heading = Neuer Wiederherstellungsschlüssel
settings-recovery-intro = Wenn der aufgeschriebene Schlüssel verloren oder gesehen wurde: ein neuer ersetzt ihn, der alte gilt dann nicht mehr.
settings-recovery-passphrase = Passphrase zur Bestätigung
settings-recovery-new = Neuen Schlüssel erstellen
settings-recovery-written = Ich habe ihn aufgeschrieben

exchange-receive-heading = Paket der Zentrale
exchange-receive-hint = Ihre Teamleitung gibt Ihnen das Paket der Zentrale: wer zu Ihrem Team gehört, die Einsatzorte und Partner des Programms und den Schlüssel der Zentrale. Übernehmen Sie jedes neue; es bringt seine Änderungen mit.
exchange-receive-signer = Pakete werden nur mit diesem Schlüssel Ihrer Teamleitung übernommen:
exchange-receive-fingerprint-label = Fingerabdruck des Schlüssels der Teamleitung
exchange-receive-fingerprint-hint = Nur beim ersten Mal: Ihre Teamleitung liest die Zahl auf ihrem Bildschirm vor; tippen Sie sie ein. Ein Paket mit einem anderen Schlüssel wird abgelehnt.
exchange-receive-button = Paket übernehmen
exchange-receive-done = Paket Nr. { $sequence } von { $initials } übernommen: { $team } Teammitglieder, { $sites } Einsatzorte, { $partners } Partner.
exchange-receive-key-changed = Auch der Schlüssel der Zentrale für Ihre Exporte wurde übernommen.
exchange-publish-heading = Paket für die Geräte des Teams
exchange-publish-hint = Wer zum Team gehört, das Verzeichnis der Einsatzorte und Partner mit ihren Angeboten, Ihre Besuchszeiten und der Schlüssel der Zentrale, für jedes angemeldete Gerät. Geben Sie die Datei an die Geräte weiter; jedes übernimmt sie unter Austausch.
exchange-publish-button = Paket für das Team erstellen
exchange-publish-written = Paket Nr. { $sequence } für { $devices } Geräte gespeichert unter:
exchange-publish-fingerprint = Lesen Sie diese Zahl vor, wenn ein Gerät sein erstes Paket übernimmt:
exchange-publish-unreachable = { $count ->
    [one] Ein angemeldetes Gerät kann es nicht öffnen: Es wurde mit einer älteren Feldbuch-Version angemeldet. Melden Sie es mit einer neuen Anmeldedatei erneut an.
   *[other] { $count } angemeldete Geräte können es nicht öffnen: Sie wurden mit einer älteren Feldbuch-Version angemeldet. Melden Sie sie mit neuen Anmeldedateien erneut an.
}
reports-programme-all = Alle Programme
programme-none = Kein Programm
today-office-package-missing = Dieses Gerät hat noch kein Paket der Zentrale. Melden Sie es unter Austausch bei Ihrer Teamleitung an und übernehmen Sie ihr Paket: Dann sind Ihr Team, die Einsatzorte und die Partner des Programms da, bevor Sie den ersten Kontakt erfassen.
lists-heading = Programme und Stadtteile
lists-hint = Für das ganze Team: Die Geräte erhalten beide Listen mit dem nächsten Paket der Zentrale (unter Austausch). Gibt es eine Liste der Stadtteile, wird jeder eingegebene Stadtteil so gespeichert, wie die Liste ihn schreibt.
lists-programmes-heading = Programme
lists-programmes-empty = Noch kein Programm: Alles gehört zu allen.
lists-programme-label = Neues Programm
lists-districts-heading = Stadtteile
lists-districts-empty = Noch keine Liste: Stadtteile sind freier Text.
lists-district-label = Neuer Stadtteil
lists-add = Aufnehmen
lists-added = { $name } aufgenommen.
lists-name-required = Bitte einen Namen eingeben.
sites-merge-heading = Zusammenführen
sites-merge-hint = Für einen Einsatzort, den ein Gerät angelegt hat, bevor es das Verzeichnis hatte: Seine Kontakte, Gruppenangebote und Besuchszeiten zählen dann beim gewählten Einsatzort; die Geräte übertragen ihre mit dem nächsten Paket der Zentrale. Das lässt sich nicht rückgängig machen.
sites-merge-into = Aufgehen in
sites-merge-button = Zusammenführen …
sites-merge-choose = Bitte den Einsatzort wählen, in dem dieser aufgehen soll.
sites-merge-question = „{ $name }“ endgültig mit „{ $into }“ zusammenführen?
sites-merge-yes = Ja, zusammenführen
sites-merge-no = Nein
sites-merged = { $name } ist mit { $into } zusammengeführt.
exchange-receive-new-lead = Von einem neuen Gerät der Teamleitung (ersetzter Laptop, neue Teamleitung): seinen Schlüssel statt des bisherigen übernehmen
exchange-devices-no-packages = Kann noch kein Paket der Zentrale empfangen: mit einer älteren Feldbuch-Version angemeldet. Lassen Sie das Gerät eine neue Anmeldedatei schreiben und melden Sie es damit erneut an.
person-handed-over = Die Teamleitung hat diese Person an { $initials } übergeben. Hier bleibt sie nur lesbar, für deine eigenen Kontakte; Klarname und Kontaktdaten sind von diesem Gerät entfernt.
person-link-heading = Für das Team zählen
person-link-hint = Trifft das Team dieselbe Person an mehreren Stellen, zählt sie im Bericht einmal, wenn alle sie verknüpfen. Aus Initialen, Geburtsjahr und Geschlecht wird ein Schlüssel-Hash; die Initialen werden nicht gespeichert, kein Name verlässt das Gerät.
person-link-initials = Initialen (Vor- und Nachname)
person-link-year = Geburtsjahr
person-link-gender = Geschlecht
person-link-gender-choose = bitte wählen
person-link-submit = Verknüpfen
person-link-linked = Für das Team verknüpft: Im Bericht der Teamleitung zählt diese Person einmal, auch wenn Kolleginnen oder Kollegen sie ebenfalls verknüpft haben.
person-link-remove = Verknüpfung lösen
person-link-question =
    { $count ->
        [one] Das Team kennt schon eine Person mit diesen Angaben. Ist es dieselbe Person?
       *[other] Das Team kennt schon { $count } Personen mit diesen Angaben. Ist es dieselbe Person?
    }
person-link-same = Ja, dieselbe – verknüpfen
person-link-other = Nein, eine andere
person-link-fields-required = Bitte Initialen, Geburtsjahr und Geschlecht angeben.
partners-merge-heading = Zusammenführen
partners-merge-hint = Für einen Partner, den ein Gerät angelegt hat, bevor es das Verzeichnis hatte: Seine Vermittlungen, Einwilligungen und Angebote zählen dann beim gewählten Partner (ein Angebot gleichen Namens wird eins); die Geräte übertragen ihre mit dem nächsten Paket der Zentrale. Das lässt sich nicht rückgängig machen.
partners-merge-into = Aufgehen in
partners-merge-button = Zusammenführen …
partners-merge-choose = Bitte den Partner wählen, in dem dieser aufgehen soll.
partners-merge-question = „{ $name }“ endgültig mit „{ $into }“ zusammenführen?
partners-merge-yes = Ja, zusammenführen
partners-merge-no = Nein
partners-merged = { $name } ist mit { $into } zusammengeführt.
dir-own-kind = Art im Programm: { $kind }
