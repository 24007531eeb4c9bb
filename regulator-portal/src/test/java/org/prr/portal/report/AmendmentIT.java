package org.prr.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Corrections keep every version in the ledger; staff see the latest figures and the history. */
@PortalIntegrationTest
class AmendmentIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    TestPlatform platform;
    MetricReport original;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        platform = portal.registerNewPlatform("am", "CN-50");
        original = ReportFixtures.complaintsReport(platform.platformId());
        assertThat(portal.submit(platform, original).status()).isEqualTo(201);
    }

    private String path(String suffix) {
        return "/api/v1/platforms/" + platform.platformId() + suffix;
    }

    @Test
    void keepsBothVersionsAndShowsTheLatestFiguresAndTheHistory() {
        MetricReport amendment = ReportFixtures.amendment(
                original,
                ReportFixtures.complaints().backlogAtEnd(40L).build(),
                "backlog counted closed tickets as open");

        assertThat(portal.submit(platform, amendment).status()).isEqualTo(201);

        JsonNode ledger = portal.asAdmin("GET", path("/ledger")).json();
        assertThat(ledger.findValuesAsText("type")).containsExactly("REPORT_ACCEPTED", "REPORT_AMENDED");
        JsonNode current =
                portal.asAdmin("GET", path("/reports?family=COMPLAINTS")).json();
        assertThat(current).hasSize(1);
        assertThat(current.get(0).get("reportId").asText())
                .isEqualTo(amendment.reportId().toString());
        assertThat(current.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(current.get(0).get("figures").get("backlogAtEnd").asLong()).isEqualTo(40);
        JsonNode history = portal.asAdmin("GET", path("/reports/" + original.reportId() + "/history"))
                .json();
        assertThat(history.findValuesAsText("reportId"))
                .containsExactly(
                        original.reportId().toString(), amendment.reportId().toString());
        assertThat(history.get(0).get("current").asBoolean()).isFalse();
        assertThat(history.get(0).get("figures").get("backlogAtEnd").asLong()).isEqualTo(15);
        assertThat(history.get(1).get("amendmentReason").asText()).isEqualTo("backlog counted closed tickets as open");
    }

    @Test
    void refusesASecondOriginalReportForTheSamePeriod() {
        MetricReport again = new MetricReport(
                original.schemaVersion(),
                UUID.randomUUID(),
                original.platformId(),
                original.family(),
                original.period(),
                original.generatedAt(),
                original.agentVersion(),
                null,
                null,
                null,
                original.complaints(),
                null,
                null,
                null);

        Response response = portal.submit(platform, again);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        assertThat(response.json().get("errors").get(0).get("message").asText())
                .contains("supersedes=" + original.reportId());
        assertThat(portal.asAdmin("GET", path("/ledger")).json()).hasSize(1);
    }

    @Test
    void refusesToAmendAVersionThatWasAlreadyAmendedOrAnUnknownReport() {
        portal.submit(
                platform,
                ReportFixtures.amendment(
                        original, ReportFixtures.complaints().backlogAtEnd(20L).build(), "first"));

        Response stale = portal.submit(
                platform,
                ReportFixtures.amendment(
                        original, ReportFixtures.complaints().backlogAtEnd(30L).build(), "second, of the old one"));
        MetricReport unknown = ReportFixtures.amendment(
                ReportFixtures.complaintsReport(platform.platformId()), original.complaints(), "of nothing");
        Response orphan = portal.submit(platform, unknown);

        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.json().get("errors").get(0).get("message").asText()).contains("already amended");
        assertThat(orphan.status()).isEqualTo(422);
        assertThat(orphan.json().get("errors").get(0).get("field").asText()).isEqualTo("supersedes");
        assertThat(portal.asAdmin("GET", path("/ledger")).json()).hasSize(2);
        assertThat(portal.asAdmin("GET", path("/ledger/verification"))
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }
}
