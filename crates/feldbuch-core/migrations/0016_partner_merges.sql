-- Feldbuch schema v16: a partner a device made before it had the office's directory, merged into
-- a directory entry. Never edit this file after it has landed.
--
-- As for sites (v13): the lead merges the duplicate into the directory's partner; its own store
-- counts the duplicate's referrals and consents at the entry at once, and the next office bundle
-- tells the devices, which move their own records the same way (their own corrections, exported
-- like any other). A service of the duplicate goes to the entry's service of the same name, or
-- moves to the entry when it has none.
CREATE TABLE partner_merges (
    from_id   TEXT PRIMARY KEY NOT NULL,
    into_id   TEXT NOT NULL,
    device_id TEXT NOT NULL,
    merged_at TEXT NOT NULL
) STRICT;
