package org.prr.agent.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.outbox.Outbox;
import org.prr.model.AccountAction;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Every family's records from the platform's own HTTP services, played by WireMock, paged. */
@AgentIntegrationTest
@TestPropertySource(properties = "camel.main.auto-startup=false")
class RestSourcesIT {

    @RegisterExtension
    static WireMockExtension platform = PortalStub.server();

    @Autowired
    ReportRuns runs;

    @Autowired
    Outbox outbox;

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) {
        registry.add("agent.families.staffing.records.kind", () -> "rest");
        registry.add("agent.families.staffing.records.url", () -> platform.baseUrl() + "/hr/roster");
        registry.add("agent.families.staffing.records.headers.Authorization", () -> "Bearer roster-token");
        registry.add("agent.families.complaints.records.kind", () -> "rest");
        registry.add("agent.families.complaints.records.url", () -> platform.baseUrl() + "/tickets/complaints");
        registry.add("agent.families.takedowns.records.kind", () -> "rest");
        registry.add("agent.families.takedowns.records.url", () -> platform.baseUrl() + "/moderation/log");
    }

    MetricReport onlyReport(MetricFamily family, Period period) {
        return QueuedReports.only(outbox, family, period);
    }

    @Test
    void followsThePagesOfTheRosterWithTheConfiguredHeaders() {
        Period day = Period.day(LocalDate.of(2026, 2, 1));
        platform.stubFor(
                get(urlPathEqualTo("/hr/roster"))
                        .withQueryParam("periodStart", equalTo("2026-02-01T00:00"))
                        .withQueryParam("periodEnd", equalTo("2026-02-02T00:00"))
                        .willReturn(
                                okJson(
                                        """
                        {"items": [
                          {"staff_id": "r1", "role": "REVIEWER", "employment": "INTERNAL", "fte": 1, "joined_on": "2025-01-01"},
                          {"staff_id": "r2", "role": "REVIEWER", "employment": "EXTERNAL", "fte": 0.5, "joined_on": "2026-02-01"}
                        ], "next": "/hr/roster/page/2"}""")));
        platform.stubFor(
                get("/hr/roster/page/2")
                        .willReturn(
                                okJson(
                                        """
                {"items": [
                  {"staff_id": "e1", "role": "NEWS_EDITOR", "employment": "INTERNAL", "fte": 1, "joined_on": "2020-01-01",
                   "licensed_news": true, "chief_editor": true, "training_hours": 3}
                ], "next": null}""")));

        assertThat(runs.run(MetricFamily.STAFFING, day).status()).isEqualTo(BatchStatus.COMPLETED);

        var staffing = onlyReport(MetricFamily.STAFFING, day).staffing();
        assertThat(staffing.reviewersHeadcount()).isEqualTo(2);
        assertThat(staffing.reviewersFte()).isEqualByComparingTo("1.5");
        assertThat(staffing.totalStaff()).isEqualTo(3);
        assertThat(staffing.chiefEditorAppointed()).isTrue();
        assertThat(staffing.joined()).isEqualTo(1);
        assertThat(staffing.trainingHours()).isEqualByComparingTo("3");
        assertThat(staffing.dailyActiveUsers()).as("no business-scale source").isNull();
        platform.verify(getRequestedFor(urlPathEqualTo("/hr/roster"))
                .withHeader("Authorization", equalTo("Bearer roster-token")));
        platform.verify(getRequestedFor(urlPathEqualTo("/hr/roster/page/2"))
                .withHeader("Authorization", equalTo("Bearer roster-token")));
    }

    @Test
    void readsComplaintsFromTheTicketService() {
        Period day = Period.day(LocalDate.of(2026, 2, 5));
        platform.stubFor(
                get(urlPathEqualTo("/tickets/complaints"))
                        .willReturn(
                                okJson(
                                        """
                {"items": [
                  {"complaint_id": "t1", "received_at": "2026-02-05T08:00:00", "channel": "IN_APP", "category": "FRAUD_SCAMS",
                   "closed_at": "2026-02-05T09:30:00", "outcome": "CONTENT_REMOVED", "feedback_given": true, "clearly_illegal": true},
                  {"complaint_id": "t2", "received_at": "2026-02-05T10:00:00", "channel": "WEB_FORM", "category": "OTHER"}
                ]}""")));

        assertThat(runs.run(MetricFamily.COMPLAINTS, day).status()).isEqualTo(BatchStatus.COMPLETED);

        var complaints = onlyReport(MetricFamily.COMPLAINTS, day).complaints();
        assertThat(complaints.received()).isEqualTo(2);
        assertThat(complaints.handledWithinSla()).isEqualTo(1);
        assertThat(complaints.medianHoursToResolution()).isEqualByComparingTo("1.50");
        assertThat(complaints.backlogAtEnd()).isEqualTo(1);
    }

    @Test
    void readsTheModerationLog() {
        Period day = Period.day(LocalDate.of(2026, 2, 2));
        platform.stubFor(
                get(urlPathEqualTo("/moderation/log"))
                        .withQueryParam("periodStart", equalTo("2026-02-02T00:00"))
                        .willReturn(
                                okJson(
                                        """
                        {"items": [
                          {"action_id": "a1", "action_type": "ACCOUNT", "actioned_at": "2026-02-02T09:00:00", "account_action": "SUSPENDED", "livestreamer": true},
                          {"action_id": "a2", "action_type": "DORMANT_ACCOUNT_CLEARED", "actioned_at": "2026-02-02T10:00:00"}
                        ]}""")));

        assertThat(runs.run(MetricFamily.TAKEDOWNS, day).status()).isEqualTo(BatchStatus.COMPLETED);

        var takedowns = onlyReport(MetricFamily.TAKEDOWNS, day).takedowns();
        assertThat(takedowns.accountsActioned()).isEqualTo(Map.of(AccountAction.SUSPENDED, 1L));
        assertThat(takedowns.livestreamersBanned()).isEqualTo(1);
        assertThat(takedowns.dormantAccountsCleared()).isEqualTo(1);
    }

    @Test
    void aServiceErrorOrAMalformedPageFailsTheRunAndQueuesNothing() {
        Period day = Period.day(LocalDate.of(2026, 2, 3));
        platform.stubFor(get(urlPathEqualTo("/hr/roster"))
                .withQueryParam("periodStart", equalTo("2026-02-03T00:00"))
                .willReturn(aResponse().withStatus(503)));
        Period other = Period.day(LocalDate.of(2026, 2, 4));
        platform.stubFor(
                get(urlPathEqualTo("/hr/roster"))
                        .withQueryParam("periodStart", equalTo("2026-02-04T00:00"))
                        .willReturn(
                                okJson(
                                        """
                        {"items": [{"staff_id": "r1", "role": "REVIEWER", "employment": "INTERNAL", "fte": 2, "joined_on": "2025-01-01"}]}""")));

        ReportRuns.Result unavailable = runs.run(MetricFamily.STAFFING, day);
        ReportRuns.Result malformed = runs.run(MetricFamily.STAFFING, other);

        assertThat(unavailable.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(unavailable.failures()).singleElement().asString().contains("503");
        assertThat(malformed.failures())
                .singleElement()
                .asString()
                .contains("agent.families.staffing.records.url page 1 item 1: column fte '2' must be a share");
        assertThat(outbox.reports(MetricFamily.STAFFING, day)).isEmpty();
        assertThat(outbox.reports(MetricFamily.STAFFING, other)).isEmpty();
    }
}
