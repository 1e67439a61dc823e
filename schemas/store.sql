-- The tracking store, version 1 (DESIGN.md §4). SQLite dialect; the PostgreSQL
-- store runs the same tables. The record JSON is the truth; the other columns
-- are indexes over it, rewritten with it in one transaction.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
    id               TEXT PRIMARY KEY,          -- SHA-256 of the file's bytes
    path             TEXT NOT NULL,             -- where the bytes were first found
    sha256           TEXT NOT NULL,
    status           TEXT NOT NULL,
    doc_type         TEXT,
    number_symbol    TEXT,
    issuer           TEXT,
    issued_date      TEXT,
    pipeline_version TEXT NOT NULL,
    record           TEXT NOT NULL,             -- the record JSON
    stored_at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number_symbol);
CREATE INDEX IF NOT EXISTS documents_issued ON documents(issued_date);

-- Every path under which the same bytes were found (duplicates are one document).
CREATE TABLE IF NOT EXISTS document_paths (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    PRIMARY KEY (document_id, path)
);

CREATE TABLE IF NOT EXISTS deadlines (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    due         TEXT,
    text        TEXT NOT NULL,
    task        TEXT,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX IF NOT EXISTS deadlines_due ON deadlines(due);

CREATE TABLE IF NOT EXISTS "references" (
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    number_symbol TEXT NOT NULL,
    date          TEXT,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE IF NOT EXISTS runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    command     TEXT NOT NULL,
    summary     TEXT
);

CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER REFERENCES runs(id),
    at          TEXT NOT NULL,
    document_id TEXT,
    path        TEXT,
    kind        TEXT NOT NULL,
    message     TEXT
);
