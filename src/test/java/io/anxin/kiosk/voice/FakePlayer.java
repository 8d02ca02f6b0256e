package io.anxin.kiosk.voice;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Records what it was asked to play; "what is heard" is every item whose supplier is still true. */
final class FakePlayer implements AudioPlayer {

    record Played(String label, BooleanSupplier stillWanted, WavAudio audio) {
    }

    final List<Played> played = new CopyOnWriteArrayList<>();
    volatile int volume = -1;
    volatile int stops;
    volatile boolean closed;

    @Override
    public void play(WavAudio audio, BooleanSupplier stillWanted) {
        played.add(new Played(Tones.label(audio), stillWanted, audio));
    }

    @Override
    public void stopAll() {
        stops++;
    }

    @Override
    public void setVolume(int percent) {
        volume = percent;
    }

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Labels of the items that would still be heard, in order. */
    List<String> audible() {
        return played.stream().filter(p -> p.stillWanted().getAsBoolean()).map(Played::label).toList();
    }

    List<String> all() {
        return played.stream().map(Played::label).toList();
    }
}
