## Errors. The id is the `code` that crosses the IPC and that the CLI prints.

error-internal = Ein interner Fehler ist aufgetreten. Es wurde nichts geändert.
error-io = Eine Datei oder ein Ordner ist nicht zugänglich ({ $kind }). Es wurde nichts geändert.
error-not-initialised = Feldbuch ist hier noch nicht eingerichtet. Richte es zuerst ein (App starten oder „feldbuch init“).
error-already-initialised = Feldbuch ist hier bereits eingerichtet.
error-wrong-passphrase = Die Passphrase ist falsch.
error-wrong-recovery-key = Der Wiederherstellungsschlüssel passt nicht zu diesem Datenbestand.
error-malformed-recovery-key = Das ist kein gültiger Wiederherstellungsschlüssel (13 Gruppen zu je 4 Zeichen).
error-keyring-unavailable = Der Schlüsselbund des Systems ist nicht erreichbar. Feldbuch bewahrt seinen Schlüssel nur dort auf und öffnet ohne ihn nichts.
error-keyring-locked = Der Schlüsselbund des Systems ist gesperrt. Entsperre ihn (Anmeldung am Rechner) und versuche es erneut.
error-keyring-entry-missing = Im Schlüsselbund fehlt der Eintrag dieses Datenbestands. Entsperre mit dem Wiederherstellungsschlüssel.
error-locked = Feldbuch ist gesperrt. Bitte entsperren.
error-cancelled = Abgebrochen. Es wurde nichts Halbes gespeichert.
error-store-unreadable = Der Datenbestand lässt sich mit diesem Schlüssel nicht lesen oder ist beschädigt.
error-key-file-damaged = Die Schlüsseldatei ist beschädigt.
error-schema-too-new = Dieser Datenbestand stammt von einer neueren Feldbuch-Version (Schema { $found }, diese Version kennt { $known }).
error-forbidden = Dafür fehlt dir die Berechtigung.
error-verify-failed = Die Prüfung ist fehlgeschlagen.
error-usage = Ungültiger Aufruf: { $detail }
error-passphrase-required = Keine Passphrase angegeben: setze FELDBUCH_PASSPHRASE, nutze --passphrase-file oder starte im Terminal.
error-passphrase-file = Die Passphrasen-Datei lässt sich nicht lesen.
error-passphrase-too-short = Die Passphrase braucht mindestens { $min } Zeichen.
error-passphrase-too-long = Die Passphrase darf höchstens { $max } Zeichen haben.
error-passphrase-mismatch = Die beiden Passphrasen stimmen nicht überein.
error-invalid-id = „{ $value }“ ist keine gültige ID.
error-invalid-site-kind = „{ $value }“ ist keine bekannte Art von Einsatzort.
error-invalid-contact-kind = „{ $value }“ ist keine bekannte Kontaktart.
error-invalid-topic = „{ $value }“ ist kein bekanntes Thema.
error-invalid-age-band = „{ $value }“ ist keine bekannte Altersgruppe.
error-invalid-gender = „{ $value }“ ist keine bekannte Geschlechtsangabe.
error-invalid-role = „{ $value }“ ist keine bekannte Rolle.
error-invalid-locale = „{ $value }“ ist keine verfügbare Sprache.
error-invalid-initials = Das Kürzel „{ $value }“ darf nur Buchstaben enthalten.
error-text-required = { $field ->
    [name] Der Name
    [initials] Das Kürzel
    [team] Das Team
    [district] Der Stadtteil
    [note] Die Notiz
    [site] Der Einsatzort
    [pseudonym] Das Pseudonym
    [real-name] Der echte Name
    [contact-info] Die Kontaktangabe
    [title] Der Titel
    [service] Das Angebot
    [address] Die Adresse
    [contact-person] Die Ansprechperson
    [what] Die Beschreibung
    [reason] Der Grund
    [query] Die Suche
   *[other] Das Feld
} darf nicht leer sein.
error-text-too-long = { $field ->
    [name] Der Name
    [initials] Das Kürzel
    [team] Das Team
    [district] Der Stadtteil
    [note] Die Notiz
    [site] Der Einsatzort
    [pseudonym] Das Pseudonym
    [real-name] Der echte Name
    [contact-info] Die Kontaktangabe
    [title] Der Titel
    [service] Das Angebot
    [address] Die Adresse
    [contact-person] Die Ansprechperson
    [what] Die Beschreibung
    [reason] Der Grund
    [query] Die Suche
   *[other] Der Text
} ist zu lang (höchstens { $max } Zeichen).
error-text-invalid = { $field ->
    [name] Der Name
    [initials] Das Kürzel
    [team] Das Team
    [district] Der Stadtteil
    [note] Die Notiz
    [site] Der Einsatzort
    [pseudonym] Das Pseudonym
    [real-name] Der echte Name
    [contact-info] Die Kontaktangabe
    [title] Der Titel
    [service] Das Angebot
    [address] Die Adresse
    [contact-person] Die Ansprechperson
    [what] Die Beschreibung
    [reason] Der Grund
    [query] Die Suche
   *[other] Der Text
} enthält unzulässige Steuerzeichen.
error-invalid-date = „{ $value }“ ist kein gültiges Datum (JJJJ-MM-TT).
error-date-in-future = Das Datum { $value } liegt in der Zukunft.
error-invalid-time = „{ $value }“ ist keine gültige Uhrzeit (HH:MM).
error-invalid-duration = Die Dauer muss zwischen { $min } und { $max } Minuten liegen (angegeben: { $value }).
error-invalid-anonymous-count = Die Zahl anonymer Personen muss zwischen { $min } und { $max } liegen (angegeben: { $value }).
error-anonymous-details-without-count = Altersgruppe und Geschlecht gelten nur für anonyme Personen: gib deren Zahl an.
error-invalid-anonymous-group = „{ $value }“ ist keine Gruppe: Anzahl, dann Altersgruppe und Geschlecht, z. B. 2:unter-18:weiblich.
error-anonymous-groups-and-details = Geben Sie Altersgruppe und Geschlecht in den Gruppen an, nicht daneben.
error-anonymous-count-mismatch = Die Gruppen ergeben { $sum } Personen, die Anzahl sagt { $count }.
error-follow-up-before-contact = Die Wiedervorlage ({ $value }) liegt vor dem Kontakt.
error-invalid-range = Der Zeitraum ist ungültig: { $from } liegt nach { $to }.
error-invalid-auto-lock = Die automatische Sperre muss zwischen { $min } und { $max } Minuten liegen (angegeben: { $value }).
error-site-exists = Einen Einsatzort „{ $name }“ gibt es schon.
error-site-not-found = Kein Einsatzort „{ $value }“ gefunden.
error-contact-not-found = Kein Kontakt mit der ID { $id } gefunden.
error-invalid-marker = „{ $value }“ ist kein bekanntes Merkmal.
error-invalid-consent-scope = „{ $value }“ ist kein bekannter Umfang einer Einwilligung.
error-invalid-consent-form = „{ $value }“ ist keine bekannte Form einer Einwilligung (schriftlich oder mündlich).
error-invalid-birth-year = Das Geburtsjahr muss zwischen { $min } und { $max } liegen (angegeben: { $value }).
error-invalid-language = „{ $value }“ ist kein Sprachkürzel (zwei oder drei Kleinbuchstaben, z. B. de, tr, ar).
error-consent-required = Echter Name und Kontaktdaten dürfen nur mit einer Einwilligung zur Dokumentation gespeichert werden.
error-person-not-found = Keine Person mit der ID { $id } gefunden.
error-consent-not-found = Keine Einwilligung mit der ID { $id } gefunden.
error-consent-already-withdrawn = Diese Einwilligung wurde bereits widerrufen.
error-invalid-withdrawal-date = Der Widerruf am { $value } liegt vor der Einwilligung oder in der Zukunft.
error-too-many-persons = Ein Kontakt kann höchstens { $max } Personen verknüpfen.
error-person-needs-consent = „{ $pseudonym }“ hat keine Einwilligung zur Dokumentation und kann nur anonym gezählt werden.
error-consent-needs-partner = Eine Einwilligung zur Weitergabe gilt für einen bestimmten Partner: gib ihn an.
error-consent-partner-only-forwarding = Ein Partner gehört nur zu einer Einwilligung zur Weitergabe.
error-invalid-partner-kind = „{ $value }“ ist keine bekannte Art von Partner.
error-partner-exists = Einen Partner „{ $name }“ gibt es schon.
error-partner-not-found = Kein Partner „{ $value }“ gefunden.
error-service-exists = Das Angebot „{ $name }“ gibt es bei diesem Partner schon.
error-service-not-found = „{ $partner }“ hat kein Angebot „{ $value }“.
error-too-many-services = Ein Partner kann höchstens { $max } Angebote haben.
error-invalid-weekday = Der Wochentag muss zwischen { $min } (Montag) und { $max } (Sonntag) liegen (angegeben: { $value }).
error-slot-end-before-start = Die Besuchszeit endet ({ $end }) nicht nach ihrem Beginn ({ $start }).
error-slot-not-found = Keine Besuchszeit mit der ID { $id } gefunden.
error-invalid-referral-status = „{ $value }“ ist kein bekannter Stand einer Vermittlung.
error-referral-not-found = Keine Vermittlung mit der ID { $id } gefunden.
error-referral-needs-person-or-contact = Eine Vermittlung braucht eine Person oder einen Kontakt, aus dem sie kommt.
error-referral-status-step = Eine Vermittlung kann nicht von „{ $from }“ zu „{ $to }“ wechseln.
error-referral-status-date = Das Datum { $value } liegt vor dem letzten Stand der Vermittlung.
error-invalid-activity-kind = „{ $value }“ ist keine bekannte Art von Gruppenangebot.
error-activity-not-found = Kein Gruppenangebot mit der ID { $id } gefunden.
error-invalid-volunteers-count = Die Zahl der Ehrenamtlichen muss zwischen { $min } und { $max } liegen (angegeben: { $value }).
error-too-many-attendees = Ein Gruppenangebot kann höchstens { $max } angemeldete Personen verknüpfen; zähle weitere anonym.
error-too-many-co-facilitators = Ein Gruppenangebot kann höchstens { $max } Kolleg:innen als Mitwirkende nennen.
error-co-facilitator-unknown = Diese Kollegin oder dieser Kollege ist auf diesem Gerät nicht bekannt: { $id }
error-followup-not-found = Keine Wiedervorlage mit der ID { $id } gefunden.
error-followup-already-done = Diese Wiedervorlage ist schon erledigt.
error-partner-archived = Der Partner „{ $name }“ ist archiviert: Holen Sie ihn erst aus dem Archiv.
error-service-archived = Das Angebot „{ $name }“ ist archiviert: Holen Sie es erst aus dem Archiv.
error-followup-not-done = Diese Wiedervorlage ist noch offen.
error-invalid-outcome = „{ $value }“ ist kein bekanntes Ergebnis.
error-invalid-employment = „{ $value }“ ist kein bekannter Erwerbsstatus.
error-invalid-education = „{ $value }“ ist keine bekannte Bildungsstufe (isced-0-2, isced-3-4, isced-5-8).
error-invalid-household = „{ $value }“ ist keine bekannte Haushaltssituation.
error-participant-needs-consent = „{ $pseudonym }“ hat keine Einwilligung zur Teilnehmendenmeldung.
error-not-a-participant = „{ $pseudonym }“ ist nicht als Teilnehmende:r eingetragen.
error-exit-before-entry = Der Austritt am { $value } liegt vor dem Eintritt.
error-person-already-closed = Diese Personenakte ist schon abgeschlossen.
error-search-no-words = Die Suche enthält kein Wort.
error-search-too-many-words = Die Suche darf höchstens { $max } Wörter haben.
error-invalid-draft = Der Entwurf ist ungültig und wurde nicht gespeichert.
error-invalid-retention-category = „{ $value }“ ist keine bekannte Aufbewahrungskategorie.
error-invalid-retention-years = Die Aufbewahrungsfrist muss zwischen { $min } und { $max } Jahren liegen (angegeben: { $value }).
error-retention-no-period = Für „{ $category }“ ist keine Aufbewahrungsfrist festgelegt.
error-confirm-required = Das löscht endgültig: Bestätigen Sie mit --yes.
error-revoke-confirm-required = Eine Sperre gilt für immer: Von diesem Gerät wird danach nichts mehr eingelesen. Bestätigen Sie mit --yes.
error-file-exists = Die Datei { $path } gibt es schon; sie wird nicht überschrieben.
error-invalid-format = „{ $value }“ ist kein bekanntes Format (text oder json).
error-retention-years-or-none = Gib entweder --years oder --none an.

