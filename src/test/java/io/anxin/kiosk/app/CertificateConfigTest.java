package io.anxin.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code certificate.max-age-days}: default 7, whole days 1-365, a bad value names the key, the value and the range. */
class CertificateConfigTest {

    @TempDir
    Path dir;

    private KioskConfig load(String text) throws IOException {
        Files.writeString(dir.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
        return new ConfigLoader(Map.of(), "/home/resident").load(dir);
    }

    @Test
    void defaultsToSevenDaysAndTheShippedFileSaysSo() throws IOException {
        assertThat(load("").certificateMaxAgeDays()).isEqualTo(7);
        assertThat(new ConfigLoader(Map.of(), "/home/resident").load(Path.of("kiosk-config")).certificateMaxAgeDays()).isEqualTo(7);
        assertThat(load("certificate.max-age-days=30\n").certificateMaxAgeDays()).isEqualTo(30);
    }

    @Test
    void aBadValueIsRefusedNamingKeyValueAndRange() {
        for (String bad : new String[] {"0", "366", "seven", "1.5", "-3"}) {
            assertThatThrownBy(() -> load("terminal.id=JN-LX-007\ncertificate.max-age-days=" + bad + "\n"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("kiosk.properties:2")
                    .hasMessageContaining("certificate.max-age-days='" + bad + "'")
                    .hasMessageContaining("1 to 365");
        }
    }
}
