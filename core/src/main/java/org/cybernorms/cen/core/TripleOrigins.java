package org.cybernorms.cen.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * Finds which input files state given triples. Used only on the failure path (an
 * explanation of an inconsistency), so it re-reads the inputs instead of making every
 * load remember the origin of every triple.
 */
public final class TripleOrigins {

    private TripleOrigins() {}

    /** For each triple, the names of the inputs that contain it (possibly none). */
    public static Map<Triple, List<String>> locate(List<Triple> triples, List<RdfSource> inputs) {
        Map<Triple, List<String>> origins = new LinkedHashMap<>();
        triples.forEach(t -> origins.put(t, new ArrayList<>()));
        Set<Triple> wanted = new HashSet<>(triples);
        for (RdfSource input : inputs) {
            Graph graph = DatasetLoader.parseAll(List.of(input));
            for (Triple triple : wanted) {
                if (graph.contains(triple)) {
                    origins.get(triple).add(input.name());
                }
            }
        }
        return origins;
    }
}
