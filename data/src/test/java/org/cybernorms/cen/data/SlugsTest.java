package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The things whose slugs DATA.md fixes exist in the data with the class DATA.md gives them,
 * and the cen:excludes pairs it lists are asserted. The expectations are transcribed from
 * DATA.md into {@code expected-slugs.txt} and {@code expected-excludes.txt}.
 */
class SlugsTest {

    private static Model knowledgeBase;

    @BeforeAll
    static void load() {
        knowledgeBase = ModelFactory.createModelForGraph(TestGraphs.ontologyAndData());
    }

    @Test
    void everySlugOfDataMdExistsWithItsClass() throws IOException {
        List<String[]> expected = rows("expected-slugs.txt");

        List<String> missing = expected.stream()
                .filter(row -> !isInstance(CEN.thing(row[0]), ResourceFactory.createResource(CEN.NS + row[1])))
                .map(row -> "cenid:" + row[0] + " (a cen:" + row[1] + ")")
                .toList();

        assertThat(expected).isNotEmpty();
        assertThat(missing).as("slugs of DATA.md missing from the data or of the wrong class").isEmpty();
    }

    @Test
    void everyExcludesPairOfDataMdIsAsserted() throws IOException {
        List<String[]> expected = rows("expected-excludes.txt");

        List<String> missing = expected.stream()
                .filter(pair -> !excludes(CEN.thing(pair[0]), CEN.thing(pair[1]))
                        && !excludes(CEN.thing(pair[1]), CEN.thing(pair[0])))
                .map(pair -> pair[0] + " excludes " + pair[1])
                .toList();

        assertThat(expected).isNotEmpty();
        assertThat(missing).as("cen:excludes pairs of DATA.md not asserted").isEmpty();
    }

    private static boolean excludes(Resource a, Resource b) {
        return knowledgeBase.contains(a, CEN.excludes, b);
    }

    /** True when the thing has the class, or a subclass of it, among its asserted types. */
    private static boolean isInstance(Resource thing, Resource type) {
        return knowledgeBase.listObjectsOfProperty(thing, RDF.type).toList().stream()
                .filter(t -> t.isResource())
                .anyMatch(t -> isSubClassOf(t.asResource(), type, 0));
    }

    private static boolean isSubClassOf(Resource sub, Resource sup, int depth) {
        if (sub.equals(sup)) {
            return true;
        }
        return depth < 20 && knowledgeBase.listObjectsOfProperty(sub, RDFS.subClassOf).toList().stream()
                .filter(c -> c.isURIResource())
                .anyMatch(c -> isSubClassOf(c.asResource(), sup, depth + 1));
    }

    /** The non-comment, non-blank lines of a test resource, split on white space. */
    private static List<String[]> rows(String resource) throws IOException {
        return Files.readAllLines(ProjectFiles.testResource(resource)).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .toList();
    }
}
