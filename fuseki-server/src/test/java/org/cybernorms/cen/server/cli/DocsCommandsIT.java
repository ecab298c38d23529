package org.cybernorms.cen.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code cen} command line written in the README, the module READMEs and docs/ is one
 * the command line accepts: options and arguments as picocli parses them, with the optional
 * parts ({@code [ … ]}) left out. The lines that read the knowledge base and write to
 * standard output only (queries, query, compare, explain) are run and must succeed, so a
 * documented example cannot fail.
 */
class DocsCommandsIT {

    private static final Path ROOT = Path.of("..");
    private static final Pattern LINE = Pattern.compile("^\\s*(?:\\./)?cen ([a-z].*)$");
    private static final Pattern OPTIONAL = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Set<String> RUN = Set.of("queries", "query", "compare", "explain");

    record DocumentedCommand(String where, List<String> args) {
        @Override
        public String toString() {
            return where + ": cen " + String.join(" ", args);
        }
    }

    static Stream<DocumentedCommand> commands() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        for (String module : List.of("core", "ontology", "data", "reasoner", "queries", "fuseki-server")) {
            docs.add(ROOT.resolve(module).resolve("README.md"));
        }
        List<DocumentedCommand> found = new ArrayList<>();
        for (Path doc : docs) {
            if (!Files.exists(doc)) {
                continue;
            }
            List<String> lines = Files.readAllLines(doc);
            boolean inCode = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("```")) {
                    inCode = !inCode;
                    continue;
                }
                Matcher m = LINE.matcher(lines.get(i));
                if (inCode && m.matches()) {
                    found.add(new DocumentedCommand(ROOT.relativize(doc) + ":" + (i + 1), args(m.group(1))));
                }
            }
        }
        assertThat(found).as("command lines found in the docs").hasSizeGreaterThan(10);
        return found.stream();
    }

    /** The arguments of a documented line: the comment and the optional parts left out. */
    static List<String> args(String line) {
        String text = line.replaceAll("\\s+#.*$", "").replace("\\", " ");
        for (String before = ""; !before.equals(text); ) {
            before = text;
            text = OPTIONAL.matcher(text).replaceAll("");
        }
        return List.of(text.strip().split("\\s+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theCommandLineAcceptsIt(DocumentedCommand command) {
        assertThatCode(() -> Cen.commandLine().parseArgs(command.args().toArray(String[]::new)))
                .as(command.toString())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theExamplesThatOnlyReadRunAndSucceed(DocumentedCommand command) {
        if (!RUN.contains(command.args().get(0))) {
            return;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cen.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(command.args().toArray(String[]::new));

        assertThat(exit).as("%s%nstderr: %s", command, err).isZero();
        assertThat(out.toString()).as(command.toString()).isNotBlank();
    }
}
