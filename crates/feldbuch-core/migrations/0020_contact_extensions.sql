-- Feldbuch schema v20: contacts of a kind, with an outcome and topics the programme added (v17),
-- beside the built-in ids they refine (the kind, the outcome, the topics' bits). Own topics: their
-- ids joined by commas, in order. A person's own markers live in person_markers beside the
-- built-in ones. Never edit this file after it has landed.
ALTER TABLE contacts ADD COLUMN kind_ext TEXT;
ALTER TABLE contacts ADD COLUMN outcome_ext TEXT;
ALTER TABLE contacts ADD COLUMN topics_ext TEXT;
