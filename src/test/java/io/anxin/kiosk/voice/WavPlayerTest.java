package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

class WavPlayerTest {

    /** Records the player's events with their time. */
    static final class Events implements PlaybackListener {
        record Event(String what, long nanos) {
        }

        final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

        @Override
        public void started(WavAudio audio) {
            queue.add(new Event("started", System.nanoTime()));
        }

        @Override
        public void finished(WavAudio audio, boolean interrupted) {
            queue.add(new Event(interrupted ? "interrupted" : "ended", System.nanoTime()));
        }

        Event next() throws InterruptedException {
            Event e = queue.poll(10, TimeUnit.SECONDS);
            assertThat(e).as("player event").isNotNull();
            return e;
        }
    }

    static boolean audioLineAvailable() {
        try {
            AudioFormat f = new AudioFormat(22050f, 16, 1, true, false);
            SourceDataLine line = AudioSystem.getSourceDataLine(f);
            line.open(f);
            line.close();
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    @Test
    void cancelStopsARealLineWithinAboutOneChunk() throws Exception {
        assumeTrue(audioLineAvailable(), "no audio line (create ~/.asoundrc with pcm.!default { type null })");
        Events events = new Events();
        try (WavPlayer player = new WavPlayer(LineOpener.system(), events, 80)) {
            List<Long> latencies = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 5; i++) {
                player.play(Tones.sine(22050, 440, 10_000), () -> true);
                assertThat(events.next().what()).isEqualTo("started");
                Thread.sleep(150);
                long t0 = System.nanoTime();
                player.stopAll();
                Events.Event end = events.next();
                assertThat(end.what()).isEqualTo("interrupted");
                latencies.add((end.nanos() - t0) / 1000);
            }
            System.out.println("[voice] interrupt latency, cancel -> player stopped writing (us): " + latencies);
            assertThat(player.problem()).isEmpty();
        }
    }

    @Test
    void playsQueuedItemsToTheEndInOrder() throws Exception {
        assumeTrue(audioLineAvailable(), "no audio line");
        Events events = new Events();
        try (WavPlayer player = new WavPlayer(LineOpener.system(), events, 100)) {
            long t0 = System.nanoTime();
            player.play(Tones.sine(22050, 440, 200), () -> true);
            player.play(Tones.sine(22050, 660, 200), () -> true);
            assertThat(events.next().what()).isEqualTo("started");
            assertThat(events.next().what()).isEqualTo("ended");
            assertThat(events.next().what()).isEqualTo("started");
            Events.Event end = events.next();
            assertThat(end.what()).isEqualTo("ended");
            System.out.println("[voice] 2 x 200 ms played in ms: " + (end.nanos() - t0) / 1_000_000);
        }
    }

    @Test
    void itemNoLongerWantedIsCutOff() throws Exception {
        assumeTrue(audioLineAvailable(), "no audio line");
        Events events = new Events();
        AtomicInteger generation = new AtomicInteger();
        try (WavPlayer player = new WavPlayer(LineOpener.system(), events, 100)) {
            player.play(Tones.sine(22050, 440, 10_000), () -> generation.get() == 0);
            assertThat(events.next().what()).isEqualTo("started");
            generation.incrementAndGet();
            assertThat(events.next().what()).isEqualTo("interrupted");
        }
    }

    @Test
    void noSoundDeviceIsReportedAndTheItemDropped() throws Exception {
        Events events = new Events();
        AtomicInteger attempts = new AtomicInteger();
        try (WavPlayer player = new WavPlayer((format, bytes) -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("No line matching interface SourceDataLine is supported.");
        }, events, 100)) {
            player.play(Tones.sine(22050, 440, 200), () -> true);
            player.play(Tones.sine(22050, 440, 200), () -> true);
            KioskVoiceTest.waitFor(() -> attempts.get() == 2);
            assertThat(player.problem()).hasValueSatisfying(p -> assertThat(p).contains("No line matching"));
            assertThat(events.queue).isEmpty();
        }
    }
}
