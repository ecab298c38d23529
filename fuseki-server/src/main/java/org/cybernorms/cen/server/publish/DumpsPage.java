package org.cybernorms.cen.server.publish;

import org.cybernorms.cen.server.fuseki.SparqlModule;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;

/** The {@code /dumps/} index page, and the names of the dump files. */
final class DumpsPage {

    /** The file name prefix of every dump. */
    static final String PREFIX = "cen-kg-";

    private DumpsPage() {}

    /** {@code cen-kg-asserted.ttl}. */
    static String fileName(DumpGraphs graphs, DumpFormat format) {
        return PREFIX + graphs.label() + "." + format.extension;
    }

    /** The path from the server's root: {@code dumps/cen-kg-asserted.ttl}. */
    static String path(DumpGraphs graphs, DumpFormat format) {
        return "dumps/" + fileName(graphs, format);
    }

    /** "CEN-KG, asserted graphs (ontology, data), Turtle". */
    static String title(DumpGraphs graphs, DumpFormat format) {
        return "CEN-KG, " + graphsText(graphs) + ", " + format.title
                + (format.quads ? " (named graphs kept)" : " (one graph, their union)");
    }

    private static String graphsText(DumpGraphs graphs) {
        return switch (graphs) {
            case ASSERTED -> "asserted graphs (ontology and data)";
            case INFERRED -> "inferred graph";
            case ALL -> "all graphs (ontology, data, inferred)";
        };
    }

    static String render(DumpCache cache) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Dumps of CEN-KG</h1>\n<p>The whole knowledge graph as files, for loading into another triple "
                + "store. Licence of every file below: <a rel=\"license\" href=\"").append(Publication.DATA_LICENCE)
                .append("\">").append(Html.escape(Publication.DATA_LICENCE_NAME)).append("</a>. ")
                .append(Html.escape("Quotes from source documents remain their authors'; the code is under the "
                        + Publication.CODE_LICENCE_NAME + "."))
                .append(" Cite as &ldquo;").append(Html.escape(Publication.TITLE)).append("&rdquo;, <span class=\"iri\">")
                .append(Html.escape(Publication.DATASET)).append("</span>.</p>\n")
                .append("<p>TriG and JSON-LD keep the named graphs; Turtle, N-Triples and RDF/XML hold their union. "
                        + "Each file also describes itself, with its licence (<code>dct:license</code>). Add <code>.gz</code> "
                        + "to a name, or send <code>Accept-Encoding: gzip</code>, for a gzipped file. A file is made "
                        + "from the served dataset the first time it is asked for.</p>\n")
                .append("<p>See also: the <a href=\"/.well-known/void\">VoID and DCAT description</a>, the "
                        + "<a href=\"/context.jsonld\">JSON-LD context</a>, the SPARQL endpoint <code>" + SparqlModule.SPARQL + "</code>.</p>\n")
                .append("<table>\n<tr><th>graphs</th><th>format</th><th>file</th><th>gzipped</th><th>licence</th></tr>\n");
        for (DumpGraphs graphs : DumpGraphs.values()) {
            for (DumpFormat format : DumpFormat.values()) {
                String name = fileName(graphs, format);
                String size = cache.made(graphs, format) ? " <small>(" + kilobytes(cache.plain(graphs, format).length) + ")</small>" : "";
                body.append("<tr><td>").append(Html.escape(graphsText(graphs))).append("</td><td>")
                        .append(Html.escape(format.title)).append(" <small>").append(Html.escape(format.mediaType))
                        .append("</small></td><td><a href=\"").append(name).append("\">").append(name).append("</a>")
                        .append(size).append("</td><td><a href=\"").append(name).append(".gz\">").append(name)
                        .append(".gz</a></td><td><a rel=\"license\" href=\"").append(Publication.DATA_LICENCE)
                        .append("\">CC BY 4.0</a></td></tr>\n");
            }
        }
        body.append("</table>\n");
        return Layout.page("Dumps", body.toString());
    }

    private static String kilobytes(int bytes) {
        return (bytes + 1023) / 1024 + " KiB";
    }
}