# Exchange with the central office
error-bundle-malformed = Die Datei ist kein gültiges Feldbuch-Exportpaket (Fehler in: { $detail }).
error-bundle-bad-signature = Die Signatur des Exportpakets passt nicht zum angemeldeten Gerät: Das Paket wurde verändert oder stammt von einem anderen Gerät.
error-bundle-too-large = Das Exportpaket ist größer als erlaubt und wird nicht gelesen.
error-bundle-not-a-bundle = Die Datei ist kein verschlüsseltes Feldbuch-Exportpaket.
error-bundle-foreign = Das Exportpaket ist nicht für den Schlüssel dieser Zentrale verschlüsselt.
error-bundle-damaged = Das Exportpaket ist beschädigt oder unvollständig.
error-bundle-hash-mismatch = Der Inhalt des Exportpakets passt nicht zu seiner Prüfsumme: Es wurde verändert.
error-bundle-version = Das Exportpaket hat das Format { $version }, das diese Version von Feldbuch nicht kennt.
error-enrolment-malformed = Die Datei ist keine gültige Geräte-Anmeldung von Feldbuch.
error-enrolment-bad-signature = Die Geräte-Anmeldung wurde verändert: Ihre Signatur stimmt nicht.
error-office-key-unreadable = In { $path } steht kein Schlüssel der Zentrale.
error-office-recipient-invalid = Das ist kein öffentlicher Schlüssel der Zentrale (er beginnt mit „age1“).
error-export-no-office = Für den Export fehlt der öffentliche Schlüssel der Zentrale.
error-export-no-folder = Für den Export ist kein Ordner eingestellt.
error-export-folder-invalid = Der Exportordner ist ungültig.
error-enrolment-key-changed = Dieses Gerät ist schon mit einem anderen Schlüssel angemeldet. Ein ersetztes Gerät meldet sich neu an.
error-enrolment-fingerprint-changed = Die Anmeldedatei hat jetzt eine andere Prüfnummer als die, die Sie verglichen haben. Nichts wurde angemeldet: Prüfen Sie die Datei erneut.
error-device-revoked = Das Gerät von { $initials } wurde am { $date } gesperrt: Von ihm wird nichts mehr eingelesen, und es kann nicht neu angemeldet werden. Ein Ersatzgerät meldet sich als neues Gerät an.
error-device-not-enrolled = Dieses Gerät ist hier nicht angemeldet.
error-on-or-off = „{ $value }“ geht nicht: nur on oder off.
error-bundle-unknown-device = Das Exportpaket kommt von einem Gerät, das hier nicht angemeldet ist ({ $initials }). Melden Sie das Gerät zuerst mit seiner Anmeldedatei an.
error-bundle-already-imported = Das Exportpaket { $sequence } von { $initials } wurde schon eingelesen; es ändert nichts.
error-bundle-replay = Unter der Nummer { $sequence } von { $initials } wurde schon ein anderes Paket eingelesen: Dieses wird abgelehnt.
error-bundle-gap = Von { $initials } fehlen Exportpakete: erwartet wird Nummer { $expected }, dies ist Nummer { $found }. Lesen Sie die fehlenden zuerst ein oder bestätigen Sie, dass Sie die Lücke in Kauf nehmen.
error-bundle-worker-mismatch = Das Exportpaket nennt eine andere Fachkraft als die, für die das Gerät angemeldet ist ({ $initials }): Es wird abgelehnt.
error-bundle-not-owner = Das Exportpaket will einen Datensatz ändern, der nicht von seinem Gerät stammt ({ $entity }): Ein Gerät schreibt nur, was es selbst angelegt hat. Das ganze Paket wird abgelehnt.
error-bundle-invalid-value = Das Exportpaket enthält einen ungültigen Wert ({ $field }): Es wird abgelehnt.
error-enrolment-worker-taken = Diese Fachkraft ist schon mit einem anderen Gerät angemeldet: Eine Anmeldung darf keine fremde Kennung übernehmen.
error-invalid-quarter = „{ $value }“ ist kein Quartal (z. B. 2026-Q3).
error-invalid-period = Der Zeitraum { $from } bis { $to } ist ungültig: Das Ende darf nicht vor dem Anfang liegen, und er darf höchstens drei Jahre umfassen.
error-invalid-k = Die Mindestfallzahl muss zwischen { $min } und { $max } liegen (angegeben: { $value }).

