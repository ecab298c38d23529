package org.cybernorms.cen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    private static final String PREFIX = "@prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .\n";

    @TempDir
    Path dir;

    @Test
    void ontologyAndDataGoToTheirNamedGraphs() throws IOException {
        Path ontology = write("o.ttl", PREFIX + "cen:State a <http://www.w3.org/2002/07/owl#Class> .\n");
        Path data = write("d.ttl", PREFIX + "<https://w3id.org/cyber-election-norms/id/state/DNK> a cen:State .\n");

        Dataset dataset = DatasetLoader.load(TurtleFiles.at(ontology), TurtleFiles.at(data));

        assertThat(dataset.getNamedModel(CEN.GRAPH_ONTOLOGY).size()).isEqualTo(1);
        assertThat(dataset.getNamedModel(CEN.GRAPH_DATA).contains(CEN.state("DNK"),
                org.apache.jena.vocabulary.RDF.type, CEN.State)).isTrue();
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumnAndLoadsNothing() throws IOException {
        Path good = write("a-good.ttl", PREFIX + "<https://example.org/x> a cen:State .\n");
        Path bad = write("b-bad.ttl", PREFIX + "<https://example.org/y> a cen:State .\n<https://example.org/z> a cen:State\n<https://example.org/w> a cen:State .\n");
        Dataset dataset = DatasetLoader.load(List.of(), TurtleFiles.at(good));

        assertThatThrownBy(() -> DatasetLoader.addTo(dataset, List.of(), TurtleFiles.at(dir)))
                .isInstanceOfSatisfying(CenInputException.class, e -> {
                    assertThat(e.errorName()).isEqualTo(ErrorName.TURTLE_SYNTAX);
                    assertThat(e.file()).endsWith("b-bad.ttl");
                    assertThat(e.line()).contains(4L);
                    assertThat(e.column()).isPresent();
                    assertThat(e.getMessage()).startsWith("TURTLE_SYNTAX: " + bad + ":4:");
                });
        // The good file of the same folder was not added a second time, nor the bad one's first triple.
        assertThat(dataset.getNamedModel(CEN.GRAPH_DATA).size()).isEqualTo(1);
    }

    @Test
    void anUndefinedPrefixIsASyntaxErrorWithItsLine() throws IOException {
        Path bad = write("prefix.ttl", PREFIX + "\n<https://example.org/x> a nope:State .\n");

        assertThatThrownBy(() -> DatasetLoader.load(List.of(), TurtleFiles.at(bad)))
                .isInstanceOf(CenInputException.class)
                .hasMessageContaining("prefix.ttl:3:")
                .hasMessageContaining("nope");
    }

    @Test
    void anIllFormedLiteralIsRefusedNotLoadedSilently() throws IOException {
        Path bad = write("literal.ttl", PREFIX
                + "<https://example.org/x> cen:isPublic \"perhaps\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n");

        assertThatThrownBy(() -> DatasetLoader.load(List.of(), TurtleFiles.at(bad)))
                .isInstanceOf(CenInputException.class)
                .hasMessageContaining("literal.ttl:2:");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Path bad = dir.resolve("latin1.ttl");
        Files.write(bad, (PREFIX + "<https://example.org/x> cen:quote \"caf\u00e9\" .\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> DatasetLoader.load(List.of(), TurtleFiles.at(bad)))
                .isInstanceOf(CenInputException.class)
                .hasMessageContaining("NOT_UTF8").hasMessageContaining("latin1.ttl:2:");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere.ttl");

        assertThatThrownBy(() -> TurtleFiles.at(missing))
                .isInstanceOfSatisfying(CenInputException.class,
                        e -> assertThat(e.errorName()).isEqualTo(ErrorName.MISSING_INPUT))
                .hasMessageContaining("nowhere.ttl");
    }

    @Test
    void aFolderGivesItsTurtleFilesInNameOrder() throws IOException {
        write("b.ttl", PREFIX);
        write("a.ttl", PREFIX);
        write("notes.txt", "not turtle");

        assertThat(TurtleFiles.at(dir)).extracting(RdfSource::name)
                .containsExactly(dir.resolve("a.ttl").toString(), dir.resolve("b.ttl").toString());
    }

    @Test
    void aFolderWithoutTurtleFilesIsRefused() throws IOException {
        write("notes.turtle", PREFIX);

        assertThatThrownBy(() -> TurtleFiles.at(dir))
                .isInstanceOfSatisfying(CenInputException.class,
                        e -> assertThat(e.errorName()).isEqualTo(ErrorName.MISSING_INPUT))
                .hasMessage("MISSING_INPUT: " + dir + ": the folder holds no .ttl file"
                        + " (from a folder, only files named *.ttl are read)");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
