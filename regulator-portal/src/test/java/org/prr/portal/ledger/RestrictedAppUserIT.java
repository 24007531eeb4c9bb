package org.prr.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.ContextConfiguration;

/**
 * The portal running as the application user of db/grants/portal-app-user.sql on MariaDB: everything works, and
 * the ledger and the audit trail cannot be changed or deleted through the application's own connection.
 */
@PortalIntegrationTest
@ContextConfiguration(initializers = RestrictedAppUserIT.MigratedWithGrants.class)
class RestrictedAppUserIT {

    /** Migrates a fresh database as the owner, applies the grant script, and connects the portal as its user. */
    static class MigratedWithGrants implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String database = FreshMariaDbDatabase.create();
            String user = "app_" + UUID.randomUUID().toString().substring(0, 8);
            String password = "pw-" + UUID.randomUUID();
            try (Connection owner = FreshMariaDbDatabase.connectAsAdministrator(database)) {
                Flyway.configure()
                        .dataSource(new SingleConnectionDataSource(owner, true))
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                String script = new String(
                                new ClassPathResource("db/grants/portal-app-user.sql").getContentAsByteArray(),
                                StandardCharsets.UTF_8)
                        .replace("'portal_app'@'%'", "'" + user + "'@'%'")
                        .replace("'change-me'", "'" + password + "'");
                ScriptUtils.executeSqlScript(owner, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(() -> FreshMariaDbDatabase.execute("DROP USER IF EXISTS '" + user + "'@'%'")));
            TestPropertyValues.of(
                            "spring.datasource.username=" + user,
                            "spring.datasource.password=" + password,
                            "spring.datasource.url=" + FreshMariaDbDatabase.url(database),
                            "spring.flyway.enabled=false")
                    .applyTo(context);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appConnection;

    @Test
    void runsTheWholeIntakeAndStaffPathAsTheRestrictedUser() {
        PortalClient portal = new PortalClient(port);
        TestPlatform platform = portal.registerNewPlatform("g", "CN-50");

        assertThat(portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId()))
                        .status())
                .isEqualTo(201);
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/admin/notices",
                                """
                {"audience":"PLATFORM","platformId":"%s","severity":"INFO","title":"t","body":"b",
                 "actionRequired":false}"""
                                        .formatted(platform.platformId()))
                        .status())
                .isEqualTo(201);
        portal.createStaff(
                "g-" + UUID.randomUUID().toString().substring(0, 8), "long-enough-password", "CN-50", "VIEWER");
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/admin/platforms/" + platform.platformId() + "/keys/" + platform.keyId()
                                        + "/revocation")
                        .status())
                .isEqualTo(204);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
        assertThat(portal.asAdmin("GET", "/api/v1/ledger/checkpoints").status()).isEqualTo(200);
    }

    @Test
    void cannotChangeOrDeleteLedgerEntriesOrAuditEvents() {
        PortalClient portal = new PortalClient(port);
        TestPlatform platform = portal.registerNewPlatform("h", "CN-50");
        portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId()));

        for (String sql : new String[] {
            "UPDATE ledger_entry SET payload = '{}'",
            "DELETE FROM ledger_entry",
            "UPDATE audit_event SET username = 'nobody'",
            "DELETE FROM audit_event"
        }) {
            assertThatThrownBy(() -> appConnection.update(sql))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("command denied");
        }
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                        .json()
                        .get("entries")
                        .asLong())
                .isEqualTo(1);
    }
}
