package org.cybernorms.cen.queries;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The rows of a SELECT query, read to the end and held in memory, so that they can be
 * written more than once and read after the query execution (and its transaction) closed.
 */
public record QueryResult(List<String> vars, List<Binding> rows) {

    public QueryResult {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }

    /** Reads a result set to the end. */
    public static QueryResult of(ResultSet results) {
        List<String> vars = results.getResultVars();
        List<Binding> rows = new ArrayList<>();
        RowSet.adapt(results).forEachRemaining(rows::add);
        return new QueryResult(vars, rows);
    }

    /** The value of a variable in a row, or null when unbound. */
    public Node get(int row, String var) {
        return rows.get(row).get(Var.alloc(var));
    }

    /** A fresh result set over the rows, for Jena's writers. */
    public ResultSet resultSet() {
        return ResultSet.adapt(RowSetStream.create(vars.stream().map(Var::alloc).toList(), rows.iterator()));
    }
}
