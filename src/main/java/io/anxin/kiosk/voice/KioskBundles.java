package io.anxin.kiosk.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The kiosk's screen and speech texts are one logical bundle ({@value #BASE}) kept in several files
 * so each feature owns its own: {@code messages}, {@code rules}, {@code flows}, {@code services}, {@code queries},
 * {@code sync}, {@code hall}, {@code counter}, {@code policy}, {@code completion}, {@code payment} and {@code ticket} (each with an
 * {@code _en} twin; the base file is Chinese). This
 * control loads the parts of a locale and merges them; a key defined in two parts is a build error
 * (the bundle fails to load), so features cannot silently overwrite each other's texts.
 *
 * <p>Properties only, UTF-8, and no fallback to the JVM's default locale. Thread-safe.
 */
public final class KioskBundles extends ResourceBundle.Control {

    /** The base name every caller uses. */
    public static final String BASE = "io.anxin.kiosk.i18n.messages";
    /** The files merged into {@link #BASE}, in the package {@code io/anxin/kiosk/i18n}. */
    public static final List<String> PARTS = List.of("messages", "rules", "flows", "services", "queries", "sync", "hall", "counter",
            "policy", "completion", "payment", "ticket");

    private static final KioskBundles CONTROL = new KioskBundles();

    private KioskBundles() {
    }

    /** The merged bundle for {@code locale} (Chinese for any {@code zh} locale). */
    public static ResourceBundle bundle(Locale locale, ClassLoader loader) {
        Locale wanted = "zh".equals(locale.getLanguage()) ? Locale.ROOT : locale;
        return ResourceBundle.getBundle(BASE, wanted, loader, CONTROL);
    }

    public static ResourceBundle bundle(Locale locale) {
        return bundle(locale, KioskBundles.class.getClassLoader());
    }

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        return null;
    }

    @Override
    public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
            throws IOException, IllegalAccessException, InstantiationException {
        if (!BASE.equals(baseName)) {
            return super.newBundle(baseName, locale, format, loader, reload);
        }
        String folder = baseName.substring(0, baseName.lastIndexOf('.')).replace('.', '/');
        Map<String, Object> merged = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        boolean any = false;
        for (String part : PARTS) {
            String path = toResourceName(toBundleName(folder + "/" + part, locale), "properties");
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    continue;
                }
                any = true;
                Properties props = new Properties();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                for (String key : props.stringPropertyNames()) {
                    String before = owner.putIfAbsent(key, part);
                    if (before != null) {
                        throw new IllegalStateException("bundle key '" + key + "' is defined in both " + before
                                + " and " + part + " (" + path + ")");
                    }
                    merged.put(key, props.getProperty(key));
                }
            }
        }
        return any ? new MergedBundle(merged) : null;
    }

    private static final class MergedBundle extends ResourceBundle {
        private final Map<String, Object> entries;

        MergedBundle(Map<String, Object> entries) {
            this.entries = Map.copyOf(entries);
        }

        @Override
        protected Object handleGetObject(String key) {
            return entries.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            java.util.Set<String> keys = new java.util.HashSet<>(entries.keySet());
            if (parent != null) {
                keys.addAll(Collections.list(parent.getKeys()));
            }
            return Collections.enumeration(keys);
        }

        @Override
        protected java.util.Set<String> handleKeySet() {
            return entries.keySet();
        }
    }
}
