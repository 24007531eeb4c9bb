package org.prr.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * What durable commits cost on the embedded default: the same single-row transactions (a ledger-entry-sized row
 * each) on an H2 file database with H2's default write delay (500 ms, commits may be lost on kill -9) and with
 * WRITE_DELAY=0 (each commit written before it returns), alternating three times in one run, one thread; the first
 * pair includes JIT warm-up.
 * Usage: EmbeddedCommitBenchmark [commits]
 */
public final class EmbeddedCommitBenchmark {

    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String payload = "x".repeat(1500);
        for (String setting : new String[] {"", ";WRITE_DELAY=0", "", ";WRITE_DELAY=0", "", ";WRITE_DELAY=0"}) {
            Path dir = Files.createTempDirectory("h2-bench");
            String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=MySQL" + setting;
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload LONGTEXT NOT NULL)");
                }
                c.setAutoCommit(false);
                long start = System.nanoTime();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO entry (payload) VALUES (?)")) {
                    for (int i = 0; i < commits; i++) {
                        insert.setString(1, payload);
                        insert.executeUpdate();
                        c.commit();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "%-22s %,d commits in %.2f s: %,.0f commits/s%n",
                        setting.isEmpty() ? "default (500 ms delay)" : "WRITE_DELAY=0",
                        commits,
                        seconds,
                        commits / seconds);
            }
        }
    }
}
