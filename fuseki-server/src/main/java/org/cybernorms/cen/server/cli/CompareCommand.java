package org.cybernorms.cen.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.queries.ComparisonTableWriter;
import org.cybernorms.cen.queries.DoctrineComparison;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen compare DNK ISR …}: States' doctrines side by side, one row per question. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare States' doctrines: a row per legal question on which one of them has a position, "
                + "a column per State with its answer ('-' when silent), and the verdict (conflict, silent, agree, "
                + "compatible). Exit 2 on a bad State or unreadable input.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "STATE",
            description = "Two or more States: ISO 3166-1 alpha-3 codes (DNK), hypothetical States' slugs or IRIs.")
    private List<String> states;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the local data.")
    private String endpoint;

    @Mixin
    private DataFiles data = new DataFiles();

    @Mixin
    private EngineOption engine = new EngineOption();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        QueryCatalogue catalogue = QueryCatalogue.load();
        // The States are checked before the data are loaded and reasoned.
        QueryRunner.bind(catalogue.get(DoctrineComparison.QUERY), Map.of("states", String.join(",", states)));
        DoctrineComparison comparison = DoctrineComparison.compare(catalogue,
                QueryTargets.of(endpoint, data.paths(), engine.engine()), states);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ComparisonTableWriter.write(comparison, bytes);
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK.code;
    }
}
