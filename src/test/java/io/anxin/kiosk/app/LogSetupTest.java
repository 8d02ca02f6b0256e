package io.anxin.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.domain.PersonalData;

class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void logsGoToTheDataFolderWithIdNumbersMasked() throws Exception {
        LogSetup.toDataFolder(dir, ZoneId.of("Asia/Shanghai"));
        LoggerFactory.getLogger("test").info("resident 370102195203154320 and 11010519491231002x, old 370102520315432");
        Path log = dir.resolve("kiosk.log");
        String text = Files.readString(log);
        assertThat(text).contains("370102********4320").contains("110105********002x").contains("370102*****5432")
                .doesNotContain("370102195203154320").doesNotContain("19491231");
    }

    @Test
    void maskingLeavesOtherNumbersAlone() {
        assertThat(PersonalData.maskIdNumbers("order 1234567890, phone 13812345678, ticket A012"))
                .isEqualTo("order 1234567890, phone 13812345678, ticket A012");
    }
}
