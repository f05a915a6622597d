# Feldbuch – Dokumente für Klientinnen und Klienten und für die Zentrale: was Feldbuch als Datei
# schreibt (Einwilligungsbestätigung, Anwesenheitsliste, Stammblatt als PDF, die Auskunft), wohin
# der Speichern-Dialog des Systems es legt, und „Im Ordner zeigen“ danach. Die Texte in den
# PDF-Dateien selbst stehen in print.ftl.

## Allgemein: nach dem Schreiben einer Datei

doc-show-in-folder = Im Ordner zeigen

## Personenakte: Einwilligungen

doc-consent-print = Bestätigung drucken …
doc-consent-locale-label = Sprache der Bestätigung
doc-consent-locale-hint = Die Bestätigung steht zuerst auf Deutsch, danach in dieser Sprache. Vorgewählt ist die erste Sprache der Person, die Feldbuch kennt.
doc-consent-save-title = Bestätigung der Einwilligung als PDF speichern
doc-consent-printed = Bestätigung gespeichert unter:

## Personenakte: Stammblatt (ESF Plus)

doc-stammblatt-heading = Stammblatt (ESF Plus)
doc-stammblatt-hint = Die Angaben beim Eintritt und beim Austritt als PDF, zum Prüfen und Unterschreiben.
doc-stammblatt-print = Stammblatt drucken …
doc-stammblatt-save-title = Stammblatt als PDF speichern
doc-stammblatt-printed = Stammblatt gespeichert unter:

## Personenakte: Auskunft in einem gewählten Format

doc-auskunft-save-heading = Auskunft speichern unter …
doc-auskunft-save-hint = Wähle Format und Sprache; danach fragt Feldbuch, wohin die Datei soll. Der Vorgang wird protokolliert.
doc-auskunft-format-label = Format
doc-auskunft-format-text = Text (.txt)
doc-auskunft-format-json = JSON (.json, maschinenlesbar)
doc-auskunft-format-pdf = PDF (.pdf, zum Ausdrucken)
doc-auskunft-locale-label = Sprache der Auskunft
doc-auskunft-save-as = Speichern unter …
doc-auskunft-save-title = Auskunft speichern

## Gruppenangebote: Anwesenheitsliste

doc-attendance-print = Anwesenheitsliste …
doc-attendance-save-title = Anwesenheitsliste als PDF speichern
doc-attendance-printed = Anwesenheitsliste gespeichert unter:
