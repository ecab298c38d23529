package org.cybernorms.cen.server.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;

/** The {@code --out} file of a command: refused before the work when it names a folder. */
final class OutputFile {

    private OutputFile() {}

    /** Refuses a folder at once, so that the work is not done for nothing. */
    static void check(Path out) {
        if (out != null && Files.isDirectory(out)) {
            throw new CenException(ErrorName.CANNOT_WRITE_OUTPUT, out.toString(), "is a folder; --out names the file to write");
        }
    }

    /** Writes the file (gzipped when its name ends with .gz) or reports why it cannot. */
    static void write(Path out, Writer writer) {
        try (OutputStream stream = open(out)) {
            writer.write(stream);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CenException known) {
                throw known;
            }
            throw new CenException(ErrorName.CANNOT_WRITE_OUTPUT, out.toString(), String.valueOf(e.getMessage()), e);
        }
    }

    /** What writes the content. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream stream) throws IOException;
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
        return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(stream) : stream;
    }
}
