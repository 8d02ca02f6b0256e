package io.anxin.kiosk.voice;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a {@link Prompt} to the words to say, from the same resource bundles the screens show.
 *
 * <p>A key may have a spoken variant {@code <key>.speech} that wins over the display text (for a
 * screen that shows symbols or abbreviations). Arguments are applied with {@link MessageFormat}
 * in the prompt's locale; a pattern is formatted only when the prompt has arguments, so static
 * texts keep their apostrophes. The bundle's base file is the Chinese one; lookups never fall back
 * to the JVM's default locale. A missing key or a broken pattern yields nothing to say and is logged
 * once per key, never with arguments.
 *
 * <p>Thread-safe.
 */
public final class PromptCatalog {

    /** Base name of the kiosk's bundles (owned by the UI). */
    public static final String KIOSK_BUNDLE = KioskBundles.BASE;
    /** Suffix of a key's spoken variant. */
    public static final String SPEECH_SUFFIX = ".speech";

    private static final Logger LOG = LoggerFactory.getLogger(PromptCatalog.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");
    private static final ResourceBundleControl CONTROL = new ResourceBundleControl();

    private final String baseName;
    private final ClassLoader loader;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /** @param baseName bundle base name, dotted or with slashes, e.g. {@link #KIOSK_BUNDLE} */
    public PromptCatalog(String baseName) {
        this(baseName, PromptCatalog.class.getClassLoader());
    }

    public PromptCatalog(String baseName, ClassLoader loader) {
        this.baseName = Objects.requireNonNull(baseName, "baseName").replace('/', '.');
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The words for {@code prompt} in {@code locale}; empty when the key is missing or its pattern is broken. */
    public Optional<String> text(Prompt prompt, Locale locale) {
        Optional<java.util.ResourceBundle> bundle = bundle(locale);
        if (bundle.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> pattern = string(bundle.get(), prompt.key() + SPEECH_SUFFIX)
                .or(() -> string(bundle.get(), prompt.key()));
        if (pattern.isEmpty()) {
            reportOnce(prompt.key(), "prompt key missing from bundle " + baseName + " (" + locale + "): {}");
            return Optional.empty();
        }
        if (prompt.args().isEmpty()) {
            return pattern;
        }
        try {
            return Optional.of(new MessageFormat(pattern.get(), locale).format(prompt.args().toArray()));
        } catch (IllegalArgumentException e) {
            reportOnce(prompt.key(), "prompt pattern cannot be formatted: {}");
            return Optional.empty();
        }
    }

    /** True when {@code key} exists and needs no arguments, so its speech may be cached. */
    public boolean isStatic(String key, Locale locale) {
        return bundle(locale)
                .flatMap(b -> string(b, key + SPEECH_SUFFIX).or(() -> string(b, key)))
                .map(p -> !PLACEHOLDER.matcher(p).find())
                .orElse(false);
    }

    /** Every prompt key in {@code locale} (spoken variants folded into their key), sorted. */
    public SortedSet<String> keys(Locale locale) {
        SortedSet<String> keys = new TreeSet<>();
        bundle(locale).ifPresent(b -> Collections.list(b.getKeys()).forEach(k ->
                keys.add(k.endsWith(SPEECH_SUFFIX) ? k.substring(0, k.length() - SPEECH_SUFFIX.length()) : k)));
        return keys;
    }

    /** Keys reported missing so far (for the technician); never arguments. */
    public Set<String> missingKeys() {
        return Set.copyOf(reported);
    }

    private Optional<java.util.ResourceBundle> bundle(Locale locale) {
        try {
            if (KioskBundles.BASE.equals(baseName)) {
                return Optional.of(KioskBundles.bundle(locale, loader));
            }
            return Optional.of(java.util.ResourceBundle.getBundle(baseName, locale, loader, CONTROL));
        } catch (MissingResourceException e) {
            reportOnce("<bundle " + baseName + ">", "resource bundle missing: {}");
            return Optional.empty();
        }
    }

    private static Optional<String> string(java.util.ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    private void reportOnce(String key, String message) {
        if (reported.add(key)) {
            LOG.warn(message, key);
        }
    }

    /** Properties only, and no fallback to the JVM default locale (the base file is Chinese). */
    private static final class ResourceBundleControl extends java.util.ResourceBundle.Control {
        @Override
        public java.util.List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
