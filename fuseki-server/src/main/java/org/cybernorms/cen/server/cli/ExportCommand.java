package org.cybernorms.cen.server.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.reasoner.KnowledgeGraph;
import org.cybernorms.cen.server.publish.DumpFormat;
import org.cybernorms.cen.server.publish.DumpGraphs;
import org.cybernorms.cen.server.publish.Dumps;
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

    @Mixin
    private EngineOption engine = new EngineOption();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DumpGraphs selection = DumpGraphs.ofLabel(graphs);
        if (selection == null) {
            throw badOption("--graphs", graphs, Arrays.stream(DumpGraphs.values()).map(DumpGraphs::label));
        }
        DumpFormat dumpFormat = DumpFormat.ofLabel(format);
        if (dumpFormat == null) {
            throw badOption("--format", format, Arrays.stream(DumpFormat.values()).map(f -> f.label));
        }
        OutputFile.check(out);
        DatasetGraph served = KnowledgeGraph.load(data.paths()).checkShapes().reason(engine.engine()).dataset()
                .asDatasetGraph();
        DatasetGraph content = Dumps.content(served, selection, dumpFormat);
        if (out == null) {
            spec.commandLine().getOut().flush();
            Dumps.writeContent(content, selection, dumpFormat, System.out);
            return ExitCode.OK.code;
        }
        OutputFile.write(out, stream -> Dumps.writeContent(content, selection, dumpFormat, stream));
        spec.commandLine().getOut().printf("%d %s written to %s (%s, %s graphs; licence CC BY 4.0)%n",
                Dumps.size(content), dumpFormat.quads ? "quads" : "triples", out, dumpFormat.title, selection.label());
        return ExitCode.OK.code;
    }

    private static CenException badOption(String option, String value, Stream<String> choices) {
        return new CenException(ErrorName.BAD_OPTION, option + " " + value,
                "give one of " + choices.collect(Collectors.joining(", ")));
    }
}
