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
