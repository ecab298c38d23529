package org.cybernorms.cen.core;

/**
 * Every error a user of CEN-KG can meet, with its stable name (the first word of its
 * message), the exit code of {@code cen} and what it means in one line. docs/errors.md
 * lists exactly these, with what to do; a test keeps the two equal.
 */
public enum ErrorName {
    MISSING_INPUT(ExitCode.BAD_INPUT_OR_USAGE,
            "A file or folder given does not exist, or a folder holds no .ttl file."),
    UNREADABLE_INPUT(ExitCode.BAD_INPUT_OR_USAGE,
            "A file exists but cannot be read, or a folder cannot be listed, or a TDB2 directory cannot be written."),
    NOT_UTF8(ExitCode.BAD_INPUT_OR_USAGE,
            "A document holds bytes that are not UTF-8."),
    TURTLE_SYNTAX(ExitCode.BAD_INPUT_OR_USAGE,
            "A document is not valid Turtle, or holds something the parser warns about."),
    SHACL_VIOLATION(ExitCode.INVALID,
            "The data break a shape of the bundled SHACL shapes."),
    INCONSISTENT_DATA(ExitCode.INVALID,
            "The data contradict the ontology."),
    TDB2_DIRECTORY_NOT_OURS(ExitCode.BAD_INPUT_OR_USAGE,
            "cen serve --tdb2: the directory is not empty and was not written by cen serve."),
    TDB2_LOCKED(ExitCode.BAD_INPUT_OR_USAGE,
            "cen serve --tdb2: the TDB2 store is open in another process."),
    CANNOT_WRITE_OUTPUT(ExitCode.BAD_INPUT_OR_USAGE,
            "An output file (--out) cannot be written, or names a folder."),
    BAD_OPTION(ExitCode.BAD_INPUT_OR_USAGE,
            "An option or argument of a command is unknown, missing, or has a value the command does not take."),
    BAD_TERM(ExitCode.BAD_INPUT_OR_USAGE,
            "cen explain: a term is not an IRI, a cen:/cenid: name or 'a'."),
    CANNOT_LISTEN(ExitCode.CANNOT_LISTEN,
            "cen serve could not start listening on the host and port."),
    UNKNOWN_QUERY(ExitCode.BAD_INPUT_OR_USAGE,
            "No query of that name is in the catalogue."),
    UNKNOWN_PARAMETER(ExitCode.BAD_INPUT_OR_USAGE,
            "A parameter was given that the query does not take."),
    MISSING_PARAMETER(ExitCode.BAD_INPUT_OR_USAGE,
            "A query needs a parameter that was not given."),
    BAD_PARAMETER(ExitCode.BAD_INPUT_OR_USAGE,
            "A query parameter has a value of the wrong kind, or too few values."),
    ENDPOINT_FAILURE(ExitCode.BAD_INPUT_OR_USAGE,
            "--endpoint: the SPARQL endpoint could not be queried."),
    BAD_CATALOGUE_QUERY(ExitCode.INTERNAL,
            "A query file of the catalogue is not well formed (a fault of the build, caught by its tests)."),
    INTERNAL_ERROR(ExitCode.INTERNAL,
            "A fault of CEN-KG itself, not of the input.");

    /** The exit code of {@code cen} for this error. */
    public final ExitCode exit;
    /** What it means, one line. */
    public final String meaning;

    ErrorName(ExitCode exit, String meaning) {
        this.exit = exit;
        this.meaning = meaning;
    }
}
