package org.cybernorms.cen.queries;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cybernorms.cen.queries.text.NodeText;
import org.cybernorms.cen.queries.text.TextTable;

/**
 * Writes a {@link DoctrineComparison} as a text table: a row per question, a column per
 * State headed by its code, each cell the State's answer ("-" when it has none), and the
 * verdict last. The stream is flushed, not closed.
 */
public final class ComparisonTableWriter {

    private ComparisonTableWriter() {}

    public static void write(DoctrineComparison comparison, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        table(comparison).write(writer);
        writer.flush();
    }

    public static TextTable table(DoctrineComparison comparison) {
        List<String> header = new ArrayList<>();
        header.add("question");
        comparison.states().forEach(state -> header.add(NodeText.lastSegment(state)));
        header.add("verdict");
        TextTable table = new TextTable(header);
        for (DoctrineComparison.Row row : comparison.rows()) {
            List<String> line = new ArrayList<>();
            line.add(NodeText.lastSegment(row.question()));
            for (List<DoctrineComparison.Cell> cells : row.cells()) {
                line.add(cells.isEmpty() ? "-" : String.join(" / ",
                        cells.stream().map(cell -> NodeText.lastSegment(cell.answer())).toList()));
            }
            line.add(row.verdict().word());
            table.add(line);
        }
        return table;
    }
}
