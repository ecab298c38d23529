package org.cybernorms.cen.reasoner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.cybernorms.cen.reasoner.dl.AxiomRenderer;
import org.cybernorms.cen.reasoner.explain.DlJustifier;
import org.cybernorms.cen.reasoner.explain.Grounds;
import org.cybernorms.cen.reasoner.explain.RuleMatcher;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.semanticweb.owlapi.model.OWLAxiom;

/**
 * Explains a triple of a reasoned knowledge base: the OWL axioms of a justification, or
 * the rule and its bindings, then the asserted facts used and each fact's citations
 * (source, locator, verbatim quote). A conclusion resting on a norm assessment or a
 * doctrine verdict also says what that rests on ({@link Grounds}): the claims with
 * claimant, date and confidence, the positions the reading needs and those contesting it,
 * the fact left unknown, with their quotes.
 */
public final class Explainer {

    /** How a triple stands in the dataset. */
    public enum Verdict { ASSERTED, INFERRED_BY_OWL, INFERRED_BY_RULE, DOES_NOT_FOLLOW }

    /** One citation behind a fact. */
    public record Citation(String resource, String source, String locator, String quote) {}

    /** The explanation of one triple; {@link #render()} gives it as text. */
    public record Explanation(Triple triple, Verdict verdict, List<String> steps, List<Triple> facts,
            List<Citation> citations) {

        public String render() {
            StringBuilder out = new StringBuilder();
            out.append(AxiomRenderer.shorten(triple.getSubject() + " " + triple.getPredicate() + " " + triple.getObject()))
                    .append('\n');
            out.append(switch (verdict) {
                case ASSERTED -> "is asserted in the data.\n";
                case INFERRED_BY_OWL -> "follows from these axioms of the ontology and facts of the data:\n";
                case INFERRED_BY_RULE -> "follows by a rule of the rule stage:\n";
                case DOES_NOT_FOLLOW -> "does not follow from the ontology and the data.\n";
            });
            steps.forEach(step -> out.append("  ").append(step).append('\n'));
            if (!citations.isEmpty()) {
                out.append("sources:\n");
                for (Citation c : citations) {
                    out.append("  ").append(AxiomRenderer.shorten(c.resource())).append(": ").append(c.source()).append(", ")
                            .append(c.locator()).append(": \"").append(c.quote()).append("\"\n");
                }
            }
            return out.toString();
        }
    }

    private Explainer() {}

    /** Explains the triple over the knowledge base and what was inferred from it. */
    public static Explanation explain(Reasoned reasoned, Triple triple) {
        return explain(reasoned, triple, true);
    }

    /**
     * Explains the triple; with {@code justifyOwl} false an OWL conclusion is named as one,
     * with the citations of its subject and of the claims about it, but without its
     * justification, which costs HermiT about a second (the server's {@code /try} explains
     * every conclusion of a case this way unless asked for more).
     */
    public static Explanation explain(Reasoned reasoned, Triple triple, boolean justifyOwl) {
        Graph ontology = reasoned.asserted().ontology();
        Graph data = reasoned.asserted().data();
        Graph inferred = reasoned.inferred();
        Graph all = new MultiUnion(new Graph[] {ontology, data, inferred});
        if (data.contains(triple) || ontology.contains(triple)) {
            return new Explanation(triple, Verdict.ASSERTED, List.of(), List.of(triple),
                    citations(all, List.of(triple)));
        }
        if (!inferred.contains(triple)) {
            return new Explanation(triple, Verdict.DOES_NOT_FOLLOW, List.of(), List.of(), List.of());
        }
        Optional<RuleMatcher.Match> rule = RuleMatcher.match(RuleStage.bundledRules(), all, triple);
        if (rule.isPresent()) {
            List<String> steps = new ArrayList<>();
            steps.add("rule " + rule.get().rule());
            rule.get().bindings().forEach((name, value) -> steps.add("  ?" + name + " = " + AxiomRenderer.shorten(value.toString())));
            List<Triple> facts = rule.get().facts().stream().filter(all::contains).toList();
            facts.forEach(f -> steps.add("fact: " + AxiomRenderer.shorten(f.getSubject() + " " + f.getPredicate() + " " + f.getObject())
                    + (inferred.contains(f) ? "    [inferred: explain it in turn]" : "")));
            List<Triple> withTriple = new ArrayList<>(facts);
            withTriple.add(triple);
            Grounds.Description grounds = Grounds.of(all, withTriple);
            if (!grounds.lines().isEmpty()) {
                steps.add("which rests on:");
                grounds.lines().forEach(line -> steps.add("  " + line));
            }
            List<Citation> citations = new ArrayList<>(citations(all, facts));
            citations.addAll(citations(all, grounds.cited()));
            return new Explanation(triple, Verdict.INFERRED_BY_RULE, steps, facts, citations.stream().distinct().toList());
        }
        if (!justifyOwl) {
            return unjustified(all, triple);
        }
        return byOwl(ontology, data, all, triple);
    }

