package org.cybernorms.cen.server.publish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;

/**
 * The figures a VoID description and a service description give, counted over the served
 * dataset once: triples per named graph, and over their union (the served default graph)
 * the triples, distinct subjects and objects, the entities of each class, the triples of
 * each property and the {@code owl:sameAs} links to Wikidata.
 *
 * @param graphTriples triples in each named graph, by graph IRI, in the order of DumpGraphs.ALL
 * @param triples distinct triples in the union
 * @param distinctSubjects distinct subjects in the union
 * @param distinctObjects distinct objects in the union
 * @param entities distinct IRIs in the union under {@code cenid:} (as subjects)
 * @param classPartitions distinct instances of each class, by class IRI (sorted)
 * @param propertyPartitions triples of each property, by property IRI (sorted)
 * @param wikidataLinks {@code owl:sameAs} triples whose object is a Wikidata item
 */
public record DatasetStatistics(Map<String, Long> graphTriples, long triples, long distinctSubjects,
                                long distinctObjects, long entities, Map<String, Long> classPartitions,
                                Map<String, Long> propertyPartitions, long wikidataLinks) {

    /** Where Wikidata's items live. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    /** Counts, in one read transaction; does not change the dataset. */
    public static DatasetStatistics of(DatasetGraph served) {
        return Txn.calculateRead(served, () -> count(served));
    }

    private static DatasetStatistics count(DatasetGraph served) {
        Map<String, Long> graphTriples = new LinkedHashMap<>();
        for (String name : DumpGraphs.ALL.graphs()) {
            graphTriples.put(name, (long) served.getGraph(NodeFactory.createURI(name)).size());
        }
        Graph union = served.getUnionGraph();
        Set<Triple> seen = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<Node, Set<Node>> instances = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>();
        long links = 0;
        Node type = RDF.type.asNode();
        Node sameAs = OWL2.sameAs.asNode();
        var it = union.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (!seen.add(t)) {
                    continue;
                }
                subjects.add(t.getSubject());
                objects.add(t.getObject());
                properties.merge(t.getPredicate(), 1L, Long::sum);
                if (t.getPredicate().equals(type) && t.getObject().isURI()) {
                    instances.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
                }
                if (t.getPredicate().equals(sameAs) && t.getObject().isURI()
                        && t.getObject().getURI().startsWith(WIKIDATA_ENTITY)) {
                    links++;
                }
            }
        } finally {
            it.close();
        }
        long entities = subjects.stream().filter(n -> n.isURI() && CEN.isThing(n.getURI())).count();
        Map<String, Long> classes = new TreeMap<>();
        instances.forEach((c, members) -> classes.put(c.getURI(), (long) members.size()));
        Map<String, Long> props = new TreeMap<>();
        properties.forEach((p, n) -> props.put(p.getURI(), n));
        return new DatasetStatistics(java.util.Collections.unmodifiableMap(graphTriples),
                seen.size(), subjects.size(), objects.size(), entities, classes, props, links);
    }
}
