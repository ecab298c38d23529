package org.cybernorms.cen.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankOverTheSortedLatencies() {
        // 1..100 ms, given out of order.
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();
        Latencies latencies = new Latencies(nanos, 2_000 * MS, 0);
        assertThat(latencies.p50Millis()).isEqualTo(50.0);
        assertThat(latencies.p99Millis()).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.percentileMillis(0)).isEqualTo(1.0);
    }

    @Test
    void aSingleSlowRequestShowsInP99OfASmallSampleButNotInP50() {
        long[] nanos = LongStream.range(0, 50).map(i -> i == 7 ? 900 * MS : 3 * MS).toArray();
        Latencies latencies = new Latencies(nanos, 1_000 * MS, 0);
        assertThat(latencies.p50Millis()).isEqualTo(3.0);
        assertThat(latencies.p99Millis()).isEqualTo(900.0);
    }

    @Test
    void throughputIsAnsweredRequestsPerSecondOfWallTime() {
        Latencies latencies = new Latencies(new long[] {MS, MS, MS, MS}, 500 * MS, 3);
        assertThat(latencies.throughput()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void roundsAddUpRequestsWallTimeAndFailures() {
        Latencies first = new Latencies(new long[] {5 * MS, 1 * MS}, 1_000 * MS, 1);
        Latencies second = new Latencies(new long[] {3 * MS}, 500 * MS, 2);
        Latencies both = first.plus(second);
        assertThat(both.count()).isEqualTo(3);
        assertThat(both.failures()).isEqualTo(3);
        assertThat(both.throughput()).isCloseTo(2.0, within(1e-9));
        assertThat(both.p50Millis()).isEqualTo(3.0);
    }

    @Test
    void nothingMeasuredHasNoPercentiles() {
        Latencies none = new Latencies(new long[0], 0, 0);
        assertThat(none.p50Millis()).isNaN();
        assertThat(none.throughput()).isNaN();
    }

    @Test
    void theGeometricMeanOfRatiosLeavesOutQueriesWithOtherAnswers() {
        assertThat(ServingReport.geometricMean(List.of(2.0, 0.5, Double.NaN))).isCloseTo(1.0, within(1e-9));
        assertThat(ServingReport.geometricMean(List.of(Double.NaN))).isNaN();
    }
}