error-invalid-export-schedule = „{ $value }“ ist kein Exportrhythmus (weekly, monthly oder quarterly).
error-file-unreadable = Die Datei { $file } kann nicht gelesen werden.
error-recovery-key-required = Gib den Wiederherstellungsschlüssel an (FELDBUCH_RECOVERY_KEY, --key-file oder im Terminal).
error-office-identity-missing = Auf diesem Gerät ist kein Schlüssel der Zentrale hinterlegt. Hinterlegen Sie zuerst die Schlüsseldatei der Zentrale.
error-import-no-bundles = Keine Exportpakete (*.age) gefunden.
error-import-some-refused = { $refused } von { $total } Dateien wurden abgelehnt; alle anderen sind eingelesen.
error-path-invalid = Bitte einen Pfad (Datei oder Ordner) angeben.
error-request-invalid = Die Anfrage passt nicht zu diesem Befehl; es wurde nichts geändert. ({ $detail })
error-disk-full = Der Speicherplatz ist voll. Es wurde nichts geändert. Schaffen Sie Platz und versuchen Sie es noch einmal.
error-read-only = Hier kann nicht geschrieben werden (schreibgeschützt). Es wurde nichts geändert.
error-backup-unknown = Eine Sicherung „{ $file }“ gibt es nicht.
error-backup-damaged = Diese Sicherung ist beschädigt oder gehört nicht zu diesem Datenbestand. Es wurde nichts geändert.
error-backup-running = Eine Sicherung läuft bereits.
error-import-running = Ein Import läuft bereits.
error-seed-confirm = „seed“ schreibt erfundene Einsatzorte, Personen und Kontakte in diesen Datenbestand. Sie würden exportiert und im Bericht gezählt und lassen sich nicht mehr von echten trennen. Nur für Mess- und Übungsbestände: bestätige mit --yes.
error-not-written-here = Feldbuch zeigt nur Dateien im Ordner, die es selbst geschrieben hat.
error-show-in-folder-failed = Der Ordner ließ sich nicht öffnen ({ $detail }).

