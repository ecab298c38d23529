package org.cybernorms.cen.server.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A SELECT answer as a sorted list of rows, so that two servers' answers compare equal
 * when they hold the same rows, whatever their order (the catalogue's ORDER BY sorts on
 * some columns only). Blank nodes would not compare: the catalogue selects none.
 */
record ResultRows(List<String> variables, List<String> rows) {

    /** Reads a SPARQL JSON results document. */
    static ResultRows ofJson(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> variables = results.getResultVars();
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(row(variables, results.next()));
        }
        Collections.sort(rows);
        return new ResultRows(List.copyOf(variables), List.copyOf(rows));
    }

    private static String row(List<String> variables, QuerySolution solution) {
        StringBuilder row = new StringBuilder();
        for (String variable : variables) {
            RDFNode value = solution.get(variable);
            row.append(value == null ? "-" : value.asNode().toString()).append('\t');
        }
        return row.toString();
    }

    int size() {
        return rows.size();
    }
}
