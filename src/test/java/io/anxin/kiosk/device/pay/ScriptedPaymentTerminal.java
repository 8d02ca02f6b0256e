package io.anxin.kiosk.device.pay;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A payment terminal that answers from a script and records every call, so tests can check the exact
 * calls ("charge once, then query"). An unscripted call fails the test.
 */
public final class ScriptedPaymentTerminal implements PaymentTerminal {

    /** One scripted answer; may throw (a {@link PaymentTerminalException} for an unreachable terminal). */
    @FunctionalInterface
    public interface Answer {
        TerminalResult answer(String orderId);
    }

    private final Deque<Answer> charges = new ArrayDeque<>();
    private final Deque<Answer> queries = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();

    public ScriptedPaymentTerminal onCharge(Answer... answers) {
        charges.addAll(List.of(answers));
        return this;
    }

    public ScriptedPaymentTerminal onQuery(Answer... answers) {
        queries.addAll(List.of(answers));
        return this;
    }

    /** Every call so far: {@code "charge <orderId> <amount>"} or {@code "query <orderId>"}. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized TerminalResult charge(String orderId, BigDecimal amount) {
        calls.add("charge " + orderId + " " + amount.toPlainString());
        return next(charges, "charge", orderId);
    }

    @Override
    public synchronized TerminalResult query(String orderId) {
        calls.add("query " + orderId);
        return next(queries, "query", orderId);
    }

    private static TerminalResult next(Deque<Answer> script, String what, String orderId) {
        Answer a = script.poll();
        if (a == null) {
            throw new AssertionError("unexpected " + what + " of order " + orderId);
        }
        return a.answer(orderId);
    }

    public static Answer approved(String reference) {
        return id -> TerminalResult.approved(id, reference);
    }

    public static Answer says(TerminalOutcome outcome) {
        return id -> TerminalResult.of(id, outcome);
    }

    public static Answer unreachable() {
        return id -> {
            throw new PaymentTerminalException("scripted: no answer on the line");
        };
    }
}
