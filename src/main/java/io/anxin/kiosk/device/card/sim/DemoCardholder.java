package io.anxin.kiosk.device.card.sim;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.Sex;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The data of one simulated social security card (demo mode and tests). Sex and birth date come
 * from the ID number. Values are validated so a simulated card always encodes cleanly; broken cards
 * for tests are made with {@link CardImage#withRecord}.
 *
 * @param name                 holder's name, at most 30 bytes in GBK
 * @param idNumber             social security number
 * @param cardNumber           9 ASCII letters or digits
 * @param issuer               12 ASCII digits, the first 6 the region code
 * @param issueDate            issue date
 * @param expiryDate           last day of validity
 * @param specVersion          4 printable ASCII characters, e.g. {@code 3.00}
 * @param ethnicityCode        GB 3304 code, 1..255
 * @param birthplace           6-digit region code
 * @param holderDataProtected  true: the card answers 6982 to every read of EF06
 * @param cardIdentifier       32 hex digits (卡识别码)
 */
public record DemoCardholder(String name, IdNumber idNumber, String cardNumber, String issuer, LocalDate issueDate,
                             LocalDate expiryDate, String specVersion, int ethnicityCode, String birthplace,
                             boolean holderDataProtected, String cardIdentifier) {

    static final int NAME_BYTES = 30;
    private static final Charset GBK = Charset.forName("GBK");
    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9A-Za-z]{9}");
    private static final Pattern ISSUER = Pattern.compile("[0-9]{12}");
    private static final Pattern BIRTHPLACE = Pattern.compile("[0-9]{6}");
    private static final Pattern SPEC_VERSION = Pattern.compile("[!-~]{4}");
    private static final Pattern CARD_IDENTIFIER = Pattern.compile("[0-9A-F]{32}");

    public DemoCardholder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        cardIdentifier = Objects.requireNonNull(cardIdentifier, "cardIdentifier").toUpperCase(Locale.ROOT);
        int nameBytes = gbk(name).length;
        if (name.isBlank() || nameBytes > NAME_BYTES) {
            throw new IllegalArgumentException("name must be 1 to " + NAME_BYTES + " bytes in GBK, got " + nameBytes);
        }
        require(CARD_NUMBER, cardNumber, "card number must be 9 ASCII letters or digits");
        require(ISSUER, issuer, "issuer must be 12 digits");
        require(BIRTHPLACE, birthplace, "birthplace must be a 6-digit region code");
        require(SPEC_VERSION, specVersion, "spec version must be 4 printable ASCII characters");
        require(CARD_IDENTIFIER, cardIdentifier, "card identifier must be 32 hex digits");
        if (ethnicityCode < 1 || ethnicityCode > 255) {
            throw new IllegalArgumentException("ethnicity must be a GB 3304 code from 1 to 255, got " + ethnicityCode);
        }
        if (expiryDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("expiry date must not be before the issue date");
        }
    }

    /** A card identifier derived from the card number, for catalogs that do not give one. */
    public static String derivedCardIdentifier(String cardNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("anxin-demo-card:" + cardNumber).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().withUpperCase().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Sex sex() {
        return idNumber.sex();
    }

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    @Override
    public String toString() {
        return "DemoCardholder[cardNumber=" + cardNumber + ", idNumber=" + idNumber.masked()
                + ", protected=" + holderDataProtected + "]";
    }

    static byte[] gbk(String text) {
        try {
            ByteBuffer encoded = GBK.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("name cannot be written in GBK", e);
        }
    }

    private static void require(Pattern pattern, String value, String message) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(message);
        }
    }
}
