package org.cybernorms.cen.queries;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comment header of a catalogue query: its title, the question it answers in a
 * researcher's words, its parameters, how to read the answer and an example set of
 * parameter values (run by a test and shown in {@code docs/queries.md}).
 */
public record QueryHeader(String title, String question, List<QueryParam> params, String reading,
        Map<String, String> example) {

    public QueryHeader {
        params = List.copyOf(params);
        example = Collections.unmodifiableMap(new LinkedHashMap<>(example));
    }

    /** The parameter of that name, if the query has one. */
    public Optional<QueryParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
