package org.cybernorms.cen.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the Turtle documents to load: a file given by a user, every {@code .ttl} file
 * below a folder, or every {@code .ttl} resource below a class-path folder (in a
 * directory during development, inside a jar when packaged). Lists are sorted so that a
 * load is the same on every machine.
 */
public final class TurtleFiles {

    /** The class-path folder of the ontology module. */
    public static final String ONTOLOGY_FOLDER = "ontology";
    /** The class-path folder of the data module. */
    public static final String DATA_FOLDER = "data";

    private TurtleFiles() {}

    /** The ontology documents shipped with CEN-KG. */
    public static List<RdfSource> bundledOntology() {
        return onClasspath(ONTOLOGY_FOLDER);
    }

    /** The curated knowledge base shipped with CEN-KG. */
    public static List<RdfSource> bundledData() {
        return onClasspath(DATA_FOLDER);
    }

    /**
     * A user's file or folder: a file is taken as it is (whatever its extension), a folder
     * gives every {@code .ttl} file below it. A folder with no {@code .ttl} file below it is
     * refused ({@code MISSING_INPUT}): checking or serving nothing while the user believes
     * their case was read would be worse than stopping.
     */
    public static List<RdfSource> at(Path path) {
        if (!Files.exists(path)) {
            throw new CenInputException(ErrorName.MISSING_INPUT, path.toString(), "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                throw new CenInputException(ErrorName.UNREADABLE_INPUT, path.toString(), "the file cannot be read");
            }
            return List.of(RdfSource.file(path));
        }
        List<RdfSource> found;
        try (Stream<Path> walk = Files.walk(path)) {
            found = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".ttl"))
                    .sorted()
                    .map(RdfSource::file)
                    .toList();
        } catch (IOException e) {
            throw new CenInputException(ErrorName.UNREADABLE_INPUT, path.toString(), e.getMessage());
        }
        if (found.isEmpty()) {
            throw new CenInputException(ErrorName.MISSING_INPUT, path.toString(),
                    "the folder holds no .ttl file (from a folder, only files named *.ttl are read)");
        }
        return found;
    }

    /** Every user path in turn, in the order given. */
    public static List<RdfSource> at(List<Path> paths) {
        List<RdfSource> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.addAll(at(path));
        }
        return sources;
    }

    /** Every {@code .ttl} resource below a class-path folder, across all jars that hold it. */
    public static List<RdfSource> onClasspath(String folder) {
        return ClasspathResources.list(folder, ".ttl").stream().map(RdfSource::classpath).toList();
    }
}
