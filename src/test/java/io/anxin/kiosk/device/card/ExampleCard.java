package io.anxin.kiosk.device.card;

import io.anxin.kiosk.device.card.sim.DemoCardholder;
import io.anxin.kiosk.domain.IdNumber;
import java.time.LocalDate;
import java.util.List;

/** The example card of specs/social-security-card.md, as data and as the exact APDU exchange. */
public final class ExampleCard {

    public static final String SELECT_SSSE = "00A404000F7378312E73682EC9E7BBE1B1A3D5CF";
    public static final String SELECT_EF05 = "00A4020002EF05";
    public static final String SELECT_EF06 = "00A4020002EF06";
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** Record responses 01..0D (before SW 9000), from the spec's table. */
    public static final List<String> RECORDS = List.of(
            "01100102030405060708090A0B0C0D0E0F10",
            "020131",
            "0304332E3030",
            "040C333730313030303030303030",
            "050420190601",
            "060420290601",
            "0709413031323334353637",
            "0812333730313032313935323033313534333230",
            "091ECDF5D0E3D3A2" + "00".repeat(24),
            "0A0132",
            "0B0101",
            "0C03370102",
            "0D0419520315");

    private ExampleCard() {
    }

    public static DemoCardholder holder() {
        return new DemoCardholder("王秀英", IdNumber.parse("370102195203154320"), "A01234567", "370100000000",
                LocalDate.of(2019, 6, 1), LocalDate.of(2029, 6, 1), "3.00", 1, "370102", false,
                "0102030405060708090A0B0C0D0E0F10");
    }

    /** READ RECORD command for record {@code n} (1..13) with the right Le. */
    public static String readRecord(int n) {
        int le = SocialSecurityCardProtocol.recordLength(n) + 2;
        return String.format("00B2%02X04%02X", n, le);
    }

    /** Index in {@link #goodScript()} of the READ RECORD step for record {@code n}. */
    public static int stepOf(int n) {
        return n <= 7 ? n + 1 : n + 2;
    }

    /** The good script with record {@code n} answered by {@code responseHex} (SW included). */
    public static ScriptedCardChannel withAnswer(int n, String responseHex) {
        return goodScript().replaceAnswer(stepOf(n), responseHex).build();
    }

    /** The full script of a good read: every command with its response. */
    public static ScriptedCardChannel.Builder goodScript() {
        ScriptedCardChannel.Builder script = ScriptedCardChannel.script()
                .expect(SELECT_SSSE).answer("9000")
                .expect(SELECT_EF05).answer("9000");
        for (int n = 1; n <= 7; n++) {
            script.expect(readRecord(n)).answer(RECORDS.get(n - 1) + "9000");
        }
        script.expect(SELECT_EF06).answer("9000");
        for (int n = 8; n <= 13; n++) {
            script.expect(readRecord(n)).answer(RECORDS.get(n - 1) + "9000");
        }
        return script;
    }
}
