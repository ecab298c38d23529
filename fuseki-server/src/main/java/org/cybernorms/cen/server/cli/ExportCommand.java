package org.cybernorms.cen.server.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.ShapeViolationException;
import org.cybernorms.cen.server.publish.DumpFormat;
import org.cybernorms.cen.server.publish.DumpGraphs;
import org.cybernorms.cen.server.publish.Dumps;
import org.cybernorms.cen.server.store.DatasetBuilder;
import org.cybernorms.cen.server.store.ServedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cen export}: writes a dump of the dataset {@code cen serve} would serve. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a dump of the knowledge graph as cen serve serves it (ontology + data + your files, "
                + "with what the reasoner infers), the same files as the server's /dumps/. TriG and JSON-LD keep the "
                + "named graphs; Turtle, N-Triples and RDF/XML hold their union. Every dump states its licence "
                + "(CC BY 4.0). Exit 1 on data that break the shapes or are inconsistent, 2 on unreadable input or a bad option.")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--graphs", defaultValue = "all", paramLabel = "asserted|inferred|all",
            description = "asserted (ontology and data), inferred, or all (default: ${DEFAULT-VALUE}).")
    private String graphs;

    @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, ntriples, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write here (gzipped when the name ends with .gz); else to standard output.")
    private Path out;

    @Mixin
    private DataFiles data = new DataFiles();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DumpGraphs selection = DumpGraphs.ofLabel(graphs);
        DumpFormat dumpFormat = DumpFormat.ofLabel(format);
        if (selection == null) {
            err.println("BAD_OPTION: --graphs " + graphs + ": give one of "
                    + Arrays.stream(DumpGraphs.values()).map(DumpGraphs::label).collect(Collectors.joining(", ")));
            return ExitCodes.UNREADABLE_INPUT;
        }
        if (dumpFormat == null) {
            err.println("BAD_OPTION: --format " + format + ": give one of "
                    + Arrays.stream(DumpFormat.values()).map(f -> f.label).collect(Collectors.joining(", ")));
            return ExitCodes.UNREADABLE_INPUT;
        }
        if (out != null && Files.isDirectory(out)) {
            err.println("CANNOT_WRITE_OUTPUT: " + out + ": is a folder; --out names the file to write");
            return ExitCodes.UNREADABLE_INPUT;
        }
        ServedDataset served;
        try {
            served = DatasetBuilder.build(data.paths(), null);
        } catch (InconsistentDataException | ShapeViolationException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID;
        } catch (CenInputException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        DatasetGraph content = Dumps.content(served.dataset(), selection, dumpFormat);
        if (out == null) {
            spec.commandLine().getOut().flush();
            Dumps.writeContent(content, selection, dumpFormat, System.out);
            return ExitCodes.OK;
        }
        try (OutputStream file = open(out)) {
            Dumps.writeContent(content, selection, dumpFormat, file);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("CANNOT_WRITE_OUTPUT: " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        spec.commandLine().getOut().printf("%d %s written to %s (%s, %s graphs; licence CC BY 4.0)%n",
                Dumps.size(content), dumpFormat.quads ? "quads" : "triples", out, dumpFormat.title, selection.label());
        return ExitCodes.OK;
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
        return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(stream) : stream;
    }
}
