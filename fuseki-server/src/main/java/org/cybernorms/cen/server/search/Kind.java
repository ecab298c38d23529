package org.cybernorms.cen.server.search;

import java.util.Locale;
import org.cybernorms.cen.core.CEN;

/**
 * The kinds search results are grouped under, read from the path of a {@code cenid:} IRI
 * ({@code state/DNK}, {@code position/HOLDER/SLUG}, ...), which fixes the kind of every
 * thing (docs/architecture.md), so no type inference is needed; {@code cen:} terms are
 * the ontology's. In the order the groups are named when scores tie.
 */
public enum Kind {
    STATE("States", "state"),
    POSITION("Positions", "position"),
    QUESTION("Questions", "question"),
    NORM("Norms", "norm"),
    OPERATION("Operations", "operation"),
    ATTRIBUTION("Attribution claims", "attribution"),
    RESPONSE("Responses", "response"),
    ACTOR("Actors and persons", "actor", "person"),
    SOURCE("Sources", "source"),
    TERM("Ontology terms"),
    OTHER("Other things");

    /** The heading of the group. */
    public final String heading;
    private final String[] pathSegments;

    Kind(String heading, String... pathSegments) {
        this.heading = heading;
        this.pathSegments = pathSegments;
    }

    /** The name used in JSON ({@code state}, {@code position}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of an IRI. */
    public static Kind of(String iri) {
        if (CEN.isTerm(iri) || iri.equals(CEN.ONTOLOGY_IRI)) {
            return TERM;
        }
        if (CEN.isThing(iri)) {
            String path = iri.substring(CEN.ID.length());
            int slash = path.indexOf('/');
            String first = slash < 0 ? path : path.substring(0, slash);
            for (Kind kind : values()) {
                for (String segment : kind.pathSegments) {
                    if (segment.equals(first)) {
                        return kind;
                    }
                }
            }
        }
        return OTHER;
    }
}
