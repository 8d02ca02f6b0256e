package io.anxin.kiosk.device.card;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A card channel that checks every command against a script, byte for byte, and answers with the
 * scripted response, or throws the scripted exception. A command that differs from the script, or
 * one past its end, fails the test with an {@link AssertionError} naming the step.
 */
public final class ScriptedCardChannel extends CardChannel {

    private record Step(String command, String response, Supplier<Exception> failure) {
    }

    private final List<Step> steps;
    private int next;

    private ScriptedCardChannel(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static Builder script() {
        return new Builder();
    }

    /** Commands answered so far. */
    public int stepsDone() {
        return next;
    }

    public boolean finished() {
        return next == steps.size();
    }

    @Override
    public Card getCard() {
        throw new UnsupportedOperationException("not needed by the protocol");
    }

    @Override
    public int getChannelNumber() {
        return 0;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        String actual = Hex.of(command.getBytes());
        if (next >= steps.size()) {
            throw new AssertionError("unexpected command after the script ended: " + actual);
        }
        Step step = steps.get(next);
        if (!step.command().equals(actual)) {
            throw new AssertionError("step " + (next + 1) + ": expected " + step.command() + " but got " + actual);
        }
        next++;
        if (step.failure() != null) {
            Exception e = step.failure().get();
            if (e instanceof CardException ce) {
                throw ce;
            }
            throw (RuntimeException) e;
        }
        return new ResponseAPDU(Hex.parse(step.response()));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) {
        throw new UnsupportedOperationException("the protocol uses transmit(CommandAPDU)");
    }

    @Override
    public void close() {
    }

    /** Builds a script: {@code expect(command).answer(response)} pairs, or {@code expect(command).fail(...)}. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private String pending;

        public Builder expect(String commandHex) {
            if (pending != null) {
                throw new IllegalStateException("answer the previous command first");
            }
            pending = Hex.of(Hex.parse(commandHex));
            return this;
        }

        public Builder answer(String responseHex) {
            steps.add(new Step(take(), Hex.of(Hex.parse(responseHex)), null));
            return this;
        }

        /** The channel throws this exception (a CardException or a RuntimeException) at this command. */
        public Builder fail(Supplier<Exception> failure) {
            steps.add(new Step(take(), null, failure));
            return this;
        }

        /** Keeps the first {@code count} steps only, to cut a script short. */
        public Builder firstSteps(int count) {
            steps.subList(count, steps.size()).clear();
            return this;
        }

        /** Replaces the answer of step {@code index} (0-based). */
        public Builder replaceAnswer(int index, String responseHex) {
            Step old = steps.get(index);
            steps.set(index, new Step(old.command(), Hex.of(Hex.parse(responseHex)), null));
            return this;
        }

        public ScriptedCardChannel build() {
            if (pending != null) {
                throw new IllegalStateException("command " + pending + " has no answer");
            }
            return new ScriptedCardChannel(steps);
        }

        private String take() {
            if (pending == null) {
                throw new IllegalStateException("expect a command first");
            }
            String command = pending;
            pending = null;
            return command;
        }
    }
}
