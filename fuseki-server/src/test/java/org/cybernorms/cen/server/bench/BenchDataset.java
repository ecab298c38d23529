package org.cybernorms.cen.server.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.cli.Cen;

/**
 * One dataset of the benchmark, and the files every setup serves it from: the real data
 * (ontology and bundled data) or generated operations added to it; the materialised dump
 * as {@code cen export} writes it (TriG, named graphs), its named graphs merged into one
 * N-Triples file, the asserted graphs alone, and a TDB2 store loaded from the dump.
 */
record BenchDataset(String name, Path userData, Path dump, Path union, Path asserted, Path tdb2, int triples) {

    private static final Set<String> ASSERTED_GRAPHS = Set.of(CEN.GRAPH_ONTOLOGY, CEN.GRAPH_DATA);

    /** The arguments that give {@code cen} this dataset's own files (none for the real data). */
    List<String> dataArgs() {
        return userData == null ? List.of() : List.of("--data=" + userData);
    }

    /**
     * Writes the files under {@code work/name}. {@code operations} 0 means the real data;
     * otherwise that many generated operations (with {@code states}, {@code positions},
     * {@code seed}) beside it.
     */
    static BenchDataset prepare(Path work, int operations, int states, int positions, long seed, String heap)
            throws IOException, InterruptedException {
        String name = operations == 0 ? "real" : "generated-" + operations;
        Path folder = work.resolve(name);
        Files.createDirectories(folder);
        Path log = folder.resolve("prepare.log");
        Path userData = null;
        if (operations > 0) {
            userData = folder.resolve("data");
            if (!Files.isDirectory(userData)) {
                JavaProcess.run(JavaProcess.command(heap, JavaProcess.ownMain(Cen.class), List.of("generate",
                        "--states=" + states, "--operations=" + operations, "--positions=" + positions,
                        "--seed=" + seed, "--out=" + userData)), log);
            }
        }
        Path dump = folder.resolve("dump.trig");
        List<String> export = new ArrayList<>(List.of("export", "--format=trig", "--out=" + dump));
        if (userData != null) {
            export.add("--data=" + userData);
        }
        JavaProcess.run(JavaProcess.command(heap, JavaProcess.ownMain(Cen.class), export), log);

        DatasetGraph dataset = RDFDataMgr.loadDatasetGraph(dump.toString());
        Path union = folder.resolve("union.nt");
        Path asserted = folder.resolve("asserted.nt");
        Graph all = merge(dataset, graph -> true);
        write(all, union);
        write(merge(dataset, ASSERTED_GRAPHS::contains), asserted);

        Path tdb2 = folder.resolve("tdb2");
        deleteTree(tdb2);
        JavaProcess.run(JavaProcess.command(heap, JavaProcess.ownMain(Tdb2Load.class),
                List.of(tdb2.toString(), dump.toString())), log);
        return new BenchDataset(name, userData, dump, union, asserted, tdb2, all.size());
    }

    /** The triples of the named graphs {@code keep} accepts, as one graph (so without duplicates). */
    private static Graph merge(DatasetGraph dataset, Predicate<String> keep) {
        Graph merged = GraphFactory.createDefaultGraph();
        for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            if (keep.test(name.getURI())) {
                dataset.getGraph(name).find().forEachRemaining(merged::add);
            }
        }
        return merged;
    }

    private static void write(Graph graph, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
