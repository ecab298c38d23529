package org.cybernorms.cen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The view of the union and its copy behave alike. */
class UnionDefaultGraphTest {

    private static final Node G1 = uri("g1");
    private static final Node G2 = uri("g2");
    private static final Triple SHARED = Triple.create(uri("a"), uri("p"), uri("b"));
    private static final Triple ONLY_IN_G2 = Triple.create(uri("b"), uri("p"), uri("c"));

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    static Stream<Arguments> unions() {
        Function<DatasetGraph, DatasetGraph> view = UnionDefaultGraph::new;
        Function<DatasetGraph, DatasetGraph> copy = UnionDefaultGraph::copied;
        return Stream.of(Arguments.of("view", view), Arguments.of("copy", copy));
    }

    private static DatasetGraph store() {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(store, () -> {
            store.add(new Quad(G1, SHARED));
            store.add(new Quad(G2, SHARED));
            store.add(new Quad(G2, ONLY_IN_G2));
        });
        return store;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unions")
    void theDefaultGraphHoldsEachTripleOfTheNamedGraphsOnce(String kind, Function<DatasetGraph, DatasetGraph> union) {
        DatasetGraph served = union.apply(store());
        Txn.executeRead(served, () -> {
            assertThat(served.getDefaultGraph().find().toList()).containsExactlyInAnyOrder(SHARED, ONLY_IN_G2);
            assertThat(served.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)).toIterable().hasSize(2);
            assertThat(served.contains(Quad.defaultGraphIRI, ONLY_IN_G2.getSubject(), null, null)).isTrue();
            assertThat(served.contains(Quad.defaultGraphIRI, uri("c"), null, null)).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unions")
    void namedGraphsAndAllQuadsAreTheStoresOwn(String kind, Function<DatasetGraph, DatasetGraph> union) {
        DatasetGraph served = union.apply(store());
        Txn.executeRead(served, () -> {
            assertThat(served.getGraph(G1).find().toList()).containsExactly(SHARED);
            assertThat(served.find()).toIterable().hasSize(3);
            assertThat(served.find(G2, null, null, null)).toIterable().hasSize(2);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unions")
    void sparqlSeesTheUnionAsDefaultAndTheNamedGraphsByName(String kind, Function<DatasetGraph, DatasetGraph> union) {
        DatasetGraph served = union.apply(store());
        assertThat(count(served, "SELECT * { ?s <http://example.org/p> ?o }")).isEqualTo(2);
        assertThat(count(served, "SELECT * { ?a <http://example.org/p> ?b . ?b <http://example.org/p> ?c }")).isEqualTo(1);
        assertThat(count(served, "SELECT * { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(3);
        assertThat(count(served, "SELECT * { GRAPH <http://example.org/g1> { ?s ?p ?o } }")).isEqualTo(1);
    }

    private static int count(DatasetGraph dataset, String query) {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            List<?> rows = org.apache.jena.query.ResultSetFormatter.toList(execution.execSelect());
            return rows.size();
        }
    }
}
