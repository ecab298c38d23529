package org.cybernorms.cen.queries;

/**
 * The names of the catalogue queries that code runs by name (the server's views), so that
 * renaming a {@code .rq} file breaks the build, not a page. The comparison's query is
 * {@link DoctrineComparison#QUERY}.
 */
public final class CatalogueNames {

    /** {@code doctrine-matrix.rq}: every State's answer to every question, with the position. */
    public static final String DOCTRINE_MATRIX = "doctrine-matrix";
    /** {@code conflicts.rq}: pairs of positions whose answers exclude each other. */
    public static final String CONFLICTS = "conflicts";
    /** {@code provenance.rq}: the citations, quotes and sources of a resource. */
    public static final String PROVENANCE = "provenance";

    private CatalogueNames() {}
}
