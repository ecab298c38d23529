package org.cybernorms.cen.reasoner.fast;

import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.apache.jena.graph.Graph;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.DlEngine;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.StageLog;
import org.cybernorms.cen.reasoner.dl.DlStage;
import org.cybernorms.cen.reasoner.dl.HermitEngine;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.cybernorms.cen.reasoner.explain.InconsistencyExplainer;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The DL stage with the fast engine ({@link FastStage}). Where the input needs more than
 * rules it hands over to HermiT and notes why; a clash it finds is explained by HermiT.
 */
public final class FastEngine implements DlEngine {

    private final HermitEngine fallback = new HermitEngine();

    @Override
    public Graph infer(KnowledgeBase kb, StageLog log) {
        FastStage fast = log.timed("fast compile", () -> FastStage.prepare(kb.ontology(), kb.data()));
        return infer(kb, fast, log);
    }

    /**
     * The DL stage with a stage already compiled for the knowledge base's graphs (by
     * {@link FastStage#prepare} or {@link FastStage#withMore}): HermiT where it declines,
     * HermiT's explanation of a clash.
     */
    public Graph infer(KnowledgeBase kb, FastStage fast, StageLog log) {
        if (!fast.unsupported().isEmpty()) {
            log.note("fast engine declined, HermiT used: " + fast.unsupported().get(0));
            return fallback.infer(kb, log);
        }
        try {
            return log.timed("fast inferences", () -> fast.infer(kb.inputs().all()));
        } catch (InconsistentDataException clash) {
            throw explainedByHermit(kb, clash);
        }
    }

    /**
     * The fast engine sees a clash through the facts it inferred; HermiT, the oracle, names
     * the minimal set of asserted axioms behind it. Only on this failure path is the cost
     * of HermiT paid. Should HermiT find the input consistent, the fast engine's own report
     * stands.
     */
    private static InconsistentDataException explainedByHermit(KnowledgeBase kb, InconsistentDataException clash) {
        OWLOntology owl = OwlJenaBridge.toOwl(kb.ontology(), kb.data());
        OWLReasoner reasoner = HermitReasonerFactory.reasoner(owl);
        try {
            return reasoner.isConsistent() ? clash : InconsistencyExplainer.explain(owl, kb.inputs().all());
        } finally {
            reasoner.dispose();
        }
    }
}
