package org.cybernorms.cen.server.tryout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.ShapeViolationException;

/**
 * The errors of a tried case with the lines of the case they point to: the parser's line
 * and column for bad Turtle; for a broken shape or an inconsistency, the first line that
 * writes the node at fault (the shape report and the clash name nodes, not lines).
 */
final class CaseErrors {

    /** A short name in a rendered statement: {@code cenid:operation/x}. */
    private static final Pattern SHORT_THING = Pattern.compile("cenid:([A-Za-z0-9._~/%-]+)");

    private CaseErrors() {}

    static List<CaseError> of(CenException error, byte[] turtle) {
        String text = new String(turtle, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        List<CaseError> errors = new ArrayList<>();
        if (error instanceof ShapeViolationException shapes) {
            List<String> messages = shapes.violations();
            List<ReportEntry> entries = List.copyOf(shapes.report().getEntries());
            for (int i = 0; i < entries.size(); i++) {
                errors.add(new CaseError(lineOf(lines, entries.get(i).focusNode()), 0, messages.get(i)));
            }
        } else if (error instanceof InconsistentDataException clash) {
            errors.add(new CaseError(0, 0, "the data contradict the ontology; these statements together are inconsistent:"));
            for (String statement : clash.clashingStatements()) {
                Matcher thing = SHORT_THING.matcher(statement);
                long line = thing.find() ? lineOf(lines, CEN.ID + thing.group(1)) : 0;
                errors.add(new CaseError(line, 0, statement));
            }
        } else if (error instanceof CenInputException input) {
            errors.add(new CaseError(input.line().orElse(0L), input.column().orElse(0L), error.getMessage()));
        } else {
            errors.add(new CaseError(0, 0, error.getMessage()));
        }
        return errors;
    }

    private static long lineOf(List<String> lines, Node node) {
        return node != null && node.isURI() ? lineOf(lines, node.getURI()) : 0;
    }

    /** The first line that writes the IRI: in full, relative to cenid:, or as a cenid: name. */
    static long lineOf(List<String> lines, String iri) {
        List<String> spellings = new ArrayList<>(List.of("<" + iri + ">"));
        if (CEN.isThing(iri)) {
            String path = iri.substring(CEN.ID.length());
            spellings.add("<" + path + ">");
            spellings.add("cenid:" + path);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (spellings.stream().anyMatch(line::contains)) {
                return i + 1;
            }
        }
        return 0;
    }
}
