package io.anxin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.device.card.CardReaders;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.identify.EvoucherException;
import io.anxin.kiosk.ui.resident.KeyedIdScreen;
import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.Snapshots;
import io.anxin.kiosk.voice.RecordingVoice;

/** Identification end to end: a demo card through the real smart-card path, the keypad, the e-voucher. */
class IdentifyJourneyTest {

    private static final String NAME = "王秀英";
    private static final String ID = "370102195203154320";

    @TempDir
    Path dataDir;

    @Test
    void demoCardGreetsThenPullingItPausesAndWipesEverything() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = h.startCardReaders();
            try {
                waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
                h.demoCards.insert(0);
                waitFor(() -> fx(() -> h.ui.navigator().current().id().equals("greeting")));
                h.layout();
                assertThat(sceneText(h)).contains("王女士，您好！").contains("370102********4320")
                        .doesNotContain(ID).contains("年满60周岁");
                assertThat(h.voice.events()).anySatisfy(e -> assertThat(e.key()).isEqualTo("prompt.greeting"));
                KioskUiHarness.onFx(() -> Snapshots.write(h.ui.scene(), "greeting"));

                h.demoCards.remove();
                waitFor(() -> fx(() -> h.ui.cards().pausedProperty().get()));
                h.layout();
                assertThat(sceneText(h)).contains("请重新插入社保卡以继续");
                assertThat(h.voice.events()).anySatisfy(e -> assertThat(e.key()).isEqualTo("card.pause.prompt"));

                h.clock.advance(Duration.ofSeconds(31));
                KioskUiHarness.onFx(() -> {
                    h.ui.tick();
                    return null;
                });
                h.layout();
                assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("attract");
                assertThat(fx(() -> h.ui.session().identity())).isNull();
                assertNoTrace(h);
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void reinsertingTheSameCardResumesTheVisit() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = h.startCardReaders();
            try {
                waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
                h.demoCards.insert(0);
                waitFor(() -> fx(() -> h.ui.navigator().current().id().equals("greeting")));
                KioskUiHarness.onFx(() -> {
                    h.ui.navigator().goTo("home");
                    return null;
                });
                h.demoCards.remove();
                waitFor(() -> fx(() -> h.ui.cards().pausedProperty().get()));
                h.demoCards.insert(0);
                waitFor(() -> fx(() -> !h.ui.cards().pausedProperty().get()));
                assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("home");
                assertThat(fx(() -> h.ui.session().identity().idNumber().value())).isEqualTo(ID);
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void aBankCardIsNamedAndSpokenAsNotASocialSecurityCard() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            CardReaders readers = h.startCardReaders();
            try {
                waitFor(() -> fx(() -> h.ui.cards().readerAvailableProperty().get()));
                h.demoCards.insertBankCard();
                waitFor(() -> fx(() -> h.ui.registry().get("identify").model().errorProperty().get() != null));
                h.layout();
                assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("identify");
                assertThat(sceneText(h)).contains("这张卡不是社保卡");
                assertThat(h.voice.events()).anySatisfy(e -> assertThat(e.key()).isEqualTo("card.error.not-social-security"));
                KioskUiHarness.onFx(() -> Snapshots.write(h.ui.scene(), "card-error"));
            } finally {
                readers.close();
            }
        }
    }

