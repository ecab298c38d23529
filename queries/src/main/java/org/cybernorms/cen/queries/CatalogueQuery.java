package org.cybernorms.cen.queries;

import org.apache.jena.query.Query;

/**
 * One query of the catalogue: its name (the file name without {@code .rq}), its header,
 * its text as written, and the parsed query with its parameter blocks still empty. The
 * parsed query is shared; {@link QueryRunner#bind} returns a bound copy and never changes it.
 */
public record CatalogueQuery(String name, QueryHeader header, String text, Query query) {}
