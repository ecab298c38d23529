package org.cybernorms.cen.queries.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryParam;
import org.cybernorms.cen.queries.QueryParameterException;

/**
 * Checks a user's parameter values against a query's header and binds them: every name
 * must be a parameter of the query, every required parameter given, every value of the
 * declared kind; a list parameter takes comma-separated values.
 */
public final class ParameterBinder {

    private ParameterBinder() {}

    /** A bound copy of the query; the catalogue's query is not changed. */
    public static Query bind(CatalogueQuery query, Map<String, String> raw) {
        for (String name : raw.keySet()) {
            if (query.header().param(name).isEmpty()) {
                List<String> known = query.header().params().stream().map(QueryParam::name).toList();
                throw new QueryParameterException(ErrorName.UNKNOWN_PARAMETER, name, "query " + query.name()
                        + (known.isEmpty() ? " takes no parameters" : " takes only " + String.join(", ", known)));
            }
        }
        Map<String, List<Node>> values = new LinkedHashMap<>();
        for (QueryParam param : query.header().params()) {
            String value = raw.get(param.name());
            if (value == null || value.isBlank()) {
                if (!param.optional()) {
                    throw new QueryParameterException(ErrorName.MISSING_PARAMETER, param.name(), "query " + query.name()
                            + " needs it: " + param.meaning());
                }
                values.put(param.name(), List.of());
            } else {
                values.put(param.name(), nodes(param, value));
            }
        }
        return ValuesBlocks.fill(query.query(), values);
    }

    private static List<Node> nodes(QueryParam param, String value) {
        List<String> parts = param.list() ? List.of(value.split(",", -1)) : List.of(value);
        List<Node> nodes = new ArrayList<>();
        for (String part : parts) {
            try {
                Node node = param.type().parse(part);
                if (!nodes.contains(node)) {
                    nodes.add(node);
                }
            } catch (IllegalArgumentException e) {
                throw new QueryParameterException(ErrorName.BAD_PARAMETER, param.name(), "'" + part.strip() + "' is not "
                        + param.type().expected() + ": " + e.getMessage());
            }
        }
        if (nodes.size() < param.min()) {
            throw new QueryParameterException(ErrorName.BAD_PARAMETER, param.name(), "needs at least " + param.min()
                    + " different values, separated by commas; got " + nodes.size());
        }
        return nodes;
    }
}