    /** An OWL conclusion without its justification: the citations of its subject and of the claims about it. */
    private static Explanation unjustified(Graph all, Triple triple) {
        Set<Node> cited = new LinkedHashSet<>();
        cited.add(triple.getSubject());
        all.find(Node.ANY, CEN.attributedOperation.asNode(), triple.getSubject())
                .forEachRemaining(claim -> cited.add(claim.getSubject()));
        return new Explanation(triple, Verdict.INFERRED_BY_OWL,
                List.of("follows from the ontology's axioms and the facts of the data (ask for the justification "
                        + "to see which)"), List.of(), citations(all, cited));
    }

    /** The justification of an OWL entailment: its axioms and facts, facts last. */
    private static Explanation byOwl(Graph ontology, Graph data, Graph all, Triple triple) {
        Set<OWLAxiom> axioms = DlJustifier.justify(OwlJenaBridge.toOwl(ontology, data), triple).orElse(Set.of());
        AxiomRenderer renderer = new AxiomRenderer();
        List<String> steps = new ArrayList<>();
        List<Triple> facts = new ArrayList<>();
        axioms.stream().sorted(Comparator.comparing(
                (OWLAxiom a) -> OwlJenaBridge.assertionTriple(a).isPresent()).thenComparing(renderer::render))
                .forEach(axiom -> {
                    Optional<Triple> fact = OwlJenaBridge.assertionTriple(axiom);
                    fact.ifPresent(facts::add);
                    steps.add((fact.isPresent() ? "fact:  " : "axiom: ") + renderer.render(axiom));
                });
        return new Explanation(triple, Verdict.INFERRED_BY_OWL, steps, facts, citations(all, facts));
    }

    /** The citations of every resource that is the subject of a fact. */
    private static List<Citation> citations(Graph graph, List<Triple> facts) {
        Set<Node> subjects = new LinkedHashSet<>();
        facts.forEach(f -> subjects.add(f.getSubject()));
        return citations(graph, subjects);
    }

    /** The citations of these resources: source, locator and quote. */
    private static List<Citation> citations(Graph graph, Set<Node> subjects) {
        List<Citation> citations = new ArrayList<>();
        var model = ModelFactory.createModelForGraph(graph);
        for (Node subject : subjects) {
            if (!subject.isURI()) {
                continue;
            }
            try (QueryExecution execution = QueryExecution.model(model).query(CITATIONS)
                    .substitution("resource", model.wrapAsResource(subject)).build()) {
                execution.execSelect().forEachRemaining(row -> citations.add(new Citation(subject.getURI(),
                        row.getLiteral("title").getString(), row.getLiteral("locator").getString(),
                        row.getLiteral("quote").getString())));
            }
        }
        return citations;
    }

    /**
     * The citations of {@code ?resource}, parsed once: the server explains every conclusion
     * of a tried case, and parsing this for each of them was most of the time it took.
     */
    private static final Query CITATIONS = citationsQuery();

    private static Query citationsQuery() {
        Query query = QueryFactory.create("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dct:  <http://purl.org/dc/terms/>
                PREFIX cen:  <https://w3id.org/cyber-election-norms/ontology#>
                SELECT ?title ?locator ?quote WHERE {
                  ?resource prov:wasDerivedFrom ?citation .
                  ?citation dct:source ?source ; cen:locator ?locator ; cen:quote ?quote .
                  OPTIONAL { ?source dct:title ?t }
                  BIND (COALESCE(STR(?t), STR(?source)) AS ?title)
                } ORDER BY ?title ?locator""");
        // Fixed now, before threads share it (Jena sets them lazily on first use).
        query.ensureResultVars();
        return query;
    }
}
