-- Submissions and the outbox (DESIGN.md rule 6, specs/central-sync.md). A submission row, its
-- outbox entry, its acceptance number and its audit line are written in one transaction.

-- Acceptance numbers <terminal>-<yyyyMMdd>-<nnnn>, counted per terminal and local day. The counter
-- row is updated in the submission's own transaction: a rolled-back submission gives its number
-- back (the next one takes it, nobody ever saw it), a committed one is never handed out again.
CREATE TABLE acceptance_counter (
    terminal_id  VARCHAR(32) NOT NULL,
    local_day    DATE        NOT NULL,
    next_number  INT         NOT NULL,
    PRIMARY KEY (terminal_id, local_day)
);

-- The business record. The full ID number is only inside payload (the central server needs it);
-- columns hold the masked one. payload is never logged. resident_key is an HMAC of the ID number
-- under this database's own secret (kiosk_meta 'resident-key'), for "my submissions" look-ups
-- without a plain-text ID column.
CREATE TABLE submission (
    id                UUID          PRIMARY KEY,
    acceptance_no     VARCHAR(64)   NOT NULL UNIQUE,
    kind              VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    terminal_id       VARCHAR(32)   NOT NULL,
    resident_masked   VARCHAR(18)   NOT NULL,
    resident_key      VARCHAR(64)   NOT NULL,
    identity_method   VARCHAR(16)   NOT NULL,
    identity_verified BOOLEAN       NOT NULL,
    check_at_window   BOOLEAN       NOT NULL,
    agent_masked      VARCHAR(18),
    agent_relationship VARCHAR(32),
    clerk_id          VARCHAR(32),
    drill             BOOLEAN       NOT NULL,
    payload           CHARACTER LARGE OBJECT NOT NULL,
    state             VARCHAR(16)   NOT NULL
);
CREATE INDEX submission_resident ON submission (resident_key);

-- What the sync worker delivers. seq comes from an identity sequence: values are never reused,
-- not after a delete, a rollback or a crash (a rollback or a crash leaves a gap). Writers take
-- the epoch row lock first, so seq order is also commit order.
CREATE TABLE outbox (
    seq              BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 1 NO CYCLE) PRIMARY KEY,
    id               UUID          NOT NULL UNIQUE,
    submission_id    UUID          UNIQUE REFERENCES submission (id),
    kind             VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    acceptance_no    VARCHAR(64),
    drill            BOOLEAN       NOT NULL,
    payload          CHARACTER LARGE OBJECT NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    reject_code      VARCHAR(64),
    reference        VARCHAR(128),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_state CHECK (state IN ('pending', 'delivered', 'rejected'))
);
CREATE INDEX outbox_state_seq ON outbox (state, seq);

INSERT INTO kiosk_meta (meta_key, meta_value)
    VALUES ('resident-key', CAST(RANDOM_UUID() AS VARCHAR(36)) || CAST(RANDOM_UUID() AS VARCHAR(36)));
