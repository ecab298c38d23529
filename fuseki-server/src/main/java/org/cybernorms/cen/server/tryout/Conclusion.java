package org.cybernorms.cen.server.tryout;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.cybernorms.cen.reasoner.Explainer;

/**
 * One conclusion about a tried case: a new inferred triple, or an assessment or verdict
 * node with all its new triples, and its explanation.
 *
 * @param section where the answer page shows it
 * @param subject the subject of its triples
 * @param triples the triples concluded (one, or a node's several)
 * @param explanation why it follows, down to the quotes
 */
record Conclusion(Section section, Node subject, List<Triple> triples, Explainer.Explanation explanation) {

    /** The sections of the answer, in page order. */
    enum Section {
        ATTRIBUTION("Attributions, official and alleged"),
        ASSESSMENT("Norm assessments"),
        VERDICT("Doctrine verdicts"),
        CONDITION("Failed conditions of general law"),
        POSITION("Positions: agreements and conflicts"),
        OTHER("Other conclusions");

        final String heading;

        Section(String heading) {
            this.heading = heading;
        }
    }
}
