-- Feldbuch schema v17: a programme's own vocabulary. Never edit this file after it has landed.
--
-- The lead adds ids to the built-in vocabularies (a site kind "notunterkunft", an activity kind
-- "sprachcafe", …), each with a label in every language the app ships, and the office bundle
-- carries them to the devices. An extension refines a built-in id (its parent: "sonstiges" for
-- most), so that the funder's categories stay what they are: a record keeps the parent in its
-- own column and the extension beside it. Built-in ids stay and cannot be removed.
CREATE TABLE vocab_extensions (
    kind        TEXT NOT NULL,
    id          TEXT NOT NULL,
    parent      TEXT,
    labels      TEXT NOT NULL,      -- JSON: {"de": "…", "en": "…", "tr": "…", "ar": "…", "uk": "…"}
    device_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
