package io.anxin.kiosk.device.card;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The public data of a social security card, as read by {@link SocialSecurityCardProtocol}.
 * Every field has passed the format and consistency rules of specs/social-security-card.md.
 *
 * <p>{@link #toString()} masks the ID number, the name and the card number and leaves out the birth
 * date and birthplace, so a card can appear in a log line.
 *
 * @param name           holder's name (姓名), padding removed
 * @param idNumber       social security number (社会保障号码) = resident ID number
 * @param sex            from the ID number (it agrees with the card's own sex field when that is set)
 * @param birthDate      birth date (出生日期); equals the date in the ID number
 * @param cardNumber     card number (卡号), 9 characters
 * @param issueDate      issue date (发卡日期)
 * @param expiryDate     last day of validity (有效期)
 * @param issuerRegion   first 6 digits of the issuer code: the region code (行政区划代码)
 * @param specVersion    spec version (规范版本), e.g. {@code 3.00}
 * @param ethnicityCode  GB 3304 ethnicity code (1 = 汉族)
 * @param cardIdentifier card identification code (卡识别码), 32 upper-case hex digits
 * @param cardType       card type (卡类别), one ASCII digit
 * @param issuerCode     all 12 digits of the issuer code (发卡机构)
 * @param birthplace     birthplace region code (出生地), 6 digits
 */
public record SocialSecurityCard(String name, IdNumber idNumber, Sex sex, LocalDate birthDate, String cardNumber,
                                 LocalDate issueDate, LocalDate expiryDate, String issuerRegion, String specVersion,
                                 int ethnicityCode, String cardIdentifier, String cardType, String issuerCode,
                                 String birthplace) {

    public SocialSecurityCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(issuerRegion, "issuerRegion");
        Objects.requireNonNull(specVersion, "specVersion");
        Objects.requireNonNull(cardIdentifier, "cardIdentifier");
        Objects.requireNonNull(cardType, "cardType");
        Objects.requireNonNull(issuerCode, "issuerCode");
        Objects.requireNonNull(birthplace, "birthplace");
    }

    /** True when {@code today} is after the last day of validity. An expired card still identifies its holder. */
    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(expiryDate);
    }

    /** The surname character followed by {@code *} for each further character: {@code 王**}. */
    public String maskedName() {
        if (name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** The card number with all but its first and last two characters hidden. */
    public String maskedCardNumber() {
        if (cardNumber.length() <= 3) {
            return "*".repeat(cardNumber.length());
        }
        return cardNumber.charAt(0) + "*".repeat(cardNumber.length() - 3)
                + cardNumber.substring(cardNumber.length() - 2);
    }

    @Override
    public String toString() {
        return "SocialSecurityCard[name=" + maskedName() + ", idNumber=" + idNumber.masked()
                + ", sex=" + sex + ", cardNumber=" + maskedCardNumber() + ", issuerRegion=" + issuerRegion
                + ", issueDate=" + issueDate + ", expiryDate=" + expiryDate + ", specVersion=" + specVersion
                + ", cardType=" + cardType + ", cardIdentifier=" + cardIdentifier + "]";
    }
}
