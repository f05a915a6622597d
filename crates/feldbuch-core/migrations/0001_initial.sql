-- Feldbuch schema v1: the whole domain of PRODUCT.md.
-- Every record table carries: id (UUIDv7 text), device_id (creating device), created_at,
-- updated_at (RFC 3339 UTC), revision (starts at 1, +1 per change; merge: newest revision wins,
-- ties broken by device id). Never edit this file after it has landed: add a new one.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE devices (
    id          TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    label       TEXT NOT NULL,
    worker_id   TEXT,
    team        TEXT,
    signing_public_key BLOB,
    enrolled_at TEXT
) STRICT;

CREATE TABLE workers (
    id           TEXT PRIMARY KEY NOT NULL,
    device_id    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    display_name TEXT NOT NULL,
    initials     TEXT NOT NULL,
    team         TEXT,
    role         TEXT NOT NULL CHECK (role IN ('worker', 'lead', 'volunteer')),
    locale       TEXT NOT NULL CHECK (locale IN ('de', 'en', 'tr', 'ar', 'uk'))
) STRICT;

CREATE TABLE sites (
    id             TEXT PRIMARY KEY NOT NULL,
    device_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    kind           TEXT NOT NULL CHECK (kind IN ('kita', 'fruehe-hilfen', 'schule', 'arztpraxis',
                        'quartierszentrum', 'beratungsstelle', 'jobcenter', 'oeffentlicher-raum', 'sonstiges')),
    name           TEXT NOT NULL,
    district       TEXT,
    address        TEXT,
    contact_person TEXT,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;
CREATE INDEX sites_name ON sites (name COLLATE NOCASE);

-- Regular visit slots of a site, e.g. Tuesday 08:00-10:00 (weekday 1 = Monday … 7 = Sunday).
CREATE TABLE site_visit_slots (
    id         TEXT PRIMARY KEY NOT NULL,
    device_id  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1,
    site_id    TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time TEXT NOT NULL,
    end_time   TEXT NOT NULL
) STRICT;
CREATE INDEX site_visit_slots_weekday ON site_visit_slots (weekday);

CREATE TABLE partners (
    id             TEXT PRIMARY KEY NOT NULL,
    device_id      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    district       TEXT,
    address        TEXT,
    contact_person TEXT
) STRICT;

CREATE TABLE partner_services (
    id          TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    partner_id  TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT
) STRICT;

CREATE TABLE persons (
    id            TEXT PRIMARY KEY NOT NULL,
    device_id     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1,
    worker_id     TEXT NOT NULL,
    pseudonym     TEXT NOT NULL,
    birth_year    INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    age_band      TEXT,
    gender        TEXT CHECK (gender IS NULL OR gender IN ('weiblich', 'maennlich', 'divers', 'keine-angabe')),
    languages     TEXT NOT NULL DEFAULT '[]',
    district      TEXT,
    -- Only while a documentation consent is recorded (enforced in the core):
    real_name     TEXT,
    contact_info  TEXT,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    closed_on     TEXT,
    close_reason  TEXT,
    -- Programme participant (ESF Plus) fields:
    participant        INTEGER NOT NULL DEFAULT 0 CHECK (participant IN (0, 1)),
    esf_entry_date     TEXT,
    esf_exit_date      TEXT,
    esf_employment     TEXT,
    esf_education      TEXT,
    esf_household      TEXT
) STRICT;
CREATE INDEX persons_pseudonym ON persons (pseudonym COLLATE NOCASE);

-- Life-situation markers and funder disadvantage markers of a person.
CREATE TABLE person_markers (
    person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    marker    TEXT NOT NULL,
    PRIMARY KEY (person_id, marker)
) STRICT, WITHOUT ROWID;

CREATE TABLE consents (
    id           TEXT PRIMARY KEY NOT NULL,
    device_id    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    person_id    TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    scope        TEXT NOT NULL CHECK (scope IN ('documentation', 'forwarding', 'participant-reporting')),
    partner_id   TEXT REFERENCES partners (id),
    given_on     TEXT NOT NULL,
    form         TEXT NOT NULL CHECK (form IN ('written', 'verbal')),
    withdrawn_on TEXT
) STRICT;
CREATE INDEX consents_person ON consents (person_id);

-- Contacts are written on every quick entry: the table is keyed by its id (WITHOUT ROWID, no
-- separate id index) and topics are a bitmask column (bit positions fixed in vocab.rs:
-- einsamkeit 0, wohnen 1, arbeit 2, gesundheit 3, finanzen 4, familie 5, sprache 6, behoerden 7,
-- freizeit 8, sonstiges 9), so a durable insert touches few pages; SQLCipher pays per page.
CREATE TABLE contacts (
    id                 TEXT PRIMARY KEY NOT NULL,
    device_id          TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    revision           INTEGER NOT NULL DEFAULT 1,
    date               TEXT NOT NULL,
    start_time         TEXT,
    duration_min       INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 720),
    site_id            TEXT NOT NULL REFERENCES sites (id),
    worker_id          TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('erstkontakt', 'folgekontakt', 'beratung', 'begleitung',
                            'kurzkontakt', 'telefonat', 'gruppenangebot', 'netzwerkkontakt')),
    topics             INTEGER NOT NULL DEFAULT 0 CHECK (topics BETWEEN 0 AND 1023),
    anonymous_count    INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_count BETWEEN 0 AND 500),
    anonymous_age_band TEXT,
    anonymous_gender   TEXT,
    language           TEXT,
    interpreter        INTEGER NOT NULL DEFAULT 0 CHECK (interpreter IN (0, 1)),
    outcome            TEXT,
    note               TEXT,
    followup_date      TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX contacts_date ON contacts (date, start_time);

