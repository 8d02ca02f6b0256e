package io.anxin.kiosk.service.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import io.anxin.kiosk.voice.KioskBundles;

class PaymentMessagesTest {

    @Test
    void everyPaymentMessageIsInBothLanguages() throws IllegalAccessException {
        List<String> keys = Arrays.stream(PaymentMessages.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(PaymentMessagesTest::value).toList();
        assertThat(keys).hasSize(7).allMatch(k -> k.startsWith("payment."));
        ResourceBundle zh = KioskBundles.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = KioskBundles.bundle(Locale.ENGLISH);
        for (String key : keys) {
            assertThat(zh.getString(key)).as(key).isNotBlank();
            assertThat(en.getString(key)).as(key).isNotBlank().isNotEqualTo(zh.getString(key));
        }
        assertThat(zh.getString(PaymentMessages.UNCONFIRMED)).contains("请勿重复缴费").contains("请到窗口核实");
        assertThat(zh.getString(PaymentMessages.WAITING)).isEqualTo("请在缴费终端上刷卡或扫码并输入密码");
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
