package io.anxin.kiosk;
public final class KioskMain { public static void main(String[] a) { } }
