package io.anxin.kiosk.device.card;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdNumberCheck;
import io.anxin.kiosk.domain.Sex;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Turns the record values of EF05/EF06 (headers already stripped) into a {@link SocialSecurityCard},
 * applying the format and consistency rules of the spec. Never guesses: anything odd is
 * {@link CardFailure#DATA_INVALID}. Messages name the record, never its personal content.
 */
final class CardRecordDecoder {

    private static final Charset GBK = Charset.forName("GBK");
    private static final int FIRST_YEAR = 1800;

    private CardRecordDecoder() {
    }

    /** @param values values indexed by record number 1..13 */
    static SocialSecurityCard decode(byte[][] values, LocalDate today) {
        String cardIdentifier = Hex.of(values[0x01]);
        String cardType = asciiDigits(values[0x02], 0x02);
        String specVersion = printableAscii(values[0x03], 0x03);
        String issuerCode = asciiDigits(values[0x04], 0x04);
        LocalDate issueDate = bcdDate(values[0x05], 0x05);
        LocalDate expiryDate = bcdDate(values[0x06], 0x06);
        String cardNumber = alphanumeric(values[0x07], 0x07);
        IdNumber idNumber = idNumber(values[0x08], today);
        String name = name(values[0x09]);
        char sexCode = sexCode(values[0x0A]);
        int ethnicity = values[0x0B][0] & 0xFF;
        String birthplace = bcdDigits(values[0x0C], 0x0C);
        LocalDate birthDate = bcdDate(values[0x0D], 0x0D);

        if (!birthDate.equals(idNumber.birthDate())) {
            throw CardReadException.invalid("birth date in record 0D differs from the one in the social security number");
        }
        boolean cardSaysMale = sexCode == '1';
        boolean cardSaysFemale = sexCode == '2';
        if ((cardSaysMale || cardSaysFemale) && (cardSaysMale != (idNumber.sex() == Sex.MALE))) {
            throw CardReadException.invalid("sex in record 0A differs from the one in the social security number");
        }
        return new SocialSecurityCard(name, idNumber, idNumber.sex(), birthDate, cardNumber, issueDate, expiryDate,
                issuerCode.substring(0, 6), specVersion, ethnicity, cardIdentifier, cardType, issuerCode, birthplace);
    }

    private static IdNumber idNumber(byte[] value, LocalDate today) {
        String text = new String(value, StandardCharsets.ISO_8859_1);
        IdNumberCheck check = IdNumber.check(text, today);
        if (!check.isValid() || !text.strip().equals(text)) {
            String why = check.problem().map(Enum::name).orElse("SURROUNDING_SPACE");
            throw CardReadException.invalid("social security number in record 08 fails the GB 11643 check: " + why);
        }
        return IdNumber.parse(text, today);
    }

    private static String name(byte[] value) {
        int end = value.length;
        while (end > 0 && (value[end - 1] == 0x00 || value[end - 1] == 0x20)) {
            end--;
        }
        if (end == 0) {
            throw CardReadException.invalid("name in record 09 is empty");
        }
        CharsetDecoder decoder = GBK.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String name;
        try {
            name = decoder.decode(ByteBuffer.wrap(value, 0, end)).toString();
        } catch (CharacterCodingException e) {
            throw CardReadException.invalid("name in record 09 is not valid GBK");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw CardReadException.invalid("name in record 09 holds control characters");
        }
        return name;
    }

    private static char sexCode(byte[] value) {
        char c = (char) (value[0] & 0xFF);
        if (c != '0' && c != '1' && c != '2' && c != '9') {
            throw CardReadException.invalid("sex in record 0A is not 0, 1, 2 or 9");
        }
        return c;
    }

    private static String asciiDigits(byte[] value, int record) {
        for (byte b : value) {
            if (b < '0' || b > '9') {
                throw CardReadException.invalid("record " + recordName(record) + " must be ASCII digits");
            }
        }
        return new String(value, StandardCharsets.US_ASCII);
    }

    private static String alphanumeric(byte[] value, int record) {
        for (byte b : value) {
            boolean ok = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
            if (!ok) {
                throw CardReadException.invalid("record " + recordName(record) + " must be ASCII letters and digits");
            }
        }
        return new String(value, StandardCharsets.US_ASCII);
    }

    private static String printableAscii(byte[] value, int record) {
        for (byte b : value) {
            if (b < 0x21 || b > 0x7E) {
                throw CardReadException.invalid("record " + recordName(record) + " must be printable ASCII");
            }
        }
        return new String(value, StandardCharsets.US_ASCII);
    }

    static String bcdDigits(byte[] value, int record) {
        StringBuilder digits = new StringBuilder(value.length * 2);
        for (byte b : value) {
            int high = (b >> 4) & 0x0F;
            int low = b & 0x0F;
            if (high > 9 || low > 9) {
                throw CardReadException.invalid("record " + recordName(record) + " has a BCD nibble above 9");
            }
            digits.append((char) ('0' + high)).append((char) ('0' + low));
        }
        return digits.toString();
    }

    private static LocalDate bcdDate(byte[] value, int record) {
        String digits = bcdDigits(value, record);
        if (Integer.parseInt(digits.substring(0, 4)) < FIRST_YEAR) {
            throw CardReadException.invalid("record " + recordName(record) + " has a year before " + FIRST_YEAR);
        }
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw CardReadException.invalid("record " + recordName(record) + " is not a calendar date");
        }
    }

    static String recordName(int record) {
        return String.format("%02X", record);
    }
}
