-- Schema v3: exchange with the central office.
--
-- A worker's device keeps the history of its exports (sequence numbers are per device and never
-- reused); a queued export keeps its sealed bytes until the folder is reachable again, so that the
-- retry writes the very same bundle. The lead's device keeps which bundles it imported from which
-- enrolled device (for gaps and replays) and the conflicts it found while merging.
-- The device's Ed25519 signing key lives in `meta` (inside the encrypted store, like all secrets
-- the store holds); its public half in `devices.signing_public_key`.

CREATE TABLE exports (
    seq          INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
    created_at   TEXT NOT NULL,
    since        TEXT,
    file_name    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('written', 'queued')),
    folder       TEXT NOT NULL,
    record_count INTEGER NOT NULL,
    counts       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    full         INTEGER NOT NULL CHECK (full IN (0, 1)),
    with_notes   INTEGER NOT NULL CHECK (with_notes IN (0, 1)),
    sealed       BLOB,
    written_at   TEXT
) STRICT;

CREATE TABLE imports (
    device_id    TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,
    file_hash    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    record_count INTEGER NOT NULL,
    applied      INTEGER NOT NULL,
    conflicts    INTEGER NOT NULL,
    accepted_gap INTEGER NOT NULL DEFAULT 0 CHECK (accepted_gap IN (0, 1)),
    PRIMARY KEY (device_id, seq)
) STRICT, WITHOUT ROWID;

-- Every version of a record the lead's device has seen, one per (record, writing device): the
-- record in the tables is the winner (highest revision, ties by device id); two devices with
-- different content make a conflict for the lead to resolve. Order of import does not matter.
CREATE TABLE merge_versions (
    entity     TEXT NOT NULL,
    id         TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    body_hash  TEXT NOT NULL,
    body       TEXT NOT NULL,
    PRIMARY KEY (entity, id, device_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE merge_conflicts (
    entity      TEXT NOT NULL,
    id          TEXT NOT NULL,
    found_at    TEXT NOT NULL,
    resolved_at TEXT,
    PRIMARY KEY (entity, id)
) STRICT, WITHOUT ROWID;
