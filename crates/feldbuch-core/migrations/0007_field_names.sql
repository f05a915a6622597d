-- Feldbuch schema v7: visit slots' columns named like the fields that carry them. Never edit this
-- file after it has landed.
--
-- A visit slot's times are `start` and `end` everywhere else (core, window, CLI). Visit slots do
-- not travel in bundles, so no name of the exchange format changes.
ALTER TABLE site_visit_slots RENAME COLUMN start_time TO "start";
ALTER TABLE site_visit_slots RENAME COLUMN end_time TO "end";
