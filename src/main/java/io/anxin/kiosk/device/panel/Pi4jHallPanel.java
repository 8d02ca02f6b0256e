package io.anxin.kiosk.device.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.pi4j.context.Context;
import com.pi4j.io.IO;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;

/**
 * {@link HallPanel} over a pi4j 2.x {@link Context}. Debouncing and the presence gap are done here,
 * on an injected {@link Clock}, because not every pi4j provider debounces (the mock provider does not).
 *
 * <p>A press is the button's edge to its active level after the pin has been still for at least the
 * debounce time; so contact bounce on pressing or releasing, and holding the button, give one press.
 */
public final class Pi4jHallPanel implements HallPanel {

    /** Contact bounce of a panel push button settles well within this. */
    public static final Duration DEBOUNCE = Duration.ofMillis(50);
    /** After a reported arrival, further arrivals within this time are not reported. */
    public static final Duration PRESENCE_GAP = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(Pi4jHallPanel.class);

    private final Context context;
    private final boolean ownsContext;
    private final PanelPins pins;
    private final Clock clock;
    private final Duration debounce;
    private final Duration presenceGap;
    private final List<HallPanelListener> listeners = new CopyOnWriteArrayList<>();
    private final List<IO<?, ?, ?>> opened = new ArrayList<>();
    private final DigitalInput button;
    private final DigitalOutput lamp;
    private final DigitalInput presence;
    private final DigitalState buttonActive;

    // Guarded by this.
    private boolean buttonWasActive;
    private Instant lastButtonEdge;
    private boolean present;
    private Instant lastArrival;
    private boolean lampOn;
    private String lampFailure;
    private boolean closed;

    /**
     * Opens the wired pins on {@code context}.
     *
     * @param ownsContext true when {@link #close()} should also shut the context down
     * @throws PanelException when a pin cannot be opened (nothing stays open then)
     */
    public Pi4jHallPanel(Context context, boolean ownsContext, PanelPins pins, Clock clock,
            Duration debounce, Duration presenceGap) {
        this.context = Objects.requireNonNull(context, "context");
        this.ownsContext = ownsContext;
        this.pins = Objects.requireNonNull(pins, "pins");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.presenceGap = Objects.requireNonNull(presenceGap, "presenceGap");
        this.buttonActive = pins.helpButtonActiveLow() ? DigitalState.LOW : DigitalState.HIGH;
        try {
            button = pins.helpButton().isPresent() ? input("help-button", pins.helpButton().getAsInt(),
                    pins.helpButtonActiveLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN) : null;
            presence = pins.presence().isPresent()
                    ? input("presence", pins.presence().getAsInt(), PullResistance.PULL_DOWN) : null;
            lamp = pins.helpLamp().isPresent() ? output("help-lamp", pins.helpLamp().getAsInt()) : null;
        } catch (PanelException e) {
            releasePins();
            throw e;
        }
        if (button != null) {
            buttonWasActive = button.state() == buttonActive;
            button.addListener(e -> buttonChanged(e.state()));
        }
        if (presence != null) {
            presence.addListener(e -> presenceChanged(e.state()));
        }
    }

    private DigitalInput input(String id, int bcm, PullResistance pull) {
        try {
            DigitalInput in = context.create(DigitalInput.newConfigBuilder(context).id(id).name(id).address(bcm)
                    .pull(pull).debounce(debounce.toNanos() / 1000, TimeUnit.MICROSECONDS));
            opened.add(in);
            return in;
        } catch (RuntimeException e) {
            throw new PanelException("cannot open " + id + " on BCM " + bcm + ": " + e.getMessage(), e);
        }
    }

    private DigitalOutput output(String id, int bcm) {
        try {
            DigitalOutput out = context.create(DigitalOutput.newConfigBuilder(context).id(id).name(id).address(bcm)
                    .initial(DigitalState.LOW).shutdown(DigitalState.LOW));
            opened.add(out);
            return out;
        } catch (RuntimeException e) {
            throw new PanelException("cannot open " + id + " on BCM " + bcm + ": " + e.getMessage(), e);
        }
    }

