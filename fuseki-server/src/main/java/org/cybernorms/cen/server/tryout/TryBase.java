package org.cybernorms.cen.server.tryout;

import org.apache.jena.graph.Graph;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.KnowledgeGraph;

/**
 * The knowledge base a tried case is added to, loaded and reasoned once: its asserted
 * graphs (never changed: each try copies the data graph) and what follows from it alone,
 * so that a try reports only what its case changes.
 *
 * @param asserted the served inputs, parsed
 * @param inferred what the reasoner concludes from them without any case
 */
record TryBase(KnowledgeBase asserted, Graph inferred) {

    /** Loads and reasons the served inputs (already checked when the server started). */
    static TryBase of(org.cybernorms.cen.core.Inputs inputs, Engine engine) {
        KnowledgeGraph graph = KnowledgeGraph.load(inputs);
        return new TryBase(graph.asserted(), graph.reason(engine).inferred());
    }
}
