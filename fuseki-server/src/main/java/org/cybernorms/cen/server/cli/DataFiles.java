package org.cybernorms.cen.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of every command that loads the knowledge base: a researcher's
 * own files or folders, added to the bundled data. One value per {@code --data} (repeat it,
 * or separate files with commas), so that it never takes the arguments after it.
 */
final class DataFiles {

    @Option(names = "--data", paramLabel = "FILE", split = ",",
            description = "Your own Turtle file or folder, reasoned with the knowledge base; repeat it for more.")
    private List<Path> paths = new ArrayList<>();

    /** The files and folders given, in order (none by default). */
    List<Path> paths() {
        return List.copyOf(paths);
    }

    /** These and the files given as arguments (the older form {@code cen reason FILE}). */
    List<Path> with(List<Path> positional) {
        List<Path> all = new ArrayList<>(paths);
        all.addAll(positional);
        return List.copyOf(all);
    }
}
