package io.anxin.kiosk.device.print;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a submission's receipt says. The services layer builds it from the committed submission,
 * the service catalog and the hall; the printer only lays it out. Every text is already in the
 * receipt's language (labels such as "受理号" come from the receipt bundle).
 *
 * <p>A receipt cannot hold a full ID number: {@code maskedId} must be in the masked form of
 * {@code IdNumber.masked()} ({@code 370102********4320}), and no text may contain 18 digits in a
 * row. {@link #toString()} shows neither the salutation nor any list text.
 *
 * @param service          the service's name as the screens show it, e.g. 异地就医备案 (the title)
 * @param acceptanceNo     the acceptance number, e.g. {@code JN-LX-007-20261122-0031}; also the QR code's content and the file name
 * @param issuedAt         when the submission was accepted, in the kiosk's zone ({@code time.zone})
 * @param maskedId         the resident's masked ID number
 * @param salutation       how to greet the resident, e.g. 王女士; empty for no greeting
 * @param nextSteps        what happens next and when, one line per step (may be empty)
 * @param materials        the materials to bring to the window (may be empty)
 * @param hallName         the hall's name
 * @param hallAddress      the hall's address; empty to leave it off
 * @param hallPhone        the phone number residents call with questions
 * @param completeAtWindow whether something must be completed at the window (请到窗口补充)
 * @param locale           the receipt's language and date format; null means zh_CN
 */
public record Receipt(
        String service,
        String acceptanceNo,
        ZonedDateTime issuedAt,
        String maskedId,
        String salutation,
        List<String> nextSteps,
        List<String> materials,
        String hallName,
        String hallAddress,
        String hallPhone,
        boolean completeAtWindow,
        Locale locale) {

    /** Six characters, eight asterisks, four characters: the only form of an ID number a receipt takes. */
    public static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    /** Letters, digits and hyphens: safe in a file name, a QR code and a spoken sentence. */
    public static final Pattern ACCEPTANCE_NO = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,47}[A-Za-z0-9])?");
    private static final Pattern FULL_ID_INSIDE = Pattern.compile("\\d{17}[\\dXx]");

    public Receipt {
        requireText(service, "service");
        Objects.requireNonNull(acceptanceNo, "acceptanceNo");
        if (!ACCEPTANCE_NO.matcher(acceptanceNo).matches()) {
            throw new IllegalArgumentException("acceptanceNo must be letters, digits and inner hyphens (1-49), was " + acceptanceNo);
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(maskedId, "maskedId");
        if (!MASKED_ID.matcher(maskedId).matches()) {
            throw new IllegalArgumentException("maskedId must be masked like 370102********4320 (IdNumber.masked())");
        }
        salutation = salutation == null ? "" : salutation.strip();
        nextSteps = List.copyOf(nextSteps == null ? List.of() : nextSteps);
        materials = List.copyOf(materials == null ? List.of() : materials);
        requireText(hallName, "hallName");
        hallAddress = hallAddress == null ? "" : hallAddress.strip();
        requireText(hallPhone, "hallPhone");
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        boolean leaks = Stream.concat(Stream.of(service, salutation, hallName, hallAddress, hallPhone),
                        Stream.concat(nextSteps.stream(), materials.stream()))
                .anyMatch(text -> FULL_ID_INSIDE.matcher(text).find());
        if (leaks) {
            throw new IllegalArgumentException("a receipt text holds 18 digits in a row: a full ID number may not be printed");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Whether the receipt greets the resident. */
    public boolean hasSalutation() {
        return !salutation.isEmpty();
    }

    @Override
    public String toString() {
        return "Receipt[" + acceptanceNo + ", " + service + ", " + issuedAt + ", " + maskedId + "]";
    }
}
