# Feldbuch – documents for clients and for the central office: what Feldbuch writes as a file
# (consent receipt, attendance list, participant sheet as PDF, the access report), where the
# system's save dialog puts it, and "Show in folder" afterwards. The texts inside the PDF files
# are in print.ftl.

## General: after a file was written

doc-show-in-folder = Show in folder

## Person record: consents

doc-consent-print = Print receipt …
doc-consent-locale-label = Language of the receipt
doc-consent-locale-hint = The receipt is in German first, then in this language. Preselected is the first of the person's languages that Feldbuch knows.
doc-consent-save-title = Save the consent receipt as PDF
doc-consent-printed = Receipt saved as:

## Person record: participant sheet (ESF Plus)

doc-stammblatt-heading = Participant sheet (ESF Plus)
doc-stammblatt-hint = The data at entry and at exit as PDF, to check and sign.
doc-stammblatt-print = Print participant sheet …
doc-stammblatt-save-title = Save the participant sheet as PDF
doc-stammblatt-printed = Participant sheet saved as:

## Person record: access report in a chosen format

doc-auskunft-save-heading = Save access report as …
doc-auskunft-save-hint = Choose the format and language; Feldbuch then asks where the file should go. This is logged.
doc-auskunft-format-label = Format
doc-auskunft-format-text = Text (.txt)
doc-auskunft-format-json = JSON (.json, machine-readable)
doc-auskunft-format-pdf = PDF (.pdf, for printing)
doc-auskunft-locale-label = Language of the access report
doc-auskunft-save-as = Save as …
doc-auskunft-save-title = Save the access report

## Group activities: attendance list

doc-attendance-print = Attendance list …
doc-attendance-save-title = Save the attendance list as PDF
doc-attendance-printed = Attendance list saved as:
