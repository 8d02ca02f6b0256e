package io.anxin.kiosk.device.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** The panel over pi4j's mock provider: edges go in through {@code mockState}, the lamp is read back. */
class Pi4jHallPanelTest {

    private static final int BUTTON = 17;
    private static final int LAMP = 27;
    private static final int PRESENCE = 22;
    private static final Duration DEBOUNCE = Duration.ofMillis(50);
    private static final Duration GAP = Duration.ofSeconds(30);

    private final StepClock clock = new StepClock();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private Context pi4j;
    private Pi4jHallPanel panel;

    @BeforeEach
    void open() {
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
        pi4j.shutdown();
    }

    private void openPanel(boolean activeLow) {
        panel = new Pi4jHallPanel(pi4j, false, new PanelPins(OptionalInt.of(BUTTON), OptionalInt.of(LAMP),
                OptionalInt.of(PRESENCE), activeLow), clock, DEBOUNCE, GAP);
        panel.addListener(new HallPanelListener() {
            @Override
            public void helpPressed() {
                events.add("help");
            }

            @Override
            public void personArrived() {
                events.add("arrived");
            }

            @Override
            public void personLeft() {
                events.add("left");
            }
        });
    }

    private MockDigitalInput button() {
        return pi4j.io("help-button", MockDigitalInput.class);
    }

    private MockDigitalInput presence() {
        return pi4j.io("presence", MockDigitalInput.class);
    }

    /** Active-low button at rest: pulled up to HIGH. */
    private void release() {
        button().mockState(DigitalState.HIGH);
    }

    private void press() {
        button().mockState(DigitalState.LOW);
    }

    @Test
    void aPressFiresOnce() {
        openPanel(true);
        release();
        clock.advance(Duration.ofSeconds(1));
        press();
        assertThat(events).containsExactly("help");
        clock.advance(Duration.ofMillis(200));
        release();
        assertThat(events).containsExactly("help");
    }

    @Test
    void twoSeparatePressesFireTwice() {
        openPanel(true);
        release();
        clock.advance(Duration.ofSeconds(1));
        press();
        clock.advance(Duration.ofMillis(150));
        release();
        clock.advance(Duration.ofMillis(400));
        press();
        assertThat(events).containsExactly("help", "help");
    }

    @Test
    void bounceWithinTheDebounceWindowFiresOnce() {
        openPanel(true);
        release();
        clock.advance(Duration.ofSeconds(1));
        press();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMillis(3));
            release();
            clock.advance(Duration.ofMillis(3));
            press();
        }
        clock.advance(Duration.ofMillis(500));
        release();
        // bounce on letting go
        clock.advance(Duration.ofMillis(4));
        press();
        clock.advance(Duration.ofMillis(4));
        release();
        assertThat(events).containsExactly("help");
    }

    @Test
    void holdingTheButtonFiresOnce() {
        openPanel(true);
        release();
        clock.advance(Duration.ofSeconds(1));
        press();
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(1));
            press(); // level re-reported while held: no new edge
        }
        assertThat(events).containsExactly("help");
    }

    @Test
    void anActiveHighButtonPressesOnHigh() {
        openPanel(false);
        button().mockState(DigitalState.LOW);
        clock.advance(Duration.ofSeconds(1));
        button().mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(100));
        button().mockState(DigitalState.LOW);
        assertThat(events).containsExactly("help");
    }

    @Test
    void presenceArrivesAndLeavesAndAPasserByWithinTheGapIsNotReported() {
        openPanel(true);
        presence().mockState(DigitalState.LOW);
        clock.advance(Duration.ofSeconds(5));
        presence().mockState(DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(2));
        presence().mockState(DigitalState.LOW);
        assertThat(events).containsExactly("arrived", "left");

        // within 30 s of the last arrival: neither the arrival nor its leaving is reported
        clock.advance(Duration.ofSeconds(1));
        presence().mockState(DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(1));
        presence().mockState(DigitalState.LOW);
        assertThat(events).containsExactly("arrived", "left");

        // 30 s after the last reported arrival: reported again
        clock.advance(Duration.ofSeconds(26));
        presence().mockState(DigitalState.HIGH);
        assertThat(events).containsExactly("arrived", "left", "arrived");
        clock.advance(Duration.ofMinutes(3));
        presence().mockState(DigitalState.LOW);
        assertThat(events).containsExactly("arrived", "left", "arrived", "left");
    }

    @Test
    void lampOnAndOffReachTheOutput() {
        openPanel(true);
        DigitalOutput lamp = pi4j.io("help-lamp", DigitalOutput.class);
        assertThat(lamp.state()).isEqualTo(DigitalState.LOW);
        panel.helpLamp(true);
        assertThat(lamp.state()).isEqualTo(DigitalState.HIGH);
        assertThat(panel.status()).contains("help lamp BCM 27 on");
        panel.helpLamp(false);
        assertThat(lamp.state()).isEqualTo(DigitalState.LOW);
        panel.helpLamp(true);
        panel.close();
        assertThat(lamp.state()).as("closing switches the lamp off").isEqualTo(DigitalState.LOW);
        assertThat(pi4j.hasIO("help-lamp")).as("pins released").isFalse();
        panel = null;
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        openPanel(true);
        panel.addListener(new HallPanelListener() {
            @Override
            public void helpPressed() {
                throw new IllegalStateException("broken listener");
            }
        });
        List<String> second = new CopyOnWriteArrayList<>();
        panel.addListener(new HallPanelListener() {
            @Override
            public void helpPressed() {
                second.add("help");
            }
        });
        release();
        clock.advance(Duration.ofSeconds(1));
        press();
        assertThat(events).containsExactly("help");
        assertThat(second).containsExactly("help");
    }

    @Test
    void statusNamesThePinsAndWhatTheyRead() {
        openPanel(true);
        release();
        presence().mockState(DigitalState.HIGH);
        assertThat(panel.available()).isTrue();
        assertThat(panel.status()).contains("help button BCM 17 (active low) released", "help lamp BCM 27 off",
                "presence BCM 22 sees someone", "provider mock-digital-input");
    }

    @Test
    void onlyTheWiredPartsAreOpened() {
        panel = new Pi4jHallPanel(pi4j, false, new PanelPins(OptionalInt.of(BUTTON), OptionalInt.empty(),
                OptionalInt.empty(), true), clock, DEBOUNCE, GAP);
        assertThat(pi4j.hasIO("help-button")).isTrue();
        assertThat(pi4j.hasIO("help-lamp")).isFalse();
        assertThat(pi4j.hasIO("presence")).isFalse();
        panel.helpLamp(true); // no lamp: nothing happens, nothing thrown
        assertThat(panel.status()).contains("help lamp not wired", "presence sensor not wired");
    }

    @Test
    void aPinThatCannotBeOpenedReleasesTheOthersAndNamesThePin() {
        // the same BCM number twice: pi4j refuses the second
        pi4j.create(com.pi4j.io.gpio.digital.DigitalInput.newConfigBuilder(pi4j).id("presence").address(PRESENCE));
        assertThatThrownBy(() -> new Pi4jHallPanel(pi4j, false, new PanelPins(OptionalInt.of(BUTTON),
                OptionalInt.of(LAMP), OptionalInt.of(PRESENCE), true), clock, DEBOUNCE, GAP))
                .isInstanceOf(PanelException.class).hasMessageContaining("presence").hasMessageContaining("BCM 22");
        assertThat(pi4j.hasIO("help-button")).as("the button opened before is released").isFalse();
    }

    /** A clock the test moves by hand. */
    private static final class StepClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-02T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
