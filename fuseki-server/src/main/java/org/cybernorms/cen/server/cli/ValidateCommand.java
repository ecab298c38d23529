package org.cybernorms.cen.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen validate}: loads ontology + data (+ files), runs SHACL and the HermiT consistency check. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the knowledge base (and your own files): Turtle syntax, SHACL shapes, "
                + "consistency under HermiT. Prints counts, or the errors with exit code 1 (2 for unreadable input).")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Extra Turtle files or folders to check with the data.")
    private List<Path> files = List.of();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb;
        try {
            kb = KnowledgeBase.load(files);
        } catch (CenInputException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        Validation.Result result = Validation.validate(kb.dataset(), kb.inputs());
        result.counts().forEach((what, count) -> out.printf("%-13s %d%n", what, count));
        if (result.ok()) {
            out.println("valid: the shapes hold and the data are consistent with the ontology");
            return ExitCodes.OK;
        }
        result.errors().forEach(err::println);
        err.printf("invalid: %d error(s)%n", result.errors().size());
        return ExitCodes.INVALID;
    }
}
