-- Feldbuch schema v6: revoking an enrolled device. Never edit this file after it has landed.
--
-- The lead revokes a device that is lost, stolen or retired: from then on no bundle signed by
-- its key is imported here, whatever it says of itself (its creation time and sequence number
-- are the device's own word, and a thief holding the key can write any). What it sent before
-- stays. A revocation is final: a device comes back only as a new device with a new key.

ALTER TABLE devices ADD COLUMN revoked_at TEXT;

CREATE TRIGGER devices_revocation_is_final BEFORE UPDATE OF revoked_at ON devices
WHEN OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS NULL OR NEW.revoked_at <> OLD.revoked_at)
BEGIN SELECT RAISE(ABORT, 'a revoked device stays revoked'); END;

CREATE TRIGGER devices_revoked_key_is_kept BEFORE UPDATE OF signing_public_key ON devices
WHEN OLD.revoked_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a revoked device keeps its key'); END;
