package org.prr.portal.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prr.portal.gap.GapFixtures.SHANGHAI;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A platform that files nothing is reminded 3 and 1 days before each report's due time and once the grace is over,
 * one notice of each kind per evaluation, each report's step once.
 */
@PortalIntegrationTest
class ReportingRemindersIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlatformThatFilesNothingIsRemindedBeforeEachDueTimeAndOnceMissing() {
        PortalClient portal = new PortalClient(port);
        TestPlatform platform = GapFixtures.registeredDaysAgo(portal, jdbc, "remind", "CN-50", 5);
        // Daily COMPLAINTS with three days' grace: the periods of the last three days are due within 3 days, one of
        // them within 1 day; the older ones owed are past their grace.
        assertThat(portal.asAdmin(
                                "PUT",
                                "/api/v1/admin/platforms/" + platform.platformId() + "/obligations/COMPLAINTS",
                                "{\"cadence\":\"DAY\",\"graceHours\":72}")
                        .status())
                .isEqualTo(200);
        LocalDate today = LocalDate.now(SHANGHAI);

        assertThat(portal.asAdmin("POST", "/api/v1/admin/evaluations")
                        .json()
                        .get("reminders")
                        .asInt())
                .isPositive();

        JsonNode notices = notices(portal, platform);
        assertThat(notices.findValuesAsText("kind")).containsExactlyInAnyOrder("REPORT_DUE", "REPORT_MISSING");
        JsonNode due = ofKind(notices, "REPORT_DUE");
        assertThat(due.get("body").asText())
                .contains("COMPLAINTS " + today.minusDays(3), "COMPLAINTS " + today.minusDays(2));
        assertThat(steps(platform, today.minusDays(3)))
                .as("within 1 day and so within 3: one reminder covers both steps")
                .containsExactly(1, 3);
        assertThat(due.get("body").asText().split("COMPLAINTS " + today.minusDays(3), -1))
                .as("listed once")
                .hasSize(2);
        assertThat(steps(platform, today.minusDays(2))).containsExactly(3);
        JsonNode missing = ofKind(notices, "REPORT_MISSING");
        assertThat(missing.get("severity").asText()).isEqualTo("WARNING");
        assertThat(missing.get("body").asText())
                .contains("COMPLAINTS " + today.minusDays(6), "COMPLAINTS " + today.minusDays(4))
                .doesNotContain("COMPLAINTS " + today.minusDays(3));
        String reference = missing.get("reference").asText();
        assertThat(reference)
                .as("the first report listed")
                .matches("[A-Z]+/\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}");
        assertThat(missing.get("body").asText())
                .contains(reference.replace("/", " ").replaceAll("\\.\\..*", ""));
        assertThat(steps(platform, today.minusDays(6))).containsExactly(0);

        portal.asAdmin("POST", "/api/v1/admin/evaluations");

        assertThat(notices(portal, platform)).as("each step once").hasSize(2);
    }

    List<Integer> steps(TestPlatform platform, LocalDate period) {
        return jdbc.queryForList(
                "SELECT days_before FROM reporting_reminder WHERE platform_id = ? AND family = 'COMPLAINTS' "
                        + "AND period_start = ? ORDER BY days_before",
                Integer.class,
                platform.platformId(),
                period);
    }

    static JsonNode notices(PortalClient portal, TestPlatform platform) {
        return portal.send(
                        portal.signed(platform.signer(), "GET", "/api/v1/notices?after=0", new byte[0], Instant.now())
                                .build())
                .json()
                .get("notices");
    }

    static JsonNode ofKind(JsonNode notices, String kind) {
        List<JsonNode> found = new ArrayList<>();
        notices.forEach(n -> {
            if (n.get("kind").asText().equals(kind)) {
                found.add(n);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
