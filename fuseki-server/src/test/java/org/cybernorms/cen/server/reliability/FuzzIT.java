package org.cybernorms.cen.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.security.Bodies;
import org.cybernorms.cen.server.security.Web;
import org.junit.jupiter.api.Test;

/**
 * Mutations of valid SPARQL queries and random SPARQL fragments sent to a real server
 * (POST to {@code /cen/sparql}, GET to {@code /cen/query}, eight at a time): every answer
 * is 200, 400 or 503 (403 for a query that names SERVICE), never 500 or another code, no
 * body carries a stack trace, no SERVICE call leaves the server, and afterwards the server
 * answers a known query with the same result as before.
 *
 * <p>3,000 inputs by default, from a fixed seed; {@code -Dcen.fuzz.count=N} and
 * {@code -Dcen.fuzz.seed=S} (docs/security.md).
 */
class FuzzIT {

    private static final int COUNT = Integer.getInteger("cen.fuzz.count", 3_000);
    private static final long SEED = Long.getLong("cen.fuzz.seed", 8L);
    private static final int PARALLEL = 8;

    private static final List<String> SEEDS = List.of(
            "SELECT (COUNT(*) AS ?n) { ?s a <" + CEN.State.getURI() + "> }",
            "PREFIX cen: <" + CEN.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?p ?l WHERE { ?p a cen:Position ; rdfs:label ?l . FILTER(LANGMATCHES(LANG(?l), \"en\")) } ORDER BY ?p LIMIT 10",
            "PREFIX cen: <" + CEN.NS + "> SELECT ?op ?norm { ?op cen:violates ?norm OPTIONAL { ?op cen:attributableTo ?s } } LIMIT 20",
            "ASK { GRAPH <" + CEN.GRAPH_INFERRED + "> { ?s ?p ?o } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5",
            "DESCRIBE <" + CEN.ID + "state/DNK>",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(*) > 10)",
            "PREFIX cen: <" + CEN.NS + "> SELECT ?a (GROUP_CONCAT(DISTINCT ?h; separator=\", \") AS ?holders) "
                    + "{ ?pos cen:answer ?a ; cen:heldBy ?h } GROUP BY ?a",
            "SELECT * { VALUES ?x { 1 2 3 } BIND(?x * 2 AS ?y) FILTER(?y > 2) }",
            "SELECT ?s { { ?s a ?t } UNION { ?s ?p \"x\"@en } MINUS { ?s ?q ?s } } LIMIT 3",
            "SELECT (STRLEN(REPLACE(\"abc\", \"b\", \"x\")) AS ?n) (IRI(CONCAT(\"http://e/\", \"x\")) AS ?i) {}",
            "SELECT ?s { ?s <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ ?c } LIMIT 10");

    private static final List<String> TOKENS = List.of(
            "SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "WHERE", "{", "}", "(", ")", "[", "]", ".", ";", ",", "*", "a",
            "?s", "?p", "?o", "?x", "$y", "_:b", "<http://example.org/x>", "<" + CEN.ID + "state/DNK>", "cen:State",
            "rdfs:label", "PREFIX", "BASE", "cen:", "<" + CEN.NS + ">", "\"text\"", "\"\"\"long\"\"\"", "'x'@en",
            "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", "42", "-1.5e300", "1e999999", "true", "FILTER",
            "OPTIONAL", "UNION", "MINUS", "GRAPH", "VALUES", "BIND", "AS", "GROUP BY", "ORDER BY", "HAVING", "LIMIT",
            "OFFSET", "DISTINCT", "REDUCED", "COUNT(", "SUM(", "regex(", "REPLACE(", "STRLEN(", "CONCAT(", "IRI(",
            "BNODE(", "UUID()", "NOW()", "SUBSTR(", "ENCODE_FOR_URI(", "LANGMATCHES(", "EXISTS", "NOT", "IN", "!",
            "&&", "||", "=", "!=", "<", ">", "+", "-", "/", "|", "^", "?", "+", "{0,5}", "FROM", "FROM NAMED",
            "SERVICE", "SILENT", "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "#", "\n", "\u0000", "\u00e9", "\ud83d\ude00",
            "\\u0041", "%", "\\", "@@", "^^", "::", "<>", "<<", ">>", "<< ?s ?p ?o >>", "TRIPLE(", "LATERAL");

    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void mutatedAndRandomQueriesNeverBreakTheServer() throws Exception {
        String base = LimitedServer.get().url();
        String known = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        String before = Web.postForm(base + "cen/sparql", "query", known, "text/csv").body();

        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1000);
            String service = "SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql>";
            List<String> inputs = inputs(new Random(SEED), service);
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                String query = inputs.get(i);
                boolean viaGet = i % 3 == 0;
                sent.add(pool.submit(() -> send(base, query, viaGet)));
            }
            for (Future<?> future : sent) {
                future.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThatThrownBy(listener::accept).as("no SERVICE call left the server")
                    .isInstanceOf(SocketTimeoutException.class);
        }

        System.out.printf(Locale.ROOT, "fuzz: %d inputs (seed %d), answers by status %s, failures %d%n",
                COUNT, SEED, new TreeMap<>(Map.copyOf(statuses)), failures.size());
        failures.stream().limit(20).forEach(f -> System.out.println("fuzz failure: " + f));
        assertThat(failures).isEmpty();
        assertThat(statuses).containsKeys(200, 400);
        assertThat(Web.get(base + "$/ping", null).statusCode()).isEqualTo(200);
        assertThat(Web.postForm(base + "cen/sparql", "query", known, "text/csv").body())
                .as("still serving, and the same data").isEqualTo(before);
    }

