-- Feldbuch schema v8: partners, their services and activities can be archived; an ESF
-- participant's exit carries the ESF Plus common result indicators at leaving. Never edit this
-- file after it has landed.
--
-- Archiving is a date, NULL while the record is in use: bundles from devices before v8 carry no
-- such field, and a missing field arrives as NULL (in use). Sites keep their `archived` flag,
-- which has travelled since v1.
ALTER TABLE partners ADD COLUMN archived_on TEXT;
ALTER TABLE partner_services ADD COLUMN archived_on TEXT;
ALTER TABLE activities ADD COLUMN archived_on TEXT;

-- The four common result indicators at leaving (ESF Plus, Annex I of Regulation (EU) 2021/1057):
-- NULL = not recorded, 0 = no, 1 = yes.
ALTER TABLE persons ADD COLUMN esf_exit_job_searching INTEGER CHECK (esf_exit_job_searching IN (0, 1));
ALTER TABLE persons ADD COLUMN esf_exit_in_education INTEGER CHECK (esf_exit_in_education IN (0, 1));
ALTER TABLE persons ADD COLUMN esf_exit_qualification INTEGER CHECK (esf_exit_qualification IN (0, 1));
ALTER TABLE persons ADD COLUMN esf_exit_employed INTEGER CHECK (esf_exit_employed IN (0, 1));
