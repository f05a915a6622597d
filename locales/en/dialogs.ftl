# Feldbuch – choosing files and folders: every path is chosen in the system's own dialog, never
# typed (Exchange, Settings, Reports). The titles appear in the dialog's title bar, the filters in
# its choice of file types.

## General

dlg-no-folder = No folder chosen yet
dlg-no-file = No file chosen yet
dlg-file-required = Choose a file first.
dlg-filter-bundles = Export bundles (*.age)
dlg-filter-enrolment = Enrolment files (*.json)
dlg-filter-xlsx = Excel workbooks (*.xlsx)
dlg-filter-pdf = PDF documents (*.pdf)
dlg-filter-text = Text files (*.txt)
dlg-filter-json = JSON files (*.json)

## Exchange and Settings: export folder

dlg-export-folder-choose = Choose export folder …
dlg-export-folder-title = Choose the export folder
dlg-export-folder-hint = For example a folder on a USB stick or a network drive. The folder you choose is saved straight away.

## Exchange: the central office's secret key

dlg-office-identity-label = Central office’s key file
dlg-office-identity-choose = Choose key file …
dlg-office-identity-title = Choose the central office’s key file

## Exchange: enrol a device

dlg-enrol-label = Enrolment file
dlg-enrol-choose = Choose enrolment file …
dlg-enrol-title = Choose a device’s enrolment file

## Exchange: import export bundles

dlg-import-label = Chosen export bundles and folders
dlg-import-none = Nothing chosen yet.
dlg-import-required = Choose at least one export bundle or folder.
dlg-import-choose-files = Choose export bundles …
dlg-import-choose-folder = Choose folder …
dlg-import-files-title = Choose export bundles to import
dlg-import-folder-title = Choose a folder of export bundles
dlg-import-remove = Remove
dlg-import-remove-label = Remove: { $name }

## Reports

dlg-report-save-as = Save as …
dlg-report-save-title = Save the report as XLSX
dlg-office-bundle-label = Package from the central office
dlg-office-bundle-choose = Choose package …
dlg-office-bundle-title = Choose the central office's package
