package org.cybernorms.cen.server.tryout;

import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * What trying a case gave: either its conclusions, or the errors that stopped it.
 *
 * @param conclusions what follows with the case that did not follow without it, explained (when asked)
 * @param withdrawn what followed without the case and no longer does (rules that read an absence)
 * @param inferred the new inferred triples, for the RDF answers
 * @param errors the errors with their lines in the case; empty when it was reasoned
 * @param errorName the error's stable name, or null
 * @param time how long the try took
 */
record Trial(List<Conclusion> conclusions, List<Triple> withdrawn, Graph inferred, List<CaseError> errors,
        String errorName, Duration time) {

    boolean failed() {
        return !errors.isEmpty();
    }
}
