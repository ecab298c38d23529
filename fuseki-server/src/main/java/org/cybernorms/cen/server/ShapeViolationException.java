package org.cybernorms.cen.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.TurtleFiles;

/**
 * The data break the bundled SHACL shapes (a position without a citation, an answer of an
 * unknown question, a real State without its ISO code...). {@code cen reason} and
 * {@code cen serve} check the shapes before reasoning, as {@code cen validate} does, so
 * nothing is inferred or served from such data. The message has one line per violation:
 * shape, node, path and the shape's message.
 */
public class ShapeViolationException extends CenInputException {

    private static final long serialVersionUID = 1L;

    /** The class-path folder of the bundled shapes (the data module's). */
    private static final String SHAPES_FOLDER = "shapes";

    private final transient List<String> violations;

    public ShapeViolationException(List<String> violations) {
        super("SHACL_VIOLATION", "ontology + data", violations.size() + " violation(s) of the shapes:\n  "
                + String.join("\n  ", violations));
        this.violations = List.copyOf(violations);
    }

    /** One line per violation. */
    public List<String> violations() {
        return violations;
    }

    /**
     * Validates the ontology and data graphs of the dataset against the bundled shapes;
     * changes nothing.
     *
     * @throws ShapeViolationException when any shape is violated
     */
    public static void check(Dataset dataset) {
        Graph union = dataset.calculateRead(() -> new MultiUnion(new Graph[] {
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(CEN.GRAPH_ONTOLOGY)),
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(CEN.GRAPH_DATA))}));
        Shapes shapes = Shapes.parse(DatasetLoader.parseAll(TurtleFiles.onClasspath(SHAPES_FOLDER)));
        ValidationReport report = dataset.calculateRead(() -> ShaclValidator.get().validate(shapes, union));
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            lines.add("shape " + entry.source() + ", node " + entry.focusNode()
                    + (entry.resultPath() == null ? "" : ", path " + entry.resultPath()) + ": " + entry.message());
        }
        if (!lines.isEmpty()) {
            throw new ShapeViolationException(lines);
        }
    }
}
