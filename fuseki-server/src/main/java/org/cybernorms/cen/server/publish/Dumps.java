package org.cybernorms.cen.server.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Dumps of the served dataset: the selected named graphs (kept apart in TriG and JSON-LD,
 * as their union in Turtle, N-Triples and RDF/XML) plus the dump's own description, which
 * states the licence ({@code dct:license} CC BY 4.0). Formats with comments also open with
 * a header comment naming the licence.
 */
public final class Dumps {

    private Dumps() {}

    /**
     * What a dump holds, as a new in-memory dataset: for TriG and JSON-LD the selected named
     * graphs and, in the default graph, the description; for the other formats only a
     * default graph, the union of the selected graphs plus the description. Reads the
     * served dataset in a read transaction; does not change it.
     */
    public static DatasetGraph content(DatasetGraph served, DumpGraphs graphs, DumpFormat format) {
        DatasetGraph content = DatasetGraphFactory.create();
        Graph union = content.getDefaultGraph();
        Txn.executeRead(served, () -> {
            for (String name : graphs.graphs()) {
                Node graphName = NodeFactory.createURI(name);
                Graph copy = GraphFactory.createDefaultGraph();
                served.getGraph(graphName).find().forEachRemaining(format.quads ? copy::add : union::add);
                if (format.quads) {
                    content.addGraph(graphName, copy);
                }
            }
        });
        description(graphs).getGraph().find().forEachRemaining(union::add);
        content.prefixes().putAll(Publication.prefixes());
        return content;
    }

    /** The dump's own description: the dataset, its licence and rights, the graphs this dump holds. */
    public static Model description(DumpGraphs graphs) {
        Model model = ModelFactory.createDefaultModel();
        Resource dataset = Publication.describe(model);
        for (String graph : graphs.graphs()) {
            dataset.addProperty(DCTerms.hasPart, model.createResource(graph));
        }
        return model;
    }

    /** Writes a dump (header comment where the format has comments, then the content). */
    public static void write(DatasetGraph served, DumpGraphs graphs, DumpFormat format, OutputStream out) {
        writeContent(content(served, graphs, format), graphs, format, out);
    }

    /** Writes prepared {@link #content} as a dump. */
    public static void writeContent(DatasetGraph content, DumpGraphs graphs, DumpFormat format, OutputStream out) {
        try {
            if (format == DumpFormat.RDFXML) {
                writeRdfXml(content, graphs, out);
            } else {
                if (format.hashComments()) {
                    out.write(header(graphs, format, "# ").getBytes(StandardCharsets.UTF_8));
                }
                if (format.quads) {
                    RDFDataMgr.write(out, content, format.rdfFormat());
                } else {
                    RDFDataMgr.write(out, model(content), format.rdfFormat());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a dump: quads in TriG and JSON-LD, triples otherwise. */
    public static long size(DatasetGraph content) {
        return content.stream().count();
    }

    /** The header comment's lines, each starting with {@code marker}. */
    static String header(DumpGraphs graphs, DumpFormat format, String marker) {
        String names = graphs.graphs().stream().map(g -> "<" + g + ">").collect(Collectors.joining(" "));
        return marker + Publication.TITLE + ": a dump in " + format.title + ".\n"
                + marker + (format.quads ? "Named graphs: " : "The union of the graphs ") + names + ".\n"
                + marker + "Licence: " + Publication.DATA_LICENCE_NAME + ", " + Publication.DATA_LICENCE + "\n"
                + marker + "Cite as \"" + Publication.TITLE + "\", " + Publication.DATASET + ".\n"
                + marker + "Quotes from source documents remain their authors'. The code: "
                + Publication.CODE_LICENCE_NAME + ".\n";
    }

    /** RDF/XML with the header as an XML comment after the XML declaration (if the writer gives one). */
    private static void writeRdfXml(DatasetGraph content, DumpGraphs graphs, OutputStream out) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, model(content), DumpFormat.RDFXML.rdfFormat());
        String xml = body.toString(StandardCharsets.UTF_8);
        String comment = "<!--\n" + header(graphs, DumpFormat.RDFXML, "  ").replace("--", "-") + "-->\n";
        int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String head = xml.substring(0, at);
        String rest = xml.substring(at);
        out.write((head + (at > 0 ? "\n" : "") + comment + rest.stripLeading()).getBytes(StandardCharsets.UTF_8));
    }

    private static Model model(DatasetGraph content) {
        Model model = ModelFactory.createModelForGraph(content.getDefaultGraph());
        model.setNsPrefixes(Publication.prefixes());
        return model;
    }
}
