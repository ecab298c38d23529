package org.cybernorms.cen.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.cybernorms.cen.queries.text.NodeText;

/** The hand-written test data (fixtures/*.trig) and small helpers to read results. */
final class Fixtures {

    static final List<String> FILES = List.of("fixtures/doctrine.trig", "fixtures/operations.trig");

    private static final QueryCatalogue CATALOGUE = QueryCatalogue.load();

    private Fixtures() {}

    /** A new dataset holding every fixture, in the named graphs the files give. */
    static Dataset dataset() {
        Dataset dataset = DatasetFactory.createTxnMem();
        dataset.executeWrite(() -> FILES.forEach(file -> RDFDataMgr.read(dataset, file)));
        return dataset;
    }

    static QueryCatalogue catalogue() {
        return CATALOGUE;
    }

    /** Runs a catalogue query on the fixtures. */
    static QueryResult run(String name, Map<String, String> params) {
        return QueryRunner.run(QueryTarget.local(dataset()), CATALOGUE.get(name), params);
    }

    /** The rows as text ({@code cenid:state/DNK}, lexical forms, "" for unbound), keeping only the columns named. */
    static List<List<String>> rows(QueryResult result, String... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                if (!result.vars().contains(column)) {
                    throw new IllegalArgumentException("no column " + column + " in " + result.vars());
                }
                row.add(NodeText.of(result.get(i, column)));
            }
            rows.add(row);
        }
        return rows;
    }
}
