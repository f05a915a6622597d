-- Feldbuch schema v5: monthly roll-ups for the report. Never edit this file after it has landed.
--
-- Schema v4's daily counts still make a year's report read some 175,000 rows (day × site ×
-- kind) and seek every person twice. Two smaller tables, kept by triggers on the daily ones
-- (so every path that writes contacts keeps them too), serve periods made of whole months:
--   contact_month_counts: contact_counts summed per month (`YYYY-MM`), site, kind and device;
--   person_contact_years: per year and person, a bit mask of the months (bit 0 = January)
--     with at least one contact day.
-- The report reads them for the whole months of a period and the daily tables only for the
-- days of a partial month at either end. Rows that drop to zero are removed, so both equal a
-- recount of the daily tables (tests/report_counts.rs).
--
-- The daily tables only ever change their counts by UPDATE, never their keys; a trigger
-- refuses an UPDATE that sets a key, so the roll-ups cannot silently go wrong.

CREATE TABLE contact_month_counts (
    month              TEXT NOT NULL,
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
    PRIMARY KEY (month, site_id, kind, device_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE person_contact_years (
    year      INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    months    INTEGER NOT NULL,
    PRIMARY KEY (year, person_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER contact_counts_keys_fixed BEFORE UPDATE OF date, site_id, kind, device_id
    ON contact_counts
BEGIN
    SELECT RAISE(ABORT, 'contact_counts: keys are never updated');
END;

CREATE TRIGGER person_contact_days_keys_fixed BEFORE UPDATE OF person_id, date
    ON person_contact_days
BEGIN
    SELECT RAISE(ABORT, 'person_contact_days: keys are never updated');
END;

-- A new day bucket: add it to its month.
CREATE TRIGGER contact_month_counts_insert AFTER INSERT ON contact_counts
BEGIN
    INSERT INTO contact_month_counts VALUES (substr(new.date, 1, 7), new.site_id, new.kind,
        new.device_id, new.contacts, new.minutes, new.anonymous_people, new.linked_contacts, new.t0, new.t1, new.t2, new.t3, new.t4, new.t5, new.t6, new.t7, new.t8, new.t9)
    ON CONFLICT (month, site_id, kind, device_id) DO UPDATE SET
        contacts = contacts + excluded.contacts,
        minutes = minutes + excluded.minutes,
        anonymous_people = anonymous_people + excluded.anonymous_people,
        linked_contacts = linked_contacts + excluded.linked_contacts,
        t0 = t0 + excluded.t0,
        t1 = t1 + excluded.t1,
        t2 = t2 + excluded.t2,
        t3 = t3 + excluded.t3,
        t4 = t4 + excluded.t4,
        t5 = t5 + excluded.t5,
        t6 = t6 + excluded.t6,
        t7 = t7 + excluded.t7,
        t8 = t8 + excluded.t8,
        t9 = t9 + excluded.t9;
END;

-- A day bucket changes: its month changes by the same amounts.
CREATE TRIGGER contact_month_counts_update AFTER UPDATE ON contact_counts
BEGIN
    UPDATE contact_month_counts SET
        contacts = contacts + new.contacts - old.contacts,
        minutes = minutes + new.minutes - old.minutes,
        anonymous_people = anonymous_people + new.anonymous_people - old.anonymous_people,
        linked_contacts = linked_contacts + new.linked_contacts - old.linked_contacts,
        t0 = t0 + new.t0 - old.t0,
        t1 = t1 + new.t1 - old.t1,
        t2 = t2 + new.t2 - old.t2,
        t3 = t3 + new.t3 - old.t3,
        t4 = t4 + new.t4 - old.t4,
        t5 = t5 + new.t5 - old.t5,
        t6 = t6 + new.t6 - old.t6,
        t7 = t7 + new.t7 - old.t7,
        t8 = t8 + new.t8 - old.t8,
        t9 = t9 + new.t9 - old.t9
    WHERE month = substr(old.date, 1, 7) AND site_id = old.site_id AND kind = old.kind
        AND device_id = old.device_id;
END;

-- Only a decrease can empty a month.
CREATE TRIGGER contact_month_counts_emptied AFTER UPDATE ON contact_counts
    WHEN new.contacts < old.contacts
BEGIN
    DELETE FROM contact_month_counts WHERE month = substr(old.date, 1, 7) AND site_id = old.site_id AND kind = old.kind
        AND device_id = old.device_id AND contacts = 0;
END;

-- A day bucket goes (it is empty then, but take off what it holds all the same).
CREATE TRIGGER contact_month_counts_delete AFTER DELETE ON contact_counts
BEGIN
    UPDATE contact_month_counts SET
        contacts = contacts - old.contacts,
        minutes = minutes - old.minutes,
        anonymous_people = anonymous_people - old.anonymous_people,
        linked_contacts = linked_contacts - old.linked_contacts,
        t0 = t0 - old.t0,
        t1 = t1 - old.t1,
        t2 = t2 - old.t2,
        t3 = t3 - old.t3,
        t4 = t4 - old.t4,
        t5 = t5 - old.t5,
        t6 = t6 - old.t6,
        t7 = t7 - old.t7,
        t8 = t8 - old.t8,
        t9 = t9 - old.t9
    WHERE month = substr(old.date, 1, 7) AND site_id = old.site_id AND kind = old.kind
        AND device_id = old.device_id;
    DELETE FROM contact_month_counts WHERE month = substr(old.date, 1, 7) AND site_id = old.site_id AND kind = old.kind
        AND device_id = old.device_id AND contacts = 0;
END;

-- A person's first contact on a day: the day's month is reached.
CREATE TRIGGER person_contact_years_insert AFTER INSERT ON person_contact_days
BEGIN
    INSERT INTO person_contact_years VALUES (CAST(substr(new.date, 1, 4) AS INTEGER),
        new.person_id, 1 << (CAST(substr(new.date, 6, 2) AS INTEGER) - 1))
    ON CONFLICT (year, person_id) DO UPDATE SET months = months | excluded.months;
END;

-- A person's last contact on a day goes: the month stays reached only if another day does.
CREATE TRIGGER person_contact_years_delete AFTER DELETE ON person_contact_days
    WHEN NOT EXISTS (SELECT 1 FROM person_contact_days WHERE person_id = old.person_id
        AND date BETWEEN substr(old.date, 1, 7) || '-01' AND substr(old.date, 1, 7) || '-31')
BEGIN
    UPDATE person_contact_years
        SET months = months & ~(1 << (CAST(substr(old.date, 6, 2) AS INTEGER) - 1))
        WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND person_id = old.person_id;
    DELETE FROM person_contact_years
        WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND person_id = old.person_id
          AND months = 0;
END;

-- Count what is there.
INSERT INTO contact_month_counts
    SELECT substr(date, 1, 7), site_id, kind, device_id, sum(contacts), sum(minutes), sum(anonymous_people), sum(linked_contacts), sum(t0), sum(t1), sum(t2), sum(t3), sum(t4), sum(t5), sum(t6), sum(t7), sum(t8), sum(t9)
    FROM contact_counts GROUP BY substr(date, 1, 7), site_id, kind, device_id;
INSERT INTO person_contact_years
    SELECT year, person_id, sum(bit) FROM (
        SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) AS year, person_id,
            1 << (CAST(substr(date, 6, 2) AS INTEGER) - 1) AS bit
        FROM person_contact_days)
    GROUP BY year, person_id;
