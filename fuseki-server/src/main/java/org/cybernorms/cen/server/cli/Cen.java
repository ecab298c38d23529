package org.cybernorms.cen.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine;

/**
 * The {@code cen} command line. Each subcommand is one class in this package; add a new
 * one to the list below. Errors are reported in one place ({@link ErrorReporter}).
 */
@Command(name = "cen", mixinStandardHelpOptions = true, versionProvider = Cen.Version.class,
        description = "CEN-KG: international law and cyber norms protecting elections, as a knowledge graph.",
        subcommands = {
            ServeCommand.class,
            ValidateCommand.class,
            ReasonCommand.class,
            ExplainCommand.class,
            GenerateCommand.class,
            QueriesCommand.class,
            QueryCommand.class,
            CompareCommand.class,
            ExportCommand.class,
            HelpCommand.class,
        })
public final class Cen implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: say what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute; tests call this instead of {@link #main}. */
    public static CommandLine commandLine() {
        ErrorReporter errors = new ErrorReporter();
        return new CommandLine(new Cen())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cen.class.getPackage().getImplementationVersion();
            return new String[] {"cen " + (version != null ? version : "(development build)")};
        }
    }
}
