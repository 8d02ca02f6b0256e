package io.anxin.kiosk.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words espeak-ng 1.51's {@code cmn-latn-pinyin} dictionary reads with the wrong reading of a
 * polyphonic character (多音字), respelled with a homophone of the right tone. Checked one by one
 * with {@code espeak-ng -v cmn-latn-pinyin -x}. Only for espeak-ng: a better engine gets the real
 * words. Stateless.
 */
final class EspeakPronunciationFixes {

    /** Wrong reading → respelling. Longer entries first where they overlap. */
    private static final Map<String, String> FIXES = fixes();

    /** Short fingerprint of the table; part of the engine id so a changed table re-synthesizes the cache. */
    static final String REVISION = fingerprint();

    private EspeakPronunciationFixes() {
    }

    private static Map<String, String> fixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("银行", "银航");     // yin2 xing2 → yin2 hang2
        m.put("重听", "虫听");     // zhong4 → chong2 (the repeat button on every screen)
        m.put("重新", "虫新");
        m.put("重复", "虫复");
        m.put("调大", "条大");     // diao4 → tiao2 (volume controls)
        m.put("调小", "条小");
        m.put("调高", "条高");
        m.put("调低", "条低");
        m.put("调整", "条整");
        m.put("调节", "条节");
        m.put("还款", "环款");     // hai2 → huan2
        m.put("归还", "归环");
        m.put("处理", "储理");     // chu4 → chu3 (then 3-3 sandhi)
        m.put("长大", "涨大");     // chang2 → zhang3
        m.put("异地", "异弟");     // de (particle) → di4 (异地就医备案)
        m.put("地方", "弟方");
        m.put("余额为", "余额围"); // wei4 → wei2 ("is")
        m.put("的确", "迪确");     // de → di2
        m.put("了解", "瞭解");     // le → liao3
        m.put("着急", "招急");     // zhe → zhao2
        return Map.copyOf(m);
    }

    static String apply(String text) {
        String s = text;
        for (Map.Entry<String, String> e : FIXES.entrySet()) {
            if (s.contains(e.getKey())) {
                s = s.replace(e.getKey(), e.getValue());
            }
        }
        return s;
    }

    private static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new java.util.TreeMap<>(FIXES).forEach((k, v) ->
                    sha.update((k + '=' + v + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
