-- The resident's insurance record as the central server last gave it (POST /v1/residents/lookup),
-- for offline display with "截至 <fetched_at>". Keyed by the same HMAC of the ID number as
-- submission.resident_key: no plain ID number in a column. payload is the record as JSON without
-- the name (nothing offline shows it); one row per resident, replaced on every successful look-up.
CREATE TABLE resident_cache (
    resident_key  VARCHAR(64)   PRIMARY KEY,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload       CHARACTER LARGE OBJECT NOT NULL
);
