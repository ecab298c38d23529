package org.cybernorms.cen.server.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/replicas.sh PORT N} run as a user runs it, in a process of its own: its
 * output lines are collected so that a test can wait for what it reports (ready, a replica
 * back, a rolling restart done). Closing it sends SIGTERM, as a service manager would.
 */
final class Replicas implements AutoCloseable {

    private static final Pattern REPLICA = Pattern.compile("replicas: replica (\\d+): pid (\\d+), port (\\d+)");
    private static final Path SCRIPT = Path.of("..", "deploy", "replicas.sh").toAbsolutePath().normalize();
    static final Path JAR = Path.of(System.getProperty("cen.jar", "target/cen.jar")).toAbsolutePath();

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final int port;

    private Replicas(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::collect, "replicas-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The nginx binary the script will use, or null when the machine has none. */
    static Path nginx() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** Starts {@code replicas.sh} on a free loopback port and waits until it serves. */
    static Replicas start(int replicas, Path runDir, Duration ready, String... serveArgs) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), Integer.toString(port),
                Integer.toString(replicas)));
        command.addAll(List.of(serveArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CEN_JAR", JAR.toString());
        env.put("CEN_RUN_DIR", runDir.toString());
        env.put("CEN_DRAIN", "1");
        Replicas started = new Replicas(builder.start(), port);
        started.await(Pattern.compile("replicas: serving .*"), ready);
        return started;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void collect() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                System.out.println("  | " + line);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** The first line from now on (or already seen, when {@code from} is 0) that matches. */
    String await(Pattern pattern, Duration limit) {
        return awaitFrom(0, pattern, limit);
    }

    /** The number of lines seen so far: a mark to wait from. */
    int mark() {
        synchronized (lines) {
            return lines.size();
        }
    }

    String awaitFrom(int from, Pattern pattern, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        synchronized (lines) {
            int next = from;
            while (true) {
                for (; next < lines.size(); next++) {
                    if (pattern.matcher(lines.get(next)).matches()) {
                        return lines.get(next);
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0 || !process.isAlive() && next >= lines.size()) {
                    throw new AssertionError("replicas.sh did not say /" + pattern + "/ within " + limit
                            + (process.isAlive() ? "" : " (it exited)") + "; it said:\n" + String.join("\n", lines));
                }
                try {
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 500_000_000L))));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** nginx's address. */
    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** A replica's own address, as the script reported it when it started. */
    String replicaUrl(int slot) {
        return "http://127.0.0.1:" + replica(slot).group(3) + "/";
    }

    /** A replica's process id, as the script reported it when it started. */
    long replicaPid(int slot) {
        return Long.parseLong(replica(slot).group(2));
    }

    private Matcher replica(int slot) {
        synchronized (lines) {
            for (String line : lines) {
                Matcher m = REPLICA.matcher(line);
                if (m.matches() && Integer.parseInt(m.group(1)) == slot) {
                    return m;
                }
            }
        }
        throw new AssertionError("no replica " + slot + " reported");
    }

    /** SIGHUP: a rolling restart. */
    void rollingRestart() throws IOException, InterruptedException {
        signal("HUP", process.pid());
    }

    static void signal(String name, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " " + pid + " failed");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, and the exit code once everything it started has stopped. */
    int stop() throws InterruptedException, IOException {
        // Not Process.destroy(): it also closes the pipe the script writes to, and the
        // script's goodbye would then end it by SIGPIPE.
        signal("TERM", process.pid());
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("replicas.sh did not stop within 90 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            stop();
        }
    }
}
