package io.anxin.kiosk.domain;

import java.util.Optional;

/** The kinds of remote-care filing (异地就医备案) the kiosk offers. */
public enum RemoteCareType {
    /** 异地长期居住, e.g. retirees living with their children: commitment-based. */
    LONG_TERM_RESIDENCE("long-term-residence", true),
    /** 常驻异地工作: commitment-based. */
    STATIONED_WORK("stationed-work", true),
    /** 异地转诊: referral by a hospital; no referral paper, the referring hospital is recorded. */
    REFERRAL("referral", false),
    /** 临时外出就医: temporary; needs an end date, and no filing at all inside the home province. */
    TEMPORARY("temporary", false);

    private final String code;
    private final boolean commitmentBased;

    RemoteCareType(String code, boolean commitmentBased) {
        this.code = code;
        this.commitmentBased = commitmentBased;
    }

    public String code() {
        return code;
    }

    /** 承诺制: no proof documents; the resident confirms a commitment text read aloud. */
    public boolean commitmentBased() {
        return commitmentBased;
    }

    /**
     * The bundle key of the commitment text to show and read aloud, for commitment-based types; its
     * arguments are the destination's province and city.
     */
    public Optional<String> commitmentKey() {
        return commitmentBased ? Optional.of("rules.remote-care.commitment." + code) : Optional.empty();
    }

    /** The bundle key of the type's name, e.g. {@code rules.remote-care.type.referral}. */
    public String nameKey() {
        return "rules.remote-care.type." + code;
    }
}
