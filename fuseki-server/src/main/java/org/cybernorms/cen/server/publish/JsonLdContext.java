package org.cybernorms.cen.server.publish;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.TurtleFiles;

/**
 * The JSON-LD context of CEN-KG, generated from the ontology: a short name for every
 * {@code cen:} class and property (its local name), {@code "@type": "@id"} for object
 * properties (and for annotation properties, whose values in CEN-KG are IRIs, unless a
 * datatype range says otherwise), the range's XSD datatype for datatype properties with a
 * range other than {@code xsd:string}, and the prefixes {@code cen:}, {@code cenid:} and
 * those of the vocabularies CEN-KG reuses.
 *
 * <p>Plain strings (ranges {@code xsd:string} or none) get no {@code @type}: in JSON-LD a
 * plain string is an {@code xsd:string}, and a typed term would not match it, nor a string
 * with a language tag.
 */
public final class JsonLdContext {

    /** Prefixes of the context, in the order written. */
    static final Map<String, String> PREFIXES = prefixes();
    /**
     * Prefixes left out when compacting, so that IRIs of things and of Wikidata items are
     * written in full (a web developer can follow them); a document may still use them.
     */
    static final Set<String> EXPANSION_ONLY = Set.of("cenid", "wd");

    private static volatile JsonObject bundled;

    private JsonLdContext() {}

    /** The context document ({@code {"@context": {...}}}) for the terms of an ontology graph; a new object. */
    public static JsonObject of(Graph ontology) {
        JsonObjectBuilder context = Json.createObjectBuilder();
        PREFIXES.forEach(context::add);
        terms(ontology).forEach((name, definition) -> {
            if (definition instanceof String iri) {
                context.add(name, iri);
            } else {
                context.add(name, (JsonObject) definition);
            }
        });
        return Json.createObjectBuilder().add("@context", context).build();
    }

    /** The context of the bundled ontology (what every server and dump uses), built once. */
    public static JsonObject bundled() {
        JsonObject result = bundled;
        if (result == null) {
            synchronized (JsonLdContext.class) {
                if (bundled == null) {
                    bundled = of(DatasetLoader.parseAll(TurtleFiles.bundledOntology()));
                }
                result = bundled;
            }
        }
        return result;
    }

    /** The inner object of a context document, without the {@link #EXPANSION_ONLY} prefixes. */
    static JsonObject forCompaction(JsonObject document) {
        JsonObjectBuilder context = Json.createObjectBuilder(document.getJsonObject("@context"));
        EXPANSION_ONLY.forEach(context::remove);
        return Json.createObjectBuilder().add("@context", context).build();
    }

    /** Term name -> an IRI (String) or an expanded definition (JsonObject), sorted by name. */
    private static Map<String, Object> terms(Graph ontology) {
        Map<String, Object> terms = new TreeMap<>();
        for (Node subject : ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet()) {
            if (!subject.isURI() || !CEN.isTerm(subject.getURI())) {
                continue;
            }
            String name = subject.getURI().substring(CEN.NS.length());
            if (name.isEmpty() || PREFIXES.containsKey(name) || name.startsWith("@")) {
                continue;
            }
            String compact = "cen:" + name;
            if (has(ontology, subject, OWL2.ObjectProperty)) {
                terms.put(name, typed(compact, "@id"));
            } else if (has(ontology, subject, OWL2.DatatypeProperty)) {
                String datatype = datatypeRange(ontology, subject);
                terms.put(name, datatype == null ? compact : typed(compact, datatype));
            } else if (has(ontology, subject, OWL2.AnnotationProperty)) {
                terms.put(name, datatypeRange(ontology, subject) == null && !literalRange(ontology, subject)
                        ? typed(compact, "@id") : compact);
            } else if (has(ontology, subject, OWL2.Class) || has(ontology, subject, RDFS.Class)
                    || has(ontology, subject, RDF.Property)) {
                terms.put(name, compact);
            }
        }
        return terms;
    }

    private static JsonObject typed(String id, String type) {
        return Json.createObjectBuilder().add("@id", id).add("@type", type).build();
    }

    private static boolean has(Graph graph, Node subject, org.apache.jena.rdf.model.Resource type) {
        return graph.contains(subject, RDF.type.asNode(), type.asNode());
    }

    /** The {@code xsd:} range other than {@code xsd:string}, as a compact IRI, or null. */
    private static String datatypeRange(Graph graph, Node property) {
        for (Triple t : graph.find(property, RDFS.range.asNode(), Node.ANY).toList()) {
            Node range = t.getObject();
            if (range.isURI() && range.getURI().startsWith(XSD.NS) && !range.getURI().equals(XSD.xstring.getURI())) {
                return "xsd:" + range.getURI().substring(XSD.NS.length());
            }
        }
        return null;
    }

    private static boolean literalRange(Graph graph, Node property) {
        return graph.contains(property, RDFS.range.asNode(), RDFS.Literal.asNode())
                || graph.contains(property, RDFS.range.asNode(), XSD.xstring.asNode())
                || graph.contains(property, RDFS.range.asNode(), RDF.langString.asNode());
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        for (List<String> pair : List.of(
                List.of("cen", CEN.NS),
                List.of("cenid", CEN.ID),
                List.of("rdf", RDF.getURI()),
                List.of("rdfs", RDFS.getURI()),
                List.of("owl", OWL2.NS),
                List.of("xsd", XSD.NS),
                List.of("dct", "http://purl.org/dc/terms/"),
                List.of("prov", "http://www.w3.org/ns/prov#"),
                List.of("skos", "http://www.w3.org/2004/02/skos/core#"),
                List.of("foaf", "http://xmlns.com/foaf/0.1/"),
                List.of("wd", "http://www.wikidata.org/entity/"),
                List.of("void", PublishVocab.VOID),
                List.of("dcat", PublishVocab.DCAT),
                List.of("sd", PublishVocab.SD))) {
            p.put(pair.get(0), pair.get(1));
        }
        return java.util.Collections.unmodifiableMap(p);
    }
}
