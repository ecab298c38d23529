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
 * State headed by its code, each cell the State's current answer ("-" when it has none),
 * with the date the State gave it in brackets where known and a {@value #REPORTED} after an
 * answer that is only reported, and the verdict last; then, when some answer is reported, a
 * line saying what the mark means. The stream is flushed, not closed.
 */
public final class ComparisonTableWriter {

    private ComparisonTableWriter() {}

    /** The mark after an answer that is only reported. */
    public static final String REPORTED = "*";

    /** The line under the table when some answer is only reported. */
    public static final String REPORTED_NOTE = REPORTED
            + " reported: no source the position cites was issued by the State itself (someone else's account of its view)";

    public static void write(DoctrineComparison comparison, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        table(comparison).write(writer);
        boolean reported = comparison.rows().stream().flatMap(row -> row.cells().stream())
                .flatMap(List::stream).anyMatch(DoctrineComparison.Cell::reported);
        if (reported) {
            writer.println(REPORTED_NOTE);
        }
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
                        cells.stream().map(ComparisonTableWriter::cell).toList()));
            }
            line.add(row.verdict().word());
            table.add(line);
        }
        return table;
    }

    /** {@code required-except-urgent (2021-05-28)*}: the answer, its date where known, the reported mark. */
    private static String cell(DoctrineComparison.Cell cell) {
        return NodeText.lastSegment(cell.answer())
                + (cell.date() == null ? "" : " (" + NodeText.of(cell.date()) + ")")
                + (cell.reported() ? REPORTED : "");
    }
}
