package org.cybernorms.cen.reasoner;

import org.cybernorms.cen.owl.HermitReasonerFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.core.TurtleFiles;
import org.cybernorms.cen.reasoner.dl.DlStage;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.cybernorms.cen.reasoner.explain.InconsistencyExplainer;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Checks a loaded knowledge base: the bundled SHACL shapes over ontology + data, then
 * consistency under HermiT. Changes nothing.
 */
public final class Validation {

    /** The class-path folder of the bundled SHACL shapes. */
    public static final String SHAPES_FOLDER = "shapes";

    /** The classes whose instances {@link #validate} counts, in the order shown. */
    public static final List<Resource> COUNTED = List.of(CEN.State, CEN.Position, CEN.Norm, CEN.CyberOperation,
            CEN.Attribution, CEN.Response, CEN.Citation);

    /**
     * What {@link #validate} found.
     *
     * @param counts the instances of each {@link #COUNTED} class (subclasses included)
     * @param errors one message per error (one per SHACL violation), each starting with its error name
     */
    public record Result(Map<Resource, Long> counts, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private Validation() {}

    /** Validates shapes and consistency; inconsistent data are explained with the files of their facts. */
    public static Result validate(KnowledgeBase kb) {
        List<String> errors = new ArrayList<>();
        ValidationReport report = shapeReport(kb);
        if (!report.conforms()) {
            new ShapeViolationException(report).violations()
                    .forEach(line -> errors.add(ErrorName.SHACL_VIOLATION + ": " + line));
        }
        OWLOntology owl = OwlJenaBridge.toOwl(kb.ontology(), kb.data());
        OWLReasoner hermit = HermitReasonerFactory.reasoner(owl);
        try {
            if (!hermit.isConsistent()) {
                errors.add(InconsistencyExplainer.explain(owl, kb.inputs().all()).getMessage());
            }
        } finally {
            hermit.dispose();
        }
        return new Result(counts(kb.asserted()), errors);
    }

    /**
     * Checks the ontology and data graphs against the bundled shapes before anything is
     * inferred or served; changes nothing.
     *
     * @throws ShapeViolationException when any shape is violated
     */
    public static void checkShapes(KnowledgeBase kb) {
        ValidationReport report = shapeReport(kb);
        if (!report.conforms()) {
            throw new ShapeViolationException(report);
        }
    }

    /** The SHACL report of the bundled shapes over ontology + data. */
    public static ValidationReport shapeReport(KnowledgeBase kb) {
        return ShaclValidator.get().validate(BundledShapes.SHAPES, kb.asserted());
    }

    /**
     * Checks the bundled shapes over ontology + data for these nodes only, each against
     * every shape that targets it in the whole graph: what the full check reports about
     * them, without visiting the rest (a case tried with an already valid knowledge base,
     * {@link CaseReasoner}).
     *
     * @throws ShapeViolationException when any shape is violated at one of the nodes
     */
    public static void checkShapes(KnowledgeBase kb, Collection<Node> focusNodes) {
        ValidationReport report = shapeReport(kb, focusNodes);
        if (!report.conforms()) {
            throw new ShapeViolationException(report);
        }
    }

    /** The SHACL report of the bundled shapes over ontology + data, for these focus nodes only. */
    public static ValidationReport shapeReport(KnowledgeBase kb, Collection<Node> focusNodes) {
        Graph asserted = kb.asserted();
        ValidationContext context = ValidationContext.create(BundledShapes.SHAPES, asserted);
        for (Node node : focusNodes) {
            for (Shape shape : BundledShapes.SHAPES.getTargetShapes()) {
                if (VLib.isFocusNode(shape, node, asserted)) {
                    ValidationProc.execValidateShape(context, asserted, shape, node);
                }
            }
        }
        return context.generateReport();
    }

    private static Map<Resource, Long> counts(Graph asserted) {
        Map<Resource, Long> counts = new LinkedHashMap<>();
        for (Resource counted : COUNTED) {
            counts.put(counted, (long) instances(asserted, counted.asNode()).size());
        }
        return counts;
    }

    /** The instances of a class and of its asserted subclasses, each once. */
    private static Graph instances(Graph asserted, Node type) {
        Graph found = GraphFactory.createDefaultGraph();
        List<Node> classes = new ArrayList<>(List.of(type));
        for (int i = 0; i < classes.size(); i++) {
            asserted.find(Node.ANY, RDF.type.asNode(), classes.get(i))
                    .forEachRemaining(t -> found.add(t.getSubject(), RDF.type.asNode(), type));
            asserted.find(Node.ANY, RDFS.subClassOf.asNode(), classes.get(i)).forEachRemaining(t -> {
                if (!classes.contains(t.getSubject())) {
                    classes.add(t.getSubject());
                }
            });
        }
        return found;
    }

    /** The bundled shapes, parsed once, when first needed. */
    private static final class BundledShapes {
        static final Shapes SHAPES = Shapes.parse(DatasetLoader.parseAll(TurtleFiles.onClasspath(SHAPES_FOLDER)));
    }
}
