-- Contribution payments (specs/services.md, "Payment"). A payment_order row is written in the same
-- transaction as its contribution.pay submission and outbox entry, in state 'charging', before the
-- payment terminal is asked to charge; the outcome is written later, together with a
-- contribution.pay.result outbox entry, in a second transaction.
--
-- States: charging (the terminal may be charging; after a crash PaymentRecovery asks it),
-- paid (money taken, terminal_ref set), declined (card refused), cancelled (cancelled on the
-- terminal), not-charged (the terminal never got the charge), unconfirmed (the terminal gave no
-- answer: staff check; a later PaymentRecovery run settles it when the terminal answers).
-- Only charging and unconfirmed ever change.
--
-- contribution_year, not year: YEAR is a reserved word in H2.
CREATE TABLE payment_order (
    order_id          VARCHAR(32)   PRIMARY KEY,
    submission_id     UUID          NOT NULL UNIQUE REFERENCES submission (id),
    amount            DECIMAL(12, 2) NOT NULL,
    contribution_year INT           NOT NULL,
    category          VARCHAR(32)   NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    terminal_ref      VARCHAR(64),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_order_state CHECK (state IN ('charging', 'paid', 'declined', 'cancelled', 'not-charged', 'unconfirmed')),
    CONSTRAINT payment_order_amount CHECK (amount > 0),
    CONSTRAINT payment_order_ref CHECK ((state = 'paid') = (terminal_ref IS NOT NULL))
);
CREATE INDEX payment_order_open ON payment_order (state);
