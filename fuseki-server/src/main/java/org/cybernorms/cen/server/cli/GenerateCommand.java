package org.cybernorms.cen.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.generator.DataGenerator;
import org.cybernorms.cen.generator.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cen generate}: writes made-up but valid data at any scale, for benchmarks and tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write generated data (hypothetical States, operations with attribution claims, positions on "
                + "every question, responses, all cited) as Turtle files that load beside the bundled data and pass "
                + "its shapes. The same options write the same files. Exit 2 on a bad option or when the folder "
                + "cannot be written.")
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
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(states, operations, positions, seed);
        } catch (IllegalArgumentException e) {
            throw new CenException(ErrorName.BAD_OPTION, "cen generate", e.getMessage());
        }
        List<Path> files;
        try {
            files = DataGenerator.generate(settings, out);
        } catch (IOException e) {
            throw new CenException(ErrorName.CANNOT_WRITE_OUTPUT, out.toString(), String.valueOf(e.getMessage()), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        files.forEach(stdout::println);
        stdout.printf("%d files written to %s%n", files.size(), out);
        return ExitCode.OK.code;
    }
}
