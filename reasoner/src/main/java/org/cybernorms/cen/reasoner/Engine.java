package org.cybernorms.cen.reasoner;

import org.cybernorms.cen.reasoner.dl.HermitEngine;
import org.cybernorms.cen.reasoner.fast.FastEngine;

/** The engines of the DL stage, by the names users give them ({@code --engine hermit|fast}). */
public enum Engine {
    /** HermiT, the reference (OWL 2 DL). */
    HERMIT(new HermitEngine()),
    /**
     * The ontology compiled to forward rules. Falls back to HermiT, with the reason in the
     * notes of the result, when the input needs more than rules (equality, anonymous
     * individuals). The default: the parity tests show it gives HermiT's inferred graph on the
     * real, the fixture and generated data, in a fraction of the time (docs/performance.md).
     */
    FAST(new FastEngine());

    /** The engine used when none is named. */
    public static final Engine DEFAULT = FAST;

    private final DlEngine engine;

    Engine(DlEngine engine) {
        this.engine = engine;
    }

    /** The engine itself. */
    public DlEngine dl() {
        return engine;
    }
}
