package org.cybernorms.cen.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/**
 * One SPARQL quality check ({@code quality/<name>-violation.rq}) and its fixture
 * ({@code quality-fixtures/<name>.ttl}). The query returns offending terms: no row means
 * the check passes.
 */
record QualityCheck(String name, Path query, Path fixture) {

    static final String SUFFIX = "-violation.rq";

    static QualityCheck of(Path query) {
        String file = query.getFileName().toString();
        String name = file.substring(0, file.length() - SUFFIX.length());
        Path fixture = OntologySources.resourceFolder("quality-fixtures").resolve(name + ".ttl");
        return new QualityCheck(name, query, fixture);
    }

    /** The rows the check returns over {@code model}, each row as text for messages. */
    List<String> offences(Model model) {
        String sparql;
        try {
            sparql = Files.readString(query, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model).query(sparql).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Override
    public String toString() {
        return name;
    }
}
