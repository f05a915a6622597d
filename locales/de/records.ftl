# Feldbuch – Einträge korrigieren: Kontakte, Gruppenangebote, Vermittlungen, Wiedervorlagen und
# Personenakten, dort, wo sie aufgelistet sind (Verlauf, Heute, Gruppenangebote, Personenakte).

## Allgemein

rec-edit = Bearbeiten
rec-save = Änderungen speichern
rec-cancel = Abbrechen
rec-date-hint = Format JJJJ-MM-TT, z. B. 2026-03-05; kein Tag in der Zukunft
rec-time-hint = HH:MM; leer lassen für ohne Uhrzeit
rec-site-archived = { $name } (archiviert)
rec-partner-archived = { $name } (archiviert)
rec-service-archived = { $name } (archiviert)
rec-person-unknown = (Person nicht mehr vorhanden)

## Kontakt korrigieren (Verlauf, Heute, Personenakte)

rec-contact-edit-heading = Kontakt vom { $date } bei { $site } bearbeiten
rec-contact-edit-hint = Gespeichert wird nur, was du änderst. Strg+Eingabe speichert, Esc bricht ab.
rec-contact-saved = Kontakt geändert.

## Kontakt: anonyme Personen in mehreren Gruppen (Schnellerfassung und Korrektur)

rec-group-legend = Gruppe { $number }
rec-group-count = Anzahl
rec-group-add = Weitere Gruppe hinzufügen
rec-group-add-hint = Für anonyme Personen verschiedener Altersgruppen oder Geschlechter, z. B. eine Mutter mit zwei Kindern.
rec-group-remove = Entfernen
rec-group-remove-label = Entfernen: Gruppe { $number }

## Gruppenangebote korrigieren und archivieren

rec-activity-edit-heading = „{ $title }“ bearbeiten
rec-activity-saved = Gruppenangebot „{ $title }“ geändert.
rec-archive = Archivieren
rec-unarchive = Aus dem Archiv holen
rec-archived = archiviert

## Personenakte: Vermittlungen und Wiedervorlagen korrigieren

rec-referral-edit-heading = Vermittlung an „{ $partner }“ bearbeiten
rec-referral-saved = Vermittlung geändert.
rec-followup-reschedule = Verschieben
rec-followup-rescheduled = Wiedervorlage verschoben auf { $date }.
rec-followup-reopen = Wieder öffnen

## Personenakte: Angaben zur Person korrigieren

rec-person-edit = Angaben korrigieren
rec-person-edit-heading = Angaben zu „{ $pseudonym }“ korrigieren
rec-person-edit-hint = Gespeichert wird nur, was du änderst; ein geleertes Feld löscht die Angabe. Strg+Eingabe speichert, Esc bricht ab.
rec-person-saved = Angaben zur Person geändert.

## Personenakte: abschließen und wieder öffnen

rec-case-heading = Abschluss der Akte
rec-case-open = Wenn die Begleitung endet, schließe die Akte ab. Sie bleibt erhalten und lässt sich wieder öffnen.
rec-case-close = Akte abschließen …
rec-case-close-hint = Die Akte wird mit diesem Tag abgeschlossen. Der Grund ist freiwillig.
rec-case-close-date = Abgeschlossen am
rec-case-close-reason = Grund (optional)
rec-case-close-save = Akte abschließen
rec-case-closed-done = Akte abgeschlossen.
rec-case-closed-hint = Die Akte ist abgeschlossen. Geht die Begleitung weiter, öffne sie wieder.
rec-case-reopen = Akte wieder öffnen
rec-case-reopened = Akte wieder geöffnet.
rec-case-reason = Grund des Abschlusses

## Personenakte: Austritt aus dem Programm (ESF Plus)

rec-exit-hint = Beim Austritt erfasst du die gemeinsamen Ergebnisindikatoren des ESF Plus. Was du nicht weißt, bleibt „nicht erfasst“.
rec-exit-date = Austritt am
rec-exit-unset = nicht erfasst
rec-exit-save = Austritt speichern
rec-exit-change = Austritt ändern
rec-exit-saved = Austritt gespeichert.
qe-topics-hint = Mit den Pfeiltasten zwischen den Themen wechseln, mit der Leertaste wählen.
rec-timeline-shown = { $shown } von { $total } Kontakten, die neuesten zuerst.
rec-timeline-all = Alle Kontakte zeigen
