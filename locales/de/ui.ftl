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
nav-sites = Einsatzorte
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
heute-followups-heading = Fällige Wiedervorlagen
heute-followups-empty = Keine fälligen Wiedervorlagen.
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
qe-site-label = Einsatzort
qe-site-hint = Namen eintippen, mit Pfeiltasten wählen, mit Eingabe oder Tab übernehmen.
qe-site-no-match = Kein passender Einsatzort.
qe-site-none-yet = Es gibt noch keine Einsatzorte. Lege zuerst unter „Einsatzorte“ einen an.
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

sites-title = Einsatzorte
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
settings-profile-hint = Das Profil wird bei der Einrichtung festgelegt.
settings-profile-name = Name
settings-profile-initials = Kürzel
settings-profile-team = Team
settings-profile-role = Rolle
settings-profile-device = Geräte-ID
