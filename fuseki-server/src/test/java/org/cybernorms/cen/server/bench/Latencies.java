package org.cybernorms.cen.server.bench;

import java.util.Arrays;

/**
 * What one measurement saw: each request's latency and the wall time the clients ran,
 * summarised as p50, p99 and throughput.
 */
public record Latencies(long[] nanos, long wallNanos, int failures) {

    public Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    /** Requests answered. */
    public int count() {
        return nanos.length;
    }

    /** The latency below which {@code percent} per cent of requests fell (nearest rank), in ms. */
    public double percentileMillis(double percent) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * nanos.length);
        return nanos[Math.max(rank, 1) - 1] / 1e6;
    }

    public double p50Millis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    /** Requests answered per second of wall time. */
    public double throughput() {
        return wallNanos == 0 ? Double.NaN : nanos.length / (wallNanos / 1e9);
    }

    /** This and another measurement of the same thing, as one (the rounds of a comparison). */
    public Latencies plus(Latencies other) {
        long[] all = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
        System.arraycopy(other.nanos, 0, all, nanos.length, other.nanos.length);
        return new Latencies(all, wallNanos + other.wallNanos, failures + other.failures);
    }
}
