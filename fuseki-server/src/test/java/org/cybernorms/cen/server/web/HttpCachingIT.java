package org.cybernorms.cen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP caching over real HTTP on the shared server: every kind of GET answer carries an
 * entity tag derived from the served dataset and a Cache-Control, and answers 304 to a
 * matching If-None-Match; errors, POST and the process status are never marked cacheable.
 */
class HttpCachingIT {

    /** What a browser asks for: HTML first, anything else (a dump, the context) too. */
    private static final String BROWSER = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String base;
    private static String serverTag;

    @BeforeAll
    static void start() {
        RunningServer server = SharedServer.get();
        base = server.url();
        serverTag = new EntityTags(server.served().inputsHash(), "development build").serverTag();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "id/state/DNK",
        "ontology",
        "queries",
        "queries/positions-on-question?question=countermeasures-prior-notification",
        "queries/positions-on-question?question=countermeasures-prior-notification&format=csv",
        "compare?states=DNK,ISR",
        "matrix",
        "conflicts",
        "dumps/",
        "dumps/cen-kg-asserted.nt",
        "dumps/cen-kg-all.ttl.gz",
        ".well-known/void",
        "context.jsonld",
        "cen/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
    })
    void everyKindOfGetIsTaggedAndRevalidatesTo304(String path) {
        HttpResponse<String> first = get(path, BROWSER, null);
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
        assertThat(etag).startsWith("W/\"" + serverTag + "-").endsWith("\"");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .contains("public").contains("max-age=0").contains("s-maxage=");
        assertThat(first.headers().allValues("Vary").toString()).contains("Accept");

        HttpResponse<String> again = get(path, BROWSER, etag);
        assertThat(again.statusCode()).as(path).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().firstValue("Cache-Control")).isEqualTo(first.headers().firstValue("Cache-Control"));

        // Weak comparison: the tag without W/ (as some clients send it), in a list, still matches.
        assertThat(get(path, BROWSER, "\"other\", " + etag.substring(2)).statusCode()).isEqualTo(304);
        assertThat(get(path, BROWSER, "\"" + serverTag + "-00000000\"").statusCode()).isEqualTo(200);
    }

    @Test
    void eachRepresentationHasItsOwnTag() {
        HttpResponse<String> html = get("id/state/DNK", "text/html", null);
        HttpResponse<String> turtle = get("id/state/DNK", "text/turtle", null);
        String htmlTag = html.headers().firstValue("ETag").orElseThrow();
        assertThat(turtle.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(htmlTag);
        HttpResponse<String> turtleWithHtmlTag = get("id/state/DNK", "text/turtle", htmlTag);
        assertThat(turtleWithHtmlTag.statusCode()).isEqualTo(200);
        assertThat(turtleWithHtmlTag.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
    }

    /** A proxy can retry a request elsewhere only while it has received nothing: small answers come whole. */
    @Test
    void answersComeWholeWithTheirLength() {
        for (String path : List.of("cen/sparql?query=" + URLEncoder.encode("SELECT * { ?s a ?c } LIMIT 50", StandardCharsets.UTF_8),
                "queries/positions-on-question?question=countermeasures-prior-notification", "id/state/DNK")) {
            HttpResponse<String> answer = get(path, BROWSER, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Transfer-Encoding")).as(path).isEmpty();
            assertThat(answer.headers().firstValueAsLong("Content-Length")).as(path)
                    .hasValue(answer.body().getBytes(StandardCharsets.ISO_8859_1).length);
        }
    }

    @Test
    void errorsAreNeverCacheable() {
        for (String path : List.of("id/state/XXX", "queries/no-such-query", "dumps/nothing.ttl",
                "cen/sparql?query=" + URLEncoder.encode("SELECT * {", StandardCharsets.UTF_8))) {
            HttpResponse<String> answer = get(path, "text/plain", null);
            assertThat(answer.statusCode()).as(path).isBetween(400, 499);
            assertThat(answer.headers().firstValue("ETag")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void postIsNotCacheable() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "cen/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build();
        HttpResponse<String> answer = CLIENT.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("ETag")).isEmpty();
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void theHealthCheckIsNeverAnsweredFromACache() {
        HttpResponse<String> ping = get("$/ping", null, null);
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.headers().firstValue("ETag")).isEmpty();
        assertThat(ping.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    @Test
    void theTagNamesTheDatasetAndTheVersion() {
        EntityTags tags = new EntityTags("a", "1");
        assertThat(tags.serverTag()).isNotEqualTo(new EntityTags("b", "1").serverTag())
                .isNotEqualTo(new EntityTags("a", "2").serverTag());
        assertThat(tags.forVariant("text/html", "gzip")).isNotEqualTo(tags.forVariant("text/html", null));
    }

    private static HttpResponse<String> get(String path, String accept, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
