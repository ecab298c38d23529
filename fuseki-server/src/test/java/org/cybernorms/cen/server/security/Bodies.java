package org.cybernorms.cen.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** What no response body may hold: a Java stack trace or an exception's class name. */
public final class Bodies {

    private Bodies() {}

    public static void assertNoStackTrace(HttpResponse<String> response) {
        assertNoStackTrace(response.request().method() + " " + response.request().uri(), response.body());
    }

    public static void assertNoStackTrace(String what, String body) {
        assertThat(body).as(what).doesNotContain("at org.").doesNotContain("at java.").doesNotContain("at jakarta.")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
