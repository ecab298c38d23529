package org.cybernorms.cen.reasoner.fast;

import org.cybernorms.cen.owl.HermitReasonerFactory;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.Inference;
import org.cybernorms.cen.reasoner.dl.DlStage;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The parity check of the fast engine (docs/architecture.md, the reasoning stages): on the real knowledge base the fast
 * engine gives HermiT's DL-stage graph triple for triple, and the whole pipeline
 * (withdrawals and rules after it) the same inferred graph.
 */
class FastParityTest {

    @Test
    void theBundledOntologyCompilesWhole() {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        FastStage fast = FastStage.prepare(kb.ontology(), kb.data());
        assertThat(fast.unsupported()).isEmpty();
        assertThat(fast.ruleCount()).isGreaterThan(50);
    }

    @Test
    void onTheRealDataTheDlStageGraphsAreIsomorphic() {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        assertSameDlStage(kb);
    }

    @Test
    void onTheRealDataTheInferredGraphsAreIsomorphic() {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        assertSamePipeline(kb);
    }

    /** Fast and HermiT DL stages agree, and the graph is not trivially empty. */
    static void assertSameDlStage(KnowledgeBase kb) {
        Graph ontology = kb.ontology();
        Graph data = kb.data();
        Graph fast = FastStage.prepare(ontology, data).infer(List.of());
        Graph asserted = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(asserted::add);
        data.find().forEachRemaining(asserted::add);
        OWLReasoner hermit = HermitReasonerFactory.reasoner(OwlJenaBridge.toOwl(ontology, data));
        Graph reference;
        try {
            reference = DlStage.infer(hermit, asserted);
        } finally {
            hermit.dispose();
        }
        assertIsomorphic(ModelFactory.createModelForGraph(fast), ModelFactory.createModelForGraph(reference));
        assertThat(reference.size()).isGreaterThan(0);
    }

    static void assertSamePipeline(KnowledgeBase kb) {
        Inference fast = CenReasoner.reason(kb, Engine.FAST);
        Inference hermit = CenReasoner.reason(kb, Engine.HERMIT);
        assertThat(fast.notes()).noneMatch(note -> note.startsWith("fast engine declined"));
        assertIsomorphic(fast.inferred(), hermit.inferred());
        assertThat(hermit.count(CEN.allegedlyAttributableTo)).isGreaterThan(0);
    }

    static void assertIsomorphic(Model fast, Model hermit) {
        assertThat(fast.isIsomorphicWith(hermit))
                .as("fast engine differs from HermiT; only fast: %s; only HermiT: %s",
                        fast.difference(hermit).listStatements().toList(),
                        hermit.difference(fast).listStatements().toList())
                .isTrue();
    }
}
