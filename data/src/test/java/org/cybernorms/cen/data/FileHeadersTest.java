package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every data and shapes file opens with a comment line saying what it holds (DATA.md rule 5). */
class FileHeadersTest {

    @Test
    void everyDataFileOpensWithAComment() {
        assertAllOpenWithComment(ProjectFiles.dataDir());
    }

    @Test
    void everyShapesFileOpensWithAComment() {
        assertAllOpenWithComment(ProjectFiles.shapesDir());
    }

    @Test
    void aFileOpeningWithTriplesIsRejected() {
        assertThat(opensWithComment(List.of("@prefix cen: <https://w3id.org/cyber-election-norms/ontology#> ."))).isFalse();
        assertThat(opensWithComment(List.of("", "# late comment"))).isFalse();
        assertThat(opensWithComment(List.of("#"))).isFalse();
        assertThat(opensWithComment(List.of("# Positions of Denmark."))).isTrue();
    }

    private static void assertAllOpenWithComment(Path folder) {
        List<Path> files = turtleFiles(folder);
        assertThat(files).as("Turtle files under %s", folder).isNotEmpty();
        assertThat(files).as("files whose first line is not a comment").allMatch(f -> opensWithComment(lines(f)));
    }

    /** The first line is a comment with some words in it. */
    static boolean opensWithComment(List<String> lines) {
        return !lines.isEmpty() && lines.get(0).startsWith("#") && lines.get(0).substring(1).strip().length() > 0;
    }

    private static List<Path> turtleFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
