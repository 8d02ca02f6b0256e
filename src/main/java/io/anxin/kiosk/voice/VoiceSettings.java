package io.anxin.kiosk.voice;

import java.util.Locale;
import java.util.Objects;

/**
 * The voice's defaults, restored at the end of every session.
 *
 * <p>Rates are espeak-ng words per minute. 140 for Chinese gives about 3.1 syllables a second
 * with pauses (espeak-ng's default 175 gives 4), the slow, clear pace recommended for older
 * listeners; 150 for English (default 175) is about 145 spoken words a minute.
 *
 * @param defaultLocale  language at the start of a session
 * @param defaultVolume  0..100 at the start of a session
 * @param chineseRateWpm words per minute for {@code zh} locales
 * @param otherRateWpm   words per minute for every other language
 */
public record VoiceSettings(Locale defaultLocale, int defaultVolume, int chineseRateWpm, int otherRateWpm) {

    public static final int DEFAULT_VOLUME = 80;
    public static final int DEFAULT_CHINESE_RATE = 140;
    public static final int DEFAULT_OTHER_RATE = 150;

    public VoiceSettings {
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        if (defaultVolume < 0 || defaultVolume > 100) {
            throw new IllegalArgumentException("defaultVolume must be 0..100, was " + defaultVolume);
        }
        checkRate(chineseRateWpm);
        checkRate(otherRateWpm);
    }

    private static void checkRate(int rate) {
        if (rate < 80 || rate > 450) {
            throw new IllegalArgumentException("speech rate must be 80..450 words per minute, was " + rate);
        }
    }

    /** zh_CN, volume 80, 140 / 150 words per minute. */
    public static VoiceSettings defaults() {
        return new VoiceSettings(Locale.SIMPLIFIED_CHINESE, DEFAULT_VOLUME, DEFAULT_CHINESE_RATE, DEFAULT_OTHER_RATE);
    }

    /** Words per minute for {@code locale} at 100 % speed. */
    public int rateFor(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chineseRateWpm : otherRateWpm;
    }
}
