package io.anxin.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of(), "/home/resident");

    private KioskConfig load(String text) throws IOException {
        Files.writeString(dir.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
        return loader.load(dir);
    }

    @Test
    void theShippedFileIsValidAndGivesTheDemoDefaults() {
        KioskConfig c = loader.load(Path.of("kiosk-config"));
        assertThat(c.terminalId()).isEqualTo("DEMO-01");
        assertThat(c.demo()).isTrue();
        assertThat(c.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(c.idleSeconds()).isEqualTo(90);
        assertThat(c.idleWarningSeconds()).isEqualTo(30);
        assertThat(c.elderlyAge()).isEqualTo(60);
        assertThat(c.centralUrl()).isEmpty();
        assertThat(c.syncBatchSize()).isEqualTo(50);
        assertThat(c.hallRole()).isEqualTo(HallRole.NODE);
        assertThat(c.hallListen()).isEqualTo(new HallListen("127.0.0.1", 8470));
        assertThat(c.dataDir()).isEqualTo(Path.of("/home/resident/.local/share/anxin-kiosk"));
    }

    @Test
    void theShippedFileNamesEveryKnownKey() throws IOException {
        String text = Files.readString(Path.of("kiosk-config/kiosk.properties"));
        for (String key : ConfigLoader.KNOWN_KEYS) {
            assertThat(text).as("kiosk.properties documents %s", key).containsPattern("(?m)^" + key.replace(".", "\\.") + "=");
        }
    }

    @Test
    void anEmptyFileGivesDefaults() throws IOException {
        KioskConfig c = load("");
        assertThat(c.terminalId()).isEqualTo("DEMO-01");
        assertThat(c.technicianPinHash()).isEqualTo(ConfigLoader.DEMO_PIN_HASH);
    }

    @Test
    void xdgDataHomeIsHonoured() throws IOException {
        Files.writeString(dir.resolve("kiosk.properties"), "");
        KioskConfig c = new ConfigLoader(Map.of("XDG_DATA_HOME", "/srv/data"), "/home/x").load(dir);
        assertThat(c.dataDir()).isEqualTo(Path.of("/srv/data/anxin-kiosk"));
    }

    @Test
    void relativeDataDirIsRelativeToTheConfigFolder() throws IOException {
        assertThat(load("data.dir=../kiosk-data\n").dataDir()).isEqualTo(dir.getParent().resolve("kiosk-data"));
    }

    @Test
    void badValuesAreAllReportedWithFileLineKeyValueAndExpectation() {
        assertThatThrownBy(() -> load("# comment\nterminal.id=bad id\nkiosk.mode=Kiosk\nui.scale=9\nlocale=fr\n"
                + "time.zone=Mars/Olympus\ncentral.url=ftp://x\ndrill.enabled=yes\ncard.reader-pattern=[\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(8);
                    assertThat(e.problems().get(0)).contains("kiosk.properties:2: terminal.id='bad id' is not valid: expected");
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(":3: kiosk.mode='Kiosk'").contains("demo or kiosk"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(":4: ui.scale='9'").contains("0.5 to 3.0"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(":9: card.reader-pattern='['"));
                });
    }

    @Test
    void hallPriorityAfterMinutesDefaultsTo15AndIsChecked() throws IOException {
        assertThat(load("").hallPriorityAfterMinutes()).isEqualTo(15);
        assertThat(load("hall.priority-after-minutes=30\n").hallPriorityAfterMinutes()).isEqualTo(30);
        assertThatThrownBy(() -> load("hall.priority-after-minutes=0\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(":1: hall.priority-after-minutes='0' is not valid: expected whole minutes from 1 to 240");
    }

    @Test
    void unknownKeysAreErrors() {
        assertThatThrownBy(() -> load("terminal.idd=X\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(":1: unknown key 'terminal.idd'");
    }

    @Test
    void kioskModeRefusesTheDemoPin() {
        assertThatThrownBy(() -> load("kiosk.mode=kiosk\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("technician.pin-hash")
                .hasMessageContaining("demo PIN is public");
    }

    @Test
    void idleWarningBelowThirtySecondsIsRefused() {
        assertThatThrownBy(() -> load("ui.idle-warning-seconds=10\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("at least 30 s");
    }

    @Test
    void memberNeedsANodeUrl() {
        assertThatThrownBy(() -> load("hall.role=member\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("hall.node-url");
    }

    @Test
    void notUtf8IsNamed() throws IOException {
        Files.write(dir.resolve("kiosk.properties"), new byte[] {'l', 'o', 'c', 'a', 'l', 'e', '=', (byte) 0xC4, (byte) 0xE3});
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ConfigException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void missingFolderAndFileAreNamed() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("kiosk.properties is missing");
    }
}
