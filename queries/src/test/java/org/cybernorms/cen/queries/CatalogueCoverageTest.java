package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every query of the catalogue has at least one test method, marked {@link Covers}, that checks its rows. */
class CatalogueCoverageTest {

    @Test
    void everyCatalogueQueryHasATestOfItsRows() throws Exception {
        Set<String> covered = coveredQueries();
        assertThat(covered)
                .as("queries with a @Covers test (add one in a *Test class for each new .rq file)")
                .containsAll(Fixtures.catalogue().names());
        assertThat(Fixtures.catalogue().names())
                .as("@Covers names that are not in the catalogue (a renamed or removed .rq file?)")
                .containsAll(covered);
    }

    /** The names in @Covers on @Test methods of every test class compiled with this one. */
    private static Set<String> coveredQueries() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(CatalogueCoverageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> covered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.class")).toList()) {
                String className = root.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                for (Method method : Class.forName(className).getDeclaredMethods()) {
                    Covers covers = method.getAnnotation(Covers.class);
                    if (covers != null && method.isAnnotationPresent(Test.class)) {
                        covered.add(covers.value());
                    }
                }
            }
        }
        return covered;
    }
}
