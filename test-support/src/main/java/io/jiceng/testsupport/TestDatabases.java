package io.jiceng.testsupport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * Which database the Spring tests of this JVM use, chosen by system properties:
 * <ul>
 *   <li>none: the H2 URLs the tests name themselves;</li>
 *   <li>{@code test.database=mariadb}: a private MariaDB server started for this JVM ({@link MariaDbTestServer});</li>
 *   <li>{@code test.database=mysql}, {@code test.database.url=jdbc:mysql://host:3306/} and optionally
 *       {@code test.database.username} / {@code test.database.password}: a server of the developer's own, e.g. MySQL 8.
 *       The user needs the right to create and drop databases; they are all named {@code jt_...}.</li>
 * </ul>
 * Each H2 database a test names becomes a database of its own there, created fresh the first time this JVM sees the
 * name and shared afterwards, as contexts that name the same H2 database share its data.
 */
public final class TestDatabases {

    static final String MODE = "test.database";

    private static final Map<String, String> CREATED = new HashMap<>();

    private TestDatabases() {
    }

    /** Whether the tests of this JVM run on a MySQL-protocol server instead of H2. */
    public static boolean enabled() {
        String mode = System.getProperty(MODE, "").trim();
        return !mode.isEmpty() && !mode.equals("h2");
    }

    /** The JDBC URL of the database standing in for the given H2 URL, created fresh the first time. */
    public static synchronized String urlFor(String h2Url) {
        String database = databaseName(h2Url);
        return CREATED.computeIfAbsent(database, TestDatabases::create);
    }

    /** Stops the private MariaDB server of this JVM, if it started one; the URLs handed out no longer answer. */
    public static void stopServer() {
        MariaDbTestServer.stopIfRunning();
    }

    public static String username() {
        return isMariaDb() ? "root" : System.getProperty("test.database.username", "root");
    }

    public static String password() {
        return isMariaDb() ? "" : System.getProperty("test.database.password", "");
    }

    /**
     * A database name for an H2 URL: its name ({@code jdbc:h2:mem:ui-tests} → {@code jt_ui_tests}), and for a file
     * database also a hash of its path, so that two folders are two databases and the same folder is the same one.
     */
    static String databaseName(String h2Url) {
        String location = h2Url.replaceFirst("^jdbc:h2:", "").split(";", 2)[0];
        boolean memory = location.startsWith("mem:");
        location = location.replaceFirst("^(mem|file|nio|split:\\d+:nio):", "");
        String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (!memory) {
            CRC32 crc = new CRC32();
            crc.update(location.getBytes(StandardCharsets.UTF_8));
            safe = safe + "_" + Long.toHexString(crc.getValue());
        }
        String database = "jt_" + safe;
        return database.length() <= 64 ? database : database.substring(0, 64);
    }

    private static boolean isMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty(MODE));
    }

    private static String serverUrl() {
        if (isMariaDb()) {
            return MariaDbTestServer.get().serverUrl();
        }
        if ("mysql".equalsIgnoreCase(System.getProperty(MODE))) {
            String url = System.getProperty("test.database.url");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("-Dtest.database=mysql needs -Dtest.database.url=jdbc:mysql://host:3306/");
            }
            return url;
        }
        throw new IllegalStateException("-D" + MODE + " must be mariadb or mysql, not " + System.getProperty(MODE));
    }

    private static String create(String database) {
        String server = serverUrl();
        Properties credentials = new Properties();
        if (!isMariaDb()) {
            credentials.setProperty("user", username());
            credentials.setProperty("password", password());
        }
        try (Connection connection = DriverManager.getConnection(server, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            // as docs/deployment.md creates the production database
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + database + " on " + server, e);
        }
        return withDatabase(server, database);
    }

    /** jdbc:mysql://host:port/?user=root → jdbc:mysql://host:port/database (credentials go separately). */
    private static String withDatabase(String serverUrl, String database) {
        String base = serverUrl.split("\\?", 2)[0];
        int slash = base.indexOf('/', "jdbc:mysql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database;
    }
}
