-- Reference data from the central server (specs/central-sync.md, GET /v1/reference-data). A version
-- is stored all or nothing: its datasets and the version row change in one transaction.
-- Applying them to the running catalogs is a later issue.
CREATE TABLE reference_dataset (
    name        VARCHAR(64)   PRIMARY KEY,
    version     BIGINT        NOT NULL,
    content     CHARACTER LARGE OBJECT NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO kiosk_meta (meta_key, meta_value) VALUES ('reference-version', '0');
