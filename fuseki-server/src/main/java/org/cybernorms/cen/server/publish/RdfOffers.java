package org.cybernorms.cen.server.publish;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.cybernorms.cen.server.web.Negotiation.Offer;

/**
 * The RDF syntaxes a description or a resource's page is offered in, Turtle first (what a
 * client gets when it does not say), each by its media type and by the names of
 * {@link DumpFormat} in {@code ?format=} ({@code ttl} or {@code turtle}, ...). Written
 * pretty, for reading; dumps use DumpFormat's streaming writers instead.
 */
public final class RdfOffers {

    public static final Offer<RDFFormat> TURTLE = offer(DumpFormat.TURTLE, RDFFormat.TURTLE_PRETTY);
    public static final Offer<RDFFormat> JSON_LD = offer(DumpFormat.JSONLD, CenJsonLd.FORMAT);
    public static final Offer<RDFFormat> N_TRIPLES = offer(DumpFormat.NTRIPLES, RDFFormat.NTRIPLES_UTF8);
    public static final Offer<RDFFormat> RDF_XML = offer(DumpFormat.RDFXML, RDFFormat.RDFXML_PRETTY);

    /** All four, in order of preference. */
    public static final List<Offer<RDFFormat>> ALL = List.of(TURTLE, JSON_LD, N_TRIPLES, RDF_XML);

    private RdfOffers() {}

    private static Offer<RDFFormat> offer(DumpFormat format, RDFFormat writer) {
        return Offer.of(writer, format.mediaType, Stream.of(format.extension, format.label).distinct().toArray(String[]::new));
    }
}
