package org.prr.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.model.signing.Ed25519Keys;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A platform registered at a portal process, with its agent's key file and working directory and the agent's own
 * MariaDB database: what a test needs to start that platform's agent as a process ({@link AgentProcess}).
 */
record AgentPlatform(String id, Path workDir, String database, JdbcTemplate agentDb) {

    /** Registers a new platform (its id {@code name} and a random suffix) in CN-50 with a fresh key. */
    static AgentPlatform register(PortalProcess portal, String name, String tier) throws Exception {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path workDir = Files.createTempDirectory("agent-" + name);
        KeyPair keys = Ed25519Keys.generate();
        Files.writeString(workDir.resolve("agent.pem"), Ed25519Keys.toPem(keys.getPrivate()));
        portal.register(id, id + "-key", keys.getPublic(), tier);
        String database = FreshMariaDbDatabase.create();
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(FreshMariaDbDatabase.url(database), "root", "");
        return new AgentPlatform(id, workDir, database, new JdbcTemplate(dataSource));
    }

    /**
     * The agent's settings: COMPLAINTS read with SQL from the demo schema in its own database (empty unless a test
     * fills it), delivery retried quickly; each of {@code more} ({@code name=value}) replaces the setting of its name.
     */
    List<String> agentArguments(String portalUrl, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "server.port=0",
                "spring.sql.init.mode=always",
                "spring.sql.init.schema-locations=classpath:demo/platform-source.sql",
                "agent.families.complaints.records.kind=jdbc",
                "agent.families.complaints.records.sql=SELECT * FROM demo_complaint WHERE received_at < :periodEnd",
                "spring.datasource.url=" + FreshMariaDbDatabase.url(database),
                "spring.datasource.username=root",
                "spring.datasource.password=",
                "agent.platform-id=" + id,
                "agent.signing.key-id=" + id + "-key",
                "agent.signing.generate-if-missing=false",
                "agent.signing.private-key-file=" + workDir.resolve("agent.pem"),
                "agent.portal.url=" + portalUrl,
                "agent.delivery.initial-backoff=200ms",
                "agent.delivery.max-backoff=1s"));
        for (String setting : more) {
            String name = setting.substring(0, setting.indexOf('=') + 1);
            arguments.removeIf(a -> a.startsWith(name));
            arguments.add(setting);
        }
        return arguments;
    }

    /**
     * Settings that point COMPLAINTS at a platform database of its own, with one complaint yesterday, whose query
     * then hangs for a minute: the agent runs and calls the portal, but its COMPLAINTS job does not finish.
     */
    String[] hangingSource() {
        String sourceDatabase = FreshMariaDbDatabase.create();
        DriverManagerDataSource source =
                new DriverManagerDataSource(FreshMariaDbDatabase.url(sourceDatabase), "root", "");
        new ResourceDatabasePopulator(new ClassPathResource("demo/platform-source.sql")).execute(source);
        new JdbcTemplate(source)
                .update(
                        "INSERT INTO demo_complaint VALUES ('c1', ?, 'WEB_FORM', 'OTHER', NULL, "
                                + "NULL, FALSE, FALSE, FALSE, FALSE)",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).atTime(12, 0));
        return new String[] {
            "agent.source-database.url=" + FreshMariaDbDatabase.url(sourceDatabase),
            "agent.source-database.username=root",
            "agent.families.complaints.records.sql=SELECT * FROM demo_complaint "
                    + "WHERE received_at < :periodEnd AND SLEEP(60) = 0"
        };
    }

    List<Map<String, Object>> outbox() {
        return agentDb.queryForList("SELECT o.status, o.attempts, o.ledger_seq, r.report_id, r.period_start "
                + "FROM outbox o JOIN report r ON r.report_id = o.report_id ORDER BY r.period_start");
    }
}
