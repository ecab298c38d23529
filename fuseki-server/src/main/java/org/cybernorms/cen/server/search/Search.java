package org.cybernorms.cen.server.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.server.store.TextIndexes;

/**
 * Searches the served dataset's full-text index through {@code text:query}, the same
 * property function SPARQL users call, so that the server's time limit applies. A quote
 * found leads to what it is quoted for (the position, claim or operation derived from
 * the citation), the best match of each thing first.
 */
public final class Search {

    /** At most this many index hits are read per search. */
    public static final int HIT_LIMIT = 200;

    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?hit ?score ?literal WHERE { (?hit ?score ?literal) text:query (?q ?limit) }
            """;

    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private Search() {}

    /** The things found, best first, each once. */
    public static List<SearchHit> find(DatasetGraph served, SearchQuery query) {
        ParameterizedSparqlString sparql = new ParameterizedSparqlString(QUERY);
        sparql.setLiteral("q", query.text());
        sparql.setLiteral("limit", HIT_LIMIT);
        Dataset dataset = DatasetFactory.wrap(served);
        return Txn.calculateRead(served, () -> {
            Graph graph = served.getDefaultGraph();
            Map<String, SearchHit> found = new LinkedHashMap<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(sparql.asQuery()).build()) {
                ResultSet rows = execution.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    Node hit = row.get("hit").asNode();
                    double score = row.getLiteral("score").getDouble();
                    String matched = row.contains("literal") ? row.getLiteral("literal").getLexicalForm() : "";
                    String field = field(graph, hit, matched);
                    for (Node thing : things(graph, hit)) {
                        found.putIfAbsent(thing.getURI(), new SearchHit(thing.getURI(), Kind.of(thing.getURI()),
                                label(graph, thing), score, field, matched));
                    }
                }
            }
            List<SearchHit> hits = new ArrayList<>(found.values());
            hits.sort((a, b) -> Double.compare(b.score(), a.score()));
            return hits;
        });
    }

    /** What a hit stands for: the things derived from a citation, else the hit itself (IRIs only). */
    private static List<Node> things(Graph graph, Node hit) {
        List<Node> things = new ArrayList<>();
        if (graph.contains(hit, RDF.type.asNode(), CEN.Citation.asNode())) {
            graph.find(Node.ANY, DERIVED_FROM, hit).forEachRemaining(t -> things.add(t.getSubject()));
        }
        if (things.isEmpty()) {
            things.add(hit);
        }
        return things.stream().filter(Node::isURI).distinct().toList();
    }

    /** The indexed property of the hit whose value matched, short. */
    private static String field(Graph graph, Node hit, String matched) {
        for (Node property : TextIndexes.PROPERTIES) {
            boolean has = graph.find(hit, property, Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                    && t.getObject().getLiteralLexicalForm().equals(matched)).hasNext();
            if (has) {
                return CenNames.compact(property.getURI());
            }
        }
        return "";
    }

    /** The thing's English (or any) label, else its title, else its short name. */
    static String label(Graph graph, Node thing) {
        String any = null;
        for (Node property : List.of(RDFS.label.asNode(), DCTerms.title.asNode())) {
            for (var it = graph.find(thing, property, Node.ANY); it.hasNext(); ) {
                Node value = it.next().getObject();
                if (value.isLiteral()) {
                    if (value.getLiteralLanguage().startsWith("en")) {
                        return value.getLiteralLexicalForm();
                    }
                    any = any == null ? value.getLiteralLexicalForm() : any;
                }
            }
            if (any != null) {
                return any;
            }
        }
        return CenNames.compact(thing.getURI());
    }
}
