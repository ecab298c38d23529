package org.cybernorms.cen.reasoner;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.reasoner.engine.DlStage;
import org.cybernorms.cen.reasoner.engine.OwlJenaBridge;
import org.cybernorms.cen.reasoner.engine.RuleStage;
import org.cybernorms.cen.reasoner.engine.Withdrawals;
import org.cybernorms.cen.reasoner.explain.InconsistencyExplainer;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Reasons over a CEN-KG dataset: the DL stage (HermiT) and then the rule stage
 * (DESIGN.md section 4). The inferred graph holds only new triples.
 */
public final class CenReasoner {

    private CenReasoner() {}

    /**
     * Returns what follows from the dataset's ontology and data graphs; the dataset is not
     * changed.
     *
     * @throws InconsistentDataException when the data contradict the ontology
     */
    public static Inference reason(Dataset dataset) {
        return reason(dataset, List.of());
    }

    /**
     * As {@link #reason(Dataset)}; the inputs the dataset was loaded from let an
     * inconsistency name the file of each clashing fact.
     */
    public static Inference reason(Dataset dataset, List<RdfSource> inputs) {
        Graph ontology = copy(dataset, CEN.GRAPH_ONTOLOGY);
        Graph data = copy(dataset, CEN.GRAPH_DATA);
        Graph asserted = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(asserted::add);
        data.find().forEachRemaining(asserted::add);

        Map<String, Duration> times = new LinkedHashMap<>();
        OWLOntology owl = timed(times, "OWL API load", () -> OwlJenaBridge.toOwl(ontology, data));
        OWLReasoner hermit = timed(times, "HermiT consistency", () -> {
            OWLReasoner reasoner = DlStage.hermit(owl);
            if (!reasoner.isConsistent()) {
                reasoner.dispose();
                throw InconsistencyExplainer.explain(owl, inputs);
            }
            return reasoner;
        });
        Graph inferred = timed(times, "HermiT inferences", () -> {
            try {
                return DlStage.infer(hermit, asserted);
            } finally {
                hermit.dispose();
            }
        });
        timed(times, "withdrawals", () -> Withdrawals.apply(Withdrawals.bundled(), asserted, inferred));
        timed(times, "rules", () -> RuleStage.run(RuleStage.bundledRules(), asserted, inferred));
        return new Inference(ModelFactory.createModelForGraph(inferred), times);
    }

    /**
     * Reasons and stores the result as the dataset's inferred graph (replacing any
     * earlier one).
     */
    public static Inference materialise(Dataset dataset, List<RdfSource> inputs) {
        Inference inference = reason(dataset, inputs);
        dataset.executeWrite(() -> dataset.replaceNamedModel(CEN.GRAPH_INFERRED, inference.inferred()));
        return inference;
    }

    private static Graph copy(Dataset dataset, String graphName) {
        return dataset.calculateRead(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graphName)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static <T> T timed(Map<String, Duration> times, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
