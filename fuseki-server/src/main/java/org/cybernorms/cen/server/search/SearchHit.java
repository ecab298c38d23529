package org.cybernorms.cen.server.search;

/**
 * One thing found: the page to show, the kind it is grouped under, and the text that
 * matched (a label, title, quote, qualification or norm text; a quote found leads to the
 * thing it is quoted for).
 *
 * @param iri the thing's IRI
 * @param kind its kind (see {@link Kind})
 * @param label its label, or its short name
 * @param score Lucene's score of the best match
 * @param field the property that matched, short ({@code rdfs:label}, {@code cen:quote}, ...)
 * @param matched the text that matched
 */
public record SearchHit(String iri, Kind kind, String label, double score, String field, String matched) {}
