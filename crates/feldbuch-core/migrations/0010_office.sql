-- Feldbuch schema v10: office bundles, from the lead's device to the team's devices. Never edit
-- this file after it has landed.
--
-- A device that enrols hands the lead, besides its signing key, the public half of an `age` key
-- of its own (the secret half stays in its encrypted store): office bundles are encrypted to it.
-- Devices enrolled before v10 have none and receive no office bundle until they enrol again.
ALTER TABLE devices ADD COLUMN age_recipient TEXT;
