package org.cybernorms.cen.reasoner.fast;

import java.util.Arrays;

/** A growable list of ints: adjacency lists hold millions of them, boxed they would not fit. */
final class IntList {

    private int[] values = new int[2];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
