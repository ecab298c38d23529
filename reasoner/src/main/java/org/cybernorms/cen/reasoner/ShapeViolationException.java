package org.cybernorms.cen.reasoner;

import java.util.List;
import org.cybernorms.cen.core.CenInputException;

/**
 * The data break the bundled SHACL shapes (a position without a citation, an answer of an
 * unknown question, a real State without its ISO code...). {@code cen reason} and
 * {@code cen serve} check the shapes before reasoning, as {@code cen validate} does, so
 * nothing is inferred or served from such data ({@link Validation#checkShapes}). The message has one line per violation:
 * shape, node, path and the shape's message.
 */
public class ShapeViolationException extends CenInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> violations;

    public ShapeViolationException(List<String> violations) {
        super("SHACL_VIOLATION", "ontology + data", violations.size() + " violation(s) of the shapes:\n  "
                + String.join("\n  ", violations));
        this.violations = List.copyOf(violations);
    }

    /** One line per violation. */
    public List<String> violations() {
        return violations;
    }
}
