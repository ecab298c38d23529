package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * data/README.md ends with tables rendered from the data (issue 15: the coverage table and
 * every position with its quote and date). The test fails when they differ from the data;
 * {@code -Dreadme.update=true} rewrites them, and the diff is then reviewed like any change.
 */
class DataReadmeTest {

    @Test
    void theGeneratedPartOfTheReadmeMatchesTheData() throws IOException {
        Path readme = ProjectFiles.moduleDir().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int marker = text.indexOf(DataReadme.MARKER);
        assertThat(marker).as("data/README.md carries the marker of its generated part").isNotNegative();

        String rendered = new DataReadme(ModelFactory.createModelForGraph(TestGraphs.ontologyAndData())).render();
        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(readme, text.substring(0, marker) + rendered, StandardCharsets.UTF_8);
            return;
        }
        assertThat(text.substring(marker)).as("generated part of data/README.md (regenerate with -Dreadme.update=true)")
                .isEqualTo(rendered);
    }
}
