package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0           | 零
            1           | 一
            10          | 十
            11          | 十一
            19          | 十九
            20          | 二十
            99          | 九十九
            100         | 一百
            101         | 一百零一
            110         | 一百一十
            111         | 一百一十一
            1000        | 一千
            1001        | 一千零一
            1010        | 一千零一十
            1100        | 一千一百
            1234        | 一千二百三十四
            2000        | 两千
            10000       | 一万
            10001       | 一万零一
            10100       | 一万零一百
            12345       | 一万二千三百四十五
            20000       | 两万
            100000      | 十万
            100012      | 十万零一十二
            1000000     | 一百万
            10000000    | 一千万
            100000000   | 一亿
            100000001   | 一亿零一
            120030000   | 一亿二千零三万
            -5          | 负五
            """)
    void integers(long n, String expected) {
        assertThat(ChineseNumbers.integer(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}.{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            36   | 20 | 三十六元二角
            36   | 2  | 三十六元二角
            36   | 05 | 三十六元零五分
            36   | 25 | 三十六元二角五分
            36   | 00 | 三十六元
            0    | 50 | 五角
            0    | 05 | 五分
            0    | 00 | 零元
            2    | 00 | 两元
            1234 | 50 | 一千二百三十四元五角
            """)
    void money(String yuan, String decimals, String expected) {
        assertThat(ChineseNumbers.money(yuan, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            012         | false | 零一二
            13812345678 | true  | 幺三八幺二三四五六七八
            43210X      | false | 四三二一零叉
            """)
    void digits(String in, boolean phone, String expected) {
        assertThat(ChineseNumbers.digits(in, phone)).isEqualTo(expected);
    }
}
