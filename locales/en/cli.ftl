## Command-line interface (feldbuch)

cli-error = Error: { $message }
cli-passphrase-prompt = Passphrase:
cli-new-passphrase-prompt = New passphrase (at least 8 characters):
cli-repeat-passphrase-prompt = Repeat passphrase:
cli-init-done = Feldbuch is set up for { $name } in { $dir }.
cli-recovery-key-intro = Your recovery key. Write it down on paper now and keep it safe – it will never be shown again:
cli-site-added = Site "{ $name }" added ({ $id }).
cli-no-sites = No sites yet.
cli-contact-added = Contact saved: { $id }
cli-contact-updated = Contact changed: { $id } (revision { $revision })
cli-contact-deleted = Contact deleted: { $id }
cli-no-contacts = No contacts in this period.
cli-contacts-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
cli-verify-ok = Check passed: database and encryption intact, { $entries } audit entries, hash chain unbroken.
cli-verify-problem = Check FAILED: database { $integrity }, encryption { $cipher }, foreign keys { $fk }, hash chain { $chain }.
cli-check-ok = ok
cli-check-failed = FAILED
cli-seed-done = Generated { $contacts } contacts, { $sites } sites and { $persons } persons in { $seconds } s.

## Help texts (feldbuch --help)

cli-help-usage = Usage
cli-help-options = Options
cli-help-commands = Commands
cli-help-flag = Show help
cli-version-flag = Show version
cli-about = Feldbuch – encrypted case notes for outreach social work, offline.
cli-about-init = Set up Feldbuch: profile, keys and encrypted store; shows the recovery key once.
cli-about-site = Manage sites.
cli-about-site-add = Add a site.
cli-about-site-list = List sites.
cli-about-contact = Log and view contacts.
cli-about-contact-add = Log a contact.
cli-about-contact-list = List contacts, optionally for a period.
cli-about-contact-show = Show one contact.
cli-about-contact-edit = Change a contact (same options as when logging; only what is given changes).
cli-about-contact-delete = Delete a contact (leaves a deletion record for the exchange).
cli-about-verify = Check the database, the encryption and the audit log's hash chain.
cli-about-seed = Fill the store with made-up test data (for measurements and demos).
cli-arg-data-dir = Data folder (default: the system's data folder, e.g. ~/.local/share/feldbuch)
cli-arg-lang = Language of the output: de, en, tr, ar, uk (default: the app's setting)
cli-arg-passphrase-file = Read the passphrase from this file (or set FELDBUCH_PASSPHRASE)
cli-arg-json = Output as JSON
cli-arg-init-name = Your name as your team knows you
cli-arg-initials = Your initials (letters only, at most 4)
cli-arg-team = Your team
cli-arg-role = Role: worker or lead
cli-arg-site-add-name = Name of the site
cli-arg-site-add-kind = Kind: kita, fruehe-hilfen, schule, arztpraxis, quartierszentrum, beratungsstelle, jobcenter, oeffentlicher-raum, sonstiges
cli-arg-district = District or neighbourhood
cli-arg-site = Site (name or ID)
cli-arg-kind = Contact kind: erstkontakt, folgekontakt, beratung, begleitung, kurzkontakt, telefonat, gruppenangebot, netzwerkkontakt
cli-arg-date = Date YYYY-MM-DD (default: today)
cli-arg-start = Start HH:MM
cli-arg-duration = Duration in minutes
cli-arg-anonymous = Number of people reached anonymously
cli-arg-age-band = Age band of the anonymous people: unter-18, 18-29, 30-54, 55-64, ab-65, unbekannt
cli-arg-gender = Gender of the anonymous people: weiblich, maennlich, divers, keine-angabe
cli-arg-topic = Topic (repeatable): einsamkeit, wohnen, arbeit, gesundheit, finanzen, familie, sprache, behoerden, freizeit, sonstiges
cli-arg-contact-edit-topic = Topic (repeatable); replaces all previous topics
cli-arg-note = Confidential note
cli-arg-contact-edit-note = Confidential note; an empty note deletes it
cli-arg-followup = Follow-up on YYYY-MM-DD
cli-arg-contact-add-json = Print the saved contact as JSON
cli-arg-contact-edit-json = Print the changed contact as JSON
cli-arg-from = From date YYYY-MM-DD
cli-arg-to = To date YYYY-MM-DD
cli-arg-id = ID of the contact
cli-arg-contacts = Number of contacts
cli-arg-sites = Number of sites
cli-arg-persons = Number of persons
cli-arg-years = Spread over this many years up to today
cli-arg-seed = Seed of the random generator (same seed, same data)
