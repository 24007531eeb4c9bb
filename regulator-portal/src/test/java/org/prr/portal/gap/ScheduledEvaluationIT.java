package org.prr.portal.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The scheduled evaluation runs from Quartz's clustered JDBC job store and flags without anyone asking. */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.gaps.evaluate-every=2s")
class ScheduledEvaluationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlatformWhoseAgentNeverCalledIsFlaggedByTheSchedule() {
        TestPlatform platform = new PortalClient(port).registerNewPlatform("sched", "CN-50");
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC),
                platform.platformId());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM flag WHERE platform_id = ? AND rule = 'AGENT_SILENT'",
                                Integer.class,
                                platform.platformId())
                        == 1);

        assertThat(jdbc.queryForList("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS", String.class))
                .containsExactly("gap-evaluation");
        assertThat(jdbc.queryForObject("SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS", Long.class) % 2000)
                .as("firings on multiples of the interval, the same on every instance")
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE", Integer.class))
                .as("the scheduler checks in to the cluster")
                .isPositive();
    }
}
