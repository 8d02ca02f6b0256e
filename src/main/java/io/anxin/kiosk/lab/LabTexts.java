package io.anxin.kiosk.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The demo data of {@code io/anxin/kiosk/lab/lab-demo.properties} (UTF-8): hospitals, common chronic diseases, state messages. Immutable. */
final class LabTexts {

    private static final String RESOURCE = "lab-demo.properties";

    private final Properties properties;

    private LabTexts(Properties properties) {
        this.properties = properties;
    }

    static LabTexts load() {
        Properties p = new Properties();
        try (InputStream in = LabTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return new LabTexts(p);
    }

    List<String> hospitals() {
        return list("hospitals");
    }

    /** Disease names (zh) demo residents' chronic qualifications are drawn from. */
    List<String> commonChronicDiseases() {
        return list("chronic.common");
    }

    private List<String> list(String key) {
        return Arrays.stream(text(key).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    String stateMessage(String state) {
        return text("state." + state);
    }

    private String text(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no key " + key);
        }
        return value;
    }
}
