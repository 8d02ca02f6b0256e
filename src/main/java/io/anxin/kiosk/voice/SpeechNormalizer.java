package io.anxin.kiosk.voice;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites display text into words a speech engine reads correctly: ticket numbers and ID
 * fragments digit by digit, money in 元/角/分, dates in 年月日, phone numbers in groups, symbols as
 * words. espeak-ng reads "A012" as "A 零十二" and "/" as "slash", so every text is normalised
 * before synthesis. Chinese rules apply to {@code zh} locales, a small English set to the rest.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpeechNormalizer {

    private final ChineseSpeechRules chinese = new ChineseSpeechRules();
    private final EnglishSpeechRules english = new EnglishSpeechRules();

    /** Returns the text to hand to the engine; never null, possibly empty. */
    public String normalize(String text, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = halfWidth(text);
        return "zh".equals(locale.getLanguage()) ? chinese.apply(s) : english.apply(s);
    }

    private static String halfWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '％') {
                sb.append('%');
            } else if (c == '￥') {
                sb.append('¥');
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@link Matcher#replaceAll(Function)} with the replacement taken literally. */
    static String replace(String text, Pattern pattern, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }
}
