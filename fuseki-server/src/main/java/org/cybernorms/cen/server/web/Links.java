package org.cybernorms.cen.server.web;

import org.cybernorms.cen.core.CEN;

/**
 * Where an IRI is read on this server: a {@code cenid:} thing at its own path under
 * {@code /id/}, a {@code cen:} term at its anchor on {@code /ontology}, anything else at
 * the IRI itself. (Short names and prefixes are {@link org.cybernorms.cen.core.CenNames}.)
 */
public final class Links {

    private Links() {}

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
}
