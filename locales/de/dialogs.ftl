# Feldbuch – Dateien und Ordner wählen: Jeder Pfad wird im Dialog des Systems gewählt, nie
# eingetippt (Austausch, Einstellungen, Berichte). Die Titel erscheinen in der Titelleiste des
# Dialogs, die Filter in seiner Auswahl der Dateitypen.

## Allgemein

dlg-no-folder = Noch kein Ordner gewählt
dlg-no-file = Noch keine Datei gewählt
dlg-file-required = Wähle zuerst eine Datei.
dlg-filter-bundles = Exportpakete (*.age)
dlg-filter-enrolment = Anmeldedateien (*.json)
dlg-filter-xlsx = Excel-Arbeitsmappen (*.xlsx)
dlg-filter-pdf = PDF-Dokumente (*.pdf)
dlg-filter-text = Textdateien (*.txt)
dlg-filter-json = JSON-Dateien (*.json)

## Austausch und Einstellungen: Exportordner

dlg-export-folder-choose = Exportordner wählen …
dlg-export-folder-title = Exportordner wählen
dlg-export-folder-hint = Zum Beispiel ein Ordner auf einem USB-Stick oder einem Netzlaufwerk. Der gewählte Ordner wird sofort gespeichert.

## Austausch: geheimer Schlüssel der Zentrale

dlg-office-identity-label = Schlüsseldatei der Zentrale
dlg-office-identity-choose = Schlüsseldatei wählen …
dlg-office-identity-title = Schlüsseldatei der Zentrale wählen

## Austausch: Gerät anmelden

dlg-enrol-label = Anmeldedatei
dlg-enrol-choose = Anmeldedatei wählen …
dlg-enrol-title = Anmeldedatei eines Geräts wählen

## Austausch: Exportpakete einlesen

dlg-import-label = Gewählte Exportpakete und Ordner
dlg-import-none = Noch nichts gewählt.
dlg-import-required = Wähle mindestens ein Exportpaket oder einen Ordner.
dlg-import-choose-files = Exportpakete wählen …
dlg-import-choose-folder = Ordner wählen …
dlg-import-files-title = Exportpakete zum Einlesen wählen
dlg-import-folder-title = Ordner mit Exportpaketen wählen
dlg-import-remove = Entfernen
dlg-import-remove-label = Entfernen: { $name }

## Berichte

dlg-report-save-as = Speichern unter …
dlg-report-save-title = Bericht als XLSX speichern
dlg-office-bundle-label = Paket der Zentrale
dlg-office-bundle-choose = Paket wählen …
dlg-office-bundle-title = Paket der Zentrale wählen
