-- Feldbuch schema v12: programmes. Never edit this file after it has landed.
--
-- A store can hold several funded programmes (say "Honjok" and "Zweite Chance"); the lead keeps
-- the list and hands it to the devices in office bundles. A site, an activity and a person
-- belong to one programme or (as everything recorded before v12) to none; a report is made for
-- one programme or for all. A contact belongs to its site's programme.
CREATE TABLE programmes (
    id          TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    name        TEXT NOT NULL,
    archived_on TEXT
) STRICT;

ALTER TABLE sites ADD COLUMN programme_id TEXT;
ALTER TABLE activities ADD COLUMN programme_id TEXT;
ALTER TABLE persons ADD COLUMN programme_id TEXT;
CREATE INDEX sites_programme ON sites (programme_id);
CREATE INDEX persons_programme ON persons (programme_id);
