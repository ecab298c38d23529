package org.cybernorms.cen.server.profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.server.linkeddata.Labels;

/**
 * Reads the served dataset for the profile pages: its union graph (asserted and inferred),
 * the ontology's class hierarchy (so that "a norm" includes voluntary norms and pledges),
 * and labels, each looked up once. The caller holds a read transaction while it reads.
 */
public final class Facts {

    static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    static final Node DATE = DCTerms.date.asNode();

    private final Graph union;
    private final Map<Node, Set<Node>> subclassesOf = new ConcurrentHashMap<>();
    private final Map<Node, String> labels = new ConcurrentHashMap<>();
    private volatile Map<String, Node> statesByIso;

    /** @param union the served default graph: the union of the ontology, data and inferred graphs */
    public Facts(Graph union) {
        this.union = union;
    }

    Graph graph() {
        return union;
    }

    List<Node> objects(Node subject, Resource predicate) {
        return objects(subject, predicate.asNode());
    }

    List<Node> objects(Node subject, Node predicate) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = union.find(subject, predicate, Node.ANY);
        try {
            it.forEachRemaining(t -> out.add(t.getObject()));
        } finally {
            it.close();
        }
        return out;
    }

    Node object(Node subject, Resource predicate) {
        return object(subject, predicate.asNode());
    }

    Node object(Node subject, Node predicate) {
        ExtendedIterator<Triple> it = union.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The lexical form of the first literal value, or null. */
    String text(Node subject, Resource predicate) {
        for (Node o : objects(subject, predicate)) {
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    List<Node> subjects(Resource predicate, Node object) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = union.find(Node.ANY, predicate.asNode(), object);
        try {
            it.forEachRemaining(t -> out.add(t.getSubject()));
        } finally {
            it.close();
        }
        return out;
    }

    boolean has(Node subject, Resource predicate, Node object) {
        return union.contains(subject, predicate.asNode(), object);
    }

    /** True when the node is an instance of the class or of one of its subclasses. */
    boolean isA(Node node, Resource type) {
        Set<Node> classes = subclasses(type.asNode());
        for (Node t : objects(node, RDF.type)) {
            if (classes.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Every IRI typed with the class or a subclass, sorted by label. */
    List<Node> instances(Resource type) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node c : subclasses(type.asNode())) {
            for (Node s : subjects(RDF.type, c)) {
                if (s.isURI()) {
                    found.add(s);
                }
            }
        }
        return sortedByLabel(found);
    }

    List<Node> sortedByLabel(java.util.Collection<Node> nodes) {
        List<Node> sorted = new ArrayList<>(new LinkedHashSet<>(nodes));
        sorted.sort(Comparator.comparing((Node n) -> label(n).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(n -> n.toString()));
        return sorted;
    }

    /** The class and every class below it (rdfs:subClassOf*), computed once per class. */
    Set<Node> subclasses(Node type) {
        return subclassesOf.computeIfAbsent(type, t -> {
            Set<Node> seen = new HashSet<>();
            List<Node> todo = new ArrayList<>(List.of(t));
            while (!todo.isEmpty()) {
                Node c = todo.remove(todo.size() - 1);
                if (seen.add(c)) {
                    todo.addAll(subjects(RDFS.subClassOf, c));
                }
            }
            return Set.copyOf(seen);
        });
    }

    /** The English label, else the short name ({@code cen:Contrary}, {@code DNK}'s slug). */
    String label(Node node) {
        if (node == null) {
            return "";
        }
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        return labels.computeIfAbsent(node, n -> {
            String label = Labels.english(union, n);
            return label != null ? label : CenNames.lastSegment(n.getURI());
        });
    }

    /** The most specific cen: class asserted or inferred of a node, for a kind shown to people. */
    List<Node> cenTypes(Node node) {
        List<Node> types = new ArrayList<>();
        for (Node t : objects(node, RDF.type)) {
            if (t.isURI() && CEN.isTerm(t.getURI())) {
                types.add(t);
            }
        }
        return types;
    }

    /** The citations a thing was derived from, with what each source is and who issued it. */
    List<Quote> quotes(Node subject) {
        List<Quote> out = new ArrayList<>();
        for (Node citation : objects(subject, WAS_DERIVED_FROM)) {
            Node source = object(citation, DCTerms.source);
            out.add(new Quote(citation, source, source == null ? null : label(source),
                    text(citation, CEN.locator), text(citation, CEN.quote),
                    source == null ? List.of() : objects(source, CEN.issuedBy)));
        }
        return out;
    }

    /** A date written on the thing (dct:date), or null. */
    String date(Node subject) {
        Node d = object(subject, DATE);
        return d != null && d.isLiteral() ? d.getLiteralLexicalForm() : null;
    }

    /** Every State by its ISO 3166-1 alpha-3 code (cen:isoCode), computed once. */
    Map<String, Node> statesByIso() {
        Map<String, Node> states = statesByIso;
        if (states == null) {
            Map<String, Node> found = new java.util.HashMap<>();
            for (Node state : instances(CEN.State)) {
                String iso = text(state, CEN.isoCode);
                if (iso != null) {
                    found.putIfAbsent(iso, state);
                }
            }
            states = Map.copyOf(found);
            statesByIso = states;
        }
        return states;
    }

    /**
     * One citation: the words, where they are, and whose document it is.
     *
     * @param issuers the holders that issued the source (cen:issuedBy); empty for a report
     */
    record Quote(Node citation, Node source, String sourceTitle, String locator, String quote, List<Node> issuers) {}
}
