package org.cybernorms.cen.reasoner;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * What the reasoner concluded: the inferred graph (new triples only) and how long each
 * stage took, in the order the stages ran.
 */
public record Inference(Model inferred, Map<String, Duration> stageTimes) {

    public Inference {
        stageTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }

    /** How many inferred triples use the property. */
    public long count(Property property) {
        return inferred.listStatements(null, property, (Resource) null).toList().size();
    }

    /** Total time over all stages. */
    public Duration totalTime() {
        return stageTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
