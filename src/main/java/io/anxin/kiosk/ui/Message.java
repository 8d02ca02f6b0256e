package io.anxin.kiosk.ui;

import java.util.Arrays;
import java.util.List;

import io.anxin.kiosk.voice.Prompt;

/** Words for a person: a bundle key and its arguments, shown and spoken alike. */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    public Prompt toPrompt() {
        return new Prompt(key, args, false);
    }

    @Override
    public String toString() {
        return "Message[" + key + "]";
    }
}
