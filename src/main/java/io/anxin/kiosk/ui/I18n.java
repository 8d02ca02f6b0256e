package io.anxin.kiosk.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every word on screen, from the resource bundles ({@code messages.properties} is zh_CN,
 * {@code messages_en.properties} English). Bindings follow the current locale, so the language
 * switch re-labels every screen at once. FX thread only.
 */
public final class I18n {

    public static final String BUNDLE = io.anxin.kiosk.voice.KioskBundles.BASE;

    private final Locale defaultLocale;
    private final ObjectProperty<Locale> locale;

    public I18n(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
        this.locale = new SimpleObjectProperty<>(defaultLocale);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale defaultLocale() {
        return defaultLocale;
    }

    public boolean isChinese() {
        return "zh".equals(locale.get().getLanguage());
    }

    /** The text for {@code key} now; a visible marker when the key is missing, never an exception. */
    public String text(String key, Object... args) {
        return format(bundle(locale.get()), key, args);
    }

    public String text(Message message) {
        return text(message.key(), message.args().toArray());
    }

    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), locale);
    }

    public static ResourceBundle bundle(Locale locale) {
        return io.anxin.kiosk.voice.KioskBundles.bundle(locale);
    }

    static String format(ResourceBundle bundle, String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] shown = args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof java.time.LocalDate date) {
                    shown[i] = java.time.format.DateTimeFormatter.ofPattern(bundle.getString("format.date"), Locale.ROOT).format(date);
                } else if (shown[i] instanceof Number n) {
                    shown[i] = n.toString();
                }
            }
            return new MessageFormat(pattern, bundle.getLocale()).format(shown);
        } catch (MissingResourceException e) {
            return "\u27e6" + key + "\u27e7";
        }
    }

    /** Keys present in the Chinese bundle; tests compare the languages with it. */
    public static List<String> keys(Locale locale) {
        return bundle(locale).keySet().stream().sorted().toList();
    }
}
