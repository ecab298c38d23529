package org.cybernorms.cen.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The configurations stock Fuseki runs with: an assembler file per setup, each serving one
 * read-only dataset at {@code /cen/sparql}, and a logging configuration that keeps
 * warnings only, as the CEN-KG server does (stock Fuseki logs every request otherwise).
 */
final class StockFuseki {

    private static final String PREFIXES = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

            <#service> a fuseki:Service ;
                fuseki:name "cen" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                fuseki:dataset <#dataset> .

            """;

    private static final String QUIET_LOGGING = """
            status = error
            appender.console.type = Console
            appender.console.name = OUT
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = %d{HH:mm:ss} %-5p %c{1} :: %m%n
            rootLogger.level = WARN
            rootLogger.appenderRef.out.ref = OUT
            """;

    private final Path jar;
    private final Path logging;

    private StockFuseki(Path jar, Path logging) {
        this.jar = jar;
        this.logging = logging;
    }

    static StockFuseki at(Path jar, Path workDirectory) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("stock Fuseki jar not found: " + jar
                    + " (the benchmark profile fetches it: -Pbenchmark)");
        }
        Path logging = workDirectory.resolve("stock-log4j2.properties");
        Files.createDirectories(workDirectory);
        Files.writeString(logging, QUIET_LOGGING);
        return new StockFuseki(jar, logging);
    }

    /** A TDB2 store whose default graph is the union of its named graphs, as CEN-KG serves. */
    static String tdb2Union(Path directory) {
        return PREFIXES + """
                <#dataset> a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(literal(directory));
    }

    /** An in-memory dataset with every triple in its default graph (no named graphs). */
    static String memory(Path triples) {
        return PREFIXES + """
                <#dataset> a ja:MemoryDataset ;
                    ja:data "%s" .
                """.formatted(literal(triples));
    }

    /** The asserted triples in one graph under Jena's full OWL rule reasoner. */
    static String owlReasoner(Path asserted, long timeoutMillis) {
        return PREFIXES + """
                <#dataset> a ja:RDFDataset ;
                    ja:defaultGraph <#inferred> ;
                    ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] .
                <#inferred> a ja:InfModel ;
                    ja:baseModel <#asserted> ;
                    ja:reasoner [ ja:reasonerURL <http://jena.hpl.hp.com/2003/OWLFBRuleReasoner> ] .
                <#asserted> a ja:MemoryModel ;
                    ja:content [ ja:externalContent <%s> ] .
                """.formatted(timeoutMillis, asserted.toUri());
    }

    /** The command that serves {@code config} on {@code port}, written to {@code configFile}. */
    List<String> command(String heap, String config, Path configFile, int port) {
        try {
            Files.writeString(configFile, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JavaProcess.command(heap,
                List.of("-Dlog4j.configurationFile=" + logging, "-jar", jar.toString()),
                List.of("--port=" + port, "--localhost", "--config=" + configFile));
    }

    private static String literal(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
