package org.cybernorms.cen.reasoner.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.Template;
import org.cybernorms.cen.reasoner.rules.RuleStage;

/**
 * Finds the rule, and the bindings of its variables, that derive a triple, by running
 * each rule's pattern with the triple's terms bound in its template.
 */
public final class RuleMatcher {

    /** A rule that derives the triple, its bindings and the plain triple patterns it matched. */
    public record Match(String rule, Map<String, Node> bindings, List<Triple> facts) {}

    private RuleMatcher() {}

    public static Optional<Match> match(List<RuleStage.Rule> rules, Graph graph, Triple wanted) {
        for (RuleStage.Rule rule : rules) {
            Template template = rule.query().getConstructTemplate();
            for (Triple pattern : template.getTriples()) {
                Optional<Binding> seed = unify(pattern, wanted);
                if (seed.isEmpty()) {
                    continue;
                }
                Query select = rule.query().cloneQuery();
                select.setQuerySelectType();
                select.setQueryResultStar(true);
                // A variable the rule computes (BIND ... AS ?v, as a verdict node's IRI or its
                // outcome) cannot be substituted: it is compared at the end instead.
                Set<Var> computed = computedVariables(rule.query());
                BindingBuilder substituted = BindingBuilder.create();
                ElementGroup where = new ElementGroup();
                where.addElement(select.getQueryPattern());
                seed.get().forEach((var, value) -> {
                    if (computed.contains(var)) {
                        where.addElementFilter(new ElementFilter(new E_SameTerm(new ExprVar(var), NodeValue.makeNode(value))));
                    } else {
                        substituted.add(var, value);
                    }
                });
                select.setQueryPattern(where);
                try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(graph))
                        .query(select).substitution(substituted.build()).build()) {
                    var results = execution.execSelect();
                    if (results.hasNext()) {
                        QuerySolution row = results.next();
                        Map<String, Node> bindings = new LinkedHashMap<>();
                        seed.get().vars().forEachRemaining(v -> bindings.put(v.getVarName(), seed.get().get(v)));
                        // The rule's own variables only: a property path leaves variables of
                        // the engine's (?P0) in the row, without a value.
                        for (String name : results.getResultVars()) {
                            if (row.contains(name)) {
                                bindings.put(name, row.get(name).asNode());
                            }
                        }
                        return Optional.of(new Match(rule.name(), bindings, facts(rule.query(), bindings)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The variables a rule assigns with BIND in its pattern. */
    private static Set<Var> computedVariables(Query rule) {
        Set<Var> computed = new HashSet<>();
        ElementWalker.walk(rule.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementBind bind) {
                computed.add(bind.getVar());
            }
        });
        return computed;
    }

    private static Optional<Binding> unify(Triple pattern, Triple wanted) {
        BindingBuilder builder = BindingBuilder.create();
        Node[] patternNodes = {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()};
        Node[] wantedNodes = {wanted.getSubject(), wanted.getPredicate(), wanted.getObject()};
        for (int i = 0; i < 3; i++) {
            Node p = patternNodes[i];
            if (p.isVariable()) {
                Var var = Var.alloc(p);
                if (builder.contains(var) && !builder.get(var).equals(wantedNodes[i])) {
                    return Optional.empty();
                }
                if (!builder.contains(var)) {
                    builder.add(var, wantedNodes[i]);
                }
            } else if (!p.equals(wantedNodes[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(builder.build());
    }

    /**
     * The rule's plain triple patterns (not property paths), sub-queries included, with the
     * bindings put in. A sub-query's variables are taken to be the rule's own: the bundled
     * rules project them under their own names.
     */
    private static List<Triple> facts(Query rule, Map<String, Node> bindings) {
        List<Triple> facts = new ArrayList<>();
        ElementWalker.walk(rule.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subQuery) {
                ElementWalker.walk(subQuery.getQuery().getQueryPattern(), this);
            }

            @Override
            public void visit(ElementPathBlock block) {
                for (TriplePath path : block.getPattern().getList()) {
                    if (path.isTriple()) {
                        Triple t = path.asTriple();
                        Node s = bound(t.getSubject(), bindings);
                        Node p = bound(t.getPredicate(), bindings);
                        Node o = bound(t.getObject(), bindings);
                        if (s.isConcrete() && p.isConcrete() && o.isConcrete()) {
                            facts.add(Triple.create(s, p, o));
                        }
                    }
                }
            }
        });
        return facts;
    }

    private static Node bound(Node node, Map<String, Node> bindings) {
        return node.isVariable() ? bindings.getOrDefault(node.getName(), node) : node;
    }
}
