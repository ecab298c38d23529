package org.cybernorms.cen.server.cli;

import java.io.PrintWriter;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one place where an error becomes a message and an exit code, for every command:
 * a {@link CenException} prints its message (which starts with its name) and exits with its
 * name's code; a wrong option or argument is {@code BAD_OPTION}; anything else is a fault of
 * CEN-KG, reported as {@code INTERNAL_ERROR} with its stack trace, never as the user's.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof CenException known) {
            err.println(known.getMessage());
            err.flush();
            return known.errorName().exit.code;
        }
        err.println(ErrorName.INTERNAL_ERROR + ": " + e + " (a fault of CEN-KG, not of your input: please report it"
                + " with what follows)");
        e.printStackTrace(err);
        err.flush();
        return ErrorName.INTERNAL_ERROR.exit.code;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(ErrorName.BAD_OPTION + ": " + e.getMessage());
        err.println("(cen " + command.getCommandName() + " --help lists its options)");
        err.flush();
        return ErrorName.BAD_OPTION.exit.code;
    }
}
