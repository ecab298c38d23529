package org.cybernorms.cen.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Resource;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.reasoner.KnowledgeGraph;
import org.cybernorms.cen.reasoner.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen validate}: loads ontology + data (+ files), runs SHACL and the HermiT consistency check. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the knowledge base (and your own files): Turtle syntax, SHACL shapes, "
                + "consistency under HermiT. Prints counts, or the errors with exit code 1 (2 for unreadable input).")
public final class ValidateCommand implements Callable<Integer> {

    private static final Map<Resource, String> LABELS = Map.of(CEN.State, "States", CEN.Position, "positions",
            CEN.Norm, "norms", CEN.CyberOperation, "operations", CEN.Attribution, "attributions",
            CEN.Response, "responses", CEN.Citation, "citations");

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files or folders to check with the data (as --data).")
    private List<Path> files = List.of();

    @Mixin
    private DataFiles data = new DataFiles();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validation.Result result = KnowledgeGraph.load(data.with(files)).validate();
        result.counts().forEach((what, count) -> out.printf("%-13s %d%n", LABELS.get(what), count));
        if (result.ok()) {
            out.println("valid: the shapes hold and the data are consistent with the ontology");
            return ExitCode.OK.code;
        }
        result.errors().forEach(err::println);
        err.printf("invalid: %d error(s)%n", result.errors().size());
        return ExitCode.INVALID.code;
    }
}
