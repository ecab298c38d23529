package org.cybernorms.cen.server.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.server.store.TextIndexes;

/**
 * A reader's search words, checked before they reach the index: not empty, at most
 * {@value #MAX_LENGTH} characters, and well-formed in Lucene's query syntax (the syntax
 * {@code text:query} takes: words, {@code "a phrase"}, {@code AND}, {@code OR}, {@code -word},
 * {@code word*}), parsed by the parser jena-text itself uses, so that a mistake is a 400
 * naming it rather than an error deep in the index.
 *
 * @param text the query as given, stripped
 */
public record SearchQuery(String text) {

    /** The longest query accepted. */
    public static final int MAX_LENGTH = 200;

    /** A query that cannot be searched; its message starts with {@code BAD_PARAMETER}. */
    public static final class BadQueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadQueryException(String detail) {
            super(ErrorName.BAD_PARAMETER + ": parameter 'q': " + detail);
        }
    }

    /**
     * Checks a query.
     *
     * @throws BadQueryException when it is missing, blank, too long or not well-formed
     */
    public static SearchQuery parse(String q) {
        if (q == null || q.isBlank()) {
            throw new BadQueryException("give the words to search for, e.g. /search?q=election+interference");
        }
        String text = q.strip();
        if (text.length() > MAX_LENGTH) {
            throw new BadQueryException("at most " + MAX_LENGTH + " characters (" + text.length() + " given)");
        }
        try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
            new QueryParser(TextIndexes.FIELD, analyzer).parse(text);
        } catch (ParseException | RuntimeException e) {
            // Lucene's message starts with its own words and the position; the first line is enough.
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("not a valid query");
            throw new BadQueryException("not a valid search (" + message + "); put a phrase in double quotes");
        }
        return new SearchQuery(text);
    }
}
