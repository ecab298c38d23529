package org.cybernorms.cen.server.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.ExitCode;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cen serve}: loads, reasons and serves SPARQL and linked data until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph (ontology + data + your files, with what the reasoner infers): "
                + "SPARQL at /cen/sparql, linked-data pages under /id/, the ontology at /ontology, the Fuseki "
                + "query UI at /. Read-only. Exit 1 on data that break the shapes or are inconsistent, 2 on "
                + "unreadable input, 3 when the server cannot listen.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String host;

    @Option(names = "--port", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    private int port;

    @Mixin
    private DataFiles data = new DataFiles();

    @Mixin
    private EngineOption engine = new EngineOption();

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the dataset in TDB2 in this directory; reused while the inputs are unchanged.")
    private Path tdb2;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + ServeOptions.DEFAULT_TIMEOUT_SECONDS,
            description = "Time limit of every query in seconds (default: ${DEFAULT-VALUE}); past it, 503.")
    private double timeoutSeconds;

    @Option(names = "--allow-service", description = "Allow SERVICE clauses (federated queries calling other endpoints).")
    private boolean allowService;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!(timeoutSeconds > 0)) {
            throw new CenException(ErrorName.BAD_OPTION, "--timeout " + timeoutSeconds, "give a positive number of seconds");
        }
        ServeOptions options = new ServeOptions(host, port, data.paths(), tdb2,
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), allowService, engine.engine());
        RunningServer server = RunningServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cen-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(readyLine(server, ManagementFactory.getRuntimeMXBean().getUptime()));
        out.flush();
        server.join();
        return ExitCode.OK.code;
    }

    /** The one line printed on start: where, how much, how fast. */
    static String readyLine(RunningServer server, long millisSinceStart) {
        var served = server.served();
        return String.format(Locale.ROOT, "CEN-KG serving %s (SPARQL %s): %d triples loaded, %d inferred%s; ready in %.1f s",
                server.url(), server.sparqlUrl(), served.loaded(), served.inferred(),
                served.reused() ? " (TDB2 store reused)" : "", millisSinceStart / 1000.0);
    }
}
