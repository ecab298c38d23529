package org.cybernorms.cen.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;

/**
 * One real server for the threat tests of this JVM: port 0 on loopback, the bundled data
 * and a student's case whose labels, qualification and quote carry markup an attacker
 * would hide in a file ({@link #CASE}). It passes the shapes and is consistent, so it is
 * served; every HTML page must show the markup as text. Stopped when the JVM exits.
 */
final class ThreatServer {

    /** Set by any of the payloads if a browser ever runs them. */
    static final String FLAG = "cenXss";

    static final String STATE = "https://w3id.org/cyber-election-norms/id/state/issue-8-xss-state";
    static final String POSITION = "https://w3id.org/cyber-election-norms/id/position/issue-8-xss-state/countermeasures-apply-to-cyber";
    static final String CITATION = "https://w3id.org/cyber-election-norms/id/citation/issue-8-xss-source/quote";
    static final String SOURCE = "https://w3id.org/cyber-election-norms/id/source/issue-8-xss-source";

    /** The payloads as written in the file (Turtle-escaped where needed). */
    static final String SCRIPT = "<script>window." + FLAG + "=1;document.title='pwned'</script>";
    static final String IMG = "<img src=x onerror=\"window." + FLAG + "=2;document.title='pwned'\">";
    static final String ATTR = "\"><svg onload=\"window." + FLAG + "=3\"></svg><a title='";

    static final String CASE = """
            # Issue 8: a student's case with markup in every text an HTML page shows.
            @base   <https://w3id.org/cyber-election-norms/id/> .
            @prefix cen:  <https://w3id.org/cyber-election-norms/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .

            <state/issue-8-xss-state> a cen:HypotheticalState ;
                rdfs:label "%1$s State X"@en .

            <source/issue-8-xss-source> a cen:Source ;
                rdfs:label "%2$s source"@en ;
                dct:title "%3$s title" .

            <citation/issue-8-xss-source/quote> a cen:Citation ;
                rdfs:label "%1$s citation"@en ;
                dct:source <source/issue-8-xss-source> ;
                cen:locator "%3$s para. 1" ;
                cen:quote "%2$s the quote" .

            <position/issue-8-xss-state/countermeasures-apply-to-cyber> a cen:Position ;
                rdfs:label "%1$s position"@en ;
                cen:heldBy <state/issue-8-xss-state> ;
                cen:answer <question/countermeasures-apply-to-cyber/no> ;
                cen:qualification "%3$s qualified"@en ;
                prov:wasDerivedFrom <citation/issue-8-xss-source/quote> .
            """.formatted(SCRIPT.replace("\"", "\\\""), IMG.replace("\"", "\\\""), ATTR.replace("\"", "\\\""));

    private static RunningServer server;

    private ThreatServer() {}

    static synchronized RunningServer get() {
        if (server == null) {
            try {
                Path file = Files.createTempDirectory("cen-issue-8").resolve("xss-case.ttl");
                Files.writeString(file, CASE, StandardCharsets.UTF_8);
                server = RunningServer.start(ServeOptions.defaults().withPort(0).withTimeout(Duration.ofSeconds(3))
                        .withData(List.of(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            RunningServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }
}
