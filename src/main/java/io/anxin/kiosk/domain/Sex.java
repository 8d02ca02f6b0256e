package io.anxin.kiosk.domain;

/** Sex as encoded in a resident ID number (17th digit: odd = male, even = female). */
public enum Sex {
    MALE,
    FEMALE
}
