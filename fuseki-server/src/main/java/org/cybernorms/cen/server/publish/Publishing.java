package org.cybernorms.cen.server.publish;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What is published from one served dataset: its dumps and its figures, each made once,
 * when first asked for (the served dataset is read-only, so neither goes stale).
 */
final class Publishing {

    private final DatasetGraph served;
    private final DumpCache dumps;
    private volatile DatasetStatistics statistics;

    Publishing(DatasetGraph served) {
        this.served = served;
        this.dumps = new DumpCache(served);
    }

    DumpCache dumps() {
        return dumps;
    }

    /** The figures of the served dataset, counted on first use. */
    DatasetStatistics statistics() {
        DatasetStatistics result = statistics;
        if (result == null) {
            synchronized (this) {
                if (statistics == null) {
                    statistics = DatasetStatistics.of(served);
                }
                result = statistics;
            }
        }
        return result;
    }
}
