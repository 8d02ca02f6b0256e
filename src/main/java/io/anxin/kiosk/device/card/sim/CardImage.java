package io.anxin.kiosk.device.card.sim;

import io.anxin.kiosk.domain.Sex;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes a simulated card holds: the values of records 01..0D and whether EF06 is protected.
 * Immutable. {@link #of(DemoCardholder)} builds a well-formed card; {@link #withRecord} swaps in any
 * bytes, so tests can make cards that break a rule.
 */
public final class CardImage {

    private static final int RECORDS = SocialSecurityCardApplet.RECORD_COUNT;

    private final byte[][] records;
    private final boolean holderDataProtected;

    private CardImage(byte[][] records, boolean holderDataProtected) {
        this.records = records;
        this.holderDataProtected = holderDataProtected;
    }

    /** The card as the spec lays it out: fixed lengths, name padded with 0x00 to 30 bytes. */
    public static CardImage of(DemoCardholder holder) {
        byte[][] records = new byte[RECORDS + 1][];
        records[0x01] = Arrays.copyOf(HexFormat.of().parseHex(holder.cardIdentifier()), 16);
        records[0x02] = ascii("1");
        records[0x03] = ascii(holder.specVersion());
        records[0x04] = ascii(holder.issuer());
        records[0x05] = bcd(holder.issueDate());
        records[0x06] = bcd(holder.expiryDate());
        records[0x07] = ascii(holder.cardNumber());
        records[0x08] = ascii(holder.idNumber().value());
        records[0x09] = Arrays.copyOf(DemoCardholder.gbk(holder.name()), DemoCardholder.NAME_BYTES);
        records[0x0A] = ascii(holder.sex() == Sex.MALE ? "1" : "2");
        records[0x0B] = new byte[] {(byte) holder.ethnicityCode()};
        records[0x0C] = bcd(holder.birthplace());
        records[0x0D] = bcd(holder.birthDate());
        return new CardImage(records, holder.holderDataProtected());
    }

    /** A copy with record {@code number} (1..13) holding {@code value} (at most 255 bytes). */
    public CardImage withRecord(int number, byte[] value) {
        if (number < 1 || number > RECORDS) {
            throw new IllegalArgumentException("record number must be 1..13, got " + number);
        }
        if (value.length > 255) {
            throw new IllegalArgumentException("a record value holds at most 255 bytes");
        }
        byte[][] copy = records.clone();
        copy[number] = value.clone();
        return new CardImage(copy, holderDataProtected);
    }

    public CardImage withHolderDataProtected(boolean isProtected) {
        return new CardImage(records, isProtected);
    }

    public byte[] record(int number) {
        return records[number].clone();
    }

    public boolean holderDataProtected() {
        return holderDataProtected;
    }

    /** The applet's install parameters: flags, then each record as {@code <len><value>}. */
    public byte[] installParameters() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(holderDataProtected ? SocialSecurityCardApplet.FLAG_HOLDER_PROTECTED : 0);
        for (int i = 1; i <= RECORDS; i++) {
            out.write(records[i].length);
            out.writeBytes(records[i]);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] bcd(LocalDate date) {
        return bcd(String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
    }

    static byte[] bcd(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() % 2 != 0 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("BCD needs an even number of digits");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (((digits.charAt(2 * i) - '0') << 4) | (digits.charAt(2 * i + 1) - '0'));
        }
        return out;
    }
}
