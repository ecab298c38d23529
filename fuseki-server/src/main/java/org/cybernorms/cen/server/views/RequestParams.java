package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A request's query parameters as a catalogue query takes them: name to text, a parameter
 * given twice ({@code states=DNK&states=ISR}) joined with commas as a list.
 */
final class RequestParams {

    private RequestParams() {}

    /** The parameters except those the server itself reads ({@code format}, ...). */
    static Map<String, String> of(HttpServletRequest request, Set<String> reserved) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!reserved.contains(name)) {
                params.put(name, String.join(",", values));
            }
        });
        return params;
    }
}
