package org.cybernorms.cen.server.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The stack-trace check sees a real trace and lets the data's own words through. */
class BodiesTest {

    @Test
    void aJavaStackTraceIsCaught() {
        String trace = "org.apache.jena.query.QueryParseException: Encountered \"}\"\n"
                + "    at org.apache.jena.sparql.lang.ParserBase.throwParseException(ParserBase.java:512)\n";
        assertThatThrownBy(() -> Bodies.assertNoStackTrace("trace", trace)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Bodies.assertNoStackTrace("frame", "at java.base/java.lang.Thread.run(Thread.java:840)"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void wordsOfTheDataAreNotATrace() {
        assertThatCode(() -> Bodies.assertNoStackTrace("quote",
                "\"Exceptions include self-defence or lawful countermeasures.\" at org. level, see https://example.org/at"))
                .doesNotThrowAnyException();
    }
}
