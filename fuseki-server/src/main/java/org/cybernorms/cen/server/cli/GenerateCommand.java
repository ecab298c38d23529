package org.cybernorms.cen.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cybernorms.cen.reasoner.generate.DataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cen generate}: writes made-up but valid data at any scale, for benchmarks and tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write generated data (hypothetical States, operations with attribution claims, positions on "
                + "every question, responses, all cited) as Turtle files that load beside the bundled data and pass "
                + "its shapes. The same options write the same files. Exit 2 when the folder cannot be written.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--states", defaultValue = "200", description = "Made-up States (default: ${DEFAULT-VALUE}).")
    private int states;

    @Option(names = "--operations", defaultValue = "1000", description = "Cyber operations (default: ${DEFAULT-VALUE}).")
    private int operations;

    @Option(names = "--positions", defaultValue = "400", description = "Positions in all (default: ${DEFAULT-VALUE}).")
    private int positions;

    @Option(names = "--seed", defaultValue = "1", description = "Fixes every random choice (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        org.cybernorms.cen.reasoner.generate.Spec what;
        try {
            what = new org.cybernorms.cen.reasoner.generate.Spec(states, operations, positions, seed);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID;
        }
        try {
            List<Path> files = DataGenerator.generate(what, out);
            PrintWriter stdout = spec.commandLine().getOut();
            files.forEach(stdout::println);
            stdout.printf("%d files written to %s%n", files.size(), out);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("UNWRITABLE_OUTPUT: " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
    }
}
