package org.cybernorms.cen.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Text resources shipped in CEN-KG's jars: Turtle, rules, catalogue queries. Lists are
 * sorted so that every machine loads them in the same order.
 */
public final class ClasspathResources {

    private ClasspathResources() {}

    /**
     * The names of the resources below a class-path folder whose names end with the
     * extension, sorted, across all jars and directories that hold the folder.
     */
    public static List<String> list(String folder, String extension) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(ClasspathResources.class.getClassLoader().getResources(folder))) {
                names.addAll(list(url.toURI(), folder, extension));
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot list class-path folder " + folder, e));
        }
        return names.stream().sorted().distinct().toList();
    }

    /** The text (UTF-8) of a class-path resource such as {@code rules/10-foreign-operation.rq}. */
    public static String read(String resource) {
        try (InputStream in = ClasspathResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing class-path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
