package org.cybernorms.cen.reasoner.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.Inference;

/**
 * Times the reasoner in process on the real knowledge base: a few warm-up runs, then the
 * median of each stage over the measured runs, and loading for comparison. A benchmark,
 * not a test: it prints figures and asserts nothing.
 *
 * <p>Run: {@code ./mvnw -q -pl reasoner test-compile exec:java
 * -Dexec.mainClass=org.cybernorms.cen.reasoner.bench.ReasonBenchmark -Dexec.classpathScope=test}
 */
public final class ReasonBenchmark {

    private static final int WARM_UP = 3;
    private static final int MEASURED = 7;

    private ReasonBenchmark() {}

    public static void main(String[] args) {
        Map<String, List<Duration>> stages = new LinkedHashMap<>();
        List<Duration> loads = new ArrayList<>();
        for (int run = 0; run < WARM_UP + MEASURED; run++) {
            long start = System.nanoTime();
            KnowledgeBase kb = KnowledgeBase.load(List.of());
            Duration load = Duration.ofNanos(System.nanoTime() - start);
            Inference inference = CenReasoner.reason(kb, Engine.DEFAULT);
            if (run >= WARM_UP) {
                loads.add(load);
                inference.stages().forEach(stage -> stages.computeIfAbsent(stage.name(), s -> new ArrayList<>()).add(stage.time()));
                stages.computeIfAbsent("reasoning, all stages", s -> new ArrayList<>()).add(inference.totalTime());
            }
        }
        System.out.printf("in-process, median of %d runs after %d warm-up runs (real data)%n", MEASURED, WARM_UP);
        System.out.printf("  %-24s %6d ms%n", "load Turtle", median(loads));
        stages.forEach((stage, times) -> System.out.printf("  %-24s %6d ms%n", stage, median(times)));
    }

    private static long median(List<Duration> times) {
        List<Long> millis = new ArrayList<>(times.stream().map(Duration::toMillis).toList());
        millis.sort(Long::compare);
        return millis.get(millis.size() / 2);
    }
}
