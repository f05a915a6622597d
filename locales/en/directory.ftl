# Feldbuch – Sites & partners: view, correct, archive; and your own profile in the settings.
# Terms for kinds and statuses are in common.ftl.

## Sites & partners: directory

dir-archived = archived
dir-archive-heading = Archive
dir-all-archived = All entries are archived: you will find them in the archive.
dir-close = Close
dir-address = Address
dir-contact-person = Contact person

## Sites & partners: correcting details

dir-edit-heading = Edit details
dir-save = Save changes
dir-saved = Changes saved.
dir-unchanged = Nothing changed.
dir-cancel = Cancel

## Sites & partners: archiving and restoring

dir-archive = Archive
dir-unarchive = Restore from archive
dir-archived-status = “{ $name }” is archived.
dir-unarchived-status = “{ $name }” is in use again.
dir-site-archive-hint = Archived sites no longer appear in any picker or visit plan; their contacts stay in the journal and in the reports.
dir-partner-archive-hint = Archived partners can no longer receive referrals; their earlier referrals stay in the person records and in the reports.

## Sites: a site's visit slots and contacts

dir-slots-none = No regular visit slots are set for this site.
dir-slots-archived = The visit slots of an archived site are paused until you restore it from the archive.
dir-slot-edit = Change
dir-slot-edit-label = Change visit slot at { $site }
dir-slot-save = Save visit slot
dir-slot-saved = Visit slot changed.
dir-months-heading = Contacts per month
dir-months-empty = No contacts recorded at this site yet.
dir-month = Month
dir-contacts = Contacts
dir-minutes = Minutes
dir-total = Total

## Network partners: services and referrals

dir-services-empty = No services yet.
dir-service-add-label = New service
dir-service-add = Add service
dir-service-added = Service “{ $name }” added.
dir-service-rename = Rename
dir-service-rename-label = New name for “{ $name }”
dir-service-rename-save = Save name
dir-service-renamed = The service is now called “{ $name }”.
dir-referrals-heading = Referrals to this partner
dir-referrals-empty = No referrals to this partner yet.
dir-referral-created = Created on
dir-referral-person = Person

## Settings: edit profile

profile-edit-heading = Edit profile
profile-edit-hint = Your name, initials and team are part of your exports: the central office sees a change with your next export.
profile-team-label = Team (optional)
profile-save = Save profile
profile-saved = Profile saved.
