package org.cybernorms.cen.server.bench;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Loads a dump into a new TDB2 directory, in a process of its own: TDB2 locks a directory
 * to one process, and stock Fuseki opens it next.
 *
 * <p>Usage: {@code Tdb2Load DIR DUMP}
 */
public final class Tdb2Load {

    private Tdb2Load() {}

    public static void main(String[] args) {
        Dataset dataset = TDB2Factory.connectDataset(Path.of(args[0]).toString());
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, args[1]));
        dataset.close();
    }
}
