package org.cybernorms.cen.reasoner;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.core.NamedGraphs;
import org.cybernorms.cen.core.UnionDefaultGraph;

/**
 * A knowledge base with what follows from it: the asserted graphs, the inference, and the
 * dataset CEN-KG serves, queries and exports.
 */
public record Reasoned(KnowledgeBase asserted, Inference inference) {

    /** The inferred graph (new triples only). */
    public Graph inferred() {
        return inference.inferred().getGraph();
    }

    /**
     * A new in-memory dataset with the named graphs ontology, data and inferred, and as its
     * default graph a view of their union, as the server serves it.
     */
    public Dataset dataset() {
        return DatasetFactory.wrap(new UnionDefaultGraph(namedGraphs()));
    }

    /** A new in-memory dataset with the named graphs ontology, data and inferred, and an empty default graph. */
    public DatasetGraph namedGraphs() {
        return NamedGraphs.of(asserted.ontology(), asserted.data(), inferred());
    }
}
