package io.anxin.kiosk.service.policy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Every toneless reading of a Chinese character, from pinyin4j's dictionary: 长 gives {zhang, chang},
 * 行 {xing, hang, heng}. ü is written {@code v} (绿 lv), as on a pinyin keyboard. Readings are cached
 * per character; an instance is used by one thread (the one building the index).
 */
final class PinyinReadings {

    /** No character in pinyin4j has more distinct toneless readings than this; the cap only guards. */
    static final int MAX_READINGS_PER_CHAR = 8;
    private static final String[] NONE = new String[0];
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9fff';

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    private final String[][] cache = new String[LAST - FIRST + 1][];

    PinyinReadings() {
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** The distinct readings of {@code c}, in pinyin4j's order; empty for anything that is not a Han character. */
    String[] of(char c) {
        if (c < FIRST || c > LAST) {
            return NONE;
        }
        String[] cached = cache[c - FIRST];
        if (cached == null) {
            cached = lookUp(c);
            cache[c - FIRST] = cached;
        }
        return cached;
    }

    private String[] lookUp(char c) {
        String[] raw;
        try {
            raw = PinyinHelper.toHanyuPinyinStringArray(c, format);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
        }
        if (raw == null) {
            return NONE;
        }
        Set<String> distinct = new LinkedHashSet<>(Arrays.asList(raw));
        distinct.removeIf(r -> r.isEmpty() || !r.chars().allMatch(ch -> ch >= 'a' && ch <= 'z'));
        return distinct.stream().limit(MAX_READINGS_PER_CHAR).toArray(String[]::new);
    }
}
