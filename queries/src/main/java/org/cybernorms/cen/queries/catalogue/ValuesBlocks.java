package org.cybernorms.cen.queries.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;

/**
 * The parameter slots of a catalogue query: every {@code VALUES ?name { }} block (one
 * variable, no rows) in its pattern, in sub-queries too. Binding fills each block of a
 * parameter with one row per value, or with a single {@code UNDEF} row (which joins with
 * anything) when an optional parameter is left out. The query is changed through its
 * syntax tree, never through its text.
 */
public final class ValuesBlocks {

    private ValuesBlocks() {}

    /** How many empty blocks each variable has, sub-queries included. */
    public static Map<String, Integer> count(Query query) {
        Map<String, Integer> counts = new HashMap<>();
        transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (isSlot(data)) {
                    counts.merge(data.getVars().get(0).getVarName(), 1, Integer::sum);
                }
                return data;
            }
        });
        return counts;
    }

    /**
     * A copy of the query with each variable's empty blocks filled: a non-empty list gives
     * one row per node, an empty list one {@code UNDEF} row. Variables not in the map keep
     * their empty blocks.
     */
    public static Query fill(Query query, Map<String, List<Node>> values) {
        return transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (!isSlot(data) || !values.containsKey(data.getVars().get(0).getVarName())) {
                    return data;
                }
                Var var = data.getVars().get(0);
                List<Binding> rows = new ArrayList<>();
                List<Node> nodes = values.get(var.getVarName());
                if (nodes.isEmpty()) {
                    rows.add(BindingFactory.empty());
                }
                for (Node node : nodes) {
                    rows.add(BindingFactory.binding(var, node));
                }
                return new ElementData(List.of(var), rows);
            }
        });
    }

    private static boolean isSlot(ElementData data) {
        return data.getVars().size() == 1 && data.getRows().isEmpty();
    }

    private static Query transform(Query query, ElementTransformCopyBase blocks) {
        Query copy = query.cloneQuery();
        copy.setQueryPattern(transform(query.getQueryPattern(), blocks));
        return copy;
    }

    /** Transforms a pattern; Jena's walker descends into sub-queries and EXISTS itself. */
    private static Element transform(Element element, ElementTransformCopyBase blocks) {
        return ElementTransformer.transform(element, blocks, new ExprTransformApplyElementTransform(blocks));
    }
}
