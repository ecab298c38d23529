package org.cybernorms.cen.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
            throw new CenInputException("MISSING_INPUT", path.toString(), "no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                throw new CenInputException("UNREADABLE_INPUT", path.toString(), "the file cannot be read");
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
            throw new CenInputException("UNREADABLE_INPUT", path.toString(), e.getMessage());
        }
        if (found.isEmpty()) {
            throw new CenInputException("MISSING_INPUT", path.toString(),
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
        return listClasspath(folder, ".ttl").stream().map(RdfSource::classpath).toList();
    }

    /**
     * The names of the resources below a class-path folder whose names end with the
     * extension, sorted, across all jars and directories that hold the folder.
     */
    public static List<String> listClasspath(String folder, String extension) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(TurtleFiles.class.getClassLoader().getResources(folder))) {
                names.addAll(list(url.toURI(), folder, extension));
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot list class-path folder " + folder, e));
        }
        return names.stream().sorted().distinct().toList();
    }

    /** The text (UTF-8) of a class-path resource such as {@code rules/10-foreign-operation.rq}. */
    public static String readClasspath(String resource) {
        try (java.io.InputStream in = TurtleFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing class-path resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(URI uri, String folder, String extension) throws IOException {
        if ("jar".equals(uri.getScheme())) {
            // "jar:file:/path/app.jar!/ontology": open the jar as a file system of our own.
            String[] jarAndEntry = uri.getRawSchemeSpecificPart().split("!", 2);
            Path jarFile = Path.of(URI.create(jarAndEntry[0]));
            try (FileSystem jar = FileSystems.newFileSystem(jarFile)) {
                return listUnder(jar.getPath(jarAndEntry[1]), folder, extension);
            }
        }
        return listUnder(Path.of(uri), folder, extension);
    }

    private static List<String> listUnder(Path root, String folder, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(extension))
                    .map(p -> folder + "/" + root.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
