package io.anxin.kiosk.service.policy;

import java.util.Arrays;

/** A growable list of longs for building posting lists; trimmed to an array once built. */
final class LongList {

    private long[] values = new long[8];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
