package org.cybernorms.cen.reasoner.dl;

import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.apache.jena.graph.Graph;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.DlEngine;
import org.cybernorms.cen.reasoner.StageLog;
import org.cybernorms.cen.reasoner.explain.InconsistencyExplainer;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The DL stage with HermiT, the reference engine: consistency first, then the contract's conclusions. */
public final class HermitEngine implements DlEngine {

    @Override
    public Graph infer(KnowledgeBase kb, StageLog log) {
        OWLOntology owl = log.timed("OWL API load", () -> OwlJenaBridge.toOwl(kb.ontology(), kb.data()));
        OWLReasoner hermit = log.timed("HermiT consistency", () -> {
            OWLReasoner reasoner = HermitReasonerFactory.reasoner(owl);
            if (!reasoner.isConsistent()) {
                reasoner.dispose();
                throw InconsistencyExplainer.explain(owl, kb.inputs().all());
            }
            return reasoner;
        });
        return log.timed("HermiT inferences", () -> {
            try {
                return DlStage.infer(hermit, kb.asserted());
            } finally {
                hermit.dispose();
            }
        });
    }
}
