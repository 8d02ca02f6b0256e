package io.anxin.kiosk.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * 16-bit little-endian PCM audio, as read from or written to a RIFF/WAVE file. Immutable.
 *
 * <p>{@link #parse} accepts the header espeak-ng writes to a pipe (chunk sizes of 0x7fffffff) by
 * clamping the data chunk to the bytes present.
 */
public final class WavAudio {

    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;

    private final int sampleRate;
    private final int channels;
    private final byte[] pcm;

    public WavAudio(int sampleRate, int channels, byte[] pcm) {
        if (sampleRate < 1000 || sampleRate > 192_000 || channels < 1 || channels > 2) {
            throw new IllegalArgumentException("unsupported format: " + sampleRate + " Hz, " + channels + " channels");
        }
        int frame = 2 * channels;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.pcm = Arrays.copyOf(pcm, pcm.length - pcm.length % frame);
    }

    /** Reads a WAV file's bytes; {@link IllegalArgumentException} names what is wrong or unsupported. */
    public static WavAudio parse(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !tag(wav, 0, "RIFF") || !tag(wav, 8, "WAVE")) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        int pos = 12;
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= wav.length) {
            String id = new String(wav, pos, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            int body = pos + 8;
            if (id.equals("fmt ")) {
                if (size < 16 || body + 16 > wav.length) {
                    throw new IllegalArgumentException("truncated fmt chunk");
                }
                format = Short.toUnsignedInt(b.getShort(body));
                channels = Short.toUnsignedInt(b.getShort(body + 2));
                rate = b.getInt(body + 4);
                bits = Short.toUnsignedInt(b.getShort(body + 14));
                if (format == EXTENSIBLE && size >= 26 && body + 26 <= wav.length) {
                    format = Short.toUnsignedInt(b.getShort(body + 24));
                }
            } else if (id.equals("data")) {
                if (format != PCM || bits != 16) {
                    throw new IllegalArgumentException("unsupported WAV encoding: format " + format + ", "
                            + bits + " bits (need 16-bit PCM)");
                }
                int end = (int) Math.min(wav.length, body + size);
                return new WavAudio(rate, channels, Arrays.copyOfRange(wav, body, end));
            }
            pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new IllegalArgumentException("no data chunk");
    }

    private static boolean tag(byte[] wav, int at, String tag) {
        return new String(wav, at, 4, StandardCharsets.US_ASCII).equals(tag);
    }

    /** A canonical 44-byte-header WAV file of this audio. */
    public byte[] toWavBytes() {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) PCM).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * frameSize()).putShort((short) frameSize()).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length).put(pcm);
        return b.array();
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    public int bitsPerSample() {
        return 16;
    }

    public int frameSize() {
        return 2 * channels;
    }

    public int frames() {
        return pcm.length / frameSize();
    }

    /** The raw PCM bytes (a copy). */
    public byte[] pcm() {
        return pcm.clone();
    }

    /** Copies {@code length} PCM bytes from {@code offset} into {@code target}. */
    void copyPcm(int offset, byte[] target, int length) {
        System.arraycopy(pcm, offset, target, 0, length);
    }

    int pcmLength() {
        return pcm.length;
    }

    public Duration duration() {
        return Duration.ofNanos(frames() * 1_000_000_000L / sampleRate);
    }

    /** Root mean square of all samples, 0..1 of full scale. */
    public double rms() {
        ByteBuffer b = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        int samples = pcm.length / 2;
        if (samples == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            double s = b.getShort(i * 2) / 32768.0;
            sum += s * s;
        }
        return Math.sqrt(sum / samples);
    }
}
