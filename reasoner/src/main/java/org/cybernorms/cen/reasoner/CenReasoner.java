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
import org.cybernorms.cen.reasoner.fast.FastStage;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Reasons over a CEN-KG dataset: the DL stage (HermiT, or the fast engine that gives the
 * same answer) and then the rule stage (DESIGN.md section 4). The inferred graph holds
 * only new triples.
 */
public final class CenReasoner {

    /** Which engine draws the OWL conclusions; the withdrawals and the rule stage are the same. */
    public enum Engine {
        /** HermiT, the reference (OWL 2 DL). */
        HERMIT,
        /**
         * The ontology compiled to forward rules (org.cybernorms.cen.reasoner.fast). Falls back to
         * HermiT, with the reason in the stage times, when the input needs more than rules
         * (equality, anonymous individuals).
         */
        FAST
    }

    /**
     * The engine used when none is named. FAST: the parity test (FastParityTest) shows it gives
     * HermiT's inferred graph on the real data and on generated data, and docs/performance.md
     * measures it at a small fraction of HermiT's time at every size (on the real data too), so
     * nothing is lost and every command starts sooner. HermiT stays one option away as the oracle,
     * and still explains inconsistencies and violations (Explainer, Validation).
     */
    public static final Engine DEFAULT_ENGINE = Engine.FAST;

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
        return reason(dataset, inputs, DEFAULT_ENGINE);
    }

    /** As {@link #reason(Dataset, List)}, with the engine named. */
    public static Inference reason(Dataset dataset, List<RdfSource> inputs, Engine engine) {
        Graph ontology = copy(dataset, CEN.GRAPH_ONTOLOGY);
        Graph data = copy(dataset, CEN.GRAPH_DATA);
        if (engine == Engine.FAST) {
            Map<String, Duration> times = new LinkedHashMap<>();
            FastStage fast = timed(times, "fast compile", () -> FastStage.prepare(ontology, data));
            if (fast.unsupported().isEmpty()) {
                Graph inferred;
                try {
                    inferred = timed(times, "fast inferences", () -> fast.infer(inputs));
                } catch (InconsistentDataException clash) {
                    throw explainedByHermit(ontology, data, inputs, clash);
                }
                return finish(ontology, data, inferred, times);
            }
            // Needs HermiT: say why in the stage list, which every command prints.
            times.put("fast engine declined: " + fast.unsupported().get(0), Duration.ZERO);
            return hermit(ontology, data, inputs, times);
        }
        return hermit(ontology, data, inputs, new LinkedHashMap<>());
    }

    /**
     * The fast engine sees a clash through the facts it inferred; HermiT, the oracle, names
     * the minimal set of asserted axioms behind it. Only on this failure path is the cost
     * of HermiT paid. Should HermiT find the input consistent, the fast engine's own report
     * stands.
     */
    private static InconsistentDataException explainedByHermit(Graph ontology, Graph data, List<RdfSource> inputs,
            InconsistentDataException clash) {
        OWLOntology owl = OwlJenaBridge.toOwl(ontology, data);
        OWLReasoner reasoner = DlStage.hermit(owl);
        try {
            return reasoner.isConsistent() ? clash : InconsistencyExplainer.explain(owl, inputs);
        } finally {
            reasoner.dispose();
        }
    }

    private static Inference hermit(Graph ontology, Graph data, List<RdfSource> inputs, Map<String, Duration> times) {
        OWLOntology owl = timed(times, "OWL API load", () -> OwlJenaBridge.toOwl(ontology, data));
        OWLReasoner hermit = timed(times, "HermiT consistency", () -> {
            OWLReasoner reasoner = DlStage.hermit(owl);
            if (!reasoner.isConsistent()) {
                reasoner.dispose();
                throw InconsistencyExplainer.explain(owl, inputs);
            }
            return reasoner;
        });
        Graph asserted = union(ontology, data);
        Graph inferred = timed(times, "HermiT inferences", () -> {
            try {
                return DlStage.infer(hermit, asserted);
            } finally {
                hermit.dispose();
            }
        });
        return finish(ontology, data, inferred, times);
    }

    private static Inference finish(Graph ontology, Graph data, Graph inferred, Map<String, Duration> times) {
        Graph asserted = union(ontology, data);
        timed(times, "withdrawals", () -> Withdrawals.apply(Withdrawals.bundled(), asserted, inferred));
        timed(times, "rules", () -> RuleStage.run(RuleStage.bundledRules(), asserted, inferred));
        return new Inference(ModelFactory.createModelForGraph(inferred), times);
    }

    /**
     * Reasons and stores the result as the dataset's inferred graph (replacing any
     * earlier one).
     */
    public static Inference materialise(Dataset dataset, List<RdfSource> inputs) {
        return materialise(dataset, inputs, DEFAULT_ENGINE);
    }

    /** As {@link #materialise(Dataset, List)}, with the engine named. */
    public static Inference materialise(Dataset dataset, List<RdfSource> inputs, Engine engine) {
        Inference inference = reason(dataset, inputs, engine);
        dataset.executeWrite(() -> dataset.replaceNamedModel(CEN.GRAPH_INFERRED, inference.inferred()));
        return inference;
    }

    private static Graph union(Graph ontology, Graph data) {
        Graph asserted = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(asserted::add);
        data.find().forEachRemaining(asserted::add);
        return asserted;
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
