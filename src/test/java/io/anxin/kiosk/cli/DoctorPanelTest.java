package io.anxin.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.app.ConfigLoader;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.device.panel.NoHallPanel;

/** {@code kiosk doctor}'s panel line. */
class DoctorPanelTest {

    @TempDir
    Path tmp;

    private KioskConfig config(String lines) throws Exception {
        Files.writeString(tmp.resolve(ConfigLoader.FILE_NAME), lines, StandardCharsets.UTF_8);
        return new ConfigLoader(Map.of(), "/home/resident").load(tmp);
    }

    @Test
    void noGpioConfiguredIsOk() throws Exception {
        DoctorCommand.Finding f = DoctorCommand.panel(config(""));
        assertThat(f.level()).isEqualTo(DoctorCommand.Level.OK);
        assertThat(f.what()).isEqualTo("panel");
        assertThat(f.detail()).startsWith("none configured (panel.gpio=none)").contains("on-screen help button works");
    }

    @Test
    void configuredGpioThatIsNotThereFailsWithWhy() throws Exception {
        KioskConfig c = config("panel.gpio=pi4j\npanel.help-lamp-pin=27\n");
        DoctorCommand.Finding f = DoctorCommand.panel(c, new NoHallPanel("panel.gpio=pi4j, but no provider"));
        assertThat(f.level()).isEqualTo(DoctorCommand.Level.FAIL);
        assertThat(f.detail()).contains("no provider").contains("stop it and run doctor again");
    }

    @Test
    void configuredGpioReportsThePinsAndWhatPi4jReads() throws Exception {
        // The test class path has pi4j's mock plugin, which pi4j's auto context picks up.
        DoctorCommand.Finding f = DoctorCommand.panel(config("panel.gpio=pi4j\npanel.help-button-pin=17\n"
                + "panel.presence-pin=22\n"));
        assertThat(f.detail()).contains("help button BCM 17 (active low)").contains("presence BCM 22");
        assertThat(f.level()).isEqualTo(DoctorCommand.Level.OK);
    }
}
