package org.cybernorms.cen.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryParameterException;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.queries.ResultFormat;
import org.cybernorms.cen.queries.ResultWriter;
import org.cybernorms.cen.queries.UnknownQueryException;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.ShapeViolationException;
import org.cybernorms.cen.server.store.DatasetBuilder;
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
                + "2 on an unknown query, a bad parameter or unreadable input.")
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

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CatalogueQuery query;
        Query bound;
        ResultFormat resultFormat;
        try {
            query = QueryCatalogue.load().get(name);
            bound = QueryRunner.bind(query, params);
            resultFormat = ResultFormat.parse(format);
        } catch (UnknownQueryException e) {
            err.println(unknown(e));
            return ExitCodes.UNREADABLE_INPUT;
        } catch (QueryParameterException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        QueryResult result;
        try {
            result = target(endpoint, data.paths()).select(bound);
        } catch (InconsistentDataException | ShapeViolationException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID;
        } catch (CenInputException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        } catch (RuntimeException e) {
            if (endpoint == null) {
                throw e;
            }
            err.println(endpointFailure(endpoint, e));
            return ExitCodes.UNREADABLE_INPUT;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultWriter.write(result, resultFormat, bytes);
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }

    /** The message for an unknown query name, with where to look. */
    static String unknown(UnknownQueryException e) {
        return e.getMessage() + " (cen queries lists them with their titles)";
    }

    /** The message when a remote endpoint fails: where, and what it said (no stack trace). */
    static String endpointFailure(String url, RuntimeException e) {
        return "cannot query " + url + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }

    /**
     * Where a command's query runs: the endpoint when one is given, else the bundled
     * ontology and data plus the user's files, loaded and reasoned as {@code cen serve} does.
     *
     * @throws IllegalArgumentException when both an endpoint and files are given
     * @throws CenInputException on unreadable or inconsistent input
     */
    static QueryTarget target(String endpoint, List<Path> data) {
        if (endpoint != null) {
            if (!data.isEmpty()) {
                throw new IllegalArgumentException("--data reasons your files locally; it cannot be used with --endpoint");
            }
            return QueryTarget.endpoint(endpoint);
        }
        return QueryTarget.local(DatasetFactory.wrap(DatasetBuilder.build(data, null).dataset()));
    }
}
