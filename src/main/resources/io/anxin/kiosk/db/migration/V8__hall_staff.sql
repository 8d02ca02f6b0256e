-- Clerk sign-in on the hall node: wrong-PIN counts and lock-outs per staff number, kept in the node's
-- database so that every counter console shares them and a node restart does not reset them.
-- Outcomes go to audit_event (without the PIN).

CREATE TABLE hall_staff_lock (
    staff_no      VARCHAR(16)  NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    locked_until  BIGINT       NOT NULL DEFAULT 0
);
