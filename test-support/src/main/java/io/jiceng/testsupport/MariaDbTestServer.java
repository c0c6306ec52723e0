package io.jiceng.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/**
 * A private MariaDB server (Debian's {@code mariadb-server}) for the tests of one JVM: a fresh data folder under
 * {@code target/mariadb}, a free port on 127.0.0.1, started on first use and stopped when the JVM ends, after the
 * Spring applications.
 *
 * <p>Started with {@code --no-defaults}, so the server's own defaults (latin1, REPEATABLE READ) apply: the
 * application's settings (utf8mb4 databases, READ COMMITTED on every connection) must do the work, as on a
 * production server nobody tuned for us. Only durability is given up for speed (no flush per commit, no binary
 * log), which no test can observe.
 */
final class MariaDbTestServer {

    private static final List<Path> SERVER_BINARIES = List.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/sbin/mysqld"));
    private static final List<Path> INSTALLERS = List.of(Path.of("/usr/bin/mariadb-install-db"), Path.of("/usr/bin/mysql_install_db"));

    /**
     * Options added to the server's command line, for example a larger InnoDB buffer pool: the tests' 256 MiB hold
     * all of their data, but a benchmark of a county's yearly volume writes gigabytes, and a server whose pool is much
     * smaller than its data waits on the disk (InnoDB bypasses the page cache), so the run would measure the disk
     * rather than the code. Production servers size the pool to their data.
     */
    private static final String SERVER_OPTIONS = "test.mariadb.options";

    private static MariaDbTestServer running;

    private final int port;
    private final Process process;

    private MariaDbTestServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** The server of this JVM, started on the first call. */
    static synchronized MariaDbTestServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /**
     * Stops the server of this JVM now, if one runs. For JVMs that start no Spring application (Spring Boot adds its
     * JVM shutdown hook, which would stop the server, only when an application runs).
     */
    static synchronized void stopIfRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** Whether this machine has a server to start (the build skips the MariaDB pass without one). */
    static boolean installed() {
        return SERVER_BINARIES.stream().anyMatch(Files::isExecutable);
    }

    /** A JDBC URL of the server without a database, with the root user (no password on this private server). */
    String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?user=root";
    }

    private static MariaDbTestServer start() {
        Path server = first(SERVER_BINARIES, "the MariaDB server (apt-get install mariadb-server)");
        Path installer = first(INSTALLERS, "mariadb-install-db (apt-get install mariadb-server)");
        try {
            Path home = Path.of("target", "mariadb").toAbsolutePath();
            deleteRecursively(home);
            Path data = Files.createDirectories(home.resolve("data"));
            // temporary tables of large sorts go to files of the server's own, not to /tmp, where other servers and
            // programs of the machine come and go (a 22,271-case benchmark lost one there after 42 minutes)
            Path temporary = Files.createDirectories(home.resolve("tmp"));
            // a Unix socket path must stay under ~108 bytes, which a deep working copy can exceed
            Path socket = Files.createTempDirectory("mariadb-test").resolve("mariadb.sock");
            boolean root = "root".equals(System.getProperty("user.name"));

            List<String> install = new ArrayList<>(List.of(installer.toString(), "--no-defaults",
                    "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"));
            if (root) {
                install.add("--user=root");
            }
            run(install, home.resolve("install.log"));

            int port = freePort();
            List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults",
                    "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket,
                    "--tmpdir=" + temporary,
                    "--pid-file=" + home.resolve("mariadb.pid"), "--log-error=" + home.resolve("error.log"),
                    // the documented production setting: the server's clock in the application's zone
                    "--default-time-zone=+08:00",
                    // every cached Spring test context keeps a pool open
                    "--max-connections=1000",
                    "--innodb-buffer-pool-size=256M", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0",
                    "--skip-log-bin"));
            // the server takes the last of an option given twice
            String options = System.getProperty(SERVER_OPTIONS, "").strip();
            if (!options.isEmpty()) {
                command.addAll(List.of(options.split("\\s+")));
            }
            if (root) {
                command.add("--user=root");
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("server.out").toFile()).start();
            MariaDbTestServer started = new MariaDbTestServer(port, process);
            // after the applications: Spring Boot runs its shutdown handlers once every context is closed, and the
            // engine needs the database to close
            SpringApplication.getShutdownHandlers().add(started::stop);
            started.awaitReady(home);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Path home) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        SQLException last = null;
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB stopped at start; see " + home.resolve("error.log"));
            }
            try (Connection ignored = DriverManager.getConnection(serverUrl())) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        stop();
        throw new IllegalStateException("MariaDB did not accept connections within 60 s; see " + home.resolve("error.log"), last);
    }

    private void stop() {
        // SIGTERM: the server shuts down cleanly
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed; see " + log);
        }
    }

    private static Path first(List<Path> candidates, String what) {
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("Not found: " + what + "; looked for " + candidates));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
