package io.anxin.kiosk.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The hall's call chime, generated rather than shipped as a file: two soft bell-like tones, a rising
 * major sixth (660 Hz, then 880 Hz at the same instant the first is dying away), each with a short
 * raised-cosine attack and a long decay to silence, so neither the start nor the end clicks.
 * Stateless; the audio is built once per call of {@link #audio}.
 */
public final class Chime {

    /** 22.05 kHz mono, the rate the speech engine uses, so the player opens one kind of line. */
    public static final int SAMPLE_RATE = 22_050;
    static final double FIRST_HZ = 660;
    static final double SECOND_HZ = 880;
    /** Each tone's length, s. */
    static final double TONE_SECONDS = 0.25;
    /** The second tone rings a little longer so the chime ends on it. */
    static final double TAIL_SECONDS = 0.15;
    /** Peak amplitude, well below full scale: the chime must not be louder than speech. */
    static final double PEAK = 0.45;
    private static final double ATTACK_SECONDS = 0.012;
    private static final double RELEASE_SECONDS = 0.04;

    private Chime() {
    }

    /** The two-tone chime, about 0.65 s of 16-bit PCM. */
    public static WavAudio audio() {
        int first = (int) (SAMPLE_RATE * TONE_SECONDS);
        int second = (int) (SAMPLE_RATE * (TONE_SECONDS + TAIL_SECONDS));
        int gap = (int) (SAMPLE_RATE * 0.03);
        int frames = first + gap + second;
        double[] mix = new double[frames];
        tone(mix, 0, first, FIRST_HZ);
        tone(mix, first + gap, second, SECOND_HZ);
        ByteBuffer b = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (double s : mix) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(1, s)) * 32767));
        }
        return new WavAudio(SAMPLE_RATE, 1, b.array());
    }

    /** A sine with a faint octave (a bell-like timbre), attack, exponential decay and a final fade to zero. */
    private static void tone(double[] into, int start, int frames, double hz) {
        int attack = (int) (SAMPLE_RATE * ATTACK_SECONDS);
        int release = (int) (SAMPLE_RATE * RELEASE_SECONDS);
        for (int i = 0; i < frames; i++) {
            double t = (double) i / SAMPLE_RATE;
            double envelope = Math.exp(-3.0 * t / (frames / (double) SAMPLE_RATE));
            if (i < attack) {
                envelope *= 0.5 - 0.5 * Math.cos(Math.PI * i / attack);
            }
            int fromEnd = frames - 1 - i;
            if (fromEnd < release) {
                envelope *= 0.5 - 0.5 * Math.cos(Math.PI * fromEnd / release);
            }
            double wave = Math.sin(2 * Math.PI * hz * t) + 0.2 * Math.sin(4 * Math.PI * hz * t);
            into[start + i] += PEAK / 1.2 * envelope * wave;
        }
    }
}
