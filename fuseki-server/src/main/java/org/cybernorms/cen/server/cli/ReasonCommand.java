package org.cybernorms.cen.server.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.reasoner.Inference;
import org.cybernorms.cen.reasoner.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen reason}: reasons over ontology + data + files and writes the inferred graph. */
@Command(name = "reason", mixinStandardHelpOptions = true,
        description = "Infer violations, attribution, conflicts and doctrine verdicts. Prints a summary "
                + "and writes the inferred graph (to --out, else to standard output). "
                + "Exit 1 on data that break the shapes or are inconsistent (with the explanation), 2 on unreadable input.")
public final class ReasonCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        TURTLE(RDFFormat.TURTLE_PRETTY), TRIG(RDFFormat.TRIG_PRETTY), NTRIPLES(RDFFormat.NTRIPLES_UTF8);

        final RDFFormat rdfFormat;

        Format(RDFFormat rdfFormat) {
            this.rdfFormat = rdfFormat;
        }
    }

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files or folders reasoned with the data (as --data).")
    private List<Path> files = List.of();

    @Mixin
    private DataFiles data = new DataFiles();

    @Mixin
    private EngineOption engine = new EngineOption();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the inferred graph here.")
    private Path out;

    @Option(names = "--format", defaultValue = "turtle", paramLabel = "turtle|trig|ntriples",
            description = "turtle, trig or ntriples (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        OutputFile.check(out);
        Inference inference = KnowledgeGraph.load(data.with(files)).checkShapes().reason(engine.engine()).inference();
        // The summary goes where it does not mix with the graph.
        PrintWriter summary = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        printSummary(summary, inference);
        if (out == null) {
            spec.commandLine().getOut().flush();
            write(System.out, inference);
        } else {
            OutputFile.write(out, stream -> write(stream, inference));
            summary.println("inferred graph written to " + out);
        }
        return ExitCode.OK.code;
    }

    private void write(OutputStream stream, Inference inference) {
        if (format == Format.TRIG) {
            var dataset = DatasetFactory.create();
            dataset.addNamedModel(CEN.GRAPH_INFERRED, inference.inferred());
            RDFDataMgr.write(stream, dataset, format.rdfFormat);
        } else {
            inference.inferred().setNsPrefix("cen", CEN.NS);
            RDFDataMgr.write(stream, inference.inferred(), format.rdfFormat);
        }
    }

    private static void printSummary(PrintWriter out, Inference inference) {
        out.printf("assessments         %d (%d violations, %d contrary to a norm, settled)%n",
                inference.count(CEN.assessedNorm), inference.count(CEN.violates), inference.count(CEN.contraryTo));
        out.printf("attributions        %d official, %d alleged%n",
                inference.count(CEN.attributableTo), inference.count(CEN.allegedlyAttributableTo));
        out.printf("conflicts           %d (positions), %d (holders disagreeing)%n",
                inference.count(CEN.conflictsWith), inference.count(CEN.disagreesWith));
        out.printf("doctrine verdicts   %d (State and question); responses under a State's doctrine: %d contrary, "
                + "%d consistent, %d undetermined; %d general-law conditions failed%n",
                inference.count(CEN.verdictOn), inference.count(CEN.contraryToDoctrineOf),
                inference.count(CEN.consistentWithDoctrineOf), inference.count(CEN.undeterminedUnderDoctrineOf),
                inference.count(CEN.failsCondition));
        out.printf("conduct contrary to commitment  %d%n", inference.count(CEN.conductContraryToCommitment));
        out.printf("inferred triples    %d%n", inference.inferred().size());
        inference.stages().forEach(stage -> out.printf("  %-20s %6d ms%n", stage.name(), stage.time().toMillis()));
        inference.notes().forEach(note -> out.println("note: " + note));
        out.flush();
    }
}
