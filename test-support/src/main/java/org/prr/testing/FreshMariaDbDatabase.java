package org.prr.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a test context a database of its own on the local MySQL-compatible server (MariaDB on 127.0.0.1:3306 as
 * root, or {@code TEST_MYSQL_URL}, {@code TEST_MYSQL_USER}, {@code TEST_MYSQL_PASSWORD}), and drops it when the JVM
 * exits, so runs never collide.
 */
public class FreshMariaDbDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER = env("TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = env("TEST_MYSQL_USER", "root");
    private static final String PASSWORD = env("TEST_MYSQL_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + url(create()),
                        "spring.datasource.username=" + USER,
                        "spring.datasource.password=" + PASSWORD)
                .applyTo(context);
    }

    /**
     * Creates a database that is dropped when the JVM exits, and returns its name. It is created latin1, MariaDB's
     * own default, which cannot hold Chinese: the migrations must set utf8mb4 themselves, and every test holds them
     * to it.
     */
    public static String create() {
        String name = "prr_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET latin1");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        return name;
    }

    public static String url(String database) {
        return SERVER + database;
    }

    /** The user the test databases are reached as. */
    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** Connects as the server's administrative user (root). */
    public static Connection connectAsAdministrator(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    /** Runs one statement as the server's administrative user. */
    public static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot reach the test database server at " + SERVER + " (is MariaDB running?): " + e.getMessage(),
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
