package org.cybernorms.cen.reasoner;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.cybernorms.cen.reasoner.rules.UnionView;

/**
 * Reasons over a knowledge base in two stages: the DL stage (HermiT, or the fast engine
 * that gives the same answer, see {@link InferenceContract}), then the SPARQL rules,
 * which draw what OWL cannot state (another State, dates, absence, new nodes such as
 * assessments and verdicts). Nothing is drawn and withdrawn afterwards.
 * The inferred graph holds only new triples. Most callers want {@link KnowledgeGraph},
 * which checks the shapes first.
 */
public final class CenReasoner {

    private CenReasoner() {}

    /**
     * Returns what follows from the knowledge base, which is not changed.
     *
     * @throws InconsistentDataException when the data contradict the ontology
     */
    public static Inference reason(KnowledgeBase kb, Engine engine) {
        return reason(kb, engine.dl());
    }

    /**
     * Returns what follows from the knowledge base with this DL stage (an engine, or one
     * prepared ahead, as {@link CaseReasoner} prepares the fast engine), then the rules.
     *
     * @throws InconsistentDataException when the data contradict the ontology
     */
    public static Inference reason(KnowledgeBase kb, DlEngine dl) {
        StageLog log = new StageLog();
        Graph inferred = dl.infer(kb, log);
        // The rules read a view that keeps duplicates (UnionView says why).
        Graph asserted = UnionView.of(kb.ontology(), kb.data());
        log.timed("rules", () -> RuleStage.run(RuleStage.bundledRules(), asserted, inferred));
        return new Inference(ModelFactory.createModelForGraph(inferred), log.stages(), log.notes());
    }
}
