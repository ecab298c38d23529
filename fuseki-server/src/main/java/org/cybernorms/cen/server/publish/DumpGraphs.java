package org.cybernorms.cen.server.publish;

import java.util.List;
import org.cybernorms.cen.core.CEN;

/** Which named graphs a dump holds. */
public enum DumpGraphs {
    /** What was written down: the ontology and the data (with a researcher's own files). */
    ASSERTED(List.of(CEN.GRAPH_ONTOLOGY, CEN.GRAPH_DATA)),
    /** What the reasoner added. */
    INFERRED(List.of(CEN.GRAPH_INFERRED)),
    /** Both: the whole served dataset. */
    ALL(List.of(CEN.GRAPH_ONTOLOGY, CEN.GRAPH_DATA, CEN.GRAPH_INFERRED));

    private final List<String> graphs;

    DumpGraphs(List<String> graphs) {
        this.graphs = graphs;
    }

    /** The IRIs of the named graphs, in a stable order. */
    public List<String> graphs() {
        return graphs;
    }

    /** The name on the command line and in file names: {@code asserted}, {@code inferred}, {@code all}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The selection of a label, or null. */
    public static DumpGraphs ofLabel(String label) {
        for (DumpGraphs g : values()) {
            if (g.label().equalsIgnoreCase(label)) {
                return g;
            }
        }
        return null;
    }
}
