package org.cybernorms.cen.server.views;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.queries.QueryParameterException;
import org.cybernorms.cen.queries.ResultFormat;

/**
 * How {@code /queries/NAME} answers: an HTML page, or one of the catalogue's result formats.
 * The {@code format} parameter wins over the Accept header; a client indifferent to the
 * type gets the page.
 */
enum ResultRepresentation {
    HTML("text/html", null),
    JSON(ResultFormat.JSON.mediaType(), ResultFormat.JSON),
    CSV(ResultFormat.CSV.mediaType(), ResultFormat.CSV),
    TSV(ResultFormat.TSV.mediaType(), ResultFormat.TSV),
    TABLE(ResultFormat.TABLE.mediaType(), ResultFormat.TABLE);

    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(r -> r.mediaType).toArray(String[]::new));

    final String mediaType;
    /** The result format, or null for the HTML page. */
    final ResultFormat format;

    ResultRepresentation(String mediaType, ResultFormat format) {
        this.mediaType = mediaType;
        this.format = format;
    }

    /** The name used in {@code ?format=}. */
    String formatName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The representation to send, or empty when the Accept header allows none (406).
     *
     * @throws QueryParameterException ({@code BAD_PARAMETER}, {@code format}) for an unknown format name
     */
    static Optional<ResultRepresentation> choose(String format, String accept) {
        if (format != null) {
            for (ResultRepresentation r : values()) {
                if (r.formatName().equalsIgnoreCase(format.strip())) {
                    return Optional.of(r);
                }
            }
            throw new QueryParameterException(ErrorName.BAD_PARAMETER, "format", "'" + format + "' is not one of "
                    + Arrays.stream(values()).map(ResultRepresentation::formatName).toList());
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The media types offered, for a 406 answer. */
    static String offered() {
        return String.join(", ", Arrays.stream(values()).map(r -> r.mediaType).toList());
    }
}
