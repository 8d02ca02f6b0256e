package io.anxin.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.ConfigLoader;
import io.anxin.kiosk.app.KioskConfig;

/** {@code kiosk doctor}'s printer line: the file printer's folder, or what a device answers. */
class DoctorPrinterTest {

    @TempDir
    Path tmp;

    private KioskConfig config(String printerPort) throws Exception {
        String text = Files.readString(Path.of("kiosk-config/kiosk.properties"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^data\\.dir=.*$", "data.dir=" + tmp.resolve("data").toString().replace("\\", "\\\\"))
                .replaceFirst("(?m)^printer\\.port=.*$", "printer.port=" + printerPort);
        Path dir = tmp.resolve("config");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
        for (String f : new String[] {"services.csv", "diseases.csv", "destinations.csv", "resident-categories.csv",
                "calendar.csv", "hall.properties", "demo-cards.csv"}) {
            Files.copy(Path.of("kiosk-config", f), dir.resolve(f));
        }
        return new ConfigLoader(Map.of(), System.getProperty("user.home")).load(dir);
    }

    @Test
    void theFilePrinterIsOkWhenItsFolderCanBeWritten() throws Exception {
        DoctorCommand.Finding f = DoctorCommand.printer(config("file"));
        assertThat(f.level()).isEqualTo(DoctorCommand.Level.OK);
        assertThat(f.detail()).contains(tmp.resolve("data").resolve("receipts").toString()).contains("folder writable");
    }

    @Test
    void aDeviceThatIsNotThereFailsWithWhatToCheck() throws Exception {
        Path lp = tmp.resolve("lp0");
        DoctorCommand.Finding f = DoctorCommand.printer(config(lp.toString()));
        assertThat(f.level()).isEqualTo(DoctorCommand.Level.FAIL);
        assertThat(f.detail()).startsWith(lp.toString()).contains("not reachable").contains("printer.port");
    }

    @Test
    void theDoctorCommandPrintsAPrinterLine() throws Exception {
        KioskConfig c = config("file");
        StringWriter out = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        cl.execute("--config", c.configDir().toString(), "doctor");
        assertThat(out.toString()).containsPattern("(?m)^OK\\s+printer\\s+file printer into .*receipts: folder writable$");
    }
}
