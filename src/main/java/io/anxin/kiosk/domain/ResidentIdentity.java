package io.anxin.kiosk.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is at the kiosk. A keyed ID number is unverified: it may take a ticket, read policy and file
 * submissions marked "identity checked at the window", but never sees balances or personal records.
 *
 * @param name        the name from the card or the e-voucher; empty for a keyed number
 * @param cardExpiry  the card's expiry date when identified by card
 */
public record ResidentIdentity(Optional<String> name, IdNumber idNumber, IdentityMethod method,
                               Optional<LocalDate> cardExpiry) {

    /** Two-character surnames; every other name's surname is its first character. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐",
            "慕容", "尉迟", "公孙", "长孙", "宇文", "夏侯", "轩辕", "端木", "南宫", "西门", "司徒", "申屠", "澹台",
            "公冶", "太史", "闻人", "呼延", "钟离", "独孤", "拓跋");

    public ResidentIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(cardExpiry, "cardExpiry");
    }

    public boolean verified() {
        return method.verified();
    }

    public Optional<String> surname() {
        return name.map(String::strip).filter(n -> !n.isEmpty()).map(n ->
                n.length() > 2 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? n.substring(0, 2) : n.substring(0, 1));
    }

    public Sex sex() {
        return idNumber.sex();
    }

    public boolean elderlyOn(LocalDate today, int elderlyAge) {
        return idNumber.ageOn(today) >= elderlyAge;
    }

    public boolean cardExpiredOn(LocalDate today) {
        return cardExpiry.map(today::isAfter).orElse(false);
    }

    @Override
    public String toString() {
        return "ResidentIdentity[" + idNumber.masked() + ", " + method + "]";
    }
}
