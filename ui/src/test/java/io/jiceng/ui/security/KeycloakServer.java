package io.jiceng.ui.security;

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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak for the single sign-on tests: the distribution Maven unpacked into {@code target/keycloak}
 * (ui/pom.xml, version pinned in the parent pom), started once per test JVM on free ports with a fresh database
 * and the repository's realm ({@code deploy/keycloak/jiceng-realm.json}) imported, stopped when the JVM ends.
 * The realm's redirect address is rewritten to the port the application under test will listen on.
 * Its output goes to {@code target/keycloak-test.log}.
 */
final class KeycloakServer {

    static final String REALM = "jiceng";
    static final String CLIENT_ID = "jiceng-platform";
    static final String CLIENT_SECRET = "jiceng-dev-secret";
    private static final Path DISTRIBUTION = Path.of("target", "keycloak");
    private static final Path REALM_FILE = Path.of("..", "deploy", "keycloak", "jiceng-realm.json");
    // ~35 s on a quiet 2-core machine; several minutes when other builds share it
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private static KeycloakServer running;

    private final int port;
    private final int appPort;
    private final Process process;
    private final Duration startTime;

    static synchronized KeycloakServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "keycloak-stop"));
        }
        return running;
    }

    private KeycloakServer(int port, int appPort, Process process, Duration startTime) {
        this.port = port;
        this.appPort = appPort;
        this.process = process;
        this.startTime = startTime;
    }

    /** Where the application must listen: the port the realm's redirect address names. */
    int appPort() {
        return appPort;
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    Duration startTime() {
        return startTime;
    }

    private static KeycloakServer start() {
        try {
            Path home = home();
            int port = freePort();
            int appPort = freePort();
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            String realm = Files.readString(REALM_FILE, StandardCharsets.UTF_8)
                    .replace("http://localhost:8080", "http://localhost:" + appPort);
            Files.writeString(imports.resolve(REALM + "-realm.json"), realm, StandardCharsets.UTF_8);
            deleteRecursively(home.resolve("data").resolve("h2")); // a fresh realm on every run

            Path log = Path.of("target", "keycloak-test.log");
            Instant started = Instant.now();
            Process process = new ProcessBuilder(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var server = new KeycloakServer(port, appPort, process, Duration.ZERO);
            server.awaitRealm(log);
            Duration took = Duration.between(started, Instant.now());
            System.out.println("Keycloak " + home.getFileName() + " ready on port " + port + " after " + took.toSeconds() + " s");
            return new KeycloakServer(port, appPort, process, took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + START_TIMEOUT + ":\n" + tail(log));
    }

    void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path home() throws IOException {
        if (!Files.isDirectory(DISTRIBUTION)) {
            throw new IllegalStateException("No Keycloak in " + DISTRIBUTION.toAbsolutePath()
                    + ": Maven unpacks it in the generate-test-resources phase (./mvnw -pl ui test-compile)");
        }
        try (Stream<Path> entries = Files.list(DISTRIBUTION)) {
            return entries.filter(p -> Files.isExecutable(p.resolve("bin").resolve("kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No bin/kc.sh under " + DISTRIBUTION.toAbsolutePath()));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
