package org.cybernorms.cen.reasoner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The stages of one run of the reasoner as they happen: their times, and notes on choices made. */
public final class StageLog {

    private final List<Inference.Stage> stages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Runs the work as a stage of that name and records how long it took, even if it throws. */
    public <T> T timed(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.add(new Inference.Stage(stage, Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** A choice a user should know of, such as an engine that declined. */
    public void note(String note) {
        notes.add(note);
    }

    List<Inference.Stage> stages() {
        return List.copyOf(stages);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
