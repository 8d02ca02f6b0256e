package io.anxin.kiosk.device.print;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** Receipts for tests, shaped like the ones the services will build. */
final class ExampleReceipts {

    static final String ACCEPTANCE_NO = "JN-LX-007-20261122-0031";
    static final String MASKED_ID = "370102********4326";
    static final String FULL_ID = "370102195003154326";

    private ExampleReceipts() {
    }

    static Receipt chronicFiling() {
        return new Receipt("门诊慢特病资格申请", ACCEPTANCE_NO,
                ZonedDateTime.of(2026, 11, 22, 9, 41, 0, 0, ZoneId.of("Asia/Shanghai")),
                MASKED_ID, "王女士",
                List.of("您的申请已受理，资料会自动上传，您不用再跑一趟。",
                        "高血压需集中评定：2026年12月21日（20个工作日内）前给您答复，结果会发短信告诉您。",
                        "评定通过后，门诊可开最长3个月的长处方。"),
                List.of("社保卡或医保电子凭证", "近6个月的门诊病历和检查报告（原件）", "他人代办时带代办人身份证"),
                "济南市医保服务大厅（演示）", "济南市历下区示例路1号（演示地址）", "12393", true, Locale.SIMPLIFIED_CHINESE);
    }

    static Receipt minimal(String acceptanceNo) {
        return new Receipt("异地就医备案", acceptanceNo,
                ZonedDateTime.of(2026, 11, 22, 9, 41, 0, 0, ZoneId.of("Asia/Shanghai")),
                MASKED_ID, null, List.of("备案当天生效。"), List.of(), "济南市医保服务大厅", null, "0531-12345678", false, null);
    }

    static Receipt english() {
        return new Receipt("Register treatment in another place", ACCEPTANCE_NO,
                ZonedDateTime.of(2026, 11, 22, 9, 41, 0, 0, ZoneId.of("Asia/Shanghai")),
                MASKED_ID, "Ms Wang", List.of("The filing takes effect today."), List.of("Social security card"),
                "Jinan Medical Insurance Service Hall", "", "12393", false, Locale.ENGLISH);
    }
}
