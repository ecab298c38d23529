package org.cybernorms.cen.reasoner;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.cybernorms.cen.reasoner.rules.UnionView;
import org.cybernorms.cen.reasoner.rules.Withdrawals;

/**
 * Reasons over a knowledge base in three stages: the DL stage (HermiT, or the fast engine
 * that gives the same answer, see {@link InferenceContract}), the withdrawals of DL
 * conclusions that hold only under a condition OWL cannot state, and the SPARQL rules.
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
        StageLog log = new StageLog();
        Graph inferred = engine.dl().infer(kb, log);
        // Rules and withdrawals read a view that keeps duplicates (UnionView says why).
        Graph asserted = UnionView.of(kb.ontology(), kb.data());
        Withdrawals.Result withdrawn = log.timed("withdrawals",
                () -> Withdrawals.apply(Withdrawals.bundled(), asserted, inferred));
        log.timed("rules", () -> RuleStage.run(RuleStage.bundledRules(), asserted, inferred));
        return new Inference(ModelFactory.createModelForGraph(inferred), withdrawn.byWithdrawal(), log.stages(),
                log.notes());
    }
}
