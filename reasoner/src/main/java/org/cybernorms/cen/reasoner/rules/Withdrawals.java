package org.cybernorms.cen.reasoner.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.ClasspathResources;

/**
 * Withdraws DL conclusions that hold only under a condition OWL cannot state, such as
 * "another State". Each withdrawal is a CONSTRUCT query under {@code withdrawals/} whose
 * template is the triples it withdraws; those the inferred graph holds leave it. Runs once,
 * after the DL stage and before the rules, so the rules never see a withdrawn conclusion.
 */
public final class Withdrawals {

    /** The class-path folder of the bundled withdrawals. */
    public static final String FOLDER = "withdrawals";

    /**
     * What was withdrawn.
     *
     * @param byWithdrawal each triple withdrawn, with the name of the withdrawal that took it
     *     back (the first, where two would)
     */
    public record Result(Map<Triple, String> byWithdrawal) {
        /** How many triples left the inferred graph. */
        public int count() {
            return byWithdrawal.size();
        }
    }

    /** One withdrawal: its file name and its CONSTRUCT query. */
    public record Withdrawal(String name, Query query) {
        public Withdrawal {
            if (!query.isConstructType()) {
                throw new IllegalArgumentException(name + ": a withdrawal is a CONSTRUCT query");
            }
            UnionView.requireNoCounting("withdrawal " + name, query);
        }

        /** Parses a withdrawal's text. */
        public static Withdrawal parse(String name, String text) {
            return new Withdrawal(name, QueryFactory.create(text));
        }
    }

    private Withdrawals() {}

    /** The bundled withdrawals, in file-name order. */
    public static List<Withdrawal> bundled() {
        return ClasspathResources.list(FOLDER, ".rq").stream()
                .map(resource -> Withdrawal.parse(resource.substring(FOLDER.length() + 1), ClasspathResources.read(resource)))
                .toList();
    }

    /**
     * Removes from {@code inferred} (which is changed) the triples the queries construct.
     * An asserted triple is never withdrawn.
     */
    public static Result apply(List<Withdrawal> withdrawals, Graph asserted, Graph inferred) {
        Model view = ModelFactory.createModelForGraph(UnionView.of(asserted, inferred));
        Map<Triple, String> withdrawn = new LinkedHashMap<>();
        for (Withdrawal withdrawal : withdrawals) {
            try (QueryExecution execution = QueryExecution.model(view).query(withdrawal.query()).build()) {
                execution.execConstructTriples().forEachRemaining(
                        triple -> withdrawn.putIfAbsent(triple, withdrawal.name()));
            }
        }
        withdrawn.keySet().removeIf(triple -> !inferred.contains(triple));
        withdrawn.keySet().forEach(inferred::delete);
        return new Result(withdrawn);
    }
}
