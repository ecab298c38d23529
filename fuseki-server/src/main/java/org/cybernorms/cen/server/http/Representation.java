package org.cybernorms.cen.server.http;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a linked-data page and how a request picks one: the
 * {@code format} parameter first (links from HTML use it), else the Accept header.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "html", null),
    JSON_LD("application/ld+json", "jsonld", org.cybernorms.cen.server.publish.CenJsonLd.FORMAT),
    N_TRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8),
    RDF_XML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

    /** The offers, in order of preference when the client is indifferent (Turtle for {@code *}{@code /*}). */
    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(r -> r.mediaType).toArray(String[]::new));

    public final String mediaType;
    public final String formatName;
    public final RDFFormat rdfFormat;

    Representation(String mediaType, String formatName, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.formatName = formatName;
        this.rdfFormat = rdfFormat;
    }

    /** The Lang of an RDF representation. */
    public Lang lang() {
        return rdfFormat.getLang();
    }

    /**
     * The representation to send, or empty when nothing offered is acceptable (406).
     *
     * @param format the {@code format} query parameter, or null
     * @param accept the Accept header, or null (anything)
     */
    public static Optional<Representation> choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return Arrays.stream(values()).filter(r -> r.formatName.equalsIgnoreCase(format.strip())).findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(type)).findFirst();
    }

    /** The list shown to a client whose Accept header matched nothing. */
    public static String offered() {
        return String.join(", ", Arrays.stream(values()).map(r -> r.mediaType).toList());
    }
}
