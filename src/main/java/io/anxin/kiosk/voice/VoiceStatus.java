package io.anxin.kiosk.voice;

/**
 * What the technician sees about the voice.
 *
 * @param state  overall state
 * @param detail plain words for the technician (which engine, what failed); never personal data
 */
public record VoiceStatus(State state, String detail) {

    public enum State { OK, SILENT, DEGRADED }

    public static VoiceStatus ok(String detail) {
        return new VoiceStatus(State.OK, detail);
    }
}
