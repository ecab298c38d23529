package org.cybernorms.cen.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.query.DatasetFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenInputException;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.InconsistentDataException;
import org.cybernorms.cen.reasoner.Inference;
import org.cybernorms.cen.reasoner.ShapeViolationException;
import org.cybernorms.cen.reasoner.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cen reason}: reasons over ontology + data + files and writes the inferred graph. */
@Command(name = "reason", mixinStandardHelpOptions = true,
        description = "Infer violations, attribution, conflicts and doctrine verdicts. Prints a summary "
                + "and writes the inferred graph (to --out, else to standard output). "
                + "Exit 1 with the explanation on inconsistency, 2 on unreadable input.")
public final class ReasonCommand implements Callable<Integer> {

    /** Output formats by name. */
    enum Format {
        turtle(RDFFormat.TURTLE_PRETTY), trig(RDFFormat.TRIG_PRETTY), ntriples(RDFFormat.NTRIPLES_UTF8);

        final RDFFormat rdfFormat;

        Format(RDFFormat rdfFormat) {
            this.rdfFormat = rdfFormat;
        }
    }

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Your own Turtle files or folders, reasoned with the data.")
    private List<Path> files = List.of();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the inferred graph here.")
    private Path out;

    @Option(names = "--format", defaultValue = "turtle", description = "turtle, trig or ntriples (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--engine", converter = EngineName.class, paramLabel = "hermit|fast",
            description = "The OWL engine: hermit (the reference) or fast (forward rules, same result; the default). "
                    + "See docs/performance.md.")
    private CenReasoner.Engine engine = CenReasoner.DEFAULT_ENGINE;

    /** Engine names in lower case, as users type them; an unknown name is refused with the choices. */
    static final class EngineName implements picocli.CommandLine.ITypeConverter<CenReasoner.Engine> {
        @Override
        public CenReasoner.Engine convert(String name) {
            for (CenReasoner.Engine candidate : CenReasoner.Engine.values()) {
                if (candidate.name().equalsIgnoreCase(name)) {
                    return candidate;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown engine '" + name + "': hermit or fast");
        }
    }

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // The summary goes where it does not mix with the graph.
        PrintWriter summary = out == null ? err : spec.commandLine().getOut();
        if (out != null && Files.isDirectory(out)) {
            // Refused before the work, not after it.
            err.println("CANNOT_WRITE_OUTPUT: " + out + ": is a folder; --out names the file to write");
            return ExitCodes.UNREADABLE_INPUT;
        }
        Inference inference;
        try {
            KnowledgeBase kb = KnowledgeBase.load(files);
            Validation.checkShapes(kb.dataset());
            inference = CenReasoner.reason(kb.dataset(), kb.inputs(), engine);
        } catch (InconsistentDataException | ShapeViolationException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID;
        } catch (CenInputException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        printSummary(summary, inference);
        if (out == null) {
            spec.commandLine().getOut().flush();
            write(System.out, inference);
        } else {
            try (OutputStream stream = Files.newOutputStream(out)) {
                write(stream, inference);
            } catch (IOException e) {
                err.println("CANNOT_WRITE_OUTPUT: " + out + ": " + e.getMessage());
                return ExitCodes.UNREADABLE_INPUT;
            }
            summary.println("inferred graph written to " + out);
        }
        return ExitCodes.OK;
    }

    private void write(OutputStream stream, Inference inference) {
        if (format == Format.trig) {
            var dataset = DatasetFactory.create();
            dataset.addNamedModel(CEN.GRAPH_INFERRED, inference.inferred());
            RDFDataMgr.write(stream, dataset, format.rdfFormat);
        } else {
            inference.inferred().setNsPrefix("cen", CEN.NS);
            RDFDataMgr.write(stream, inference.inferred(), format.rdfFormat);
        }
    }

    private static void printSummary(PrintWriter out, Inference inference) {
        out.printf("violations          %d%n", inference.count(CEN.violates));
        out.printf("attributions        %d%n", inference.count(CEN.attributableTo));
        out.printf("conflicts           %d (positions), %d (holders disagreeing)%n",
                inference.count(CEN.conflictsWith), inference.count(CEN.disagreesWith));
        out.printf("doctrine verdicts   %d contrary, %d consistent%n",
                inference.count(CEN.contraryToDoctrineOf), inference.count(CEN.consistentWithDoctrineOf));
        out.printf("conduct contrary to commitment  %d%n", inference.count(CEN.conductContraryToCommitment));
        out.printf("inferred triples    %d%n", inference.inferred().size());
        inference.stageTimes().forEach((stage, time) -> out.printf("  %-20s %6d ms%n", stage, time.toMillis()));
        out.flush();
    }
}
