package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechNormalizerTest {

    private final SpeechNormalizer normalizer = new SpeechNormalizer();

    @ParameterizedTest(name = "zh: {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            请 A012 号到 3 号窗口                       | 请A零一二号到三号窗口
            请A012号到3号窗口                           | 请A零一二号到三号窗口
            请 b7 号到 12 号窗口                        | 请B七号到十二号窗口
            请 AB105 号                                | 请AB一零五号
            370102********4320                        | 三七零一零二，中间省略，四三二零
            身份证 370102********432X                  | 身份证三七零一零二，中间省略，四三二叉
            ¥36.20                                    | 三十六元二角
            ￥36.20                                    | 三十六元二角
            36.20元                                   | 三十六元二角
            36.20 元                                  | 三十六元二角
            ¥36.20元                                  | 三十六元二角
            您的个人账户余额为1234.50元                   | 您的个人账户余额为一千二百三十四元五角
            余额 1,234.50 元                           | 余额一千二百三十四元五角
            36.05元                                   | 三十六元零五分
            0.50元                                    | 五角
            0.05元                                    | 五分
            0元                                       | 零元
            2元                                       | 两元
            100元                                     | 一百元
            10元                                      | 十元
            2000.00元                                 | 两千元
            ¥100,000                                  | 十万元
            12345元                                   | 一万二千三百四十五元
            2026-11-22                                | 二零二六年十一月二十二日
            有效期至 2026-11-22                         | 有效期至二零二六年十一月二十二日
            2026/1/5                                  | 二零二六年一月五日
            2026.01.05                                | 二零二六年一月五日
            2026年11月22日                              | 二零二六年十一月二十二日
            2026年11月                                  | 二零二六年十一月
            2026年                                     | 二零二六年
            11月22日                                   | 十一月二十二日
            2026-13-40                                | 两千零二十六到十三到四十
            13812345678                               | 幺三八，幺二三四，五六七八
            电话 138-1234-5678                          | 电话幺三八，幺二三四，五六七八
            0531-88886666                             | 零五三幺，八八八八六六六六
            请拨打 12393 咨询                            | 请拨打幺二三九三咨询
            3 人                                       | 三人
            前面还有 15 人                               | 前面还有十五人
            2 人                                       | 两人
            2个工作日                                   | 两个工作日
            第2个                                      | 第二个
            2号窗口                                     | 二号窗口
            2分钟                                      | 两分钟
            10                                        | 十
            15                                        | 十五
            20                                        | 二十
            101                                       | 一百零一
            110                                       | 一百一十
            1005                                      | 一千零五
            10010                                     | 一零零一零
            10010人                                   | 一万零一十人
            007                                       | 零零七
            3.5                                       | 三点五
            报销比例 85%                                | 报销比例百分之八十五
            12.5%                                     | 百分之十二点五
            3-5个工作日                                  | 三到五个工作日
            3～5天                                     | 三到五天
            9:00-17:00                                | 九点到十七点
            09:30                                     | 九点三十分
            14:05                                     | 十四点零五分
            您已长时间未操作，30秒后将返回首页               | 您已长时间未操作，三十秒后将返回首页
            30元/次                                    | 三十元每次
            男/女                                       | 男或女
            社保卡/医保码                                 | 社保卡或医保码
            王*明                                      | 王明
            王**                                      | 王
            请按 # 号键确认                               | 请按井号号键确认
            受理号 DEMO-01-20261122-0001                 | 受理号字母D E M O，杠，零一，杠，二零二六，一一二二，杠，零零零一
            受理号：DEMO-01-20261202-0007。              | 受理号，字母D E M O，杠，零一，杠，二零二六，一二零二，杠，零零零七。
            JN-LX-007                                 | 字母J N，杠，字母L X，杠，零零七
            １２３                                     | 一百二十三
            请插入社保卡，或点击屏幕开始                     | 请插入社保卡，或点击屏幕开始
            余额：100元                                 | 余额，一百元
            ""                                        | ""
            """)
    void chinese(String in, String expected) {
        assertThat(normalizer.normalize(in == null ? "" : in, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "en: {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Please go to window 3 with ticket A012     | Please go to window 3 with ticket A 0 1 2
            Number: DEMO-01-20261202-0007.            | Number: D E M O, dash, 0 1, dash, 2 0 2 6, 1 2 0 2, dash, 0 0 0 7.
            370102********4320                        | 3 7 0 1 0 2, middle digits hidden, 4 3 2 0
            Balance: ¥36.20                           | Balance: 36 yuan 20
            Balance: 1,234.50 yuan                    | Balance: 1234 yuan 50
            ¥100                                      | 100 yuan
            Valid until 2026-11-22                    | Valid until 22 November 2026
            Call 13812345678                          | Call 1 3 8, 1 2 3 4, 5 6 7 8
            Reimbursed at 85%                         | Reimbursed at 85 percent
            3-5 working days                          | 3 to 5 working days
            30 yuan/visit                             | 30 yuan per visit
            card/QR code                              | card or QR code
            Press # to confirm                        | Press number to confirm
            """)
    void english(String in, String expected) {
        assertThat(normalizer.normalize(in, Locale.ENGLISH)).isEqualTo(expected);
    }
}
