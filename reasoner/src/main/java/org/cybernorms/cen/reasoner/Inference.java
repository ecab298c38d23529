package org.cybernorms.cen.reasoner;

import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;

/**
 * What the reasoner concluded: the inferred graph (new triples only), the stages in the
 * order they ran and notes on choices made (an engine that declined, and why).
 */
public record Inference(Model inferred, List<Stage> stages, List<String> notes) {

    /** A stage of the reasoner and how long it took. */
    public record Stage(String name, Duration time) {}

    public Inference {
        stages = List.copyOf(stages);
        notes = List.copyOf(notes);
    }

    /** How many inferred triples use the property. */
    public long count(Property property) {
        return inferred.getGraph().stream(Node.ANY, property.asNode(), Node.ANY).count();
    }

    /** Total time over all stages. */
    public Duration totalTime() {
        return stages.stream().map(Stage::time).reduce(Duration.ZERO, Duration::plus);
    }
}
