package org.cybernorms.cen.server.linkeddata;

import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.cybernorms.cen.server.publish.RdfOffers;
import org.cybernorms.cen.server.web.Negotiation;
import org.cybernorms.cen.server.web.Negotiation.Offer;

/**
 * What a resource's page and {@code /ontology} are offered as: Turtle (what a client that
 * does not say gets), the HTML page, JSON-LD, N-Triples and RDF/XML.
 */
final class Representations {

    static final Negotiation<RDFFormat> NEGOTIATION = new Negotiation<>(List.of(RdfOffers.TURTLE, Offer.html(),
            RdfOffers.JSON_LD, RdfOffers.N_TRIPLES, RdfOffers.RDF_XML));

    private Representations() {}
}
