package io.anxin.kiosk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.anxin.kiosk.domain.ResidentIdentity;

import io.anxin.kiosk.voice.Voice;

/**
 * The state of one person's visit that is not a service's own: text size, contrast, volume and
 * language. {@link #end()} drops every trace of the visit from memory; the kiosk then shows the
 * attract screen. FX thread only.
 */
public final class ResidentSession {

    public static final int[] VOLUME_LEVELS = {50, 80, 100};
    public static final int DEFAULT_VOLUME = io.anxin.kiosk.voice.VoiceSettings.DEFAULT_VOLUME;

    private final I18n i18n;
    private final Voice voice;
    private final ScreenRegistry registry;
    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final IntegerProperty volume = new SimpleIntegerProperty(this, "volume", DEFAULT_VOLUME);
    private final ObjectProperty<ResidentIdentity> identity = new SimpleObjectProperty<>(this, "identity");

    public ResidentSession(I18n i18n, Voice voice, ScreenRegistry registry) {
        this.i18n = i18n;
        this.voice = voice;
        this.registry = registry;
        volume.addListener((obs, old, v) -> voice.setVolume(v.intValue()));
        i18n.localeProperty().addListener((obs, old, l) -> voice.setLocale(l));
    }

    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Who is at the kiosk; null until they identify, and again after {@link #end()}. */
    public ObjectProperty<ResidentIdentity> identityProperty() {
        return identity;
    }

    public ResidentIdentity identity() {
        return identity.get();
    }

    public IntegerProperty volumeProperty() {
        return volume;
    }

    /** Next volume level, wrapping from loudest to softest. */
    public void cycleVolume() {
        int now = volume.get();
        for (int level : VOLUME_LEVELS) {
            if (level > now) {
                volume.set(level);
                return;
            }
        }
        volume.set(VOLUME_LEVELS[0]);
    }

    /** Wipes the visit: every screen's state, the voice's memory, and the display choices. */
    public void end() {
        identity.set(null);
        for (Screen screen : registry.all()) {
            screen.model().clearSession();
        }
        voice.resetSession();
        largeText.set(false);
        highContrast.set(false);
        volume.set(DEFAULT_VOLUME);
        i18n.localeProperty().set(i18n.defaultLocale());
    }
}
