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
        // The signs of a Java stack trace: a frame ("at pkg.Class.method(File.java:12)") or a
        // fully qualified exception class. Bare words are not enough: the data quote
        // "Exceptions include self-defence or lawful countermeasures".
        assertThat(body).as(what)
                .doesNotContainPattern("\\bat [\\w$/]+(\\.[\\w$<>/]+)+\\((Native Method|Unknown Source|[\\w$]+\\.java(:\\d+)?)\\)")
                .doesNotContainPattern("\\b[a-z]\\w*(\\.\\w+)+\\.\\w*(Exception|Error)\\b")
                .doesNotContain("\tat ");
    }
}
