# Quarterly report (XLSX, Reports screen, `feldbuch report`).

report-title = Feldbuch – report { $period }
report-sheet-overview = Overview
report-sheet-contacts = Contacts
report-sheet-topics = Topics
report-sheet-referrals = Referrals
report-sheet-activities = Group activities
report-sheet-participants = Participants
report-sheet-method = Method

report-period = Reporting period
report-programme = Programme
report-previous-period = Comparison period
report-generated = Generated at
report-total = Total
report-not-stated = not stated

report-head-figure = Figure
report-head-change = Change
report-head-month = Month
report-head-district = District
report-head-contact-kind = Kind of contact
report-head-topic = Topic
report-head-partner-kind = Kind of partner
report-head-activity-kind = Kind of activity
report-head-gender = Gender
report-head-age = Age at entry
report-head-employment = Employment status at entry
report-head-education = Education (ISCED) at entry
report-head-household = Household situation at entry
report-head-marker = Disadvantage marker
report-head-field = Mandatory field

report-col-contacts = Contacts
report-col-share = Share
report-col-activities = Activities
report-col-attendance = Attendances
report-col-volunteers = Volunteers
report-col-entries = Entries
report-col-exits = Exits
report-col-missing = missing for

report-figure-contacts = Contacts
report-figure-volunteer-contacts = of which contacts by volunteers
report-figure-persons = Persons reached (registered)
report-figure-anonymous-people = People reached anonymously
report-figure-anonymous-contacts = Anonymous contacts
report-figure-new-persons = New persons
report-figure-referrals = Referrals
report-figure-activities = Group activities
report-figure-attendance = Attendances at group activities
report-figure-hours = Hours of outreach

report-define-contacts = Every contact logged in the period, on all devices.
report-define-volunteer-contacts = The contacts of the period logged on volunteers' devices (integration guides); part of the contacts.
report-define-persons = Distinct registered persons linked to at least one contact of the period. Persons linked for the team's count (same initials, birth year and gender, confirmed by the workers) count once, even when several devices hold them.
report-define-anonymous-people = Sum of the people counted anonymously over all contacts of the period.
report-define-anonymous-contacts = Contacts with no registered person linked.
report-define-new-persons = Persons recorded in the period.
report-define-referrals = Referrals made in the period, with their status today.
report-define-activities = Group activities dated in the period.
report-define-attendance = Registered attendees plus anonymously counted visitors of these activities.
report-define-hours = Sum of contact durations in hours (one decimal).

report-table-contacts-month = Contacts by month and kind of site
report-table-contacts-district = Contacts by district of the site
report-table-contacts-kind = Contacts by kind of contact
report-table-topics = Topics of contacts
report-table-referrals = Referrals by kind of partner and status
report-table-activities = Group activities, attendances and volunteers
report-table-participants-gender = Participants by gender
report-table-participants-age = Participants by age at entry
report-table-participants-employment = Participants by employment status
report-table-participants-education = Participants by education (ISCED)
report-table-participants-household = Participants by household situation
report-table-participants-markers = Participants with disadvantage markers (several possible)
report-table-anonymous = People reached anonymously by age band and gender
report-table-participants-results = Results at leaving (ESF Plus, several possible)
report-head-result = Result
report-result-job-searching = Engaged in job searching
report-result-in-education = In education or training
report-result-qualification = Gained a qualification
report-result-employed = In employment, including self-employment
report-result-not-recorded = No result recorded
report-table-completeness = Completeness of mandatory fields

report-chart-months = Contacts per month
report-chart-site-kinds = Contacts per kind of site

report-topics-note = Several topics per contact are possible. The share is of all contacts of the period.
report-participants-note = Characteristics at entry into the programme (ESF Plus). Entries and exits dated in the reporting period; only persons who consented to participant reporting.
report-completeness-note = Participants of the period with a mandatory field missing. The list of those persons is shown only in Feldbuch itself (Reports), never in this file.

report-age-unter-18 = under 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-ab-55 = 55 and over

report-field-entry-date = Entry date
report-field-gender = Gender
report-field-age = Year of birth or age band
report-field-employment = Employment status
report-field-education = Education (ISCED)
report-field-household = Household situation

report-month = { $month } { $year }
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December

report-mark-small = < { $k }
report-mark-protect = x
report-method-sdc-title = Small counts
report-method-sdc = Counts from 1 to { $k } − 1 are not published; they are shown as "< { $k }". Zeros are shown.
report-method-secondary-title = Secondary suppression
report-method-secondary = Cells hidden to protect a small count carry the mark "{ report-mark-protect }": they may hold any value from 0 to the table's total. Each report is checked as a whole by integer programming – rows and columns at once, and totals that several tables share (contacts; entries and exits) – and more cells are hidden until every cell shown as "< { $k }" can still hold every value from 1 to { $k } − 1, whatever the published counts and totals say.
report-method-limits-title = Limits
report-method-limits = Each report is checked on its own; setting reports of different periods or thresholds side by side is not taken into account. Within a report, sums are taken into account, but not that one count cannot exceed another (contacts on a topic cannot exceed all contacts, markers cannot exceed entries). The file holds aggregated counts only: no names, pseudonyms or notes.
report-definitions = Definitions
report-sources = Data sources (devices)
report-source-device = Device
report-source-team = Team
report-source-contacts = Contacts in the period
report-source-bundles = Bundles imported
report-source-last-seq = Last bundle number
report-source-last-import = Last imported
report-source-this-device = { $id } (this device)

report-table-own-site-kinds = Contacts by the programme's own site kinds
report-table-own-contact-kinds = Contacts by the programme's own contact kinds
report-table-own-topics = The programme's own topics (several per contact)
report-table-own-partner-kinds = Referrals by the programme's own partner kinds
report-table-own-markers = Participants with the programme's own markers (several per person)
report-table-own-activity-kinds = Group activities by the programme's own kinds
report-head-own-term = Own term (refines)
report-own-term = { $term } ({ $of })
report-own-rest-without = { $of } without { $term }
report-own-rest = { $of }: other
