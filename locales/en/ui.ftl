# Feldbuch – user interface strings (English).
# Site kinds, contact kinds, topics, age bands, genders, roles and language names live in
# common.ftl, error messages in errors.ftl.

## General

app-title = Feldbuch
app-loading = Loading Feldbuch …
app-start-failed = Feldbuch could not be started.
app-retry = Try again
skip-to-content = Skip to content
language-label = Language
value-none = –

## Navigation

nav-label = Main navigation
nav-heute = Today
nav-sites = Sites
nav-settings = Settings
nav-lock-now = Lock now

## First start

setup-title = Welcome to Feldbuch
setup-intro = Set up Feldbuch once on this device. All data stays encrypted on this device.
setup-profile-heading = Your profile
setup-name-label = Name (as your team sees you)
setup-initials-label = Initials
setup-initials-hint = For example “AK”. Your initials appear in exports instead of your name.
setup-team-label = Team (optional)
setup-role-label = Role
setup-passphrase-heading = Passphrase
setup-passphrase-intro = You unlock Feldbuch with this passphrase. It protects the key to your data. Choose something you can remember but others cannot guess, for example several words.
setup-passphrase-label =
    { $min ->
        [one] Passphrase (at least one character)
       *[other] Passphrase (at least { $min } characters)
    }
setup-passphrase-confirm-label = Repeat passphrase
setup-submit = Set up Feldbuch
setup-submitting = Setting up …

## Recovery key (shown once after setup)

recovery-title = Write down your recovery key
recovery-intro = If you forget your passphrase, this key is the only way back to your data. Without the passphrase and without this key nobody can recover the data – not even support.
recovery-once = The key is shown only this one time.
recovery-instructions = Write it down on paper now, completely, and keep the sheet in a safe place, away from this device. Do not save it as a file, photo or email.
recovery-key-label = Your recovery key
recovery-confirm-heading = Written down? A quick check
recovery-confirm-input-label = Type the last group of the key (after the last hyphen).
recovery-confirm-mismatch = That is not the last group of the key yet.
recovery-confirm-checkbox-label = I have written the key down on paper and will keep it safe.
recovery-done = Continue to Feldbuch

## Lock screen

lock-title = Feldbuch is locked
lock-intro = Your data is encrypted. Enter your passphrase to continue working.
lock-passphrase-label = Passphrase
lock-submit = Unlock
lock-submitting = Unlocking …
lock-recovery-toggle = Forgot your passphrase? Unlock with the recovery key
lock-passphrase-toggle = Back to passphrase entry
lock-recovery-intro = Enter your recovery key and choose a new passphrase.
lock-recovery-key-label = Your recovery key
lock-new-passphrase-label =
    { $min ->
        [one] New passphrase (at least one character)
       *[other] New passphrase (at least { $min } characters)
    }
lock-recovery-submit = Unlock and save new passphrase

## Today

heute-heading = Today, { $date }
heute-contacts-heading =
    { $count ->
        [0] Contacts today
        [one] { $count } contact today
       *[other] { $count } contacts today
    }
heute-contacts-empty = No contacts recorded yet today.
heute-followups-heading = Follow-ups due
heute-followups-empty = No follow-ups due.
contact-anonymous-count =
    { $count ->
        [one] { $count } anonymous person
       *[other] { $count } anonymous people
    }
contact-duration =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
contact-start = { $time }
contact-topics-label = Topics
contact-delete = Delete
contact-delete-question = Really delete this contact?
contact-delete-confirm = Yes, delete
contact-delete-cancel = Cancel
contact-deleted = Contact deleted.
followup-due = due { $date }
followup-overdue = Overdue

## Quick entry

qe-heading = Quick entry
qe-hint = Keyboard only: Tab moves on, Ctrl+Enter saves.
qe-site-label = Site
qe-site-hint = Type a name, choose with the arrow keys, confirm with Enter or Tab.
qe-site-no-match = No matching site.
qe-site-none-yet = There are no sites yet. First add one under “Sites”.
qe-site-results =
    { $count ->
        [0] No matching site.
        [one] One site found.
       *[other] { $count } sites found.
    }
qe-kind-label = Kind of contact
qe-anonymous-label = Anonymous people (number)
qe-age-band-label = Age group
qe-gender-label = Gender
qe-option-unset = – not selected –
qe-topics-label = Topics
qe-duration-label = Duration in minutes
qe-note-label = Note (confidential)
qe-save = Save contact
qe-saving = Saving …
qe-saved = Contact saved.
qe-error-site-required = Please choose a site from the list.

## Sites

sites-title = Sites
sites-add-heading = Add a new site
sites-name-label = Name
sites-kind-label = Kind
sites-district-label = District or neighbourhood (optional)
sites-add = Add site
sites-added = Site “{ $name }” added.
sites-list-heading =
    { $count ->
        [0] No sites yet
        [one] { $count } site
       *[other] { $count } sites
    }
sites-empty = Add your first site with the form “{ sites-add-heading }”.
sites-column-name = Name
sites-column-kind = Kind
sites-column-district = District

## Settings

settings-title = Settings
settings-language-heading = Language
settings-language-hint = The language changes at once, without a restart.
settings-autolock-heading = Automatic lock
settings-autolock-label = Lock after this many minutes without input
settings-autolock-save = Save
settings-autolock-saved =
    { $minutes ->
        [one] Feldbuch locks itself after { $minutes } minute without input.
       *[other] Feldbuch locks itself after { $minutes } minutes without input.
    }
settings-profile-heading = Profile
settings-profile-hint = The profile is set during setup.
settings-profile-name = Name
settings-profile-initials = Initials
settings-profile-team = Team
settings-profile-role = Role
settings-profile-device = Device ID
