package org.cybernorms.cen.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads Turtle documents into a {@link Dataset}: ontology documents into the
 * {@link CEN#GRAPH_ONTOLOGY} graph and data documents into {@link CEN#GRAPH_DATA}.
 *
 * <p>All or nothing: every document is parsed before any triple is added, and the first
 * error (including parser warnings such as an ill-formed literal, which would otherwise be
 * loaded silently) throws a {@link CenInputException} naming the file, line and column.
 */
public final class DatasetLoader {

    private DatasetLoader() {}

    /** Returns a new in-memory dataset holding the given ontology and data documents. */
    public static Dataset load(List<RdfSource> ontology, List<RdfSource> data) {
        Dataset dataset = DatasetFactory.createTxnMem();
        addTo(dataset, ontology, data);
        return dataset;
    }

    /**
     * Adds the documents to an existing dataset; on any error the dataset is left as it
     * was.
     */
    public static void addTo(Dataset dataset, List<RdfSource> ontology, List<RdfSource> data) {
        Graph ontologyTriples = parseAll(ontology);
        Graph dataTriples = parseAll(data);
        dataset.executeWrite(() -> {
            addAll(dataset, CEN.GRAPH_ONTOLOGY, ontologyTriples);
            addAll(dataset, CEN.GRAPH_DATA, dataTriples);
        });
    }

    /** Parses the documents into one new graph, or throws on the first error. */
    public static Graph parseAll(List<RdfSource> sources) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (RdfSource source : sources) {
            parseInto(source, graph);
        }
        return graph;
    }

    private static void parseInto(RdfSource source, Graph graph) {
        // Parse into a scratch graph first so a document that fails half-way adds nothing.
        Graph scratch = GraphFactory.createDefaultGraph();
        try (InputStream in = source.opener().open()) {
            String text = StrictUtf8.decode(in.readAllBytes(), source.name());
            RDFParser.fromString(text, Lang.TURTLE)
                    .base(source.baseIri())
                    .errorHandler(new StrictErrorHandler(source.name()))
                    .parse(scratch);
        } catch (CenInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new CenInputException(ErrorName.TURTLE_SYNTAX, source.name(), CenException.rootMessage(e));
        } catch (IOException e) {
            throw new CenInputException(ErrorName.UNREADABLE_INPUT, source.name(), CenException.rootMessage(e));
        }
        GraphUtil.addInto(graph, scratch);
    }

    private static void addAll(Dataset dataset, String graphName, Graph triples) {
        GraphUtil.addInto(dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graphName)), triples);
    }

    /** Turns every parser complaint, warnings included, into a located exception. */
    private record StrictErrorHandler(String file) implements ErrorHandler {

        @Override
        public void warning(String message, long line, long col) {
            throw new CenInputException(ErrorName.TURTLE_SYNTAX, file, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new CenInputException(ErrorName.TURTLE_SYNTAX, file, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new CenInputException(ErrorName.TURTLE_SYNTAX, file, line, col, message);
        }
    }
}
