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
