package org.cybernorms.cen.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.TurtleFiles;
import org.cybernorms.cen.server.cli.Cen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cen export}: the whole served dataset as a gzipped TriG file, and the refusals. */
class ExportCommandIT {

    @TempDir
    Path dir;

    @Test
    void exportsTheServedDatasetWithItsNamedGraphsAndLicence() throws IOException {
        Path out = dir.resolve("cen-kg.trig.gz");
        Result result = run("export", "--graphs", "all", "--format", "trig", "--out", out.toString());
        assertThat(result.code).as(result.err).isZero();
        assertThat(result.out).contains("quads written to " + out).contains("licence CC BY 4.0");

        String trig;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            trig = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(trig).startsWith("# " + Publication.TITLE)
                .contains("# Licence: " + Publication.DATA_LICENCE_NAME + ", " + Publication.DATA_LICENCE);
        DatasetGraph dump = RDFParser.fromString(trig, Lang.TRIG).toDatasetGraph();
        assertThat(graph(dump, CEN.GRAPH_ONTOLOGY).isIsomorphicWith(
                ModelFactory.createModelForGraph(DatasetLoader.parseAll(TurtleFiles.bundledOntology()))))
                .as("the ontology graph is the bundled ontology").isTrue();
        assertThat(graph(dump, CEN.GRAPH_DATA).isIsomorphicWith(
                ModelFactory.createModelForGraph(DatasetLoader.parseAll(TurtleFiles.bundledData()))))
                .as("the data graph is the bundled data").isTrue();
        Model inferred = graph(dump, CEN.GRAPH_INFERRED);
        assertThat(inferred.contains(null, CEN.allegedlyAttributableTo, (RDFNode) null)).as("the reasoner's conclusions").isTrue();
        Model description = ModelFactory.createModelForGraph(dump.getDefaultGraph());
        assertThat(description.contains(Publication.dataset(), DCTerms.license,
                description.createResource(Publication.DATA_LICENCE))).isTrue();
    }

    @Test
    void refusesBadOptionsBeforeAnyWork() throws IOException {
        Result format = run("export", "--format", "xml");
        assertThat(format.code).isEqualTo(2);
        assertThat(format.err).startsWith("BAD_OPTION: --format xml").contains("turtle, ntriples, trig, jsonld, rdfxml");
        Result graphs = run("export", "--graphs", "some");
        assertThat(graphs.code).isEqualTo(2);
        assertThat(graphs.err).startsWith("BAD_OPTION: --graphs some").contains("asserted, inferred, all");
        Result folder = run("export", "--out", dir.toString());
        assertThat(folder.code).isEqualTo(2);
        assertThat(folder.err).startsWith("CANNOT_WRITE_OUTPUT: ");
        Result missing = run("export", "--data", dir.resolve("no-such-file.ttl").toString(), "--out",
                dir.resolve("x.ttl").toString());
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).startsWith("MISSING_INPUT");
        assertThat(Files.exists(dir.resolve("x.ttl"))).as("nothing written").isFalse();
    }

    private static Model graph(DatasetGraph dataset, String name) {
        return ModelFactory.createModelForGraph(dataset.getGraph(NodeFactory.createURI(name)));
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cen.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
