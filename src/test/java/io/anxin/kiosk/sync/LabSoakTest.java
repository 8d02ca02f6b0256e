package io.anxin.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.lab.Fault;
import io.anxin.kiosk.lab.LabCentral;
import io.anxin.kiosk.lab.LabOptions;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.OutboxState;

/**
 * The worker against the lab central with 30 % failures, drops after commit, partial results, garbage
 * bodies and a smaller server batch limit (413), while new submissions keep arriving: at the end every
 * entry is stored exactly once, in seq order of first arrival, and the outbox is delivered. Time is the
 * fixture's clock, so backoff costs no real waiting.
 */
class LabSoakTest {

    static final String TOKEN = "token-one";

    @TempDir
    Path dir;

    @Test
    void shortSoak() throws Exception {
        soak(500, 10, 7);
    }

    @Test
    @Tag("soak")
    void longSoak() throws Exception {
        soak(8000, 50, 11);
    }

    void soak(int total, int batchSize, long seed) throws Exception {
        LabOptions options = LabOptions.builder(dir.resolve("lab"), TOKEN).seed(seed).failRate(0.3)
                .dropAfterCommitRate(0.1).partialRate(0.1).garbageRate(0.1).maxBatch(Math.max(1, batchSize / 2 - 1)).build();
        try (LabCentral lab = LabCentral.start(options); SyncFixture f = new SyncFixture(dir.resolve("kiosk"), seed, lab.uri())) {
            SyncWorker w = f.worker(batchSize);
            Random arrivals = new Random(seed);
            int filed = 0;
            int rounds = 0;
            while ((filed < total || f.outbox.stats().pending() > 0) && rounds++ < total * 20) {
                int n = Math.min(total - filed, arrivals.nextInt(batchSize));
                f.file(n);
                filed += n;
                Duration wait = w.step(false);
                f.clock.advance(wait);
            }
            List<OutboxEntry> all = f.outbox.list(Optional.empty());
            assertThat(all).hasSize(total).allSatisfy(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.DELIVERED);
                assertThat(e.reference()).isPresent();
            });
            Map<String, Integer> stored = lab.storedIds();
            assertThat(stored.keySet()).isEqualTo(all.stream().map(e -> e.id().toString()).collect(Collectors.toSet()));
            Map<String, Long> seqById = all.stream().collect(Collectors.toMap(e -> e.id().toString(), OutboxEntry::seq));
            List<Long> arrival = lab.arrivalOrder().stream().map(seqById::get).toList();
            assertThat(arrival).as("first arrivals in seq order").isSorted();
            assertThat(new HashSet<>(arrival)).hasSize(total);
            Map<Fault, Integer> injected = lab.faultsInjected();
            assertThat(injected.get(Fault.FAIL)).as("faults really happened").isPositive();
            assertThat(injected.get(Fault.DROP_AFTER_COMMIT)).isPositive();
            assertThat(injected.get(Fault.PARTIAL)).isPositive();
            assertThat(injected.get(Fault.GARBAGE)).isPositive();
            long duplicates = stored.values().stream().filter(n -> n > 1).count();
            System.out.printf("soak: %d entries, %d rounds, faults %s, %d ids arrived more than once (answered duplicate)%n",
                    total, rounds, injected, duplicates);
            assertThat(duplicates).as("drops after commit make the server see some ids again").isPositive();
        }
    }

    static Set<String> ids(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.id().toString()).collect(Collectors.toSet());
    }
}