## Office bundles (lead → devices)
error-office-no-recipients = Noch kann kein angemeldetes Gerät ein Paket der Zentrale empfangen. Melden Sie die Geräte des Teams zuerst an; Geräte, die mit einer älteren Feldbuch-Version angemeldet wurden, melden sich neu an.
error-office-not-office = Diese Datei ist kein Paket der Zentrale.
error-office-bundle-own = Dieses Paket der Zentrale wurde auf diesem Gerät veröffentlicht.
error-office-signer-changed = Dieses Paket der Zentrale ist mit einem anderen Schlüssel unterschrieben als die bisherigen Ihrer Zentrale. Es wird nicht übernommen; fragen Sie Ihre Teamleitung.
error-office-fingerprint-mismatch = Der Schlüssel dieses Pakets der Zentrale hat den Fingerabdruck { $fingerprint }, nicht den eingegebenen. Es wird nicht übernommen; fragen Sie Ihre Teamleitung.
error-office-already-received = Das Paket der Zentrale Nummer { $sequence } ist hier schon übernommen.
error-office-bundle-old = Das Paket der Zentrale Nummer { $sequence } ist älter als das hier schon übernommene (Nummer { $last }); es würde Neueres zurücksetzen.
error-directory-office-entry = Dieser Eintrag stammt aus dem Verzeichnis der Zentrale; ändern kann ihn nur die Teamleitung.
error-office-fingerprint-required = Dies ist das erste Paket der Zentrale auf diesem Gerät: Geben Sie den Fingerabdruck des Schlüssels der Teamleitung ein, wie sie ihn vorliest – damit niemand sonst ein Paket als das der Zentrale ausgeben kann.
error-district-invalid = „{ $name }“ ist kein Name für einen Stadtteil.
error-district-exists = Den Stadtteil gibt es schon: { $name }.
error-too-many-districts = Die Liste hat schon { $max } Stadtteile.
error-district-unknown = Den Stadtteil „{ $name }“ kennt die Liste der Zentrale nicht. Wählen Sie einen aus der Liste oder bitten Sie die Teamleitung, ihn aufzunehmen.
error-programme-exists = Das Programm gibt es schon: { $name }.
error-too-many-programmes = Es gibt schon { $max } Programme.
error-programme-unknown = Ein Programm „{ $name }“ gibt es hier nicht.
error-site-merge-invalid = „{ $name }“ lässt sich nicht mit „{ $into }“ zusammenführen: derselbe Einsatzort, oder einer von beiden ist schon zusammengeführt oder archiviert.
error-person-handed-over = Diese Person wurde von der Teamleitung an eine Kollegin oder einen Kollegen übergeben; hier bleibt sie nur lesbar, für die eigenen Kontakte.
error-handover-same-device = Die Person liegt schon auf diesem Gerät.
error-handover-volunteer = An das Gerät einer oder eines Ehrenamtlichen werden keine Fälle übergeben.
error-handover-revoked = Dieses Gerät ist gesperrt; an es wird nichts übergeben.
error-conflict-not-found = Zu { $id } gibt es keinen offenen Konflikt.
error-conflict-no-version = Vom Gerät { $device } gibt es keine Fassung dieses Eintrags.
error-conflict-erased = Diese Fassung ist eine Löschung; löschen kann nur das Gerät, das die Person jetzt führt.
error-link-initials = Initialen: 2 oder 3 Buchstaben, z. B. „AK“.
error-link-no-secret = Für die Zählung im Team fehlt noch der Schlüssel: Er kommt mit dem Paket der Zentrale.
error-link-match = { $matches } Person(en) mit denselben Angaben kennt das Team schon. Nur verknüpfen, wenn es dieselbe Person ist (mit --confirm).
error-partner-merge-invalid = „{ $name }“ lässt sich nicht mit „{ $into }“ zusammenführen: derselbe Partner, oder einer von beiden ist schon zusammengeführt oder archiviert.
error-vocab-kind = „{ $kind }“ ist kein Vokabular, das sich erweitern lässt: site-kind, contact-kind, topic, activity-kind, partner-kind, outcome oder marker.
error-vocab-id = „{ $id }“ taugt nicht als Kennung: 2 bis 40 Kleinbuchstaben, Ziffern oder Bindestriche, z. B. „notunterkunft“.
error-vocab-built-in = „{ $id }“ ist schon eingebaut.
error-vocab-parent = Für „{ $id }“ fehlt der eingebaute Eintrag, den es verfeinert (--parent; eine Kontaktart braucht ihn), oder er passt nicht zu diesem Vokabular (ein Merkmal nimmt keinen).
error-vocab-label = Es fehlt eine Bezeichnung (eine Zeile, höchstens 80 Zeichen) für die Sprache { $locale }; jede Erweiterung braucht sie in de, en, tr, ar und uk.
error-vocab-exists = „{ $id }“ gibt es in diesem Vokabular schon.
error-vocab-too-many = Ein Vokabular nimmt höchstens { $max } eigene Einträge auf.
error-vocab-unknown = „{ $id }“ ist in { $kind } weder eingebaut noch vom Programm hinzugefügt.
