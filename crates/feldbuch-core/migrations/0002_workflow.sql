-- Feldbuch schema v2: the outreach workflow. Full-text search over notes, quick-entry drafts,
-- retention periods and the deletion log, the worker who made a referral or an activity.
-- Never edit this file after it has landed: add a new one.

-- Full-text index over contact notes, inside the encrypted store. Contentless: the note text
-- lives only in `contacts` (so clearing a note leaves no copy behind); the index holds the
-- tokens and, unindexed, the contact id of each row. `note_fts_map` finds the index row of a
-- contact when its note changes or the contact goes. Triggers keep both in step, whatever path
-- writes the contact (quick entry, edit, erasure, retention, merge).
CREATE VIRTUAL TABLE notes_fts USING fts5 (
    body,
    contact_id UNINDEXED,
    content = '',
    contentless_delete = 1,
    contentless_unindexed = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE note_fts_map (
    contact_id TEXT PRIMARY KEY NOT NULL,
    fts_rowid  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER contacts_note_insert AFTER INSERT ON contacts WHEN new.note IS NOT NULL
BEGIN
    INSERT INTO notes_fts (body, contact_id) VALUES (new.note, new.id);
    INSERT INTO note_fts_map (contact_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;

CREATE TRIGGER contacts_note_delete AFTER DELETE ON contacts WHEN old.note IS NOT NULL
BEGIN
    DELETE FROM notes_fts WHERE rowid = (SELECT fts_rowid FROM note_fts_map WHERE contact_id = old.id);
    DELETE FROM note_fts_map WHERE contact_id = old.id;
END;

CREATE TRIGGER contacts_note_update AFTER UPDATE OF note ON contacts
    WHEN old.note IS NOT new.note
BEGIN
    DELETE FROM notes_fts WHERE rowid = (SELECT fts_rowid FROM note_fts_map WHERE contact_id = old.id);
    DELETE FROM note_fts_map WHERE contact_id = old.id;
    INSERT INTO notes_fts (body, contact_id) SELECT new.note, new.id WHERE new.note IS NOT NULL;
    INSERT INTO note_fts_map (contact_id, fts_rowid)
        SELECT new.id, last_insert_rowid() WHERE new.note IS NOT NULL;
END;

-- Index the notes written under schema v1.
INSERT INTO notes_fts (rowid, body, contact_id)
    SELECT row_number() OVER (ORDER BY id), note, id FROM contacts WHERE note IS NOT NULL;
INSERT INTO note_fts_map (contact_id, fts_rowid)
    SELECT id, row_number() OVER (ORDER BY id) FROM contacts WHERE note IS NOT NULL;

-- Unsaved quick-entry drafts (and other forms), one per worker and slot, so a crash loses no
-- half-typed entry. The body is the form's JSON; it is personal data and lives only here.
CREATE TABLE drafts (
    worker_id  TEXT NOT NULL,
    slot       TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (worker_id, slot)
) STRICT, WITHOUT ROWID;

-- Retention periods in years per category (no row: keep without limit).
CREATE TABLE retention_policy (
    category   TEXT PRIMARY KEY NOT NULL CHECK (category IN ('closed-persons', 'notes', 'done-followups',
                    'closed-referrals')),
    years      INTEGER NOT NULL CHECK (years BETWEEN 1 AND 30),
    updated_at TEXT NOT NULL
) STRICT;

-- What category was erased when, how many records, and why: never what they said.
CREATE TABLE deletion_log (
    seq      INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    reason   TEXT NOT NULL CHECK (reason IN ('retention', 'erasure')),
    category TEXT NOT NULL,
    count    INTEGER NOT NULL CHECK (count >= 0)
) STRICT;
CREATE TRIGGER deletion_log_no_update BEFORE UPDATE ON deletion_log
BEGIN SELECT RAISE(ABORT, 'deletion log is append-only'); END;
CREATE TRIGGER deletion_log_no_delete BEFORE DELETE ON deletion_log
BEGIN SELECT RAISE(ABORT, 'deletion log is append-only'); END;

ALTER TABLE referrals ADD COLUMN worker_id TEXT;
ALTER TABLE activities ADD COLUMN worker_id TEXT;
ALTER TABLE activities ADD COLUMN anonymous_age_band TEXT;
ALTER TABLE activities ADD COLUMN anonymous_gender TEXT;

CREATE INDEX referrals_person ON referrals (person_id);
CREATE INDEX referrals_contact ON referrals (contact_id);
CREATE INDEX followups_person ON followups (person_id);
CREATE INDEX followups_contact ON followups (contact_id);
CREATE INDEX activity_attendance_person ON activity_attendance (person_id);
CREATE INDEX consents_partner ON consents (partner_id);
