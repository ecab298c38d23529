package org.cybernorms.cen.reasoner.fast;

/**
 * An open-addressing hash set of non-zero longs (a subject and an object id packed in one
 * long), so that a triple is known in one probe without allocating.
 */
final class LongSet {

    private long[] slots = new long[16];
    private int size;

    /** Adds the value (never 0); returns false when it was there already. */
    boolean add(long value) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    boolean contains(long value) {
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    /** The raw slots, 0 for empty ones; for iterating without an iterator object. */
    long[] slots() {
        return slots;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                add(value);
            }
        }
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
