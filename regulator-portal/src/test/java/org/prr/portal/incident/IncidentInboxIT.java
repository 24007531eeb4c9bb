package org.prr.portal.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jurisdiction's incident inbox: clocks by severity, staff's acknowledgement reaching the platform as a notice,
 * nothing accepted after CLOSED, and INCIDENT_FOLLOW_UP_OVERDUE when a follow-up is late. Each test works in a
 * jurisdiction of its own, so the inbox's counts are its own.
 */
@PortalIntegrationTest
class IncidentInboxIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    PortalClient portal;
    TestPlatform platform;
    String jurisdiction;
    String analyst;
    String viewer;

    private static int nextJurisdiction = 70;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        jurisdiction = "CN-" + nextJurisdiction++;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        analyst = "inc-analyst-" + suffix;
        viewer = "inc-viewer-" + suffix;
        portal.createStaff(analyst, analyst + "-password", jurisdiction, "ANALYST");
        portal.createStaff(viewer, viewer + "-password", jurisdiction, "VIEWER");
        platform = portal.registerNewPlatform("inbox", jurisdiction);
    }

    Response as(String user, String method, String path, String json) {
        return portal.asStaff(user, user + "-password", method, path, json);
    }

    Response post(String path, Object body) {
        return portal.send(portal.signed(platform.signer(), "POST", path, CanonicalJson.write(body), Instant.now())
                .build());
    }

    Incident report(Incident.Severity severity, OffsetDateTime detectedAt) {
        Incident incident = new Incident(
                UUID.randomUUID(),
                platform.platformId(),
                severity,
                Category.VIOLENCE_GORE,
                detectedAt.minusMinutes(10),
                detectedAt,
                "直播间传播暴力画面",
                "一场直播出现暴力画面，被转发约三千次。",
                "约12万用户",
                "已切断直播，转发内容按哈希屏蔽",
                "值班编辑 023-0000-0000");
        assertThat(post("/api/v1/incidents", incident).status()).isEqualTo(201);
        return incident;
    }

    IncidentUpdate update(Incident incident, IncidentUpdate.Status status, String text) {
        return new IncidentUpdate(
                UUID.randomUUID(),
                incident.incidentId(),
                platform.platformId(),
                status,
                OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS),
                text);
    }

    @Test
    void theInboxShowsEachIncidentWithTheClocksOfItsSeverity() {
        OffsetDateTime twoHoursAgo =
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
        Incident critical = report(Incident.Severity.CRITICAL, twoHoursAgo);
        Incident major = report(Incident.Severity.MAJOR, twoHoursAgo);
        assertThat(post(
                                "/api/v1/incidents/" + major.incidentId() + "/updates",
                                update(major, IncidentUpdate.Status.CONTAINED, "已控制"))
                        .status())
                .isEqualTo(201);

        JsonNode inbox = as(viewer, "GET", "/api/v1/incidents", null).json();

        assertThat(inbox.get("total").asLong()).isEqualTo(2);
        assertThat(inbox.get("unacknowledged").asLong()).isEqualTo(2);
        assertThat(inbox.get("overdue").asLong()).isZero();
        assertThat(inbox.get("byStatus").get("OPEN").asLong()).isEqualTo(1);
        assertThat(inbox.get("byStatus").get("CONTAINED").asLong()).isEqualTo(1);
        assertThat(inbox.get("clocks").findValuesAsText("severity")).containsExactly("CRITICAL", "MAJOR");
        JsonNode criticalItem = item(inbox, critical.incidentId());
        assertThat(Instant.parse(criticalItem.get("firstReportDueAt").asText()))
                .isEqualTo(twoHoursAgo.toInstant().plus(1, ChronoUnit.HOURS));
        assertThat(criticalItem.get("firstReportLate").asBoolean())
                .as("reported two hours after detection, the CRITICAL clock is one hour")
                .isTrue();
        assertThat(Instant.parse(criticalItem.get("nextUpdateDueAt").asText()))
                .isEqualTo(
                        Instant.parse(criticalItem.get("reportedAt").asText()).plus(12, ChronoUnit.HOURS));
        JsonNode majorItem = item(inbox, major.incidentId());
        assertThat(majorItem.get("firstReportLate").asBoolean())
                .as("the MAJOR clock is four hours")
                .isFalse();
        assertThat(majorItem.get("updates").asInt()).isEqualTo(1);
        assertThat(majorItem.get("status").asText()).isEqualTo("CONTAINED");
        assertThat(as(viewer, "GET", "/api/v1/incidents?status=CONTAINED", null)
                        .json()
                        .get("incidents")
                        .findValuesAsText("incidentId"))
                .containsExactly(major.incidentId().toString());
        JsonNode detail = as(viewer, "GET", "/api/v1/incidents/" + major.incidentId(), null)
                .json();
        assertThat(detail.get("summary").asText()).isEqualTo(major.summary());
        assertThat(detail.get("updates").findValuesAsText("text")).containsExactly("已控制");
        assertThat(portal.asStaff(
                                "it-admin", "it-admin-password", "GET", "/api/v1/incidents/" + major.incidentId(), null)
                        .status())
                .as("national staff see every jurisdiction")
                .isEqualTo(200);
        String outsider = "inc-outsider-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(outsider, outsider + "-password", "CN-50", "ADMIN");
        assertThat(as(outsider, "GET", "/api/v1/incidents/" + major.incidentId(), null)
                        .status())
                .isEqualTo(404);
        assertThat(as(viewer, "GET", "/api/v1/incidents?size=0", null).status()).isEqualTo(422);
        assertThat(as(viewer, "GET", "/api/v1/incidents?status=GONE", null).status())
                .isEqualTo(400);
        assertThat(portal.send(portal.signed(platform.signer(), "GET", "/api/v1/incidents", new byte[0], Instant.now())
                                .build())
                        .status())
                .as("the inbox is for staff, not for a platform's signature")
                .isEqualTo(401);
    }

    @Test
    void staffAcknowledgeAnIncidentOnceAndThePlatformIsToldByANotice() {
        Incident incident = report(Incident.Severity.CRITICAL, OffsetDateTime.now(ZoneOffset.ofHours(8)));

        Response byViewer = as(viewer, "POST", "/api/v1/incidents/" + incident.incidentId() + "/acknowledgement", null);
        Response acknowledged = as(
                analyst,
                "POST",
                "/api/v1/incidents/" + incident.incidentId() + "/acknowledgement",
                """
                {"note":"请每两小时续报一次。"}""");
        Response again = as(analyst, "POST", "/api/v1/incidents/" + incident.incidentId() + "/acknowledgement", null);

        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().get("incident").get("acknowledgedBy").asText())
                .isEqualTo(analyst);
        assertThat(again.status()).isEqualTo(409);
        JsonNode ledger = portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger")
                .json();
        assertThat(ledger.findValuesAsText("type"))
                .containsExactly("INCIDENT_REPORTED", "INCIDENT_ACKNOWLEDGED", "NOTICE_ISSUED");
        assertThat(PortalClient.payload(ledger.get(1)).get("note").asText()).isEqualTo("请每两小时续报一次。");
        JsonNode notices = portal.send(
                        portal.signed(platform.signer(), "GET", "/api/v1/notices?after=0", new byte[0], Instant.now())
                                .build())
                .json()
                .get("notices");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("kind").asText()).isEqualTo("INCIDENT_ACKNOWLEDGED");
        assertThat(notices.get(0).get("reference").asText())
                .isEqualTo(incident.incidentId().toString());
        assertThat(notices.get(0).get("body").asText()).contains("请每两小时续报一次。");
        assertThat(as(viewer, "GET", "/api/v1/incidents?unacknowledged=true", null)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void nothingIsAcceptedAfterClosedButTheClosingUpdateReplays() {
        Incident incident = report(Incident.Severity.MAJOR, OffsetDateTime.now(ZoneOffset.ofHours(8)));
        IncidentUpdate closing = update(incident, IncidentUpdate.Status.CLOSED, "终报：已全部处置完毕");
        String path = "/api/v1/incidents/" + incident.incidentId() + "/updates";

        Response closed = post(path, closing);
        Response replayed = post(path, closing);
        Response after = post(path, update(incident, IncidentUpdate.Status.OPEN, "又出现了"));

        assertThat(closed.status()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(422);
        assertThat(after.json().get("detail").asText()).contains("CLOSED");
        JsonNode item = as(viewer, "GET", "/api/v1/incidents/" + incident.incidentId(), null)
                .json()
                .get("incident");
        assertThat(item.get("status").asText()).isEqualTo("CLOSED");
        assertThat(item.get("closedAt").isNull()).isFalse();
        assertThat(item.get("nextUpdateDueAt").isNull()).isTrue();
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger")
                        .json()
                        .findValuesAsText("type"))
                .containsExactly("INCIDENT_REPORTED", "INCIDENT_UPDATED");
    }

    @Test
    void aLateFollowUpIsFlaggedAndTheFlagResolvesWhenTheFollowUpArrives() {
        Incident incident = report(Incident.Severity.CRITICAL, OffsetDateTime.now(ZoneOffset.ofHours(8)));
        // The platform's last word was thirteen hours ago: the CRITICAL follow-up clock is twelve.
        jdbc.update(
                "UPDATE incident SET last_heard_at = ? WHERE incident_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(13, ChronoUnit.HOURS), ZoneOffset.UTC),
                incident.incidentId().toString());

        assertThat(as(viewer, "GET", "/api/v1/incidents?overdue=true", null)
                        .json()
                        .get("incidents")
                        .findValuesAsText("incidentId"))
                .containsExactly(incident.incidentId().toString());
        portal.asAdmin("POST", "/api/v1/admin/evaluations");
        JsonNode flags = flags();
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("subject").asText()).isEqualTo("incident/" + incident.incidentId() + "/update-1");
        assertThat(flags.get(0).get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(flags.get(0).get("detail").asText()).contains("直播间传播暴力画面");

        assertThat(post(
                                "/api/v1/incidents/" + incident.incidentId() + "/updates",
                                update(incident, IncidentUpdate.Status.CONTAINED, "续报：已控制"))
                        .status())
                .isEqualTo(201);
        portal.asAdmin("POST", "/api/v1/admin/evaluations");

        assertThat(flags().get(0).get("state").asText()).isEqualTo("RESOLVED");
        assertThat(as(viewer, "GET", "/api/v1/incidents?overdue=true", null)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void onlyANationalAdminSetsASeveritysClocksAndTheInboxReadsThemAtOnce() {
        Incident incident = report(Incident.Severity.MAJOR, OffsetDateTime.now(ZoneOffset.ofHours(8)));
        String local = "inc-admin-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(local, local + "-password", jurisdiction, "ADMIN");
        String body = "{\"firstReportMinutes\":30,\"followUpMinutes\":1}";

        assertThat(as(local, "PUT", "/api/v1/admin/incident-clocks/MAJOR", body).status())
                .isEqualTo(403);
        assertThat(portal.asAdmin(
                                "PUT",
                                "/api/v1/admin/incident-clocks/MAJOR",
                                "{\"firstReportMinutes\":0,\"followUpMinutes\":60}")
                        .json()
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("firstReportMinutes");
        assertThat(portal.asAdmin("PUT", "/api/v1/admin/incident-clocks/SEVERE", body)
                        .status())
                .isEqualTo(400);
        try {
            assertThat(portal.asAdmin("PUT", "/api/v1/admin/incident-clocks/MAJOR", body)
                            .json()
                            .findValuesAsText("followUpMinutes"))
                    .contains("1");
            JsonNode inbox = as(viewer, "GET", "/api/v1/incidents", null).json();
            assertThat(inbox.get("clocks").toString())
                    .contains("{\"severity\":\"MAJOR\",\"firstReportMinutes\":30,\"followUpMinutes\":1}");
            JsonNode item = item(inbox, incident.incidentId());
            assertThat(Instant.parse(item.get("nextUpdateDueAt").asText()))
                    .isEqualTo(Instant.parse(item.get("lastHeardAt").asText()).plus(1, ChronoUnit.MINUTES));
        } finally {
            portal.asAdmin(
                    "PUT",
                    "/api/v1/admin/incident-clocks/MAJOR",
                    "{\"firstReportMinutes\":240,\"followUpMinutes\":1440}");
        }
    }

    JsonNode flags() {
        return portal.asAdmin(
                        "GET", "/api/v1/flags?rule=INCIDENT_FOLLOW_UP_OVERDUE&platformId=" + platform.platformId())
                .json()
                .get("flags");
    }

    static JsonNode item(JsonNode inbox, UUID incidentId) {
        for (JsonNode item : inbox.get("incidents")) {
            if (item.get("incidentId").asText().equals(incidentId.toString())) {
                return item;
            }
        }
        throw new AssertionError("no incident " + incidentId + " in " + inbox);
    }
}
