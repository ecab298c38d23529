package org.cybernorms.cen.server.tryout;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.reasoner.Explainer;
import org.cybernorms.cen.reasoner.Reasoned;

/**
 * Tries a researcher's case: its Turtle is parsed, checked and reasoned with the knowledge
 * base ({@link org.cybernorms.cen.reasoner.CaseReasoner}, which gives what
 * {@code cen reason --data case.ttl} gives), and compared with what the knowledge base
 * gives alone. The served dataset is never touched: the base is its own parse of the
 * inputs, and the case is read beside it through a view that nothing writes to.
 */
final class CaseTrial {

    /** The name errors give the case. */
    static final String CASE_NAME = "your case";

    private static final Set<Node> ATTRIBUTION = Set.of(CEN.attributableTo.asNode(), CEN.allegedlyAttributableTo.asNode());
    private static final Set<Node> ASSESSMENT = Set.of(CEN.violates.asNode(), CEN.contraryTo.asNode());
    private static final Set<Node> VERDICT = Set.of(CEN.verdictOn.asNode(), CEN.contraryToDoctrineOf.asNode(),
            CEN.consistentWithDoctrineOf.asNode(), CEN.undeterminedUnderDoctrineOf.asNode());
    private static final Set<Node> POSITION = Set.of(CEN.conflictsWith.asNode(), CEN.agreesWith.asNode(),
            CEN.disagreesWith.asNode());

    private CaseTrial() {}

    /**
     * Reasons the case with the base. Errors in the case (syntax, shapes, consistency)
     * come back in the trial, with lines where they can be found; anything else is thrown.
     *
     * @param explain whether each conclusion is explained (the page shows explanations, RDF answers do not)
     * @param justifyOwl whether OWL conclusions get their HermiT justification (slow)
     */
    static Trial run(TryBase base, byte[] turtle, boolean explain, boolean justifyOwl) {
        long start = System.nanoTime();
        RdfSource source = new RdfSource(CASE_NAME, CEN.ID, () -> new ByteArrayInputStream(turtle));
        try {
            Graph caseGraph = DatasetLoader.parseAll(List.of(source));
            Reasoned reasoned = base.reasoner().withCase(caseGraph, source);
            Graph baseInferred = base.reasoner().base().inferred();
            Graph inferred = GraphFactory.createDefaultGraph();
            reasoned.inferred().find().forEachRemaining(t -> {
                if (!baseInferred.contains(t)) {
                    inferred.add(t);
                }
            });
            List<Triple> withdrawn = baseInferred.find().filterDrop(reasoned.inferred()::contains).toList();
            List<Conclusion> conclusions = explain ? conclusions(reasoned, inferred, justifyOwl) : List.of();
            return new Trial(conclusions, withdrawn, inferred, List.of(), null, since(start));
        } catch (CenException e) {
            return new Trial(List.of(), List.of(), GraphFactory.createDefaultGraph(), CaseErrors.of(e, turtle),
                    e.errorName().name(), since(start));
        }
    }

    /** The new triples, an assessment's or verdict's together, each explained once. */
    private static List<Conclusion> conclusions(Reasoned reasoned, Graph inferred, boolean justifyOwl) {
        Graph all = new MultiUnion(new Graph[] {reasoned.asserted().ontology(), reasoned.asserted().data(), reasoned.inferred()});
        Map<Node, List<Triple>> nodes = new LinkedHashMap<>();
        List<Triple> single = new ArrayList<>();
        inferred.find().forEachRemaining(t -> {
            if (isNode(all, t.getSubject())) {
                nodes.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
            } else {
                single.add(t);
            }
        });
        List<Conclusion> conclusions = new ArrayList<>();
        nodes.forEach((node, triples) -> {
            Triple headline = triples.stream().filter(t -> t.getPredicate().equals(CEN.outcome.asNode())).findFirst()
                    .orElse(triples.get(0));
            Conclusion.Section section = all.contains(node, RDF.type.asNode(), CEN.NormAssessment.asNode())
                    ? Conclusion.Section.ASSESSMENT : Conclusion.Section.VERDICT;
            conclusions.add(new Conclusion(section, node, triples, Explainer.explain(reasoned, headline, justifyOwl)));
        });
        for (Triple t : single) {
            conclusions.add(new Conclusion(section(t), t.getSubject(), List.of(t), Explainer.explain(reasoned, t, justifyOwl)));
        }
        conclusions.sort((a, b) -> a.section().compareTo(b.section()));
        return conclusions;
    }

    /** An assessment or a verdict: a node the rules made, shown with all its triples. */
    private static boolean isNode(Graph all, Node subject) {
        return all.contains(subject, RDF.type.asNode(), CEN.NormAssessment.asNode())
                || all.contains(subject, RDF.type.asNode(), CEN.DoctrineVerdict.asNode());
    }

    private static Conclusion.Section section(Triple t) {
        Node p = t.getPredicate();
        if (ATTRIBUTION.contains(p)) {
            return Conclusion.Section.ATTRIBUTION;
        }
        if (ASSESSMENT.contains(p)) {
            return Conclusion.Section.ASSESSMENT;
        }
        if (VERDICT.contains(p)) {
            return Conclusion.Section.VERDICT;
        }
        if (p.equals(CEN.failsCondition.asNode())) {
            return Conclusion.Section.CONDITION;
        }
        if (POSITION.contains(p) || t.getObject().equals(CEN.ReportedPosition.asNode())) {
            return Conclusion.Section.POSITION;
        }
        return Conclusion.Section.OTHER;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
