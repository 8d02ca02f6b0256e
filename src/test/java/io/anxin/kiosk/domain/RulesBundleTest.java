package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** rules.properties (zh_CN) and rules_en.properties hold every key the rules use, and only "rules." keys. */
class RulesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(RulesBundleTest.class.getResourceAsStream("/io/anxin/kiosk/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<String> keysUsedByTheRules() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Class<?> type : List.of(ChronicDiseaseRules.class, RemoteCareRules.class, ReimbursementRules.class)) {
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("KEY_")) {
                    keys.add((String) f.get(null));
                }
            }
        }
        for (RemoteCareType t : RemoteCareType.values()) {
            keys.add(t.nameKey());
            t.commitmentKey().ifPresent(keys::add);
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveEveryKey() throws Exception {
        Properties zh = load("rules.properties");
        Properties en = load("rules_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allMatch(k -> k.startsWith("rules."));
        assertThat(zh.stringPropertyNames()).containsAll(keysUsedByTheRules());
        assertThat(keysUsedByTheRules()).hasSizeGreaterThan(35);
    }

    @Test
    void everyTextIsAValidMessageFormat() throws Exception {
        for (String file : List.of("rules.properties", "rules_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String formatted = new MessageFormat(p.getProperty(key), Locale.ROOT)
                        .format(new Object[] {"甲", "乙", "丙"});
                assertThat(formatted).as(file + " " + key).doesNotContain("{").isNotBlank();
            }
        }
        assertThat(new MessageFormat(load("rules_en.properties").getProperty(ChronicDiseaseRules.KEY_APPROXIMATE))
                .format(new Object[0])).contains("Next year's");
    }
}
