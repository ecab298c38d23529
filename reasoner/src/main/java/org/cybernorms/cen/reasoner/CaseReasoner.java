package org.cybernorms.cen.reasoner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.reasoner.fast.FastEngine;
import org.cybernorms.cen.reasoner.fast.FastStage;

/**
 * Reasons cases with a knowledge base that was loaded, checked and reasoned once, as the
 * server's {@code /try} does for every case a researcher sends: the answer is what
 * {@code KnowledgeGraph.load(inputs + case).checkShapes().reason(engine)} gives (the
 * pipeline of {@code cen reason --data case.ttl}; {@code CaseReasonerTest} compares them),
 * without the costs that do not depend on the case:
 * <ul>
 * <li>the knowledge base's graphs are neither parsed nor copied again: the case is read
 *     beside them through a view;</li>
 * <li>the shapes are checked only at the nodes the case can affect ({@link CaseFocus}), the
 *     rest having passed when the knowledge base was loaded;</li>
 * <li>with the fast engine, the ontology is compiled to rules and its class hierarchy
 *     worked out once ({@link FastStage#withMore}), unless the case carries axioms of its
 *     own.</li>
 * </ul>
 * The materialisation and the SPARQL rules still run over the whole knowledge base and the
 * case: a case can change any conclusion (a claim by a new State, a position that
 * supersedes another), and re-running them is what keeps the answer the pipeline's.
 * Thread-safe: any number of cases may be reasoned at once; none changes the base.
 */
public final class CaseReasoner {

    private static final FastEngine FAST = new FastEngine();

    private final KnowledgeBase knowledgeBase;
    private final Engine engine;
    /** The compiled fast stage of the knowledge base, or null with HermiT. */
    private final FastStage stage;
    private final Reasoned base;

    private CaseReasoner(KnowledgeBase knowledgeBase, Engine engine, FastStage stage, Reasoned base) {
        this.knowledgeBase = knowledgeBase;
        this.engine = engine;
        this.stage = stage;
        this.base = base;
    }

    /**
     * Reasons the knowledge base alone, once. Its shapes are not checked here: the caller
     * loaded it through the pipeline, which did.
     *
     * @throws InconsistentDataException when the knowledge base itself is inconsistent
     */
    public static CaseReasoner of(KnowledgeBase knowledgeBase, Engine engine) {
        if (engine != Engine.FAST) {
            return new CaseReasoner(knowledgeBase, engine, null,
                    new Reasoned(knowledgeBase, CenReasoner.reason(knowledgeBase, engine)));
        }
        FastStage stage = FastStage.prepare(knowledgeBase.ontology(), knowledgeBase.data());
        Inference inference = CenReasoner.reason(knowledgeBase, (kb, log) -> FAST.infer(kb, stage, log));
        return new CaseReasoner(knowledgeBase, engine, stage, new Reasoned(knowledgeBase, inference));
    }

    /** The knowledge base alone, reasoned. */
    public Reasoned base() {
        return base;
    }

    /**
     * The knowledge base with the case, checked and reasoned; the base is not changed.
     *
     * @param caseGraph the case's triples, parsed
     * @param caseSource where they came from, so that errors name it
     * @throws ShapeViolationException when the case breaks a shape
     * @throws InconsistentDataException when the case contradicts the ontology
     */
    public Reasoned withCase(Graph caseGraph, RdfSource caseSource) {
        Graph added = GraphFactory.createDefaultGraph();
        Graph asserted = knowledgeBase.asserted();
        caseGraph.find().forEachRemaining(t -> {
            if (!asserted.contains(t)) {
                added.add(t);
            }
        });
        List<RdfSource> dataInputs = new ArrayList<>(knowledgeBase.inputs().data());
        dataInputs.add(caseSource);
        KnowledgeBase withCase = new KnowledgeBase(knowledgeBase.ontology(), new DisjointUnion(knowledgeBase.data(), added),
                new Inputs(knowledgeBase.inputs().ontology(), dataInputs));
        Optional<Set<Node>> focus = CaseFocus.of(withCase.asserted(), added);
        if (focus.isPresent()) {
            Validation.checkShapes(withCase, focus.get());
        } else {
            Validation.checkShapes(withCase);
        }
        if (stage == null) {
            return new Reasoned(withCase, CenReasoner.reason(withCase, engine));
        }
        DlEngine dl = (kb, log) -> FAST.infer(kb, log.timed("fast compile", () -> stage.withMore(added)), log);
        return new Reasoned(withCase, CenReasoner.reason(withCase, dl));
    }
}
