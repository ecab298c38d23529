package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/queries.md is what {@link CatalogueDocs} generates from the headers, with every
 * example run on the test fixtures. To regenerate it after changing a header, a query or a
 * fixture: {@code ./mvnw -B -q -o -pl queries verify -Dcen.regenerateDocs=true}.
 */
class CatalogueDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "queries.md");
    private static final String DATA = "the test fixtures, queries/src/test/resources/fixtures/, not the knowledge base";

    @Test
    void docsQueriesMdIsGeneratedFromTheHeaders() throws IOException {
        String generated = CatalogueDocs.render(Fixtures.catalogue(), QueryTarget.local(Fixtures.dataset()), DATA);
        if (Boolean.getBoolean("cen.regenerateDocs")) {
            Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCS)).as("%s exists", DOCS).isTrue();
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
                .as("docs/queries.md is out of date; regenerate it with"
                        + " ./mvnw -B -q -o -pl queries verify -Dcen.regenerateDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void everyExampleRunsAndAnswersOnTheFixtures() {
        QueryTarget fixtures = QueryTarget.local(Fixtures.dataset());
        for (CatalogueQuery query : Fixtures.catalogue().list()) {
            assertThat(QueryRunner.run(fixtures, query, query.header().example()).rows())
                    .as("rows of the example of %s", query.name())
                    .isNotEmpty();
        }
    }
}