    @Test
    void theKeypadSpeaksPositionsOnlyChecksTheNumberAndGivesAnUnverifiedIdentity() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            KioskUiHarness.onFx(() -> {
                h.ui.navigator().goTo(KeyedIdScreen.ID);
                return null;
            });
            var model = (io.anxin.kiosk.ui.resident.KeyedIdViewModel) fx(() -> h.ui.registry().get(KeyedIdScreen.ID).model());
            String wrong = "370102195203154321";
            KioskUiHarness.onFx(() -> {
                wrong.chars().forEach(c -> model.key((char) c));
                return null;
            });
            assertThat(fx(() -> model.errorProperty().get().key())).isEqualTo("keyed.error.check");
            assertThat(fx(() -> model.groupedProperty().get())).isEqualTo("370102 19520315 4321");
            List<RecordingVoice.Event> spoken = h.voice.events();
            assertThat(spoken).filteredOn(e -> e.type() == RecordingVoice.Type.SPEAK && e.key().equals("entry.position"))
                    .hasSize(18).allSatisfy(e -> assertThat(e.prompt().privateEntry()).isTrue());
            assertThat(spoken).noneSatisfy(e -> assertThat(String.valueOf(e.prompt())).contains("3701"));
            KioskUiHarness.onFx(() -> {
                model.delete();
                model.key('0');
                h.layout();
                Snapshots.write(h.ui.scene(), "identify-keypad");
                model.confirm();
                return null;
            });
            assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("greeting");
            ResidentIdentity id = fx(() -> h.ui.session().identity());
            assertThat(id.method()).isEqualTo(IdentityMethod.KEYED);
            assertThat(id.verified()).isFalse();
            h.layout();
            assertThat(sceneText(h)).contains("窗口核验").contains("您好");
        }
    }

    @Test
    void theKeypadRefusesXBeforeTheLastPlaceAndAnImpossibleBirthDate() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            var model = (io.anxin.kiosk.ui.resident.KeyedIdViewModel) fx(() -> {
                h.ui.navigator().goTo(KeyedIdScreen.ID);
                return h.ui.registry().get(KeyedIdScreen.ID).model();
            });
            KioskUiHarness.onFx(() -> {
                model.key('X');
                return null;
            });
            assertThat(fx(() -> model.errorProperty().get().key())).isEqualTo("keyed.error.x-last");
            assertThat(fx(() -> model.lengthProperty().get())).isZero();
            KioskUiHarness.onFx(() -> {
                "37010219520230".chars().forEach(c -> model.key((char) c));
                return null;
            });
            assertThat(fx(() -> model.errorProperty().get().key())).isEqualTo("keyed.error.date");
        }
    }

    @Test
    void aScannedEvoucherOfflineSaysItNeedsTheNetworkAndTheTokenIsKeptNowhere() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            String token = "EVOUCHER-TOKEN-0123456789";
            KioskUiHarness.onFx(() -> {
                h.ui.navigator().goTo("identify");
                return null;
            });
            typeLikeAScanner(h, token + "\r");
            assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("evoucher");
            assertThat(fx(() -> h.ui.registry().get("evoucher").model().errorProperty().get().key()))
                    .isEqualTo("evoucher.error.offline");
            h.layout();
            assertThat(sceneText(h)).contains("医保码需要联网");
            assertThat(sceneText(h)).doesNotContain(token);
            String logs = Files.exists(dataDir.resolve("logs")) ? Files.readString(dataDir.resolve("logs/kiosk.log")) : "";
            assertThat(logs).doesNotContain(token);
        }
    }

    @Test
    void aResolvedEvoucherIdentifiesTheResident() throws Exception {
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            h.evoucherAnswer = token -> {
                if (!token.equals("GOOD-TOKEN-123")) {
                    throw new EvoucherException(EvoucherException.Kind.UNKNOWN, "unknown");
                }
                return new ResidentIdentity(Optional.of(NAME), IdNumber.parse(ID), IdentityMethod.EVOUCHER, Optional.empty());
            };
            KioskUiHarness.onFx(() -> {
                h.ui.navigator().goTo("identify");
                return null;
            });
            typeLikeAScanner(h, "GOOD-TOKEN-123\r");
            assertThat(fx(() -> h.ui.navigator().current().id())).isEqualTo("greeting");
            assertThat(fx(() -> h.ui.session().identity().verified())).isTrue();
        }
    }

    @Test
    void slowTypingIsNotAScan() throws Exception {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        List<String> scans = new ArrayList<>();
        ScannerInput input = new ScannerInput(now::get);
        input.setSink(scans::add);
        for (char c : "12345678\r".toCharArray()) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
            input.typed(c);
        }
        assertThat(scans).isEmpty();
        for (char c : "ABCDEFGH12\r".toCharArray()) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(5));
            input.typed(c);
        }
        assertThat(scans).containsExactly("ABCDEFGH12");
        input.setSink(null);
        for (char c : "ABCDEFGH12\r".toCharArray()) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(5));
            input.typed(c);
        }
        assertThat(scans).hasSize(1);
    }

    private static void typeLikeAScanner(KioskUiHarness h, String text) throws Exception {
        KioskUiHarness.onFx(() -> {
            for (char c : text.toCharArray()) {
                javafx.event.Event.fireEvent(h.ui.shell(), new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(c), "", javafx.scene.input.KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            return null;
        });
    }

    private void assertNoTrace(KioskUiHarness h) throws Exception {
        String text = sceneText(h);
        assertThat(text).doesNotContain(NAME).doesNotContain("王女士").doesNotContain(ID).doesNotContain("4320");
        assertThat(h.voice.lastRepeatPrompt().key()).isEqualTo("prompt.attract");
        assertThat(h.voice.lastRepeatPrompt().args()).isEmpty();
        Path log = dataDir.resolve("logs/kiosk.log");
        if (Files.exists(log)) {
            assertThat(Files.readString(log)).doesNotContain(NAME).doesNotContain(ID);
        }
        for (Screen s : fx(() -> h.ui.registry().all())) {
            String state = ModelState.dump(s.model());
            assertThat(state).as("state of %s", s.id()).doesNotContain(NAME).doesNotContain(ID).doesNotContain("王女士");
        }
    }

    static String sceneText(KioskUiHarness h) throws Exception {
        return fx(() -> {
            StringBuilder out = new StringBuilder();
            collect(h.ui.scene().getRoot(), out);
            return out.toString();
        });
    }

    private static void collect(Node node, StringBuilder out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.append(l.getText()).append('\n');
        } else if (node instanceof Text t && t.getText() != null) {
            out.append(t.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return KioskUiHarness.onFx(c);
    }

    static void waitFor(BooleanSupplierX condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    interface BooleanSupplierX {
        boolean get() throws Exception;
    }

}
