package io.anxin.kiosk.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.anxin.kiosk.domain.PhoneNumbers;
import io.anxin.kiosk.domain.catalog.HallInfo;

/** {@code hall.properties}: the hall's name, address, phone, opening hours and resident review day. */
final class HallProperties {

    static final List<String> KEYS = List.of("name", "address", "phone", "opening-hours", "resident-review-day");
    private static final Pattern HOTLINE = Pattern.compile("1\\d{4}");

    private HallProperties() {
    }

    static Optional<HallInfo> read(Path file, String label, Problems problems) {
        Optional<String> text = CsvTable.readText(file, label, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try {
            props.load(new StringReader(text.get()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(label, 0, "cannot be read as a properties file: " + e.getMessage());
            return Optional.empty();
        }
        return new Reading(label, text.get(), props, problems).build();
    }

    private record Reading(String label, String text, Properties props, Problems problems) {

        Optional<HallInfo> build() {
            int before = problems.count();
            Set<String> unknown = new LinkedHashSet<>(props.stringPropertyNames());
            KEYS.forEach(unknown::remove);
            unknown.forEach(k -> problems.add(label, lineOf(k), "unknown key '" + k + "': expected one of " + KEYS));
            String name = value("name", Optional::of, "the hall's name as printed on receipts");
            String address = value("address", Optional::of, "the hall's street address");
            String phone = value("phone", v -> Optional.of(v).filter(p -> PhoneNumbers.isValid(p)
                            || HOTLINE.matcher(p).matches()),
                    "a landline with area code such as 0531-12345678, a mobile number, or a hotline such as 12393");
            String hours = value("opening-hours", Optional::of, "opening hours such as 周一至周五 9:00-17:00");
            Integer reviewDay = value("resident-review-day",
                    v -> Optional.of(Integer.valueOf(v)).filter(d -> d >= 1 && d <= 28),
                    "a day of the month from 1 to 28 (default 25)");
            if (problems.count() != before) {
                return Optional.empty();
            }
            return Optional.of(new HallInfo(name, address, phone, hours, reviewDay));
        }

        private <T> T value(String key, Function<String, Optional<T>> parse, String expected) {
            String raw = props.getProperty(key);
            if (raw == null) {
                if ("resident-review-day".equals(key)) {
                    raw = "25";
                } else {
                    problems.add(label, 0, "key '" + key + "' is missing: expected " + expected);
                    return null;
                }
            }
            String v = raw.strip();
            Optional<T> parsed;
            try {
                parsed = v.isEmpty() ? Optional.empty() : parse.apply(v);
            } catch (RuntimeException e) {
                parsed = Optional.empty();
            }
            if (parsed.isEmpty()) {
                problems.add(label, lineOf(key), key + "='" + v + "' is not valid: expected " + expected);
                return null;
            }
            return parsed.get();
        }

        private int lineOf(String key) {
            Matcher m = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(key) + "[ \\t]*[=:]").matcher(text);
            if (!m.find()) {
                return 0;
            }
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
