package org.cybernorms.cen.reasoner.fast;

/** An open-addressing map from a node id (never 0) to the ids linked to it. */
final class Adjacency {

    private int[] keys = new int[16];
    private IntList[] lists = new IntList[16];
    private int size;

    /** The list of the key, or null when it has none. */
    IntList get(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return lists[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    void add(int key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            lists[i] = new IntList();
            size++;
        }
        lists[i].add(value);
    }

    private void grow() {
        int[] oldKeys = keys;
        IntList[] oldLists = lists;
        keys = new int[oldKeys.length * 2];
        lists = new IntList[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lists[i] = oldLists[j];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
