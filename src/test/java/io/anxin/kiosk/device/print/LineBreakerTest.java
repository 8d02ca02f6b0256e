package io.anxin.kiosk.device.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static final FontMetrics MONO = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY)
            .createGraphics().getFontMetrics(new Font(Font.MONOSPACED, Font.PLAIN, 10));

    @Test
    void punctuationClingsToTheCharacterBeforeAndOpenersToTheOneAfter() {
        assertThat(LineBreaker.tokens("您好，请（原件）带上。")).containsExactly("您", "好，", "请", "（原", "件）", "带", "上。");
        assertThat(LineBreaker.tokens("Bring your card, please")).containsExactly("Bring ", "your ", "card, ", "please");
        assertThat(LineBreaker.tokens("20个工作日")).containsExactly("20", "个", "工", "作", "日");
    }

    @Test
    void noLineStartsWithClosingPunctuation() {
        int width = MONO.stringWidth("xxxx");
        List<String> lines = LineBreaker.wrap("资料会自动上传，您不用再跑一趟。", MONO, width * 2);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotStartWith("，").doesNotStartWith("。"));
        assertThat(String.join("", lines)).isEqualTo("资料会自动上传，您不用再跑一趟。");
    }

    @Test
    void aWordWiderThanTheLineIsBrokenWhereItMust() {
        List<String> lines = LineBreaker.wrap("ABCDEFGHIJ", MONO, MONO.stringWidth("ABCD"));
        assertThat(lines).containsExactly("ABCD", "EFGH", "IJ");
    }
}
