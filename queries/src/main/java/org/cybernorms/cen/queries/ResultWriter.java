package org.cybernorms.cen.queries;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.cybernorms.cen.queries.text.NodeText;
import org.cybernorms.cen.queries.text.TextTable;

/**
 * Writes a query result: the text table shortens IRIs ({@code cenid:}, {@code cen:}) for
 * reading; CSV, TSV and SPARQL JSON are Jena's standard writers with full IRIs. The stream is
 * flushed, not closed.
 */
public final class ResultWriter {

    private ResultWriter() {}

    public static void write(QueryResult result, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            table(result).write(writer);
            writer.flush();
        } else {
            ResultSetMgr.write(out, result.resultSet(), format.lang());
        }
    }

    /** The result as a text table, one column per variable. */
    public static TextTable table(QueryResult result) {
        TextTable table = new TextTable(result.vars());
        result.rows().forEach(row ->
                table.add(result.vars().stream().map(var -> NodeText.of(row.get(Var.alloc(var)))).toList()));
        return table;
    }
}
