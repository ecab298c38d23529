package org.cybernorms.cen.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Turtle document to load: a name for messages and a way to open it. Opening is
 * deferred so that a list of sources can be made before anything is read.
 */
public record RdfSource(String name, String baseIri, Opener opener) {

    /** Opens the document's bytes; the caller closes the stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file on disk; it is read when loaded, not now. */
    public static RdfSource file(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return new RdfSource(path.toString(), absolute.toUri().toString(), () -> Files.newInputStream(absolute));
    }

    /** A resource on the class path, e.g. {@code ontology/actors.ttl}. */
    public static RdfSource classpath(String resource) {
        ClassLoader loader = RdfSource.class.getClassLoader();
        return new RdfSource("classpath:" + resource, "classpath:" + resource, () -> {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no such resource on the class path");
            }
            return in;
        });
    }
}
