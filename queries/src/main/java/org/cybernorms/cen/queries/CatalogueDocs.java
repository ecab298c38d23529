package org.cybernorms.cen.queries;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code docs/queries.md} from the catalogue headers: for each query its title,
 * question, parameters, how to read the answer, the example command and the example's
 * answer on the data given (the test fixtures). A test compares the file with this output.
 */
public final class CatalogueDocs {

    private CatalogueDocs() {}

    /** The page; each example is run on {@code examples}, which {@code exampleData} describes. */
    public static String render(QueryCatalogue catalogue, QueryTarget examples, String exampleData) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("# The query catalogue");
        out.println();
        out.println("<!-- Generated from the headers of queries/src/main/resources/queries/*.rq by");
        out.println("     org.cybernorms.cen.queries.CatalogueDocs. Do not edit: CatalogueDocsTest says how to regenerate. -->");
        out.println();
        out.println("Named SPARQL queries over the CEN-KG graph. Each runs over the union of the ontology, data and");
        out.println("inferred graphs, locally (`cen query NAME`) or on any SPARQL endpoint (`--endpoint URL`), and");
        out.println("writes a table, CSV, TSV or SPARQL JSON (`--format`). Parameters are given as `--param name=value`;");
        out.println("a list takes values separated by commas. A State is an ISO 3166-1 alpha-3 code (`DNK`), a");
        out.println("hypothetical State's slug or an IRI; questions, answers and operations are slugs or IRIs. In");
        out.println("tables `cenid:` stands for `https://w3id.org/cyber-election-norms/id/` and `cen:` for the ontology.");
        out.println();
        out.println("| query | title | parameters |");
        out.println("| --- | --- | --- |");
        for (CatalogueQuery query : catalogue.list()) {
            out.println("| [`" + query.name() + "`](#" + query.name() + ") | " + query.header().title() + " | "
                    + paramNames(query) + " |");
        }
        for (CatalogueQuery query : catalogue.list()) {
            section(out, query, examples, exampleData);
        }
        compareSection(out, catalogue, examples, exampleData);
        out.flush();
        return text.toString();
    }

    private static void section(PrintWriter out, CatalogueQuery query, QueryTarget examples, String exampleData) {
        QueryHeader header = query.header();
        out.println();
        out.println("## " + query.name());
        out.println();
        out.println("**" + header.title() + ".** " + header.question());
        out.println();
        if (header.params().isEmpty()) {
            out.println("No parameters.");
        } else {
            out.println("| parameter | kind | required | meaning |");
            out.println("| --- | --- | --- | --- |");
            for (QueryParam param : header.params()) {
                String kind = param.type().headerName() + (param.list() ? ", list of at least " + param.min() : "");
                out.println("| `" + param.name() + "` | " + kind + " | " + (param.optional() ? "no" : "yes") + " | "
                        + param.meaning() + " |");
            }
        }
        out.println();
        out.println("**Reading the answer.** " + header.reading());
        out.println();
        out.println("**Example** (run on " + exampleData + "):");
        out.println();
        out.println("```");
        out.println("$ " + command(query.name(), header.example()));
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ResultWriter.write(QueryRunner.run(examples, query, header.example()), ResultFormat.TABLE, table);
        out.print(table.toString(StandardCharsets.UTF_8));
        out.println("```");
    }

    private static void compareSection(PrintWriter out, QueryCatalogue catalogue, QueryTarget examples,
            String exampleData) {
        List<String> states = List.of("DNK", "ISR", "EST");
        out.println();
        out.println("## Comparing doctrines: `cen compare`");
        out.println();
        out.println("`cen compare` pivots the rows of `" + DoctrineComparison.QUERY + "`: questions as rows, States as");
        out.println("columns, each cell the State's answer (`-` for none), and the verdict of the row.");
        out.println();
        out.println("**Example** (run on " + exampleData + "):");
        out.println();
        out.println("```");
        out.println("$ cen compare " + String.join(" ", states));
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ComparisonTableWriter.write(DoctrineComparison.compare(catalogue, examples, states), table);
        out.print(table.toString(StandardCharsets.UTF_8));
        out.println("```");
    }

    /** The command line that runs the query with these parameters. */
    public static String command(String name, Map<String, String> params) {
        List<String> words = new ArrayList<>(List.of("cen", "query", name));
        params.forEach((key, value) -> words.add("--param " + key + "=" + value));
        return String.join(" ", words);
    }

    private static String paramNames(CatalogueQuery query) {
        List<String> names = query.header().params().stream()
                .map(p -> "`" + p.name() + "`" + (p.optional() ? " (optional)" : "")).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
