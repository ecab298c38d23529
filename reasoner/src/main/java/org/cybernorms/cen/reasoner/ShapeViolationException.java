package org.cybernorms.cen.reasoner;

import java.util.List;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.ErrorName;

/**
 * The data break the bundled SHACL shapes (a position without a citation, an answer of an
 * unknown question, a real State without its ISO code...). Every command checks the shapes
 * before reasoning ({@link KnowledgeGraph#checkShapes}), so nothing is inferred or served
 * from such data. The message has one line per violation: shape, node, path and the
 * shape's message; {@link #report()} keeps the report itself.
 */
public class ShapeViolationException extends CenInputException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public ShapeViolationException(ValidationReport report) {
        super(ErrorName.SHACL_VIOLATION, "ontology + data", report.getEntries().size() + " violation(s) of the shapes:\n  "
                + String.join("\n  ", lines(report)));
        this.report = report;
    }

    /** The SHACL validation report. */
    public ValidationReport report() {
        return report;
    }

    /** One line per violation. */
    public List<String> violations() {
        return lines(report);
    }

    private static List<String> lines(ValidationReport report) {
        return report.getEntries().stream().map(ShapeViolationException::line).toList();
    }

    private static String line(ReportEntry entry) {
        return "shape " + entry.source() + ", node " + entry.focusNode()
                + (entry.resultPath() == null ? "" : ", path " + entry.resultPath()) + ": " + entry.message();
    }
}
