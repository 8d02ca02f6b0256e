package io.anxin.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.device.panel.NoHallPanel;
import io.anxin.kiosk.device.panel.Pi4jHallPanel;

/** {@code panel.*}: validated like every key, and the panel the composition root builds from it. */
class PanelConfigTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of(), "/home/resident");

    private KioskConfig load(String text) throws IOException {
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), text, StandardCharsets.UTF_8);
        return loader.load(dir);
    }

    private static Context mockContext() {
        return Pi4J.newContextBuilder().noAutoDetect().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
    }

    @Test
    void defaultsAreNoGpioAndNoPins() throws IOException {
        KioskConfig c = load("");
        assertThat(c.panelGpio()).isEqualTo(PanelGpio.NONE);
        assertThat(c.panelPins().anyWired()).isFalse();
        assertThat(c.panelPins().helpButtonActiveLow()).isTrue();
        HallPanel panel = PanelSetup.panel(c, Clock.systemUTC());
        assertThat(panel).isInstanceOf(NoHallPanel.class);
        assertThat(panel.status()).contains("panel.gpio=none");
    }

    @Test
    void pinsAreRead() throws IOException {
        KioskConfig c = load("panel.gpio=pi4j\npanel.help-button-pin=17\npanel.help-lamp-pin=27\n"
                + "panel.presence-pin=\npanel.help-button-active-low=false\n");
        assertThat(c.panelGpio()).isEqualTo(PanelGpio.PI4J);
        assertThat(c.panelPins().helpButton()).isEqualTo(OptionalInt.of(17));
        assertThat(c.panelPins().helpLamp()).isEqualTo(OptionalInt.of(27));
        assertThat(c.panelPins().presence()).isEmpty();
        assertThat(c.panelPins().helpButtonActiveLow()).isFalse();
        assertThat(PanelSetup.describe(c)).isEqualTo("pi4j, help button BCM 17 (active high), help lamp BCM 27, presence not wired");
    }

    @Test
    void badValuesAreReportedWithFileLineKeyValueAndExpectation() {
        assertThatThrownBy(() -> load("panel.gpio=gpiod\npanel.help-button-pin=40\npanel.help-lamp-pin=GPIO17\n"
                + "panel.presence-pin=-1\npanel.help-button-active-low=yes\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(5);
                    assertThat(e.problems().get(0)).contains("kiosk.properties:1: panel.gpio='gpiod' is not valid: expected none or pi4j");
                    assertThat(e.problems().get(1)).contains(":2: panel.help-button-pin='40'").contains("BCM GPIO number from 0 to 27");
                    assertThat(e.problems().get(2)).contains(":3: panel.help-lamp-pin='GPIO17'");
                    assertThat(e.problems().get(3)).contains(":4: panel.presence-pin='-1'");
                    assertThat(e.problems().get(4)).contains(":5: panel.help-button-active-low='yes'").contains("true or false");
                });
    }

    @Test
    void aPinUsedTwiceIsRefused() {
        assertThatThrownBy(() -> load("panel.gpio=pi4j\npanel.help-button-pin=17\npanel.help-lamp-pin=22\npanel.presence-pin=17\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .contains("kiosk.properties:4: panel.presence-pin='17'")
                        .contains("BCM 17 is already panel.help-button-pin"));
    }

    @Test
    void pi4jWithNoPinsIsRefused() {
        assertThatThrownBy(() -> load("# hall\npanel.gpio=pi4j\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .contains("kiosk.properties:2: panel.gpio=pi4j needs at least one of"));
    }

    @Test
    void pi4jConfigGivesAPi4jPanelOnTheMockProvider() throws IOException {
        KioskConfig c = load("panel.gpio=pi4j\npanel.help-button-pin=17\npanel.help-lamp-pin=27\npanel.presence-pin=22\n");
        Context pi4j = mockContext();
        try (HallPanel panel = PanelSetup.panel(pi4j, false, c, Clock.systemUTC())) {
            assertThat(panel).isInstanceOf(Pi4jHallPanel.class);
            assertThat(panel.available()).isTrue();
            assertThat(pi4j.hasIO("help-button")).isTrue();
        } finally {
            pi4j.shutdown();
        }
    }

    @Test
    void gpioThatCannotBeOpenedGivesNoPanelThatSaysWhy() throws IOException {
        KioskConfig c = load("panel.gpio=pi4j\npanel.help-button-pin=17\n");
        Context pi4j = mockContext();
        try {
            pi4j.create(DigitalInput.newConfigBuilder(pi4j).id("help-button").address(5)); // the id is taken
            HallPanel panel = PanelSetup.panel(pi4j, false, c, Clock.systemUTC());
            assertThat(panel).isInstanceOf(NoHallPanel.class);
            assertThat(panel.status()).contains("panel.gpio=pi4j").contains("help button BCM 17").contains("cannot open help-button");
        } finally {
            pi4j.shutdown();
        }
    }
}
