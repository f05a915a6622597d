-- Feldbuch schema v4: running counts for the report. Never edit this file after it has landed.
--
-- The report must not read every contact: a year of a million contacts is nearly a gigabyte of
-- encrypted pages. Triggers keep two small tables in step with contacts and their linked
-- persons, whatever path writes them (quick entry, edit, erasure, retention, merge):
--   contact_counts: per day, site, kind and creating device, how many contacts, minutes,
--     anonymously counted people, contacts with a linked person, and contacts per topic;
--   person_contact_days: per person and day, how many contacts reached them.
-- Rows that drop to zero are removed, so both tables equal a fresh recount of the contacts
-- (tests/report_counts.rs proves it for random sequences of changes).
--
-- Order inside a DELETE on contacts: BEFORE triggers, the row goes, ON DELETE CASCADE removes
-- its contact_persons rows, AFTER triggers. The contact's counts are therefore taken off in
-- its BEFORE DELETE trigger, while its persons are still linked, and the contact_persons
-- triggers only act while their contact still exists.

CREATE TABLE contact_counts (
    date               TEXT NOT NULL,
    site_id            TEXT NOT NULL,
    kind               TEXT NOT NULL,
    device_id          TEXT NOT NULL,
    contacts           INTEGER NOT NULL,
    minutes            INTEGER NOT NULL,
    anonymous_people   INTEGER NOT NULL,
    linked_contacts    INTEGER NOT NULL,
    t0 INTEGER NOT NULL, t1 INTEGER NOT NULL, t2 INTEGER NOT NULL, t3 INTEGER NOT NULL,
    t4 INTEGER NOT NULL, t5 INTEGER NOT NULL, t6 INTEGER NOT NULL, t7 INTEGER NOT NULL,
    t8 INTEGER NOT NULL, t9 INTEGER NOT NULL,
    PRIMARY KEY (date, site_id, kind, device_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE person_contact_days (
    person_id TEXT NOT NULL,
    date      TEXT NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (person_id, date)
) STRICT, WITHOUT ROWID;

-- A contact arrives (it has no linked persons yet: they are inserted after it).
CREATE TRIGGER contact_counts_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO contact_counts VALUES (new.date, new.site_id, new.kind, new.device_id, 1,
        new.duration_min, new.anonymous_count, 0,
        new.topics & 1 != 0, new.topics & 2 != 0, new.topics & 4 != 0, new.topics & 8 != 0,
        new.topics & 16 != 0, new.topics & 32 != 0, new.topics & 64 != 0, new.topics & 128 != 0,
        new.topics & 256 != 0, new.topics & 512 != 0)
    ON CONFLICT (date, site_id, kind, device_id) DO UPDATE SET
        contacts = contacts + 1, minutes = minutes + excluded.minutes,
        anonymous_people = anonymous_people + excluded.anonymous_people,
        t0 = t0 + excluded.t0, t1 = t1 + excluded.t1, t2 = t2 + excluded.t2, t3 = t3 + excluded.t3,
        t4 = t4 + excluded.t4, t5 = t5 + excluded.t5, t6 = t6 + excluded.t6, t7 = t7 + excluded.t7,
        t8 = t8 + excluded.t8, t9 = t9 + excluded.t9;
END;

-- A contact goes: take it off while its persons are still linked.
CREATE TRIGGER contact_counts_delete BEFORE DELETE ON contacts
BEGIN
    UPDATE contact_counts SET
        contacts = contacts - 1, minutes = minutes - old.duration_min,
        anonymous_people = anonymous_people - old.anonymous_count,
        linked_contacts = linked_contacts
            - EXISTS (SELECT 1 FROM contact_persons WHERE contact_id = old.id),
        t0 = t0 - (old.topics & 1 != 0), t1 = t1 - (old.topics & 2 != 0),
        t2 = t2 - (old.topics & 4 != 0), t3 = t3 - (old.topics & 8 != 0),
        t4 = t4 - (old.topics & 16 != 0), t5 = t5 - (old.topics & 32 != 0),
        t6 = t6 - (old.topics & 64 != 0), t7 = t7 - (old.topics & 128 != 0),
        t8 = t8 - (old.topics & 256 != 0), t9 = t9 - (old.topics & 512 != 0)
    WHERE date = old.date AND site_id = old.site_id AND kind = old.kind
        AND device_id = old.device_id;
    DELETE FROM contact_counts WHERE date = old.date AND site_id = old.site_id
        AND kind = old.kind AND device_id = old.device_id AND contacts = 0;
    UPDATE person_contact_days SET n = n - 1
        WHERE date = old.date
          AND person_id IN (SELECT person_id FROM contact_persons WHERE contact_id = old.id);
    DELETE FROM person_contact_days WHERE date = old.date AND n = 0
        AND person_id IN (SELECT person_id FROM contact_persons WHERE contact_id = old.id);
END;

-- A contact changes: off its old bucket, onto its new one; its persons move with its date.
CREATE TRIGGER contact_counts_update AFTER UPDATE OF date, site_id, kind, device_id,
    duration_min, anonymous_count, topics ON contacts
BEGIN
    UPDATE contact_counts SET
        contacts = contacts - 1, minutes = minutes - old.duration_min,
        anonymous_people = anonymous_people - old.anonymous_count,
        linked_contacts = linked_contacts
            - EXISTS (SELECT 1 FROM contact_persons WHERE contact_id = old.id),
        t0 = t0 - (old.topics & 1 != 0), t1 = t1 - (old.topics & 2 != 0),
        t2 = t2 - (old.topics & 4 != 0), t3 = t3 - (old.topics & 8 != 0),
        t4 = t4 - (old.topics & 16 != 0), t5 = t5 - (old.topics & 32 != 0),
        t6 = t6 - (old.topics & 64 != 0), t7 = t7 - (old.topics & 128 != 0),
        t8 = t8 - (old.topics & 256 != 0), t9 = t9 - (old.topics & 512 != 0)
    WHERE date = old.date AND site_id = old.site_id AND kind = old.kind
        AND device_id = old.device_id;
    DELETE FROM contact_counts WHERE date = old.date AND site_id = old.site_id
        AND kind = old.kind AND device_id = old.device_id AND contacts = 0;
    INSERT INTO contact_counts VALUES (new.date, new.site_id, new.kind, new.device_id, 1,
        new.duration_min, new.anonymous_count,
        EXISTS (SELECT 1 FROM contact_persons WHERE contact_id = new.id),
        new.topics & 1 != 0, new.topics & 2 != 0, new.topics & 4 != 0, new.topics & 8 != 0,
        new.topics & 16 != 0, new.topics & 32 != 0, new.topics & 64 != 0, new.topics & 128 != 0,
        new.topics & 256 != 0, new.topics & 512 != 0)
    ON CONFLICT (date, site_id, kind, device_id) DO UPDATE SET
        contacts = contacts + 1, minutes = minutes + excluded.minutes,
        anonymous_people = anonymous_people + excluded.anonymous_people,
        linked_contacts = linked_contacts + excluded.linked_contacts,
        t0 = t0 + excluded.t0, t1 = t1 + excluded.t1, t2 = t2 + excluded.t2, t3 = t3 + excluded.t3,
        t4 = t4 + excluded.t4, t5 = t5 + excluded.t5, t6 = t6 + excluded.t6, t7 = t7 + excluded.t7,
        t8 = t8 + excluded.t8, t9 = t9 + excluded.t9;
    UPDATE person_contact_days SET n = n - 1
        WHERE old.date != new.date AND date = old.date
          AND person_id IN (SELECT person_id FROM contact_persons WHERE contact_id = new.id);
    DELETE FROM person_contact_days WHERE old.date != new.date AND date = old.date AND n = 0;
    INSERT INTO person_contact_days (person_id, date, n)
        SELECT person_id, new.date, 1 FROM contact_persons
        WHERE old.date != new.date AND contact_id = new.id
        ON CONFLICT (person_id, date) DO UPDATE SET n = n + 1;
END;

-- A person is linked to a contact.
CREATE TRIGGER contact_persons_counts_insert AFTER INSERT ON contact_persons
BEGIN
    INSERT INTO person_contact_days (person_id, date, n)
        SELECT new.person_id, date, 1 FROM contacts WHERE id = new.contact_id
        ON CONFLICT (person_id, date) DO UPDATE SET n = n + 1;
    UPDATE contact_counts SET linked_contacts = linked_contacts + 1
        WHERE (SELECT count(*) FROM contact_persons WHERE contact_id = new.contact_id) = 1
          AND (date, site_id, kind, device_id) =
              (SELECT date, site_id, kind, device_id FROM contacts WHERE id = new.contact_id);
END;

-- A person is unlinked from a contact that stays (unlinking on edit, erasure of the person).
CREATE TRIGGER contact_persons_counts_delete AFTER DELETE ON contact_persons
    WHEN EXISTS (SELECT 1 FROM contacts WHERE id = old.contact_id)
BEGIN
    UPDATE person_contact_days SET n = n - 1
        WHERE person_id = old.person_id
          AND date = (SELECT date FROM contacts WHERE id = old.contact_id);
    DELETE FROM person_contact_days WHERE person_id = old.person_id AND n = 0;
    UPDATE contact_counts SET linked_contacts = linked_contacts - 1
        WHERE NOT EXISTS (SELECT 1 FROM contact_persons WHERE contact_id = old.contact_id)
          AND (date, site_id, kind, device_id) =
              (SELECT date, site_id, kind, device_id FROM contacts WHERE id = old.contact_id);
END;

-- Count what is there.
INSERT INTO contact_counts
    SELECT c.date, c.site_id, c.kind, c.device_id, count(*), sum(c.duration_min),
        sum(c.anonymous_count),
        sum(EXISTS (SELECT 1 FROM contact_persons WHERE contact_id = c.id)),
        sum(c.topics & 1 != 0), sum(c.topics & 2 != 0), sum(c.topics & 4 != 0),
        sum(c.topics & 8 != 0), sum(c.topics & 16 != 0), sum(c.topics & 32 != 0),
        sum(c.topics & 64 != 0), sum(c.topics & 128 != 0), sum(c.topics & 256 != 0),
        sum(c.topics & 512 != 0)
    FROM contacts AS c GROUP BY c.date, c.site_id, c.kind, c.device_id;
INSERT INTO person_contact_days
    SELECT cp.person_id, c.date, count(*) FROM contact_persons AS cp
    JOIN contacts AS c ON c.id = cp.contact_id GROUP BY cp.person_id, c.date;