    private void buttonChanged(DigitalState state) {
        boolean active = state == buttonActive;
        boolean press;
        synchronized (this) {
            Instant now = clock.instant();
            boolean settled = lastButtonEdge == null || !now.isBefore(lastButtonEdge.plus(debounce));
            press = active && !buttonWasActive && settled && !closed;
            if (active != buttonWasActive) {
                lastButtonEdge = now;
            }
            buttonWasActive = active;
        }
        if (press) {
            tell(HallPanelListener::helpPressed);
        }
    }

    private void presenceChanged(DigitalState state) {
        boolean someone = state == DigitalState.HIGH;
        boolean arrived = false;
        boolean left = false;
        synchronized (this) {
            Instant now = clock.instant();
            if (closed) {
                return;
            }
            if (someone && !present && (lastArrival == null || !now.isBefore(lastArrival.plus(presenceGap)))) {
                present = true;
                lastArrival = now;
                arrived = true;
            } else if (!someone && present) {
                present = false;
                left = true;
            }
        }
        if (arrived) {
            tell(HallPanelListener::personArrived);
        } else if (left) {
            tell(HallPanelListener::personLeft);
        }
    }

    private void tell(Consumer<HallPanelListener> call) {
        for (HallPanelListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("hall panel listener failed", e);
            }
        }
    }

    @Override
    public void addListener(HallPanelListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(HallPanelListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void helpLamp(boolean on) {
        if (lamp == null || closed) {
            return;
        }
        try {
            lamp.state(on ? DigitalState.HIGH : DigitalState.LOW);
            lampOn = on;
            lampFailure = null;
        } catch (RuntimeException e) {
            lampFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("help lamp on BCM {} could not be switched {}: {}", pins.helpLamp().getAsInt(), on ? "on" : "off",
                    lampFailure);
        }
    }

    @Override
    public synchronized String status() {
        StringBuilder s = new StringBuilder("pi4j GPIO: ");
        if (button != null) {
            s.append("help button BCM ").append(pins.helpButton().getAsInt())
                    .append(pins.helpButtonActiveLow() ? " (active low) " : " (active high) ")
                    .append(read(button).map(st -> st == buttonActive ? "pressed" : "released").orElse("unreadable"));
        } else {
            s.append("help button not wired");
        }
        s.append(", ");
        if (lamp != null) {
            s.append("help lamp BCM ").append(pins.helpLamp().getAsInt()).append(lampOn ? " on" : " off");
            if (lampFailure != null) {
                s.append(" (last switch failed: ").append(lampFailure).append(')');
            }
        } else {
            s.append("help lamp not wired");
        }
        s.append(", ");
        if (presence != null) {
            s.append("presence BCM ").append(pins.presence().getAsInt()).append(' ')
                    .append(read(presence).map(st -> st == DigitalState.HIGH ? "sees someone" : "sees nobody").orElse("unreadable"));
        } else {
            s.append("presence sensor not wired");
        }
        if (button != null) {
            s.append("; provider ").append(button.provider().id());
        } else if (presence != null) {
            s.append("; provider ").append(presence.provider().id());
        } else if (lamp != null) {
            s.append("; provider ").append(lamp.provider().id());
        }
        return s.toString();
    }

    private static java.util.Optional<DigitalState> read(DigitalInput in) {
        try {
            return java.util.Optional.ofNullable(in.state());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public boolean available() {
        return !opened.isEmpty();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            helpLamp(false);
            closed = true;
        }
        listeners.clear();
        releasePins();
    }

    private void releasePins() {
        for (IO<?, ?, ?> io : opened) {
            try {
                context.shutdown(io.id());
            } catch (RuntimeException e) {
                LOG.warn("could not release GPIO {}: {}", io.id(), e.getMessage());
            }
        }
        opened.clear();
        if (ownsContext) {
            try {
                context.shutdown();
            } catch (RuntimeException e) {
                LOG.warn("could not shut pi4j down: {}", e.getMessage());
            }
        }
    }
}
