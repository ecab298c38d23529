package org.cybernorms.cen.reasoner.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.ClasspathResources;

/**
 * The rule stage: SPARQL CONSTRUCT rules, for what OWL cannot say (comparisons,
 * "another State", absence), run over the asserted and inferred triples until no rule adds
 * anything new.
 */
public final class RuleStage {

    /** The class-path folder of the bundled rules. */
    public static final String RULES_FOLDER = "rules";

    private RuleStage() {}

    /** A parsed rule and the file it came from. */
    public record Rule(String name, Query query) {}

    /**
     * The bundled rules, in file-name order, parsed once per JVM: listing them opens the
     * jar as a file system, and the server's {@code /try} and the explainer ask for them on
     * every case and every conclusion. The list is immutable and its queries are only read
     * (the explainer clones before it changes one).
     */
    public static List<Rule> bundledRules() {
        return BundledRules.RULES;
    }

    /** The bundled rules, parsed when first needed. */
    private static final class BundledRules {
        static final List<Rule> RULES = parseBundled();

        private static List<Rule> parseBundled() {
            List<Rule> rules = new ArrayList<>();
            for (String resource : ClasspathResources.list(RULES_FOLDER, ".rq")) {
                rules.add(parse(resource, ClasspathResources.read(resource)));
            }
            return List.copyOf(rules);
        }
    }

    /** Parses a rule; it must be a CONSTRUCT query that does not count (see {@link UnionView}). */
    public static Rule parse(String name, String text) {
        Query query = QueryFactory.create(text);
        if (!query.isConstructType()) {
            throw new IllegalArgumentException(name + ": a rule must be a CONSTRUCT query");
        }
        UnionView.requireNoCounting(name, query);
        // Fixes the variables now: Jena sets them lazily on first use, which two threads
        // running the same rule at once must not both do.
        query.ensureResultVars();
        return new Rule(name, query);
    }

    /**
     * Runs the rules to a fixpoint and adds their new triples to {@code inferred}
     * (which is changed). {@code asserted} is read only.
     *
     * <p>Rules run in list order, pass after pass, each seeing what the rules before it
     * added, as a plain fixpoint loop would run them. But a rule runs again only when a
     * predicate it reads ({@link RuleReads}) gained a triple since it last ran, its own
     * additions included (for {@code rdf:type}, a type of a class it asks about): otherwise it would derive exactly what it derived before, all of
     * which is already there. So the result is the plain loop's, without the passes that
     * only confirm it (on the bundled rules every rule runs once).
     *
     * @return the number of triples added
     */
    public static int run(List<Rule> rules, Graph asserted, Graph inferred) {
        Graph view = UnionView.of(asserted, inferred);
        Model model = ModelFactory.createModelForGraph(view);
        List<RuleReads> reads = new ArrayList<>();
        for (Rule rule : rules) {
            UnionView.requireNoCounting(rule.name(), rule.query());
            reads.add(RuleReads.of(rule.query()));
        }
        boolean[] due = new boolean[rules.size()];
        Arrays.fill(due, true);
        int added = 0;
        for (int i = next(due, 0); i >= 0; i = next(due, i + 1)) {
            due[i] = false;
            Set<Node> gained = new HashSet<>();
            Set<Node> gainedClasses = new HashSet<>();
            for (Triple triple : derive(rules.get(i), model)) {
                if (!view.contains(triple)) {
                    inferred.add(triple);
                    gained.add(triple.getPredicate());
                    if (triple.getPredicate().equals(RDF.Nodes.type)) {
                        gainedClasses.add(triple.getObject());
                    }
                    added++;
                }
            }
            for (int j = 0; j < rules.size(); j++) {
                due[j] |= reads.get(j).readsAnyOf(gained, gainedClasses, view);
            }
        }
        return added;
    }

    /** The distinct triples the rule's template yields on the model, before any is added. */
    private static List<Triple> derive(Rule rule, Model model) {
        Graph derived = GraphFactory.createDefaultGraph();
        try (QueryExecution execution = QueryExecution.model(model).query(rule.query()).build()) {
            execution.execConstructTriples().forEachRemaining(derived::add);
        }
        return derived.find().toList();
    }

    /** The first due rule from {@code from} on, wrapping round to the next pass; -1 when none is due. */
    private static int next(boolean[] due, int from) {
        for (int k = 0; k < due.length; k++) {
            int i = (from + k) % due.length;
            if (due[i]) {
                return i;
            }
        }
        return -1;
    }
}
