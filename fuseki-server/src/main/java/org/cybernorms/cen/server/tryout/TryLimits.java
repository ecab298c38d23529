package org.cybernorms.cen.server.tryout;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bounds on trying cases: at most {@code atOnce} run at a time (one more is refused at
 * once, never queued), and an answer is awaited no longer than the server's time limit.
 * A try that outlives the limit keeps its permit until it really ends (reasoning does not
 * stop when interrupted), so the bound holds for the work, not only for the answers.
 */
final class TryLimits {

    /** Why a try got no answer. */
    enum Refusal { BUSY, TIMED_OUT }

    /** The answer of a bounded call, or why there is none. */
    record Outcome<T>(T value, Refusal refusal) {}

    private final Semaphore permits;
    private final ExecutorService workers;
    private final Duration limit;

    TryLimits(int atOnce, Duration limit) {
        this.permits = new Semaphore(atOnce);
        // Never more tasks than permits, so the pool's queue stays empty.
        this.workers = Executors.newFixedThreadPool(atOnce, r -> {
            Thread t = new Thread(r, "cen-try");
            t.setDaemon(true);
            return t;
        });
        this.limit = limit;
    }

    /**
     * Runs the work if a permit is free, waiting up to the limit.
     *
     * @throws RuntimeException what the work threw
     */
    <T> Outcome<T> run(Callable<T> work) throws InterruptedException {
        if (!permits.tryAcquire()) {
            return new Outcome<>(null, Refusal.BUSY);
        }
        Future<T> future;
        try {
            future = workers.submit(() -> {
                try {
                    return work.call();
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        try {
            return new Outcome<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome<>(null, Refusal.TIMED_OUT);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    /** Stops the workers (when the server stops). */
    void shutdown() {
        workers.shutdownNow();
    }
}
