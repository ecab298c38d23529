package org.cybernorms.cen.server.views;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.server.linkeddata.Labels;

/**
 * The English label of a resource in the served dataset, for one page: each node is looked
 * up once, in a read transaction. Null when it has none.
 */
final class LabelLookup implements Function<Node, String> {

    private static final String NONE = "";

    private final DatasetGraph dataset;
    private final Map<Node, String> seen = new ConcurrentHashMap<>();

    LabelLookup(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public String apply(Node node) {
        if (node == null || !node.isURI()) {
            return null;
        }
        String label = seen.computeIfAbsent(node, n -> {
            String found = Txn.calculateRead(dataset, () -> Labels.english(dataset.getDefaultGraph(), n));
            return found != null ? found : NONE;
        });
        return label.isEmpty() ? null : label;
    }

    /** The label, or the last segment of the IRI ({@code DNK}) when there is none. */
    String orShort(Node node) {
        String label = apply(node);
        if (label != null) {
            return label;
        }
        return CenNames.lastSegment(node.isURI() ? node.getURI() : node.toString());
    }
}
