package org.cybernorms.cen.reasoner.fast;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.generator.DataGenerator;
import org.cybernorms.cen.generator.GeneratorSettings;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.Inference;

/**
 * The scale benchmark of docs/performance.md: for each size, generates the data, parses it
 * (with the ontology and the bundled data), reasons with the fast engine and with HermiT in
 * the same JVM, and prints one row: parse time, each engine's time for the OWL conclusions,
 * their ratios, the rule stage, the peak heap of each run and whether the two inferred
 * graphs are identical. A benchmark, not a test: it prints figures and asserts nothing.
 *
 * <p>Run: {@code ./mvnw -B -q -o -pl reasoner -Pbenchmark test-compile exec:exec}
 * (options in {@code -Dbench.args="..."}, heap in {@code -Dbench.heap=4g}):
 * {@code --sizes 1000,10000,30000 --states 200 --positions 400 --seed 1
 * --hermit-timeout 1800 --engines fast,hermit --out target/bench}.
 */
public final class FastBenchmark {

    private record Run(Inference inference, long wallMillis, long peakHeapBytes) {}

    private FastBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        List<Integer> sizes = new ArrayList<>();
        for (String size : options.getOrDefault("sizes", "1000,10000,30000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        int states = Integer.parseInt(options.getOrDefault("states", "200"));
        int positions = Integer.parseInt(options.getOrDefault("positions", "400"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        long hermitTimeout = Long.parseLong(options.getOrDefault("hermit-timeout", "1800"));
        boolean runHermit = options.getOrDefault("engines", "fast,hermit").contains("hermit");
        Path out = Path.of(options.getOrDefault("out", "target/bench"));

        warmUp();
        System.out.printf("JVM max heap %d MB, %d processors; %d States, %d positions, seed %d%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), states, positions, seed);
        System.out.println("| operations | triples | parse | HermiT (DL stage) | fast (DL stage) | HermiT/fast | fast/parse "
                + "| withdrawals + rules | fast wall | peak heap fast | peak heap HermiT | identical |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        ExecutorService hermitThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hermit-benchmark");
            t.setDaemon(true);
            return t;
        });
        for (int operations : sizes) {
            Path dir = out.resolve("operations-" + operations);
            DataGenerator.generate(new GeneratorSettings(states, operations, positions, seed), dir);
            System.gc();
            long start = System.nanoTime();
            KnowledgeBase kb = KnowledgeBase.load(List.of(dir));
            long parse = millisSince(start);
            long triples = kb.ontology().size() + kb.data().size();

            Run fast = measure(() -> CenReasoner.reason(kb, Engine.FAST));
            long fastDl = stage(fast, "fast compile") + stage(fast, "fast inferences");
            long rules = stage(fast, "withdrawals") + stage(fast, "rules");

            String hermitDl = "skipped";
            String ratio = "";
            String hermitHeap = "";
            String identical = "";
            if (runHermit) {
                Future<Run> future = hermitThread.submit(() -> measure(() -> CenReasoner.reason(kb,
                        Engine.HERMIT)));
                try {
                    Run hermit = future.get(hermitTimeout, TimeUnit.SECONDS);
                    long dl = stage(hermit, "OWL API load") + stage(hermit, "HermiT consistency")
                            + stage(hermit, "HermiT inferences");
                    hermitDl = seconds(dl);
                    ratio = String.format("%.0f", (double) dl / Math.max(1, fastDl));
                    hermitHeap = (hermit.peakHeapBytes() >> 20) + " MB";
                    identical = fast.inference().inferred().isIsomorphicWith(hermit.inference().inferred()) ? "yes" : "NO";
                } catch (TimeoutException e) {
                    // HermiT cannot be interrupted; it keeps a core busy, so larger sizes skip it.
                    hermitDl = "> " + hermitTimeout + " s (abandoned)";
                    runHermit = false;
                } catch (ExecutionException e) {
                    // Typically OutOfMemoryError: the row still reports the fast engine.
                    hermitDl = "failed: " + e.getCause();
                    runHermit = false;
                }
            }
            System.out.printf("| %,d | %,d | %s | %s | %s | %s | %.2f | %s | %s | %d MB | %s | %s |%n", operations, triples,
                    seconds(parse), hermitDl, seconds(fastDl), ratio, (double) fastDl / parse, seconds(rules),
                    seconds(fast.wallMillis()), fast.peakHeapBytes() >> 20, hermitHeap, identical);
        }
        System.exit(0);
    }

    /** JIT-compiles parser and both engines on the real data, so the first size is not charged for it. */
    private static void warmUp() {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        CenReasoner.reason(kb, Engine.FAST);
        CenReasoner.reason(kb, Engine.HERMIT);
    }

    /** Runs the work while a sampler records the highest heap use (live objects and garbage alike). */
    private static Run measure(Supplier<Inference> work) throws InterruptedException {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        Inference inference = work.get();
        long wall = millisSince(start);
        sampler.interrupt();
        sampler.join();
        return new Run(inference, wall, peak.get());
    }

    private static long stage(Run run, String name) {
        return run.inference().stages().stream().filter(stage -> stage.name().equals(name))
                .mapToLong(stage -> stage.time().toMillis()).sum();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String seconds(long millis) {
        return String.format("%.2f s", millis / 1000.0);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
