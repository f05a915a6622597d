# Feldbuch – correcting entries: contacts, group activities, referrals, follow-ups and person
# records, where they are listed (Journal, Today, Group activities, the person's record).

## General

rec-edit = Edit
rec-save = Save changes
rec-cancel = Cancel
rec-date-hint = Format YYYY-MM-DD, e.g. 2026-03-05; no day in the future
rec-time-hint = HH:MM; leave empty for no time
rec-site-archived = { $name } (archived)
rec-partner-archived = { $name } (archived)
rec-service-archived = { $name } (archived)
rec-person-unknown = (person no longer on file)

## Correcting a contact (Journal, Today, person's record)

rec-contact-edit-heading = Edit the contact of { $date } at { $site }
rec-contact-edit-hint = Only what you change is saved. Ctrl+Enter saves, Esc cancels.
rec-contact-saved = Contact changed.

## Contact: anonymous people in several groups (quick entry and correction)

rec-group-legend = Group { $number }
rec-group-count = Number
rec-group-add = Add another group
rec-group-add-hint = For anonymous people of different age groups or genders, e.g. a mother with two children.
rec-group-remove = Remove
rec-group-remove-label = Remove: group { $number }

## Correcting and archiving group activities

rec-activity-edit-heading = Edit “{ $title }”
rec-activity-saved = Group activity “{ $title }” changed.
rec-archive = Archive
rec-unarchive = Restore from archive
rec-archived = archived

## Person's record: correcting referrals and follow-ups

rec-referral-edit-heading = Edit the referral to “{ $partner }”
rec-referral-saved = Referral changed.
rec-followup-reschedule = Reschedule
rec-followup-rescheduled = Follow-up moved to { $date }.
rec-followup-reopen = Reopen

## Person's record: correcting the details

rec-person-edit = Correct details
rec-person-edit-heading = Correct the details of “{ $pseudonym }”
rec-person-edit-hint = Only what you change is saved; an emptied field removes the entry. Ctrl+Enter saves, Esc cancels.
rec-person-saved = Details of the person changed.

## Person's record: closing and reopening

rec-case-heading = Closing the record
rec-case-open = When the support ends, close the record. It is kept and can be reopened.
rec-case-close = Close record …
rec-case-close-hint = The record is closed as of this day. The reason is optional.
rec-case-close-date = Closed on
rec-case-close-reason = Reason (optional)
rec-case-close-save = Close record
rec-case-closed-done = Record closed.
rec-case-closed-hint = The record is closed. If the support continues, reopen it.
rec-case-reopen = Reopen record
rec-case-reopened = Record reopened.
rec-case-reason = Reason for closing

## Person's record: programme exit (ESF Plus)

rec-exit-hint = At the exit you record the ESF Plus common result indicators. What you do not know stays “not recorded”.
rec-exit-date = Exit on
rec-exit-unset = not recorded
rec-exit-save = Save exit
rec-exit-change = Change exit
rec-exit-saved = Exit saved.
qe-topics-hint = Move between topics with the arrow keys, choose with Space.
rec-timeline-shown = { $shown } of { $total } contacts, newest first.
rec-timeline-all = Show all contacts
