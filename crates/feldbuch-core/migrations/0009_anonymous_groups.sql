-- Feldbuch schema v9: a contact's anonymous people as groups by age band and gender (a mother
-- with two children is one contact), and their running counts for the report. Never edit this
-- file after it has landed.
--
-- `anonymous_groups` is a JSON array of {"age_band", "gender", "count"}, written only when a
-- contact reached two or more groups; one group stays in the columns it always had
-- (anonymous_count, anonymous_age_band, anonymous_gender), so a contact from a device before
-- v9 and a contact with one group read alike. anonymous_count is always the sum.
ALTER TABLE contacts ADD COLUMN anonymous_groups TEXT CHECK (anonymous_groups IS NULL OR json_valid(anonymous_groups));

-- Per day, age band and gender: how many people were reached anonymously. Unknown band and
-- gender count as 'unbekannt' and 'keine-angabe'. Kept by the triggers below whatever path
-- writes contacts (entry, edit, erasure, retention, merge); rows that drop to zero are removed,
-- so the table equals a recount of the contacts.
CREATE TABLE anonymous_counts (
    date     TEXT NOT NULL,
    age_band TEXT NOT NULL,
    gender   TEXT NOT NULL,
    people   INTEGER NOT NULL,
    PRIMARY KEY (date, age_band, gender)
) STRICT, WITHOUT ROWID;

INSERT INTO anonymous_counts (date, age_band, gender, people)
SELECT date, coalesce(anonymous_age_band, 'unbekannt'), coalesce(anonymous_gender, 'keine-angabe'),
       sum(anonymous_count)
FROM contacts WHERE anonymous_count > 0
GROUP BY 1, 2, 3;

CREATE TRIGGER anonymous_counts_insert AFTER INSERT ON contacts WHEN new.anonymous_count > 0
BEGIN
    INSERT INTO anonymous_counts (date, age_band, gender, people)
    SELECT new.date, coalesce(json_extract(g.value, '$.age_band'), 'unbekannt'),
           coalesce(json_extract(g.value, '$.gender'), 'keine-angabe'),
           json_extract(g.value, '$.count')
    FROM json_each(coalesce(new.anonymous_groups, json_array(json_object(
        'age_band', new.anonymous_age_band, 'gender', new.anonymous_gender,
        'count', new.anonymous_count)))) AS g
    WHERE true
    ON CONFLICT (date, age_band, gender) DO UPDATE SET people = people + excluded.people;
END;

CREATE TRIGGER anonymous_counts_delete AFTER DELETE ON contacts WHEN old.anonymous_count > 0
BEGIN
    UPDATE anonymous_counts SET people = people - coalesce((
        SELECT sum(json_extract(g.value, '$.count'))
        FROM json_each(coalesce(old.anonymous_groups, json_array(json_object(
            'age_band', old.anonymous_age_band, 'gender', old.anonymous_gender,
            'count', old.anonymous_count)))) AS g
        WHERE coalesce(json_extract(g.value, '$.age_band'), 'unbekannt') = anonymous_counts.age_band
          AND coalesce(json_extract(g.value, '$.gender'), 'keine-angabe') = anonymous_counts.gender
    ), 0)
    WHERE date = old.date;
    DELETE FROM anonymous_counts WHERE date = old.date AND people = 0;
END;

CREATE TRIGGER anonymous_counts_update AFTER UPDATE OF date, anonymous_count, anonymous_age_band,
    anonymous_gender, anonymous_groups ON contacts
BEGIN
    UPDATE anonymous_counts SET people = people - coalesce((
        SELECT sum(json_extract(g.value, '$.count'))
        FROM json_each(coalesce(old.anonymous_groups, json_array(json_object(
            'age_band', old.anonymous_age_band, 'gender', old.anonymous_gender,
            'count', old.anonymous_count)))) AS g
        WHERE coalesce(json_extract(g.value, '$.age_band'), 'unbekannt') = anonymous_counts.age_band
          AND coalesce(json_extract(g.value, '$.gender'), 'keine-angabe') = anonymous_counts.gender
    ), 0)
    WHERE date = old.date AND old.anonymous_count > 0;
    DELETE FROM anonymous_counts WHERE date = old.date AND people = 0;
    INSERT INTO anonymous_counts (date, age_band, gender, people)
    SELECT new.date, coalesce(json_extract(g.value, '$.age_band'), 'unbekannt'),
           coalesce(json_extract(g.value, '$.gender'), 'keine-angabe'),
           json_extract(g.value, '$.count')
    FROM json_each(coalesce(new.anonymous_groups, json_array(json_object(
        'age_band', new.anonymous_age_band, 'gender', new.anonymous_gender,
        'count', new.anonymous_count)))) AS g
    WHERE new.anonymous_count > 0
    ON CONFLICT (date, age_band, gender) DO UPDATE SET people = people + excluded.people;
END;
