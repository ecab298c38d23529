package org.cybernorms.cen.queries;

/**
 * A parameter of a catalogue query, as its {@code # param:} header declares it: the name
 * (also the name of the {@code VALUES ?name { }} blocks it fills), the kind of value, whether
 * it may be left out, whether it takes a comma-separated list and how many values at least.
 */
public record QueryParam(String name, ParamType type, boolean optional, boolean list, int min, String meaning) {

    public QueryParam {
        if (!list && min != 1) {
            throw new IllegalArgumentException("only a list parameter has a minimum count");
        }
    }
}
