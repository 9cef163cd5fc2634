-- Custom segments of every account; the six default segments live in code, not here.
-- Every read and write filters on account_id. Criteria are the canonical JSON document,
-- kept as text so that what was stored is what is returned, byte for byte.
CREATE TABLE custom_segment (
    id          uuid        PRIMARY KEY,
    account_id  text        NOT NULL,
    name        text        NOT NULL,
    criteria    text        NOT NULL,
    version     bigint      NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT custom_segment_name_per_account UNIQUE (account_id, name)
);

-- Saved searches: the current revision here, every revision (the current one included) in
-- search_revision, every run in search_run.
CREATE TABLE saved_search (
    id          uuid        PRIMARY KEY,
    account_id  text        NOT NULL,
    name        text        NOT NULL,
    criteria    text        NOT NULL,
    revision    integer     NOT NULL,
    -- The campaign figure it was made from, e.g. nl-2026-11/not_opened; null otherwise.
    figure      text,
    version     bigint      NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE INDEX saved_search_account ON saved_search (account_id, created_at);

CREATE TABLE search_revision (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    search_id   uuid        NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    revision    integer     NOT NULL,
    name        text        NOT NULL,
    criteria    text        NOT NULL,
    saved_by    text        NOT NULL,
    saved_at    timestamptz NOT NULL,
    CONSTRAINT search_revision_once UNIQUE (search_id, revision)
);

CREATE TABLE search_run (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    search_id     uuid        NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    revision      integer     NOT NULL,
    ran_by        text        NOT NULL,
    ran_at        timestamptz NOT NULL,
    contact_count bigint      NOT NULL
);

CREATE INDEX search_run_latest ON search_run (search_id, ran_at DESC);
