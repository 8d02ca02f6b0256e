-- The lab central server's own database (never the kiosk's): what it received.

CREATE TABLE lab_transaction (
    id            VARCHAR(200) NOT NULL PRIMARY KEY,
    -- SRV-<reference_no>; also the order of first arrival
    reference_no  BIGINT       NOT NULL UNIQUE,
    terminal_id   VARCHAR(200) NOT NULL,
    epoch         VARCHAR(200),
    seq           BIGINT,
    kind          VARCHAR(200) NOT NULL,
    acceptance_no VARCHAR(200),
    drill         BOOLEAN      NOT NULL,
    -- SHA-256 of the canonical JSON of kind, createdAt, acceptanceNo, drill, payload
    content_hash  CHAR(64)     NOT NULL,
    entry_json    CLOB         NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- how many times the id arrived with the same content (1 + duplicates)
    deliveries    INT          NOT NULL,
    -- how many times the id arrived with different content (each answered CONFLICT)
    conflicts     INT          NOT NULL DEFAULT 0
);

CREATE INDEX lab_transaction_acceptance ON lab_transaction (acceptance_no);

CREATE TABLE lab_heartbeat (
    n           BIGINT AUTO_INCREMENT PRIMARY KEY,
    terminal_id VARCHAR(200) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    body_json   CLOB NOT NULL
);

-- One row per distinct content of the config folder's catalogs: the reference-data version.
CREATE TABLE lab_reference_data (
    version      INT      NOT NULL PRIMARY KEY,
    content_hash CHAR(64) NOT NULL,
    loaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
