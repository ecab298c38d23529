package org.cybernorms.cen.server.bench;

/**
 * What stock Fuseki with Jena's OWL reasoner answered to one catalogue query: its rows
 * (or -1 when it gave no answer within the limit), whether they are CEN-KG's rows, and
 * how long the answer took.
 */
record OwlOutcome(String query, int rows, boolean right, double seconds, String note) {

    boolean answered() {
        return rows >= 0;
    }
}
