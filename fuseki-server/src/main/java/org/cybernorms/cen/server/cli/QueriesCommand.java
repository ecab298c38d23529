package org.cybernorms.cen.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cen queries}: the catalogue's queries, one per line, name and title. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the queries of the catalogue, name and title; run one with cen query NAME.")
public final class QueriesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<CatalogueQuery> queries = QueryCatalogue.load().list();
        int width = queries.stream().mapToInt(q -> q.name().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (CatalogueQuery query : queries) {
            out.println(String.format("%-" + width + "s  %s", query.name(), query.header().title()).strip());
        }
        out.flush();
        return ExitCode.OK.code;
    }
}
