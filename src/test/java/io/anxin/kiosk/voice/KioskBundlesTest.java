package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskBundlesTest {

    @Test
    void mergesEveryPartAndKeepsTheLanguagesInStep() throws IOException {
        var zh = KioskBundles.bundle(Locale.SIMPLIFIED_CHINESE);
        var en = KioskBundles.bundle(Locale.ENGLISH);
        assertThat(zh.getString("rules.chronic.long-prescription")).isNotBlank();
        for (String part : KioskBundles.PARTS) {
            Properties zhPart = load(part + ".properties");
            Properties enPart = load(part + "_en.properties");
            assertThat(new TreeSet<>(enPart.stringPropertyNames()))
                    .as("English keys of part " + part)
                    .isEqualTo(new TreeSet<>(zhPart.stringPropertyNames()));
            zhPart.stringPropertyNames().forEach(k -> assertThat(zh.getString(k)).isEqualTo(zhPart.getProperty(k)));
            enPart.stringPropertyNames().forEach(k -> assertThat(en.getString(k)).isEqualTo(enPart.getProperty(k)));
        }
        assertThat(Collections.list(en.getKeys())).containsAll(Collections.list(zh.getKeys()));
    }

    @Test
    void aKeyInTwoPartsIsRefused(@TempDir Path dir) throws IOException {
        Path i18n = Files.createDirectories(dir.resolve("io/anxin/kiosk/i18n"));
        Files.writeString(i18n.resolve("messages.properties"), "a=1\n", StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("hall.properties"), "a=2\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> KioskBundles.bundle(Locale.ROOT, loader))
                    .rootCause().hasMessageContaining("'a'").hasMessageContaining("messages").hasMessageContaining("hall");
        }
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = KioskBundles.class.getResourceAsStream("/io/anxin/kiosk/i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
