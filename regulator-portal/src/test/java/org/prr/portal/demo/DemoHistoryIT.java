package org.prr.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.prr.model.signing.Ed25519Keys;
import org.prr.portal.PortalIntegrationTest;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.platform.PlatformRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's first start on MariaDB: six platforms in two jurisdictions with 90 days of history that went through the
 * signed API at the moments it happened, so the chains verify, and the portal found on its own what the demo set up:
 * late and missing filings, understaffing, an open incident, a notice half acknowledged. A second start adds nothing.
 */
@PortalIntegrationTest
@ActiveProfiles("demo")
@DirtiesContext // a context of its own, closed after it so that it holds no database connections meanwhile
@TestPropertySource(properties = "portal.demo.public-key-file=" + DemoHistoryIT.DEMO_AGENT_KEY)
class DemoHistoryIT {

    static final String DEMO_AGENT_KEY = "target/demo-history-it/agent-ed25519.pub.pem";

    static {
        try {
            Path key = Path.of(DEMO_AGENT_KEY);
            Files.createDirectories(key.getParent());
            Files.writeString(key, Ed25519Keys.toPem(Ed25519Keys.generate().getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    PlatformRegistry registry;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoHistory history;

    @Test
    void theDemoStartsWithAJurisdictionWorthLookingAt() {
        for (DemoHistory.DemoPlatform demo : DemoHistory.PLATFORMS) {
            assertThat(registry.exists(demo.platformId())).as(demo.platformId()).isTrue();
            assertThat(ledger.verify(demo.platformId()).valid())
                    .as(demo.platformId())
                    .isTrue();
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT jurisdiction FROM platform", String.class))
                .contains("CN-50", "CN-11");
        assertThat(count("SELECT COUNT(*) FROM report_version WHERE platform_id = 'cq-video'"))
                .as("about 90 days of daily complaints and takedowns")
                .isGreaterThan(170);
        assertThat(openFlags("LATE", "cq-news")).isPositive();
        assertThat(openFlags("MISSING", "cq-forum")).isPositive();
        assertThat(openFlags("UNDERSTAFFED", "cq-live")).isPositive();
        assertThat(openFlags("LATE", "cq-video"))
                .as("the platform that is always on time")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM incident WHERE platform_id = 'cq-live' AND status <> 'CLOSED'"))
                .isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT COUNT(*) AS reached, COUNT(r.delivered_at) AS delivered, "
                        + "COUNT(r.acknowledged_at) AS acknowledged FROM notice n "
                        + "JOIN notice_recipient r ON r.notice_id = n.notice_id WHERE n.kind = 'STAFF'"))
                .as("the Chongqing notice: every demo agent got it, two people acknowledged it")
                .containsEntry("reached", 5L)
                .containsEntry("delivered", 4L)
                .containsEntry("acknowledged", 2L);

        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(username, ' ', jurisdiction, ' ', roles) FROM staff_user "
                                + "WHERE username IN ('cq.analyst', 'cq.admin', 'bj.viewer') ORDER BY username",
                        String.class))
                .containsExactly(
                        "bj.viewer CN-11 VIEWER", "cq.admin CN-50 ADMIN,ANALYST", "cq.analyst CN-50 ANALYST,VIEWER");

        long entries = count("SELECT COUNT(*) FROM ledger_entry");
        history.run(new DefaultApplicationArguments());
        assertThat(count("SELECT COUNT(*) FROM ledger_entry"))
                .as("a second start")
                .isEqualTo(entries);
    }

    private long openFlags(String rule, String platformId) {
        return count("SELECT COUNT(*) FROM flag WHERE rule = '" + rule + "' AND platform_id = '" + platformId
                + "' AND state <> 'RESOLVED'");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
