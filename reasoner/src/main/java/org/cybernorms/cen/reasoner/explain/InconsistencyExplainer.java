package org.cybernorms.cen.reasoner.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.core.TripleOrigins;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.dl.AxiomRenderer;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationException;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.impl.blackbox.checker.InconsistentOntologyExplanationGeneratorFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;

/**
 * Explains why ontology + data are inconsistent: one minimal set of axioms (a
 * justification of {@code owl:Thing ⊑ owl:Nothing}), ontology axioms first, then the data
 * facts with the files they came from.
 */
public final class InconsistencyExplainer {

    private static final long ENTAILMENT_CHECK_TIMEOUT_MS = 30_000;

    private InconsistencyExplainer() {}

    /** Returns the exception to throw; the inputs name the files facts came from (may be empty). */
    public static InconsistentDataException explain(OWLOntology ontology, List<RdfSource> inputs) {
        OWLDataFactory factory = ontology.getOWLOntologyManager().getOWLDataFactory();
        ExplanationGenerator<OWLAxiom> generator = new InconsistentOntologyExplanationGeneratorFactory(
                new HermitReasonerFactory(), factory, OWLManager::createOWLOntologyManager, ENTAILMENT_CHECK_TIMEOUT_MS)
                .createExplanationGenerator(ontology);
        Set<Explanation<OWLAxiom>> explanations;
        try {
            explanations = generator.getExplanations(factory.getOWLSubClassOfAxiom(factory.getOWLThing(),
                    factory.getOWLNothing()), 1);
        } catch (ExplanationException e) {
            return new InconsistentDataException(List.of("(no explanation could be computed: " + e.getMessage() + ")"));
        }
        if (explanations.isEmpty()) {
            return new InconsistentDataException(List.of("(no explanation could be computed)"));
        }
        return new InconsistentDataException(render(explanations.iterator().next().getAxioms(), inputs));
    }

    private static List<String> render(Set<OWLAxiom> axioms, List<RdfSource> inputs) {
        AxiomRenderer renderer = new AxiomRenderer();
        List<OWLAxiom> sorted = new ArrayList<>(axioms);
        sorted.sort(Comparator.comparing((OWLAxiom a) -> OwlJenaBridge.assertionTriple(a).isPresent())
                .thenComparing(renderer::render));
        List<Triple> facts = sorted.stream().map(OwlJenaBridge::assertionTriple).flatMap(Optional::stream).toList();
        Map<Triple, List<String>> origins = TripleOrigins.locate(facts, inputs);
        List<String> lines = new ArrayList<>();
        for (OWLAxiom axiom : sorted) {
            Optional<Triple> fact = OwlJenaBridge.assertionTriple(axiom);
            String where = fact.map(t -> origins.getOrDefault(t, List.of()))
                    .map(files -> files.isEmpty() ? "data fact" : "data fact from " + String.join(", ", files))
                    .orElse("ontology axiom");
            lines.add(renderer.render(axiom) + "    [" + where + "]");
        }
        return lines;
    }
}
