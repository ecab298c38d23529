package org.cybernorms.cen.reasoner.fast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Node_RuleVariable;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.KnowledgeBase;

/**
 * Measures the choice of materialiser: the same compiled rules run by this package's
 * {@link Materialiser} and by Jena's {@link GenericRuleReasoner} in forward RETE mode,
 * over the same facts, timed in the same JVM (best of three each). A benchmark, not a
 * test: it prints figures (after each run, as RETE can take minutes) and asserts nothing.
 *
 * <p>Run after {@code cen generate} (or the benchmark) has written a folder:
 * {@code java -cp ... org.cybernorms.cen.reasoner.fast.ReteComparison target/bench/operations-10000}.
 */
public final class ReteComparison {

    private ReteComparison() {}

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBase.load(List.of(Path.of(args[0])));
        Graph ontology = kb.ontology();
        Graph data = kb.data();
        RuleSet rules = RuleSet.compile(ontology, data);
        Set<Node> predicates = rules.predicates();
        Graph facts = GraphFactory.createDefaultGraph();
        for (Graph graph : List.of(ontology, data)) {
            graph.find().forEachRemaining(t -> {
                if (t.getPredicate().equals(RDF.type.asNode()) || predicates.contains(t.getPredicate())) {
                    facts.add(t);
                }
            });
        }
        List<Rule> jenaRules = jena(rules);
        long ownBest = Long.MAX_VALUE;
        long jenaBest = Long.MAX_VALUE;
        long ownSize = 0;
        long jenaSize = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            FactStore store = new FactStore();
            Materialiser materialiser = new Materialiser(store, rules.rules());
            FactLoader loader = new FactLoader(store, materialiser, predicates);
            loader.load(facts);
            materialiser.run();
            ownBest = Math.min(ownBest, (System.nanoTime() - start) / 1_000_000);
            ownSize = store.size();

            start = System.nanoTime();
            GenericRuleReasoner reasoner = new GenericRuleReasoner(jenaRules);
            reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
            InfGraph inf = reasoner.bind(facts);
            inf.prepare();
            jenaSize = inf.size();
            jenaBest = Math.min(jenaBest, (System.nanoTime() - start) / 1_000_000);
            System.out.printf("run %d: own %d ms, RETE %d ms%n", run + 1, ownBest, jenaBest);
        }
        System.out.printf("%d facts in, %d rules: semi-naive materialiser %d ms (%d facts out), "
                + "Jena forward RETE %d ms (%d triples out): RETE/own %.1f%n", facts.size(), rules.rules().size(),
                ownBest, ownSize, jenaBest, jenaSize, (double) jenaBest / Math.max(1, ownBest));
    }

    /** The same rules in Jena's form; a clash rule derives a marker triple instead of stopping. */
    private static List<Rule> jena(RuleSet rules) {
        List<Rule> out = new ArrayList<>();
        Node clash = NodeFactory.createURI("urn:cen:fast:clash");
        int n = 0;
        for (org.cybernorms.cen.reasoner.fast.Rule rule : rules.rules()) {
            List<ClauseEntry> body = new ArrayList<>();
            for (Atom atom : rule.body()) {
                body.add(pattern(atom));
            }
            TriplePattern head = rule.isClash() ? new TriplePattern(clash, clash, clash) : pattern(rule.head());
            Rule jenaRule = new Rule("r" + n++, List.<ClauseEntry>of(head), body);
            jenaRule.setNumVars(64);
            out.add(jenaRule);
        }
        return out;
    }

    private static TriplePattern pattern(Atom atom) {
        return new TriplePattern(node(atom.subject()), atom.predicate(), node(atom.object()));
    }

    private static Node node(Term term) {
        return term.isVariable() ? new Node_RuleVariable("?v" + term.variable(), term.variable()) : term.constant();
    }
}
