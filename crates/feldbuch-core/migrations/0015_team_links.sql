-- Feldbuch schema v15: counting a person once for the team. Never edit this file after it has
-- landed.
--
-- A worker may link a person on purpose: a keyed hash (HMAC-SHA-256 under the secret of the
-- person's programme, or the team's for a person of none) over fields the team agreed on. The
-- lead counts persons with the same hash once; no name leaves a device. The secrets are made on
-- the lead's device and reach the devices in office bundles (encrypted to each device); they
-- never leave a device in its own bundles.
CREATE TABLE link_secrets (
    scope  TEXT PRIMARY KEY NOT NULL,  -- a programme's id, or '' for the team
    secret BLOB NOT NULL
) STRICT;

-- The hashes the lead's store knows, as the last office bundle listed them: a device asks its
-- worker before it links a person whose hash is among them.
CREATE TABLE team_links (
    hash TEXT PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;

ALTER TABLE persons ADD COLUMN link_hash TEXT;
CREATE INDEX persons_link_hash ON persons (link_hash) WHERE link_hash IS NOT NULL;
