package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromptCatalogTest {

    static final String BUNDLE = "io/anxin/kiosk/voice/testprompts";

    private final PromptCatalog catalog = new PromptCatalog(BUNDLE);
    private Locale saved;

    @BeforeEach
    void englishJvm() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US); // a JVM default must never pull English into a Chinese lookup
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void chineseFromTheBaseFile() {
        assertThat(catalog.text(Prompt.of("prompt.attract"), Locale.SIMPLIFIED_CHINESE))
                .contains("请插入社保卡，或点击屏幕开始");
        assertThat(catalog.text(Prompt.of("prompt.attract"), Locale.CHINESE))
                .contains("请插入社保卡，或点击屏幕开始");
    }

    @Test
    void englishFromItsOwnFile() {
        assertThat(catalog.text(Prompt.of("prompt.greeting"), Locale.ENGLISH)).contains("Hello, Ms Wang");
        assertThat(catalog.text(Prompt.of("prompt.greeting"), Locale.UK)).contains("Hello, Ms Wang");
    }

    @Test
    void englishFallsBackToTheBaseFileForAMissingKey() {
        assertThat(catalog.text(Prompt.of("prompt.zh.only"), Locale.ENGLISH)).contains("只有中文");
    }

    @Test
    void argumentsAreFormatted() {
        assertThat(catalog.text(Prompt.of("prompt.ticket", "A012", 3), Locale.SIMPLIFIED_CHINESE))
                .contains("请 A012 号到 3 号窗口");
        assertThat(catalog.text(Prompt.of("prompt.greet.name", "Li"), Locale.ENGLISH)).contains("Hello, Li");
    }

    @Test
    void spokenVariantWinsOverDisplayText() {
        assertThat(catalog.text(Prompt.of("prompt.choice"), Locale.SIMPLIFIED_CHINESE)).contains("请选择性别，男或女");
        assertThat(catalog.text(Prompt.of("prompt.choice"), Locale.ENGLISH)).contains("Please choose male or female");
    }

    @Test
    void missingKeySaysNothingAndIsReportedOnce() {
        assertThat(catalog.text(Prompt.of("prompt.nope"), Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(catalog.text(Prompt.of("prompt.nope"), Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(catalog.missingKeys()).containsExactly("prompt.nope");
    }

    @Test
    void brokenPatternSaysNothing() {
        assertThat(catalog.text(Prompt.of("prompt.broken", 3), Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    void missingBundleSaysNothing() {
        assertThat(new PromptCatalog("no.such.bundle").text(Prompt.of("prompt.attract"), Locale.CHINESE)).isEmpty();
    }

    @Test
    void staticKeysHaveNoPlaceholders() {
        assertThat(catalog.isStatic("prompt.attract", Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(catalog.isStatic("prompt.ticket", Locale.SIMPLIFIED_CHINESE)).isFalse();
        assertThat(catalog.isStatic("prompt.nope", Locale.SIMPLIFIED_CHINESE)).isFalse();
        assertThat(catalog.keys(Locale.SIMPLIFIED_CHINESE)).contains("prompt.choice", "prompt.attract")
                .doesNotContain("prompt.choice.speech");
    }
}
