-- Feldbuch schema v11: the programme's managed list of districts. Never edit this file after it
-- has landed.
--
-- The lead keeps the list and hands it to the devices in office bundles. While a store holds a
-- district in use, a site's, partner's or person's district is one of them, written as the list
-- spells it ("Handwerker-Viertel" typed is stored as "Handwerkerviertel"), so the report's
-- table by district no longer splits one place into two. A store without a list keeps free text.
CREATE TABLE districts (
    id          TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    name        TEXT NOT NULL,
    archived_on TEXT
) STRICT;
CREATE INDEX districts_name ON districts (name COLLATE NOCASE);
