-- Feldbuch schema v13: a site a device made before it had the office's directory, merged into a
-- directory entry. Never edit this file after it has landed.
--
-- The lead merges the duplicate into the directory's site: its own store counts the duplicate's
-- contacts, activities and visits at the directory's site from then on, and the next office
-- bundle tells the devices; each device moves its own records to the directory's site (a
-- correction of its own, exported like any other) and archives its duplicate. One row per
-- merged site, on the lead's device and on every device that applied it.
CREATE TABLE site_merges (
    from_id   TEXT PRIMARY KEY NOT NULL,
    into_id   TEXT NOT NULL,
    device_id TEXT NOT NULL,
    merged_at TEXT NOT NULL
) STRICT;
