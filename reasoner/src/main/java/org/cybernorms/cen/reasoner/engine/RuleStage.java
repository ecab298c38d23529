package org.cybernorms.cen.reasoner.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.graph.Triple;
import org.cybernorms.cen.core.TurtleFiles;

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

    /** The bundled rules, in file-name order. */
    public static List<Rule> bundledRules() {
        List<Rule> rules = new ArrayList<>();
        for (String resource : TurtleFiles.listClasspath(RULES_FOLDER, ".rq")) {
            rules.add(parse(resource, TurtleFiles.readClasspath(resource)));
        }
        return rules;
    }

    /** Parses a rule; it must be a CONSTRUCT query. */
    public static Rule parse(String name, String text) {
        Query query = QueryFactory.create(text);
        if (!query.isConstructType()) {
            throw new IllegalArgumentException(name + ": a rule must be a CONSTRUCT query");
        }
        return new Rule(name, query);
    }

    /**
     * Runs the rules to a fixpoint and adds their new triples to {@code inferred}
     * (which is changed). {@code asserted} is read only.
     *
     * @return the number of triples added
     */
    public static int run(List<Rule> rules, Graph asserted, Graph inferred) {
        MultiUnion union = new MultiUnion(new Graph[] {asserted, inferred});
        Model view = ModelFactory.createModelForGraph(union);
        int added = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Rule rule : rules) {
                Graph derived = GraphFactory.createDefaultGraph();
                try (QueryExecution execution = QueryExecution.model(view).query(rule.query()).build()) {
                    execution.execConstructTriples().forEachRemaining(derived::add);
                }
                for (Triple triple : derived.find().toList()) {
                    if (!union.contains(triple)) {
                        inferred.add(triple);
                        added++;
                        changed = true;
                    }
                }
            }
        }
        return added;
    }
}
