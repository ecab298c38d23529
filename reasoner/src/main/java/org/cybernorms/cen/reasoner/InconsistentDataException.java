package org.cybernorms.cen.reasoner;

import java.util.List;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.ErrorName;

/**
 * The data contradict the ontology. The message lists the statements of one minimal
 * explanation: the ontology's axioms and the data facts, each fact with the file it came
 * from where the input files are known. Nothing is inferred or served from inconsistent
 * input.
 */
public class InconsistentDataException extends CenInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> clashingStatements;

    public InconsistentDataException(List<String> clashingStatements) {
        super(ErrorName.INCONSISTENT_DATA, "ontology + data",
                "the data contradict the ontology; these statements together are inconsistent:\n  "
                        + String.join("\n  ", clashingStatements));
        this.clashingStatements = List.copyOf(clashingStatements);
    }

    /** The statements of the explanation, rendered readably, data facts with their files. */
    public List<String> clashingStatements() {
        return clashingStatements;
    }
}
