package io.anxin.kiosk.voice;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays {@link WavAudio} through a {@link SourceDataLine} on one daemon thread ("voice-player"),
 * started on first use. Audio is written in 20 ms chunks, paced to at most 60 ms ahead of the wall
 * clock (some devices, like ALSA's null device, accept data faster than real time), into a 100 ms
 * line buffer; a stop is noticed between chunks and the line is flushed, so speech ends within
 * about one chunk. Volume scales the 16-bit samples (the same on every device, unlike
 * MASTER_GAIN) along a square curve, so 50 % is about -12 dB. The line stays open between items
 * and closes after 3 s idle, so an unplugged and re-plugged speaker is picked up again.
 *
 * <p>No sound device: the item is dropped, the failure is logged once and reported by
 * {@link #problem()}; every later item tries again.
 */
public final class WavPlayer implements AudioPlayer {

    static final int CHUNK_MILLIS = 20;
    static final int LEAD_MILLIS = 60;
    static final int BUFFER_MILLIS = 100;
    static final long IDLE_CLOSE_MILLIS = 3000;

    private static final Logger LOG = LoggerFactory.getLogger(WavPlayer.class);

    private final LineOpener opener;
    private final PlaybackListener listener;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final AtomicLong stopEpoch = new AtomicLong();
    private final AtomicBoolean problemLogged = new AtomicBoolean();
    private final Object startLock = new Object();
    private volatile int volume;
    private volatile boolean closed;
    private volatile String problem;
    private Thread thread;
    // player thread only
    private SourceDataLine line;
    private AudioFormat lineFormat;

    public WavPlayer(LineOpener opener, PlaybackListener listener, int volumePercent) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.listener = Objects.requireNonNull(listener, "listener");
        setVolume(volumePercent);
    }

    /** The system's default sound device, full volume. */
    public WavPlayer() {
        this(LineOpener.system(), PlaybackListener.NONE, 100);
    }

    @Override
    public void play(WavAudio audio, BooleanSupplier stillWanted) {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(stillWanted, "stillWanted");
        if (closed) {
            return;
        }
        ensureThread();
        queue.add(new Item(audio, stillWanted, stopEpoch.get()));
    }

    @Override
    public void stopAll() {
        stopEpoch.incrementAndGet();
        queue.clear();
    }

    @Override
    public void setVolume(int percent) {
        volume = Math.max(0, Math.min(100, percent));
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public void close() {
        closed = true;
        stopAll();
        synchronized (startLock) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    private void ensureThread() {
        synchronized (startLock) {
            if (thread == null && !closed) {
                thread = new Thread(this::run, "voice-player");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private void run() {
        try {
            while (!closed) {
                Item item = queue.poll(IDLE_CLOSE_MILLIS, TimeUnit.MILLISECONDS);
                if (item == null) {
                    closeLine();
                } else if (wanted(item)) {
                    playOne(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeLine();
        }
    }

    private boolean wanted(Item item) {
        return !closed && item.epoch == stopEpoch.get() && item.stillWanted.getAsBoolean();
    }

    private void playOne(Item item) throws InterruptedException {
        WavAudio audio = item.audio;
        AudioFormat format = new AudioFormat(audio.sampleRate(), 16, audio.channels(), true, false);
        int frameSize = audio.frameSize();
        if (!ensureLine(format, audio.sampleRate() * BUFFER_MILLIS / 1000 * frameSize)) {
            return;
        }
        int chunkBytes = Math.max(1, audio.sampleRate() * CHUNK_MILLIS / 1000) * frameSize;
        byte[] buf = new byte[chunkBytes];
        boolean interrupted = false;
        boolean started = false;
        try {
            line.start();
            long start = System.nanoTime();
            long frames = 0;
            for (int off = 0; off < audio.pcmLength(); off += chunkBytes) {
                if (!wanted(item) || !paced(item, start, frames, audio.sampleRate(), LEAD_MILLIS)) {
                    interrupted = true;
                    break;
                }
                int n = Math.min(chunkBytes, audio.pcmLength() - off);
                audio.copyPcm(off, buf, n);
                scale(buf, n, volume);
                line.write(buf, 0, n);
                frames += n / frameSize;
                if (!started) {
                    started = true;
                    listener.started(audio);
                }
            }
            interrupted = interrupted || !paced(item, start, frames, audio.sampleRate(), 0);
            if (interrupted) {
                line.stop();
                line.flush();
            } else {
                if (line.available() < line.getBufferSize()) {
                    line.drain();
                }
                line.stop();
            }
        } catch (RuntimeException e) {
            fail("audio output failed while playing: " + e);
            closeLine();
        }
        listener.finished(audio, interrupted);
    }

    /** Waits until no more than {@code leadMillis} of audio is ahead of the clock; false when no longer wanted. */
    private boolean paced(Item item, long start, long framesWritten, int rate, int leadMillis)
            throws InterruptedException {
        while (true) {
            long elapsedFrames = (System.nanoTime() - start) * rate / 1_000_000_000L;
            long aheadMillis = (framesWritten - elapsedFrames) * 1000 / rate;
            if (aheadMillis <= leadMillis) {
                return true;
            }
            if (!wanted(item)) {
                return false;
            }
            Thread.sleep(Math.min(5, aheadMillis - leadMillis + 1));
        }
    }

    /** Scales 16-bit little-endian samples by (percent/100)^2. */
    static void scale(byte[] buf, int length, int percent) {
        if (percent >= 100) {
            return;
        }
        double factor = (percent / 100.0) * (percent / 100.0);
        for (int i = 0; i + 1 < length; i += 2) {
            int sample = (short) ((buf[i] & 0xff) | (buf[i + 1] << 8));
            int scaled = (int) Math.round(sample * factor);
            buf[i] = (byte) scaled;
            buf[i + 1] = (byte) (scaled >> 8);
        }
    }

    private boolean ensureLine(AudioFormat format, int bufferBytes) {
        if (line != null && line.isOpen() && lineFormat.matches(format)) {
            return true;
        }
        closeLine();
        try {
            line = opener.open(format, bufferBytes);
            lineFormat = format;
            if (problem != null) {
                LOG.info("audio output works again");
                problem = null;
            }
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            fail("no audio output line for " + format + ": " + e.getMessage());
            return false;
        }
    }

    private void fail(String detail) {
        problem = detail;
        if (problemLogged.compareAndSet(false, true)) {
            LOG.warn("{}; the kiosk continues silently", detail);
        } else {
            LOG.debug("{}", detail);
        }
    }

    private void closeLine() {
        if (line != null) {
            try {
                line.close();
            } catch (RuntimeException e) {
                LOG.debug("closing audio line failed: {}", e.toString());
            }
            line = null;
            lineFormat = null;
        }
    }

    private record Item(WavAudio audio, BooleanSupplier stillWanted, long epoch) {
    }
}
