package org.cybernorms.cen.server.html;

import org.apache.jena.shared.PrefixMapping;
import org.cybernorms.cen.core.CEN;

/**
 * Where an IRI is read on this server: a {@code cenid:} thing at its own path under
 * {@code /id/}, a {@code cen:} term at its anchor on {@code /ontology}, anything else at
 * the IRI itself. Also gives the short name shown when a resource has no label.
 */
public final class Links {

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

    private Links() {}

    /** The prefixes used in RDF output and short names. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** The href for an IRI, relative to this server's root where the thing lives here. */
    public static String href(String iri) {
        if (CEN.isThing(iri)) {
            return "/id/" + iri.substring(CEN.ID.length());
        }
        if (CEN.isTerm(iri)) {
            return "/ontology#" + iri.substring(CEN.NS.length());
        }
        if (iri.equals(CEN.ONTOLOGY_IRI)) {
            return "/ontology";
        }
        return iri;
    }

    /** {@code cen:State}, {@code cenid:state/DNK}, {@code rdfs:label}, or the IRI. */
    public static String shortName(String iri) {
        if (CEN.isThing(iri)) {
            return "cenid:" + iri.substring(CEN.ID.length());
        }
        String qname = PREFIXES.qnameFor(iri);
        return qname != null ? qname : iri;
    }
}
