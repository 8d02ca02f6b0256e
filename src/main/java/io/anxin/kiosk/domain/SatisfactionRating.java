package io.anxin.kiosk.domain;

import java.util.Optional;

/** The three answers to "您对本次服务满意吗？", best first; {@link #code()} is what the database stores. */
public enum SatisfactionRating {
    SATISFIED("satisfied"),
    BASICALLY_SATISFIED("basically-satisfied"),
    UNSATISFIED("unsatisfied");

    private final String code;

    SatisfactionRating(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SatisfactionRating> fromCode(String code) {
        for (SatisfactionRating r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
