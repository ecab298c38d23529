package org.cybernorms.cen.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run in a process of its own (so that each server has its own heap and
 * JIT, and the clients do not share them), its output kept in a log file.
 */
final class JavaProcess {

    /** This JVM's class path: the CEN-KG classes and their libraries. */
    static final String OWN_CLASS_PATH = System.getProperty("java.class.path");

    private JavaProcess() {}

    /** The command for a main class on this class path, or for a runnable jar ({@code -jar}). */
    static List<String> command(String heap, List<String> launch, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(launch);
        command.addAll(args);
        return command;
    }

    static List<String> ownMain(Class<?> main) {
        return List.of("-cp", OWN_CLASS_PATH, main.getName());
    }

    /**
     * Starts the command in the log's folder (stock Fuseki makes its run area in the
     * working directory), its standard output and error appended to {@code log}.
     */
    static Process start(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Runs the command to its end; fails, naming the log, unless it exits 0. */
    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = start(command, log);
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + " (see " + log + ")");
        }
    }
}
