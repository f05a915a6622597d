## Command-line interface (feldbuch)

cli-error = Fehler: { $message }
cli-passphrase-prompt = Passphrase:
cli-new-passphrase-prompt = Neue Passphrase (mindestens 8 Zeichen):
cli-repeat-passphrase-prompt = Passphrase wiederholen:
cli-init-done = Feldbuch ist eingerichtet für { $name } in { $dir }.
cli-recovery-key-intro = Dein Wiederherstellungsschlüssel. Schreib ihn jetzt auf Papier und bewahre ihn sicher auf – er wird nie wieder angezeigt:
cli-site-added = Einsatzort „{ $name }“ angelegt ({ $id }).
cli-no-sites = Noch keine Einsatzorte.
cli-contact-added = Kontakt gespeichert: { $id }
cli-contact-updated = Kontakt geändert: { $id } (Revision { $revision })
cli-contact-deleted = Kontakt gelöscht: { $id }
cli-no-contacts = Keine Kontakte in diesem Zeitraum.
cli-contacts-count = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
}
cli-verify-ok = Prüfung bestanden: Datenbank und Verschlüsselung intakt, { $entries } Protokolleinträge, Hash-Kette unversehrt.
cli-verify-problem = Prüfung NICHT bestanden: Datenbank { $integrity }, Verschlüsselung { $cipher }, Fremdschlüssel { $fk }, Hash-Kette { $chain }.
cli-check-ok = in Ordnung
cli-check-failed = FEHLERHAFT
cli-seed-done = { $contacts } Kontakte, { $sites } Einsatzorte und { $persons } Personen erzeugt in { $seconds } s.

## Help texts (feldbuch --help)

cli-help-usage = Aufruf
cli-help-options = Optionen
cli-help-commands = Befehle
cli-help-flag = Hilfe anzeigen
cli-version-flag = Version anzeigen
cli-about = Feldbuch – verschlüsselte Dokumentation für die aufsuchende Sozialarbeit, ohne Netz.
cli-about-init = Feldbuch einrichten: Profil, Schlüssel und verschlüsselter Datenbestand; zeigt einmalig den Wiederherstellungsschlüssel.
cli-about-site = Einsatzorte verwalten.
cli-about-site-add = Einen Einsatzort anlegen.
cli-about-site-list = Einsatzorte auflisten.
cli-about-contact = Kontakte erfassen und ansehen.
cli-about-contact-add = Einen Kontakt erfassen.
cli-about-contact-list = Kontakte auflisten, wahlweise für einen Zeitraum.
cli-about-contact-show = Einen Kontakt anzeigen.
cli-about-contact-edit = Einen Kontakt ändern (gleiche Optionen wie beim Erfassen; nur Angegebenes ändert sich).
cli-about-contact-delete = Einen Kontakt löschen (hinterlässt einen Löschvermerk für den Austausch).
cli-about-verify = Datenbank, Verschlüsselung und Hash-Kette des Protokolls prüfen.
cli-about-seed = Den Datenbestand mit erfundenen Testdaten füllen (für Messungen und Vorführungen).
cli-arg-data-dir = Datenordner (Standard: der Datenordner des Systems, z. B. ~/.local/share/feldbuch)
cli-arg-lang = Sprache der Ausgaben: de, en, tr, ar, uk (Standard: die Einstellung der App)
cli-arg-passphrase-file = Passphrase aus dieser Datei lesen (oder FELDBUCH_PASSPHRASE setzen)
cli-arg-json = Ausgabe als JSON
cli-arg-init-name = Dein Name, wie dein Team dich sieht
cli-arg-initials = Dein Kürzel (nur Buchstaben, höchstens 4)
cli-arg-team = Dein Team
cli-arg-role = Rolle: worker (Fachkraft) oder lead (Teamleitung)
cli-arg-site-add-name = Name des Einsatzorts
cli-arg-site-add-kind = Art: kita, fruehe-hilfen, schule, arztpraxis, quartierszentrum, beratungsstelle, jobcenter, oeffentlicher-raum, sonstiges
cli-arg-district = Stadtteil oder Quartier
cli-arg-site = Einsatzort (Name oder ID)
cli-arg-kind = Kontaktart: erstkontakt, folgekontakt, beratung, begleitung, kurzkontakt, telefonat, gruppenangebot, netzwerkkontakt
cli-arg-date = Datum JJJJ-MM-TT (Standard: heute)
cli-arg-start = Beginn HH:MM
cli-arg-duration = Dauer in Minuten
cli-arg-anonymous = Zahl der anonym erreichten Personen
cli-arg-age-band = Altersgruppe der anonymen Personen: unter-18, 18-29, 30-54, 55-64, ab-65, unbekannt
cli-arg-gender = Geschlecht der anonymen Personen: weiblich, maennlich, divers, keine-angabe
cli-arg-topic = Thema (mehrfach möglich): einsamkeit, wohnen, arbeit, gesundheit, finanzen, familie, sprache, behoerden, freizeit, sonstiges
cli-arg-contact-edit-topic = Thema (mehrfach möglich); ersetzt alle bisherigen Themen
cli-arg-note = Vertrauliche Notiz
cli-arg-contact-edit-note = Vertrauliche Notiz; eine leere Notiz löscht sie
cli-arg-followup = Wiedervorlage am JJJJ-MM-TT
cli-arg-contact-add-json = Den gespeicherten Kontakt als JSON ausgeben
cli-arg-contact-edit-json = Den geänderten Kontakt als JSON ausgeben
cli-arg-from = Von Datum JJJJ-MM-TT
cli-arg-to = Bis Datum JJJJ-MM-TT
cli-arg-id = ID des Kontakts
cli-arg-contacts = Zahl der Kontakte
cli-arg-sites = Zahl der Einsatzorte
cli-arg-persons = Zahl der Personen
cli-arg-years = Über so viele Jahre bis heute verteilen
cli-arg-seed = Startwert des Zufallsgenerators (gleicher Wert, gleiche Daten)
