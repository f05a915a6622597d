# Feldbuch – Einsatzorte & Partner: ansehen, korrigieren, archivieren; dazu das eigene Profil
# in den Einstellungen. Begriffe für Arten und Stände stehen in common.ftl.

## Einsatzorte & Partner: Verzeichnis

dir-archived = archiviert
dir-archive-heading = Archiv
dir-all-archived = Alle Einträge sind archiviert: Du findest sie im Archiv.
dir-close = Schließen
dir-address = Adresse
dir-contact-person = Ansprechperson

## Einsatzorte & Partner: Angaben korrigieren

dir-edit-heading = Angaben bearbeiten
dir-save = Änderungen speichern
dir-saved = Änderungen gespeichert.
dir-unchanged = Nichts geändert.
dir-cancel = Abbrechen

## Einsatzorte & Partner: archivieren und zurückholen

dir-archive = Archivieren
dir-unarchive = Aus dem Archiv holen
dir-archived-status = „{ $name }“ ist archiviert.
dir-unarchived-status = „{ $name }“ ist wieder in Gebrauch.
dir-site-archive-hint = Archivierte Einsatzorte erscheinen in keiner Auswahl und keiner Besuchsplanung mehr; ihre Kontakte bleiben im Verlauf und in den Berichten.
dir-partner-archive-hint = An archivierte Partner kann nicht mehr vermittelt werden; ihre bisherigen Vermittlungen bleiben in den Personenakten und Berichten.

## Einsatzorte: Besuchszeiten und Kontakte eines Einsatzorts

dir-slots-none = Für diesen Einsatzort sind keine regelmäßigen Besuchszeiten eingetragen.
dir-slots-archived = Die Besuchszeiten eines archivierten Einsatzorts ruhen, bis du ihn aus dem Archiv holst.
dir-slot-edit = Ändern
dir-slot-edit-label = Besuchszeit bei { $site } ändern
dir-slot-save = Besuchszeit speichern
dir-slot-saved = Besuchszeit geändert.
dir-months-heading = Kontakte pro Monat
dir-months-empty = An diesem Einsatzort sind noch keine Kontakte erfasst.
dir-month = Monat
dir-contacts = Kontakte
dir-minutes = Minuten
dir-total = Gesamt

## Netzwerkpartner: Angebote und Vermittlungen

dir-services-empty = Noch keine Angebote.
dir-service-add-label = Neues Angebot
dir-service-add = Angebot hinzufügen
dir-service-added = Angebot „{ $name }“ hinzugefügt.
dir-service-rename = Umbenennen
dir-service-rename-label = Neuer Name für „{ $name }“
dir-service-rename-save = Namen speichern
dir-service-renamed = Das Angebot heißt jetzt „{ $name }“.
dir-referrals-heading = Vermittlungen an diesen Partner
dir-referrals-empty = Noch keine Vermittlungen an diesen Partner.
dir-referral-created = Angelegt am
dir-referral-person = Person

## Einstellungen: Profil bearbeiten

profile-edit-heading = Profil bearbeiten
profile-edit-hint = Name, Kürzel und Team stehen in deinen Exporten: Die Zentrale sieht eine Änderung mit dem nächsten Export.
profile-team-label = Team (optional)
profile-save = Profil speichern
profile-saved = Profil gespeichert.
