package org.cybernorms.cen.core;

import java.util.Optional;
import org.apache.jena.shared.PrefixMapping;

/**
 * How CEN-KG writes and reads IRIs for people: the prefixes of every output, the short
 * names {@code cenid:state/DNK} and {@code cen:State}, and the last segment of a path.
 * The one place for these, so that a page, a table, an explanation and a command-line
 * argument use the same names.
 *
 * <p>{@code cenid:} names keep their {@code /}: they are for reading and for the command
 * line, not prefixed names of Turtle or SPARQL (where a {@code /} cannot stand unescaped).
 */
public final class CenNames {

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("cen", CEN.NS)
            .setNsPrefix("cenid", CEN.ID)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private CenNames() {}

    /** The prefixes of every RDF output: rdf, rdfs, owl, xsd, cen, cenid, skos, dct, prov, foaf, wd (locked). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /**
     * {@code cenid:state/DNK}, {@code cen:State}, {@code rdfs:label}; an IRI under no known
     * prefix is returned as it is.
     */
    public static String compact(String iri) {
        if (CEN.isThing(iri)) {
            return "cenid:" + iri.substring(CEN.ID.length());
        }
        String qname = PREFIXES.qnameFor(iri);
        return qname != null ? qname : iri;
    }

    /**
     * The IRI of a short name ({@code cenid:path}, {@code cen:Term}, another known prefix)
     * or of an IRI, bare or in angle brackets; empty for anything else.
     */
    public static Optional<String> expand(String name) {
        String text = name.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.isEmpty() || text.contains(" ")) {
            return Optional.empty();
        }
        if (text.startsWith("cenid:")) {
            return Optional.of(CEN.ID + text.substring("cenid:".length()));
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            String namespace = PREFIXES.getNsPrefixURI(text.substring(0, colon));
            if (namespace != null) {
                return Optional.of(namespace + text.substring(colon + 1));
            }
        }
        return text.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.+") ? Optional.of(text) : Optional.empty();
    }

    /**
     * The last segment of an IRI: after its last {@code /} or {@code #} ({@code DNK} for
     * {@code cenid:state/DNK}, {@code State} for {@code cen:State}).
     */
    public static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
