-- Feldbuch schema v14: hand-overs of a person from one worker's device to another's, and the
-- lead's resolution of conflicts. Never edit this file after it has landed.
--
-- The lead moves a person, with its consents and open follow-ups, to another device; the office
-- bundle tells every device. One row per hand-over, on the lead's device and on every device that
-- applied it. The device it moved from keeps the person read-only (its own contacts name it).
CREATE TABLE handovers (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL,
    from_device TEXT NOT NULL,
    to_device   TEXT NOT NULL,
    to_worker   TEXT NOT NULL,
    by_device   TEXT NOT NULL,
    handed_at   TEXT NOT NULL
) STRICT;
CREATE INDEX handovers_person ON handovers (person_id);

-- Every record a hand-over moved, with the revision the hand-over gave it: a version the former
-- holder sends with a higher revision was written after the hand-over, and is a conflict for the
-- lead, never the record's content by itself.
CREATE TABLE handed_records (
    entity      TEXT NOT NULL,
    id          TEXT NOT NULL,
    handover_id TEXT NOT NULL REFERENCES handovers (id),
    from_device TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    PRIMARY KEY (entity, id, handover_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX handed_records_from ON handed_records (entity, id, from_device);

-- The version the lead took when it resolved a conflict.
ALTER TABLE merge_conflicts ADD COLUMN resolution TEXT;
