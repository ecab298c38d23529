package org.cybernorms.cen.server.tryout;

import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.reasoner.CaseReasoner;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.KnowledgeGraph;

/**
 * The knowledge base a tried case is added to, loaded, checked and reasoned once, with
 * what every try reuses (the parsed graphs, the compiled fast engine, what follows without
 * any case): see {@link CaseReasoner}.
 *
 * @param reasoner reasons a case with the knowledge base
 */
record TryBase(CaseReasoner reasoner) {

    /** Loads, checks and reasons the served inputs (already checked when the server started; the parse is the server's own, never the served graphs). */
    static TryBase of(Inputs inputs, Engine engine) {
        return new TryBase(CaseReasoner.of(KnowledgeGraph.load(inputs).asserted(), engine));
    }
}