CREATE TABLE contact_persons (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    person_id  TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX contact_persons_person ON contact_persons (person_id);

CREATE TABLE referrals (
    id                TEXT PRIMARY KEY NOT NULL,
    device_id         TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1,
    contact_id        TEXT REFERENCES contacts (id) ON DELETE SET NULL,
    person_id         TEXT REFERENCES persons (id) ON DELETE CASCADE,
    partner_id        TEXT NOT NULL REFERENCES partners (id),
    service_id        TEXT REFERENCES partner_services (id),
    status            TEXT NOT NULL DEFAULT 'vorgeschlagen' CHECK (status IN ('vorgeschlagen', 'vereinbart',
                           'wahrgenommen', 'nicht-wahrgenommen', 'abgebrochen')),
    status_changed_on TEXT NOT NULL,
    note              TEXT
) STRICT;

CREATE TABLE activities (
    id               TEXT PRIMARY KEY NOT NULL,
    device_id        TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 1,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    date             TEXT NOT NULL,
    start_time       TEXT,
    duration_min     INTEGER,
    site_id          TEXT REFERENCES sites (id),
    volunteers_count INTEGER NOT NULL DEFAULT 0 CHECK (volunteers_count >= 0),
    anonymous_count  INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_count >= 0),
    note             TEXT
) STRICT;
CREATE INDEX activities_date ON activities (date);

CREATE TABLE activity_facilitators (
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    worker_id   TEXT NOT NULL,
    PRIMARY KEY (activity_id, worker_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE activity_attendance (
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE followups (
    id         TEXT PRIMARY KEY NOT NULL,
    device_id  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1,
    worker_id  TEXT NOT NULL,
    due_on     TEXT NOT NULL,
    what       TEXT NOT NULL,
    person_id  TEXT REFERENCES persons (id) ON DELETE CASCADE,
    contact_id TEXT REFERENCES contacts (id) ON DELETE CASCADE,
    done_on    TEXT
) STRICT;
CREATE INDEX followups_open_due ON followups (due_on) WHERE done_on IS NULL;

-- An erased record leaves a tombstone that travels in exports.
CREATE TABLE tombstones (
    entity     TEXT NOT NULL,
    id         TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    PRIMARY KEY (entity, id)
) STRICT, WITHOUT ROWID;

-- Append-only, hash-chained access log. Holds ids and actions, never content.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
