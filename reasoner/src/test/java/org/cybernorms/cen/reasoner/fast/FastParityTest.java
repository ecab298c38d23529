package org.cybernorms.cen.reasoner.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.CenReasoner.Engine;
import org.cybernorms.cen.reasoner.Inference;
import org.cybernorms.cen.reasoner.engine.DlStage;
import org.cybernorms.cen.reasoner.engine.OwlJenaBridge;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The proof of the fast path (DESIGN.md section 4): on the real knowledge base the fast
 * engine gives HermiT's DL-stage graph triple for triple, and the whole pipeline
 * (withdrawals and rules after it) the same inferred graph.
 */
class FastParityTest {

    @Test
    void theBundledOntologyCompilesWhole() {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        FastStage fast = FastStage.prepare(graph(kb.dataset(), CEN.GRAPH_ONTOLOGY), graph(kb.dataset(), CEN.GRAPH_DATA));
        assertThat(fast.unsupported()).isEmpty();
        assertThat(fast.ruleCount()).isGreaterThan(50);
    }

    @Test
    void onTheRealDataTheDlStageGraphsAreIsomorphic() {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        assertSameDlStage(kb.dataset());
    }

    @Test
    void onTheRealDataTheInferredGraphsAreIsomorphic() {
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        assertSamePipeline(kb.dataset());
    }

    /** Fast and HermiT DL stages agree, and the graph is not trivially empty. */
    static void assertSameDlStage(Dataset dataset) {
        Graph ontology = graph(dataset, CEN.GRAPH_ONTOLOGY);
        Graph data = graph(dataset, CEN.GRAPH_DATA);
        Graph fast = FastStage.prepare(ontology, data).infer(List.of());
        Graph asserted = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(asserted::add);
        data.find().forEachRemaining(asserted::add);
        OWLReasoner hermit = DlStage.hermit(OwlJenaBridge.toOwl(ontology, data));
        Graph reference;
        try {
            reference = DlStage.infer(hermit, asserted);
        } finally {
            hermit.dispose();
        }
        assertIsomorphic(ModelFactory.createModelForGraph(fast), ModelFactory.createModelForGraph(reference));
        assertThat(reference.size()).isGreaterThan(0);
    }

    static void assertSamePipeline(Dataset dataset) {
        Inference fast = CenReasoner.reason(dataset, List.of(), Engine.FAST);
        Inference hermit = CenReasoner.reason(dataset, List.of(), Engine.HERMIT);
        assertThat(fast.stageTimes().keySet()).noneMatch(stage -> stage.startsWith("fast engine declined"));
        assertIsomorphic(fast.inferred(), hermit.inferred());
        assertThat(hermit.count(CEN.violates)).isGreaterThan(0);
    }

    static void assertIsomorphic(Model fast, Model hermit) {
        assertThat(fast.isIsomorphicWith(hermit))
                .as("fast engine differs from HermiT; only fast: %s; only HermiT: %s",
                        fast.difference(hermit).listStatements().toList(),
                        hermit.difference(fast).listStatements().toList())
                .isTrue();
    }

    static Graph graph(Dataset dataset, String name) {
        return dataset.calculateRead(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
