package org.cybernorms.cen.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** One handler for every command: a named error keeps its name and code, anything else is CEN-KG's fault. */
class ErrorReporterTest {

    private final StringWriter err = new StringWriter();
    private final CommandLine cen = Cen.commandLine().setErr(new PrintWriter(err, true));

    @Test
    void aNamedErrorPrintsItsMessageAndExitsWithItsNamesCode() {
        int exit = new ErrorReporter().handleExecutionException(
                new CenException(ErrorName.TDB2_LOCKED, "store", "in use"), cen, null);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("TDB2_LOCKED: store: in use" + System.lineSeparator());
    }

    @Test
    void anyOtherExceptionIsAnInternalErrorNeverTheUsers() {
        int exit = new ErrorReporter().handleExecutionException(new IllegalStateException("a bug"), cen, null);

        assertThat(exit).isEqualTo(70);
        assertThat(err.toString()).startsWith("INTERNAL_ERROR: java.lang.IllegalStateException: a bug")
                .doesNotContain("CANNOT_LISTEN").contains("\tat ");
    }

    @Test
    void aWrongOptionIsABadOptionWithExitTwo() {
        int exit = cen.execute("reason", "--engine", "openllet");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("BAD_OPTION: ").contains("openllet").contains("cen reason --help");
    }

    @Test
    void anOptionTakesOneValueSoTheArgumentsAfterItStayArguments() {
        CommandLine.ParseResult parsed = cen.parseArgs("explain", "--data", "a.ttl", "S", "P", "O");

        assertThat(parsed.subcommand().matchedPositionals()).hasSize(3);
        assertThat(parsed.subcommand().matchedOption("--data").<List<?>>getValue()).hasSize(1);
    }
}
