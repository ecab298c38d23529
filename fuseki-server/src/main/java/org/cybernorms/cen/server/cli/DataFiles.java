package org.cybernorms.cen.server.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --data} option of every command that loads the knowledge base: a researcher's own files. */
final class DataFiles {

    @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "Your own Turtle files or folders.")
    private List<Path> paths = List.of();

    /** The files and folders given, in order (none by default). */
    List<Path> paths() {
        return paths;
    }
}
