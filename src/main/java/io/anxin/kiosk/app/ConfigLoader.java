package io.anxin.kiosk.app;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.anxin.kiosk.device.panel.PanelPins;
import io.anxin.kiosk.domain.PinHash;

/**
 * Reads {@code kiosk.properties} from a config folder and checks every key. Unknown keys and bad
 * values are collected and reported together, each naming file, line, key, value and what was
 * expected; nothing half-valid is ever returned.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "kiosk.properties";

    /** Every key this version knows; later versions add keys, never rename these. */
    public static final Set<String> KNOWN_KEYS = Set.of(
            "terminal.id", "kiosk.mode", "data.dir", "time.zone", "locale",
            "ui.scale", "ui.idle-seconds", "ui.idle-warning-seconds", "resident.elderly-age",
            "technician.pin-hash", "card.reader-pattern", "drill.enabled",
            "central.url", "central.token-file", "central.ca-file", "sync.batch-size",
            "hall.role", "hall.node-url", "hall.token-file", "hall.priority-after-minutes", "hall.listen", "printer.port",
            "certificate.max-age-days", "panel.gpio", "panel.help-button-pin", "panel.help-lamp-pin",
            "panel.presence-pin", "panel.help-button-active-low");

    /** Hash of the demo PIN documented in README.md; refused in kiosk mode. */
    public static final String DEMO_PIN_HASH =
            "pbkdf2-sha256:120000:YW54aW4tZGVtby1zYWx0:u8vKh5kzGhVnd_S7sS0TSi-rPQZgW4M8WysRmtPyyzI";

    private static final Pattern TERMINAL_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    private final Map<String, String> env;
    private final String userHome;

    public ConfigLoader(Map<String, String> env, String userHome) {
        this.env = Map.copyOf(env);
        this.userHome = userHome;
    }

    public KioskConfig load(Path configDir) {
        Path dir = configDir.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(List.of("config folder " + dir + " does not exist (give one with --config DIR)"));
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of("config file " + file + " is missing"));
        }
        String text = readUtf8(file);
        Properties props = new Properties();
        try (Reader reader = new java.io.StringReader(text)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(List.of(file + ": cannot be read as a properties file: " + e.getMessage()));
        }
        return new Reading(dir, file, text, props).build();
    }

    private static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(file + ": is not valid UTF-8 text (save it as UTF-8)"));
        } catch (IOException e) {
            throw new ConfigException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
    }

    /** One pass over one file: collects problems instead of stopping at the first. */
    private final class Reading {
        private final Path dir;
        private final Path file;
        private final String text;
        private final Properties props;
        private final List<String> problems = new ArrayList<>();

        Reading(Path dir, Path file, String text, Properties props) {
            this.dir = dir;
            this.file = file;
            this.text = text;
            this.props = props;
        }

        KioskConfig build() {
            Set<String> unknown = new LinkedHashSet<>(props.stringPropertyNames());
            unknown.removeAll(KNOWN_KEYS);
            for (String key : unknown) {
                problems.add(where(key) + "unknown key '" + key + "' (known keys: see the comments in " + FILE_NAME + ")");
            }
            String terminalId = value("terminal.id", "DEMO-01", v -> TERMINAL_ID.matcher(v).matches() ? v : null,
                    "1-32 upper-case letters, digits or '-', starting with a letter or digit, e.g. JN-LX-007");
            KioskMode mode = value("kiosk.mode", "demo", v -> enumValue(KioskMode.class, v), "demo or kiosk");
            Path dataDir = value("data.dir", "", v -> v.isEmpty()
                    ? DataFolders.defaultDataDir(env, userHome) : dir.resolve(v).normalize(), "a folder path");
            ZoneId zone = value("time.zone", "Asia/Shanghai", ConfigLoader::zone, "a time zone id such as Asia/Shanghai");
            Locale locale = value("locale", "zh_CN", ConfigLoader::locale, "zh_CN or en");
            Double scale = value("ui.scale", "1.0", v -> decimalIn(v, 0.5, 3.0), "a number from 0.5 to 3.0");
            Integer idle = value("ui.idle-seconds", "90", v -> intIn(v, 20, 3600), "whole seconds from 20 to 3600");
            Integer warning = value("ui.idle-warning-seconds", "30", v -> intIn(v, 30, 600),
                    "whole seconds from 30 to 600 (residents get at least 30 s to answer)");
            Integer elderly = value("resident.elderly-age", "60", v -> intIn(v, 50, 100), "an age from 50 to 100");
            String pinHash = value("technician.pin-hash", DEMO_PIN_HASH, v -> PinHash.isWellFormed(v) ? v : null,
                    "a PBKDF2 hash made by 'kiosk pin-hash' (pbkdf2-sha256:<iterations>:<salt>:<hash>)");
            Pattern readerPattern = value("card.reader-pattern", "", ConfigLoader::regex,
                    "a Java regular expression matching the card reader's name (empty: any reader)");
            Boolean drill = value("drill.enabled", "false", ConfigLoader::bool, "true or false");
            Optional<URI> centralUrl = value("central.url", "", v -> optionalUrl(v), "empty (offline) or an http(s) URL");
            Optional<Path> tokenFile = value("central.token-file", "", v -> optionalPath(v), "a file path");
            Optional<Path> caFile = value("central.ca-file", "", v -> optionalPath(v), "a file path");
            Integer batch = value("sync.batch-size", "50", v -> intIn(v, 1, 1000), "a whole number from 1 to 1000");
            HallRole hallRole = value("hall.role", "standalone", v -> enumValue(HallRole.class, v), "standalone, node or member");
            Optional<URI> nodeUrl = value("hall.node-url", "", v -> optionalUrl(v), "empty or an http(s) URL");
            Optional<Path> hallToken = value("hall.token-file", "", v -> optionalPath(v), "a file path");
            Integer priorityAfter = value("hall.priority-after-minutes", "15", v -> intIn(v, 1, 240),
                    "whole minutes from 1 to 240 (a priority ticket waiting this long is called at any window)");
            HallListen hallListen = value("hall.listen", "127.0.0.1:8470", HallListen::parse, HallListen.EXPECTED);
            PrinterSetting printer = value("printer.port", "file", PrinterSetting::parse, PrinterSetting.EXPECTED);
            Integer certificateAge = value("certificate.max-age-days", "7", v -> intIn(v, 1, 365),
                    "whole days from 1 to 365 (how old a cached record may be for printing 参保证明)");
            PanelGpio gpio = value("panel.gpio", "none", v -> enumValue(PanelGpio.class, v), "none or pi4j");
            String pinExpected = "empty (not wired) or a BCM GPIO number from 0 to " + PanelPins.MAX_BCM;
            OptionalInt buttonPin = value("panel.help-button-pin", "", ConfigLoader::optionalPin, pinExpected);
            OptionalInt lampPin = value("panel.help-lamp-pin", "", ConfigLoader::optionalPin, pinExpected);
            OptionalInt presencePin = value("panel.presence-pin", "", ConfigLoader::optionalPin, pinExpected);
            Boolean activeLow = value("panel.help-button-active-low", "true", ConfigLoader::bool, "true or false");
            PanelPins panelPins = null;
            if (buttonPin != null && lampPin != null && presencePin != null && activeLow != null) {
                panelPins = new PanelPins(buttonPin, lampPin, presencePin, activeLow);
                checkPanel(gpio, panelPins);
            }

            if (mode == KioskMode.KIOSK && DEMO_PIN_HASH.equals(pinHash)) {
                problems.add(where("technician.pin-hash") + "kiosk.mode=kiosk needs its own technician PIN; "
                        + "the demo PIN is public. Make a hash with 'kiosk pin-hash' and set technician.pin-hash");
            }
            if (idle != null && warning != null && warning > idle * 4) {
                problems.add(where("ui.idle-warning-seconds") + "ui.idle-warning-seconds=" + warning
                        + " is far longer than ui.idle-seconds=" + idle + "; expected at most 4 times ui.idle-seconds");
            }
            if (hallRole == HallRole.MEMBER && nodeUrl != null && nodeUrl.isEmpty()) {
                problems.add(where("hall.node-url") + "hall.role=member needs hall.node-url (the hall node's address)");
            }
            if (hallRole == HallRole.MEMBER && hallToken != null && hallToken.isEmpty()) {
                problems.add(where("hall.token-file") + "hall.role=member needs hall.token-file (this terminal's token "
                        + "for the hall node, a file only this user can read)");
            }
            if (hallRole == HallRole.NODE && mode == KioskMode.KIOSK && hallToken != null && hallToken.isEmpty()) {
                problems.add(where("hall.token-file") + "hall.role=node in kiosk mode needs hall.token-file (one line "
                        + "'TERMINAL-ID TOKEN ROLE' per hall terminal; docs/hall-api.md); only demo mode makes its own");
            }
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            return new KioskConfig(dir, terminalId, mode, dataDir, zone, locale, scale, idle, warning, elderly,
                    pinHash, readerPattern, drill, centralUrl, tokenFile, caFile, batch, hallRole, nodeUrl, hallToken, priorityAfter, hallListen,
                    printer, certificateAge, gpio, panelPins);
        }

        private void checkPanel(PanelGpio gpio, PanelPins pins) {
            Map<Integer, String> used = new java.util.HashMap<>();
            for (String key : List.of("panel.help-button-pin", "panel.help-lamp-pin", "panel.presence-pin")) {
                OptionalInt pin = switch (key) {
                    case "panel.help-button-pin" -> pins.helpButton();
                    case "panel.help-lamp-pin" -> pins.helpLamp();
                    default -> pins.presence();
                };
                if (pin.isPresent()) {
                    String other = used.putIfAbsent(pin.getAsInt(), key);
                    if (other != null) {
                        problems.add(where(key) + key + "='" + pin.getAsInt() + "' is not valid: BCM " + pin.getAsInt()
                                + " is already " + other + "; expected a pin of its own");
                    }
                }
            }
            if (gpio == PanelGpio.PI4J && !pins.anyWired()) {
                problems.add(where("panel.gpio") + "panel.gpio=pi4j needs at least one of panel.help-button-pin, "
                        + "panel.help-lamp-pin, panel.presence-pin (or set panel.gpio=none)");
            }
        }

        private <T> T value(String key, String fallback, Function<String, T> parse, String expected) {
            String raw = props.getProperty(key);
            String v = raw == null ? fallback : raw.strip();
            T parsed;
            try {
                parsed = parse.apply(v);
            } catch (RuntimeException e) {
                parsed = null;
            }
            if (parsed == null) {
                problems.add(where(key) + key + "='" + v + "' is not valid: expected " + expected);
            }
            return parsed;
        }

        private Optional<Path> optionalPath(String v) {
            return v.isEmpty() ? Optional.empty() : Optional.of(dir.resolve(v).normalize());
        }

        private String where(String key) {
            Matcher m = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(key) + "[ \\t]*[=:]").matcher(text);
            if (m.find()) {
                int line = 1;
                for (int i = 0; i < m.start(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                return file + ":" + line + ": ";
            }
            return file + ": ";
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String v) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(v)) {
                return e;
            }
        }
        return null;
    }

    private static ZoneId zone(String v) {
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Locale locale(String v) {
        return switch (v) {
            case "zh_CN" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }

    private static Double decimalIn(String v, double min, double max) {
        double d = Double.parseDouble(v);
        return d >= min && d <= max ? d : null;
    }

    private static Integer intIn(String v, int min, int max) {
        int i = Integer.parseInt(v);
        return i >= min && i <= max ? i : null;
    }

    private static OptionalInt optionalPin(String v) {
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        Integer pin = intIn(v, 0, PanelPins.MAX_BCM);
        return pin == null ? null : OptionalInt.of(pin);
    }

    private static Boolean bool(String v) {
        return switch (v) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Pattern regex(String v) {
        try {
            return v.isEmpty() ? Pattern.compile(".*") : Pattern.compile(v);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static Optional<URI> optionalUrl(String v) {
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme();
            if (("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() != null) {
                return Optional.of(uri);
            }
            return null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
