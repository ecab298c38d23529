package org.cybernorms.cen.core;

import java.util.Optional;

/**
 * Input that CEN-KG cannot use: a Turtle syntax error, a missing file, a folder where a
 * file was expected. The message names the file and, where the parser knows them, the
 * line and column, followed by the parser's own words. Thrown before anything is loaded,
 * so a caller that catches it still holds what it had.
 *
 * <p>Its {@link #errorName()} is documented in {@code docs/errors.md}.
 */
public class CenInputException extends CenException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;

    public CenInputException(ErrorName name, String file, long line, long column, String detail) {
        super(name, where(file, line, column), detail);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public CenInputException(ErrorName name, String file, String detail) {
        this(name, file, -1, -1, detail);
    }

    /** The file (or classpath resource) at fault. */
    public String file() {
        return file;
    }

    /** The 1-based line of the error, when the parser gives one. */
    public Optional<Long> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** The 1-based column of the error, when the parser gives one. */
    public Optional<Long> column() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }

    private static String where(String file, long line, long column) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.toString();
    }
}
