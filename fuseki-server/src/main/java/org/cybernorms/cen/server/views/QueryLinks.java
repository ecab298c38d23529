package org.cybernorms.cen.server.views;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The URL of a catalogue query's result: {@code /queries/NAME?k=v&format=csv}. */
final class QueryLinks {

    private QueryLinks() {}

    /** Not escaped for HTML: pass through {@code Html.escape} when writing it into a page. */
    static String result(String name, Map<String, String> params, String format) {
        String query = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (format != null) {
            query = query.isEmpty() ? "format=" + encode(format) : query + "&format=" + encode(format);
        }
        return "/queries/" + encode(name) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
