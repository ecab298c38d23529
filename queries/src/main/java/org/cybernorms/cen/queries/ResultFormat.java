package org.cybernorms.cen.queries;

import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.cybernorms.cen.core.ErrorName;

/** The formats a query result is written in: a text table for reading, or a standard SPARQL results format. */
public enum ResultFormat {
    TABLE("text/plain", null),
    CSV("text/csv", ResultSetLang.RS_CSV),
    TSV("text/tab-separated-values", ResultSetLang.RS_TSV),
    JSON("application/sparql-results+json", ResultSetLang.RS_JSON);

    private final String mediaType;
    private final Lang lang;

    ResultFormat(String mediaType, Lang lang) {
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The media type to answer with over HTTP. */
    public String mediaType() {
        return mediaType;
    }

    /** Jena's results language, or null for the text table. */
    Lang lang() {
        return lang;
    }

    /**
     * The format of that name ({@code table}, {@code csv}, {@code tsv}, {@code json}), any case.
     *
     * @throws QueryParameterException ({@code BAD_PARAMETER}, parameter {@code format}) for any other name
     */
    public static ResultFormat parse(String name) {
        for (ResultFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new QueryParameterException(ErrorName.BAD_PARAMETER, "format", "'" + name + "' is not one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
