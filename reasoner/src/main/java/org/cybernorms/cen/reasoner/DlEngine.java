package org.cybernorms.cen.reasoner;

import org.apache.jena.graph.Graph;
import org.cybernorms.cen.core.KnowledgeBase;

/** An engine of the DL stage: draws the conclusions of the {@link InferenceContract} from OWL. */
public interface DlEngine {

    /**
     * Returns a new graph with the contract's conclusions over the knowledge base, which is
     * not changed; records its stages in the log.
     *
     * @throws InconsistentDataException when the data contradict the ontology
     */
    Graph infer(KnowledgeBase knowledgeBase, StageLog log);
}
