package org.cybernorms.cen.server.publish;

import org.apache.jena.riot.RDFFormat;

/**
 * The formats of a dump. TriG and JSON-LD keep the named graphs; Turtle, N-Triples and
 * RDF/XML hold one graph, the union of the selected ones.
 */
public enum DumpFormat {
    TURTLE("turtle", "ttl", "text/turtle", "Turtle", false),
    NTRIPLES("ntriples", "nt", "application/n-triples", "N-Triples", false),
    TRIG("trig", "trig", "application/trig", "TriG", true),
    JSONLD("jsonld", "jsonld", "application/ld+json", "JSON-LD", true),
    RDFXML("rdfxml", "rdf", "application/rdf+xml", "RDF/XML", false);

    /** The name on the command line. */
    public final String label;
    /** The file name extension, without the dot. */
    public final String extension;
    public final String mediaType;
    /** The name people know it by. */
    public final String title;
    /** True when the format keeps named graphs. */
    public final boolean quads;

    DumpFormat(String label, String extension, String mediaType, String title, boolean quads) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
        this.title = title;
        this.quads = quads;
    }

    /** The Jena writer used for it. */
    public RDFFormat rdfFormat() {
        return switch (this) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case JSONLD -> CenJsonLd.FORMAT;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
        };
    }

    /** True when the format has a line comment ({@code #}) a header can be written in. */
    public boolean hashComments() {
        return this == TURTLE || this == NTRIPLES || this == TRIG;
    }

    /** The format of a command-line label, or null. */
    public static DumpFormat ofLabel(String label) {
        for (DumpFormat f : values()) {
            if (f.label.equalsIgnoreCase(label)) {
                return f;
            }
        }
        return null;
    }
}
