package org.cybernorms.cen.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultRowsTest {

    private static String results(String... bindings) {
        return """
                { "head": { "vars": [ "s", "n" ] },
                  "results": { "bindings": [ %s ] } }
                """.formatted(String.join(",", bindings));
    }

    private static final String A = """
            { "s": { "type": "uri", "value": "https://w3id.org/cyber-election-norms/id/state/DNK" },
              "n": { "type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer" } }""";
    private static final String B = """
            { "s": { "type": "uri", "value": "https://w3id.org/cyber-election-norms/id/state/ISR" } }""";
    private static final String B_TYPED_OTHERWISE = """
            { "s": { "type": "uri", "value": "https://w3id.org/cyber-election-norms/id/state/ISR" },
              "n": { "type": "literal", "value": "1" } }""";

    @Test
    void theSameRowsInAnotherOrderAreTheSameAnswer() {
        assertThat(ResultRows.ofJson(results(A, B))).isEqualTo(ResultRows.ofJson(results(B, A)));
        assertThat(ResultRows.ofJson(results(A, B)).size()).isEqualTo(2);
    }

    @Test
    void aMissingRowARepeatedRowOrAnUnboundValueMakeAnotherAnswer() {
        assertThat(ResultRows.ofJson(results(A))).isNotEqualTo(ResultRows.ofJson(results(A, B)));
        assertThat(ResultRows.ofJson(results(A, B, B))).isNotEqualTo(ResultRows.ofJson(results(A, B)));
        assertThat(ResultRows.ofJson(results(A, B_TYPED_OTHERWISE))).isNotEqualTo(ResultRows.ofJson(results(A, B)));
    }

    @Test
    void aLiteralsDatatypeCounts() {
        String plain = """
                { "s": { "type": "uri", "value": "https://w3id.org/cyber-election-norms/id/state/DNK" },
                  "n": { "type": "literal", "value": "1" } }""";
        assertThat(ResultRows.ofJson(results(plain))).isNotEqualTo(ResultRows.ofJson(results(A)));
    }
}
