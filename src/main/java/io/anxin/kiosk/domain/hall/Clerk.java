package io.anxin.kiosk.domain.hall;

import java.util.regex.Pattern;

/** A clerk the hall node signed in: what a counter console shows and nothing secret. */
public record Clerk(String staffNo, String nameZh, String nameEn) {

    /** What a staff number looks like: 1 to 16 letters or digits. */
    public static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9]{1,16}");
}
