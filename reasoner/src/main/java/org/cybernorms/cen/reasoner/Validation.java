package org.cybernorms.cen.reasoner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.core.TurtleFiles;
import org.cybernorms.cen.reasoner.engine.DlStage;
import org.cybernorms.cen.reasoner.engine.OwlJenaBridge;
import org.cybernorms.cen.reasoner.explain.InconsistencyExplainer;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Checks a loaded knowledge base: the SHACL shapes of the data module over ontology +
 * data, then consistency under HermiT. Returns what it found; changes nothing.
 */
public final class Validation {

    /** The class-path folder of the bundled SHACL shapes. */
    public static final String SHAPES_FOLDER = "shapes";

    /** What {@link #validate} found: counts of what is there, and the errors. */
    public record Result(Map<String, Long> counts, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final Map<String, String> COUNTED = countedClasses();

    private Validation() {}

    /** Validates the dataset; inputs name the file of a clashing fact (may be empty). */
    public static Result validate(Dataset dataset, List<RdfSource> inputs) {
        Graph ontology = graph(dataset, CEN.GRAPH_ONTOLOGY);
        Graph data = graph(dataset, CEN.GRAPH_DATA);
        MultiUnion union = new MultiUnion(new Graph[] {ontology, data});
        List<String> errors = new ArrayList<>();
        shapeViolations(dataset).forEach(line -> errors.add("SHACL_VIOLATION: " + line));
        OWLOntology owl = OwlJenaBridge.toOwl(ontology, data);
        OWLReasoner hermit = DlStage.hermit(owl);
        try {
            if (!hermit.isConsistent()) {
                errors.add(InconsistencyExplainer.explain(owl, inputs).getMessage());
            }
        } finally {
            hermit.dispose();
        }
        return new Result(counts(union), errors);
    }

    /**
     * Checks the ontology and data graphs against the bundled shapes before anything is
     * inferred or served; changes nothing.
     *
     * @throws ShapeViolationException when any shape is violated
     */
    public static void checkShapes(Dataset dataset) {
        List<String> violations = shapeViolations(dataset);
        if (!violations.isEmpty()) {
            throw new ShapeViolationException(violations);
        }
    }

    /** One line per SHACL violation: the shape, the focus node, the path and the message. */
    public static List<String> shapeViolations(Dataset dataset) {
        Shapes shapes = Shapes.parse(DatasetLoader.parseAll(TurtleFiles.onClasspath(SHAPES_FOLDER)));
        return dataset.calculateRead(() -> {
            Graph union = new MultiUnion(new Graph[] {
                dataset.asDatasetGraph().getGraph(NodeFactory.createURI(CEN.GRAPH_ONTOLOGY)),
                dataset.asDatasetGraph().getGraph(NodeFactory.createURI(CEN.GRAPH_DATA))});
            ValidationReport report = ShaclValidator.get().validate(shapes, union);
            List<String> lines = new ArrayList<>();
            for (ReportEntry entry : report.getEntries()) {
                lines.add("shape " + entry.source() + ", node " + entry.focusNode()
                        + (entry.resultPath() == null ? "" : ", path " + entry.resultPath())
                        + ": " + entry.message());
            }
            return lines;
        });
    }

    private static Map<String, Long> counts(Graph union) {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTED.forEach((label, classIri) -> {
            String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a/rdfs:subClassOf* <" + classIri + "> }";
            try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(union))
                    .query(query).build()) {
                counts.put(label, execution.execSelect().next().getLiteral("n").getLong());
            }
        });
        return counts;
    }

    private static Map<String, String> countedClasses() {
        Map<String, String> counted = new LinkedHashMap<>();
        counted.put("States", CEN.State.getURI());
        counted.put("positions", CEN.Position.getURI());
        counted.put("norms", CEN.Norm.getURI());
        counted.put("operations", CEN.CyberOperation.getURI());
        counted.put("attributions", CEN.Attribution.getURI());
        counted.put("responses", CEN.Response.getURI());
        counted.put("citations", CEN.Citation.getURI());
        return counted;
    }

    private static Graph graph(Dataset dataset, String name) {
        return dataset.calculateRead(() -> dataset.asDatasetGraph().getGraph(NodeFactory.createURI(name)));
    }
}
