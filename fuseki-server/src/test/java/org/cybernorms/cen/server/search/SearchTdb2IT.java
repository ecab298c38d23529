package org.cybernorms.cen.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.Http;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --tdb2}, the full-text index lives in the store's directory and follows the
 * inputs: rebuilt when a file changes (the old words no longer found, the new ones found),
 * reused while they are unchanged (still answering), and rebuilt when it has gone missing.
 */
class SearchTdb2IT {

    private static final String STATE = CEN.ID + "state/tdb2-search-fixture";

    @TempDir
    Path dir;

    private static String caseWithLabel(String label) {
        return "@base <https://w3id.org/cyber-election-norms/id/> .\n"
                + "@prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .\n"
                + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<state/tdb2-search-fixture> a cen:HypotheticalState ; rdfs:label \"" + label + "\"@en .\n";
    }

    /** The IRIs /search finds for the words. */
    private static List<String> found(RunningServer server, String words) {
        HttpResponse<String> answer = Http.get(server.url() + "search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8),
                "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        return body.getJsonArray("results").stream().map(v -> v.asJsonObject().getString("iri")).toList();
    }

    private RunningServer serve(Path store, Path data) {
        return RunningServer.start(ServeOptions.defaults().withPort(0).withTdb2(store).withData(List.of(data)));
    }

    @Test
    void theIndexIsRebuiltWhenTheInputsChangeAndReusedWhileTheyDoNot() throws IOException {
        Path store = dir.resolve("store");
        Path data = dir.resolve("case.ttl");
        Files.writeString(data, caseWithLabel("Zanzibarian fixture State"));
        try (RunningServer first = serve(store, data)) {
            assertThat(found(first, "Zanzibarian")).containsExactly(STATE);
        }
        Path index = store.resolve("text-index");
        assertThat(index).isDirectory();

        Files.writeString(data, caseWithLabel("Quokkaland fixture State"));
        try (RunningServer changed = serve(store, data)) {
            assertThat(changed.served().reused()).as("changed inputs: the store is rebuilt").isFalse();
            assertThat(found(changed, "Quokkaland")).containsExactly(STATE);
            assertThat(found(changed, "Zanzibarian")).as("the old label is gone from the index").isEmpty();
            assertThat(found(changed, "Denmark")).contains(CEN.ID + "state/DNK");
        }

        try (RunningServer unchanged = serve(store, data)) {
            assertThat(unchanged.served().reused()).as("unchanged inputs: the store is reused").isTrue();
            assertThat(found(unchanged, "Quokkaland")).containsExactly(STATE);
        }

        // An index that has gone missing beside a store that is reused is built again.
        try (Stream<Path> paths = Files.walk(index)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (RunningServer rebuilt = serve(store, data)) {
            assertThat(rebuilt.served().reused()).isTrue();
            assertThat(found(rebuilt, "Quokkaland")).containsExactly(STATE);
            assertThat(found(rebuilt, "Denmark")).contains(CEN.ID + "state/DNK");
        }
    }
}
