package org.prr.portal.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prr.portal.gap.GapFixtures.SHANGHAI;
import static org.prr.portal.gap.GapFixtures.registeredDaysAgo;
import static org.prr.portal.gap.GapFixtures.staffing;
import static org.prr.portal.gap.GapFixtures.submit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prr.model.Cadence;
import org.prr.model.Period;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.flag.GapRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every rule's statement on the embedded default (H2 in MySQL mode), which the README's run command and the demo use:
 * the same SQL as on MariaDB, with the same findings.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gaps;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
            "portal.bootstrap-admin.username=" + PortalClient.ADMIN,
            "portal.bootstrap-admin.password=" + PortalClient.ADMIN_PASSWORD,
            "portal.checkpoints.private-key-file=target/it-keys/checkpoint-ed25519.pem",
            "portal.gaps.evaluate-after-ingest=false",
            "portal.gaps.evaluate-every=24h"
        })
class EmbeddedDatabaseEvaluationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Evaluation evaluation;

    @Test
    void everyRuleRunsOnH2AndFindsWhatItFindsOnMariaDb() {
        PortalClient portal = new PortalClient(port);
        LocalDate today = LocalDate.now(SHANGHAI);
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "h2", "CN-50", 100);
        for (int day = 9; day >= 1; day--) {
            long handled = day == 1 ? 40 : 100 + day;
            submit(
                    portal,
                    platform,
                    Period.day(today.minusDays(day)),
                    ReportFixtures.complaints()
                            .nothingCollected()
                            .received(handled)
                            .handled(handled)
                            .handledWithinSla(handled / 2)
                            .feedbackGiven(handled)
                            .backlogAtEnd(10L * (10 - day))
                            .build());
        }
        Period month = Period.containing(today, Cadence.MONTH).previous();
        submit(portal, platform, month.previous().previous(), staffing(100, 100_000L, 1_000L));
        submit(portal, platform, month.previous(), staffing(90, 100_000L, 1_000L));
        submit(portal, platform, month, staffing(8, 100_000L, 1_000L));

        Evaluation.Run run = evaluation.everyPlatform();

        assertThat(run.rules()).extracting(Evaluation.RuleOutcome::rule).containsExactly(GapRule.values());
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT rule FROM flag WHERE platform_id = ?", String.class, platform.platformId()))
                .contains(
                        "MISSING",
                        "LATE",
                        "SLA_SHARE_LOW",
                        "UNDERSTAFFED",
                        "STAFF_DECLINE",
                        "BACKLOG_GROWING",
                        "ANOMALY")
                .doesNotContain("FEEDBACK_LOW", "AGENT_SILENT");
    }
}
