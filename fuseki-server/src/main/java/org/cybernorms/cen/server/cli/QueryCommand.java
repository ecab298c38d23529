package org.cybernorms.cen.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.ResultFormat;
import org.cybernorms.cen.queries.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen query NAME}: runs one catalogue query on the local reasoned dataset or on an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a query of the catalogue (cen queries lists them; docs/queries.md explains each) on "
                + "the knowledge graph as cen serve serves it (ontology + data + your files, reasoned) or on any "
                + "SPARQL endpoint. Exit 1 when your files break the shapes or make the data inconsistent; "
                + "2 on an unknown query, a bad parameter, unreadable input or an endpoint that fails.")
public final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The query's name, e.g. positions-on-question.")
    private String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter value, e.g. --param question=countermeasures-prior-notification; "
                    + "a list takes values separated by commas.")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    private String format;

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
        // Name, parameters and format are checked before the data are loaded and reasoned.
        Query bound = QueryRunner.bind(QueryCatalogue.load().get(name), params);
        ResultFormat resultFormat = ResultFormat.parse(format);
        QueryResult result = QueryTargets.of(endpoint, data.paths(), engine.engine()).select(bound);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultWriter.write(result, resultFormat, bytes);
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK.code;
    }
}