    private Void send(String base, String query, boolean viaGet) {
        HttpResponse<String> response;
        try {
            response = viaGet
                    ? Web.get(base + "cen/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "*/*")
                    : Web.postForm(base + "cen/sparql", "query", query, "*/*");
        } catch (RuntimeException e) {
            failures.add("no answer (" + e + ") to: " + query);
            return null;
        }
        int status = response.statusCode();
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        boolean serviceRefused = status == 403 && query.toUpperCase(Locale.ROOT).contains("SERVICE");
        if (status != 200 && status != 400 && status != 503 && !serviceRefused) {
            failures.add(status + " for: " + query + "\n" + response.body());
        }
        try {
            Bodies.assertNoStackTrace(query, response.body());
        } catch (AssertionError e) {
            failures.add("stack trace for: " + query);
        }
        return null;
    }

    /** Half mutations of the seed queries, half random token strings; deterministic for a seed. */
    static List<String> inputs(Random random, String service) {
        List<String> tokens = new ArrayList<>(TOKENS);
        tokens.add(service);
        tokens.add(service + " { ?s ?p ?o }");
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            inputs.add(i % 2 == 0 ? mutate(SEEDS.get(random.nextInt(SEEDS.size())), tokens, random)
                    : fragments(tokens, random));
        }
        return inputs;
    }

    private static String mutate(String query, List<String> tokens, Random random) {
        StringBuilder text = new StringBuilder(query);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            int end = Math.min(text.length(), at + 1 + random.nextInt(12));
            switch (random.nextInt(7)) {
                case 0 -> text.delete(at, end);
                case 1 -> text.insert(at, " " + tokens.get(random.nextInt(tokens.size())) + " ");
                case 2 -> text.insert(at, text.substring(at, end));
                case 3 -> text.setLength(at);
                case 4 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 5 -> text.setCharAt(at, (char) random.nextInt(0x3000));
                default -> text.replace(at, end, tokens.get(random.nextInt(tokens.size())));
            }
        }
        return text.toString();
    }

    private static String fragments(List<String> tokens, Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "SELECT * WHERE { " : "");
        int n = 2 + random.nextInt(14);
        for (int i = 0; i < n; i++) {
            text.append(tokens.get(random.nextInt(tokens.size()))).append(' ');
        }
        return text.toString();
    }
}
