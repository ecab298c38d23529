package org.cybernorms.cen.generator;

/**
 * What to generate: how many States, operations and positions, and the seed that fixes
 * every other choice.
 *
 * @param positions positions in all; they go round the States and the questions so that
 *     every question has some as soon as there are as many positions as questions
 */
public record GeneratorSettings(int states, int operations, int positions, long seed) {

    public GeneratorSettings {
        if (states < 2) {
            throw new IllegalArgumentException("--states must be at least 2 (an operation has a victim and an author)");
        }
        if (operations < 0 || positions < 0) {
            throw new IllegalArgumentException("--operations and --positions must not be negative");
        }
    }

    /** The slug that names what this spec generates, e.g. "seed-42". */
    String tag() {
        return "seed-" + Long.toUnsignedString(seed);
    }
}
