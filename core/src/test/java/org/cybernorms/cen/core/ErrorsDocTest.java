package org.cybernorms.cen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md lists exactly the {@link ErrorName}s, in order, each with its exit code and
 * meaning, and exactly the {@link ExitCode}s: an error cannot exist without its documentation.
 */
class ErrorsDocTest {

    private static final Path DOC = Path.of("..", "docs", "errors.md");

    @Test
    void theNamesTableIsTheEnum() throws IOException {
        List<String> expected = Arrays.stream(ErrorName.values())
                .map(name -> "`" + name + "` | " + name.exit.code + " | " + name.meaning).toList();

        assertThat(rows("## Names").stream().map(row -> String.join(" | ", row.subList(0, 3))).toList())
                .as("the rows of docs/errors.md's Names table: name, exit, meaning")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theExitCodesTableIsTheEnum() throws IOException {
        List<String> expected = Arrays.stream(ExitCode.values()).map(code -> code.code + " | " + code.meaning).toList();

        assertThat(rows("## Exit codes").stream().map(row -> String.join(" | ", row)).toList())
                .containsExactlyElementsOf(expected);
    }

    /** The cells of the body rows of the first table after the heading. */
    private static List<List<String>> rows(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading)).findFirst().orElseThrow());
        int header = start;
        while (!lines.get(header).startsWith("|")) {
            header++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split(" \\| ")).map(String::strip).toList());
        }
        return rows;
    }
}
