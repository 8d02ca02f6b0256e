package io.anxin.kiosk.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Test audio. */
final class Tones {

    private Tones() {
    }

    static WavAudio sine(int rate, double hz, int millis) {
        int frames = rate * millis / 1000;
        ByteBuffer b = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * hz * i / rate) * 16000));
        }
        return new WavAudio(rate, 1, b.array());
    }

    /** Audio that carries {@code text} in its first bytes, so a fake player can tell prompts apart. */
    static WavAudio labelled(String text, int millis) {
        byte[] label = (text + "\u0000").getBytes(StandardCharsets.UTF_8);
        byte[] pcm = Arrays.copyOf(label, Math.max(label.length + 1, 22050 * 2 * millis / 1000));
        return new WavAudio(22050, 1, pcm);
    }

    static String label(WavAudio audio) {
        byte[] pcm = audio.pcm();
        int end = 0;
        while (end < pcm.length && pcm[end] != 0) {
            end++;
        }
        return new String(pcm, 0, end, StandardCharsets.UTF_8);
    }
}
