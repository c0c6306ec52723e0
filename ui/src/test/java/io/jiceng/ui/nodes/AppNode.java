package io.jiceng.ui.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar ({@code target/jiceng-platform.jar}, as {@code docs/deployment.md} runs it)
 * in a JVM of its own, on a port of its own: with the {@code mysql} profile against a shared database, or
 * {@link #embedded embedded} on its H2 file database under its working folder, as the README runs it. Its engine's
 * host name is the node's name, so the engine's job log says which node ran each job. Output goes to
 * {@code target/nodes/<name>-<start>.log}.
 */
final class AppNode {

    private static final Path JAR = Path.of("target", "jiceng-platform.jar");
    private static final Path HOME = Path.of("target", "nodes");
    // ~40 s on a quiet 2-core machine with the schema to create; longer when other builds share the machine
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final String name;
    private final int port;
    private final Map<String, String> database;
    private final List<String> settings;
    private final Path workDir;
    private Process process;
    private int starts;

    /** A node with the {@code mysql} profile on the database the environment variables name. */
    AppNode(String name, Map<String, String> database, List<String> settings) {
        this(name, database, concat("--spring.profiles.active=mysql", settings), HOME.resolve(name));
    }

    private AppNode(String name, Map<String, String> database, List<String> settings, Path workDir) {
        this.name = name;
        this.port = freePort();
        this.database = database;
        this.settings = settings;
        this.workDir = workDir;
    }

    /** A node of the embedded default: its H2 file database in {@code ./data} under {@code workDir}. */
    static AppNode embedded(String name, Path workDir, List<String> settings) {
        return new AppNode(name, Map.of(), settings, workDir);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** Starts the node and waits until it takes traffic (its readiness probe, after the demo data is in). */
    Duration start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No " + JAR.toAbsolutePath() + ": the two-node test runs after the package phase");
        }
        try {
            Files.createDirectories(workDir);
            Path log = Files.createDirectories(HOME).resolve(name + "-" + (++starts) + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
                    "-jar", JAR.toAbsolutePath().toString(),
                    "--server.port=" + port,
                    "--camunda.bpm.generic-properties.properties.hostname=" + name));
            command.addAll(settings);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(database);
            Instant started = Instant.now();
            process = builder.start();
            awaitReady(log);
            return Duration.between(started, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: no shutdown hook, no closing of connections; the database rolls back what the node had open. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** An orderly stop (SIGTERM). */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        kill();
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
