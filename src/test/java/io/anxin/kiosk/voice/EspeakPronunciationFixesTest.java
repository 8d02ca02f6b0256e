package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EspeakPronunciationFixesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            请点击重听                 | 请点击虫听
            音量已调大                 | 音量已条大
            请到银行柜台办理             | 请到银航柜台办理
            正在处理，请稍候             | 正在储理，请稍候
            异地就医备案               | 异弟就医备案
            您的个人账户余额为三十六元     | 您的个人账户余额围三十六元
            请插入社保卡               | 请插入社保卡
            """)
    void respellsKnownPolyphones(String in, String expected) {
        assertThat(EspeakPronunciationFixes.apply(in)).isEqualTo(expected);
    }

    /** The respelling really gives the intended syllable in espeak-ng's phonemes (skipped without espeak-ng). */
    @ParameterizedTest(name = "{0} says {1}")
    @CsvSource(delimiter = '|', textBlock = """
            重听   | ts.h'ong35
            调大   | thj'Au35
            银行   | X'a35N
            异地   | t'i51
            """)
    void espeakSaysTheRightSyllable(String word, String phonemes) throws IOException, InterruptedException {
        assumeTrue(new EspeakNgEngine().availability().available(), "espeak-ng not installed");
        Process p = new ProcessBuilder(List.of("espeak-ng", "-v", "cmn-latn-pinyin", "-x", "-q",
                EspeakPronunciationFixes.apply(word))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertThat(out).contains(phonemes);
    }
}
