package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Supervision end to end with real processes: the portal's jar (on its embedded database, evaluating after each
 * report and incident, e-mailing its duty desk through GreenMail) and agents started from their jar and killed with
 * SIGKILL. A platform whose agent dies is found missing and silent and reminded; when it comes back with the late
 * report its filing turns LATE and the flags clear themselves. A notice reaches two agents and a person acknowledges
 * it at one. An incident whose follow-up does not come raises a flag and an e-mail.
 */
class SupervisionEndToEndIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static GreenMailExtension dutyDesk =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    static PortalProcess portal;

    @BeforeAll
    static void startThePortal() throws Exception {
        portal = PortalProcess.start(Map.of(
                "PORTAL_GAPS_EVALUATE_AFTER_INGEST", "true",
                // The tests evaluate when they need to (POST /api/v1/admin/evaluations), not on the schedule.
                "PORTAL_GAPS_EVALUATE_EVERY", "24h",
                "PORTAL_OUTBOUND_POLL_EVERY", "300ms",
                "PORTAL_OUTBOUND_SMTP_HOST", "127.0.0.1",
                "PORTAL_OUTBOUND_SMTP_PORT", Integer.toString(dutyDesk.getSmtp().getPort()),
                "PORTAL_OUTBOUND_SMTP_FROM", "prr-portal@cac.example"));
        assertThat(call(
                                "POST",
                                "/api/v1/admin/duty-contacts",
                                """
                        {"jurisdiction":"CN-50","channel":"EMAIL","address":"duty@cq.example"}""")
                        .statusCode())
                .isEqualTo(201);
    }

    @AfterAll
    static void stopThePortal() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    /** Yesterday where the agents (on the system clock) count their periods: the period they report first. */
    static String yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    }

    @Test
    void aPlatformWhoseAgentDiesIsFoundMissingSilentAndRemindedAndClearsWhenItComesBackLate() throws Exception {
        AgentPlatform platform = AgentPlatform.register(portal, "e2e-stops", "KEY");
        String id = platform.id();
        // No grace: yesterday's COMPLAINTS report was due at midnight; no call for a minute is silence.
        assertOk(call(
                "PUT",
                "/api/v1/admin/platforms/" + id + "/obligations/COMPLAINTS",
                "{\"cadence\":\"DAY\",\"graceHours\":0}"));
        assertOk(call("PUT", "/api/v1/admin/gap-rules/AGENT_SILENT/PLATFORM/" + id, "{\"threshold\":0.02}"));

        // The agent runs and calls the portal, but the platform's database hangs; then the agent dies.
        try (AgentProcess dying = AgentProcess.start(
                platform.workDir(), "agent-1.log", platform.agentArguments(portal.url(), platform.hangingSource()))) {
            await("the agent's call recorded as its last contact")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        assertThat(dying.alive())
                                .as("agent; see " + dying.log())
                                .isTrue();
                        return nonSubmitter(id).path("lastContactAt").isTextual();
                    });
            dying.kill();
        }
        evaluate();
        assertThat(filing(id).get("status").asText()).isEqualTo("MISSING");
        JsonNode missing = flag(id, "MISSING");
        assertThat(missing.get("state").asText()).isEqualTo("OPEN");
        JsonNode reminder = StreamSupport.stream(portal.ledger(id).spliterator(), false)
                .filter(entry -> entry.get("type").asText().equals("NOTICE_ISSUED"))
                .map(PortalProcess::payload)
                .filter(notice -> notice.get("kind").asText().equals("REPORT_MISSING"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no REPORT_MISSING notice in " + id + "'s chain"));
        assertThat(reminder.get("body").asText()).contains("COMPLAINTS", yesterday());

        JsonNode silent = await("AGENT_SILENT a minute after the agent's last call")
                .atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(5))
                .until(
                        () -> {
                            evaluate();
                            return flag(id, "AGENT_SILENT");
                        },
                        flag -> flag != null);
        assertThat(silent.get("detail").asText()).contains("no call from the agent since");
        assertThat(flag(id, "MISSING").get("state").asText())
                .as("silence is not a report")
                .isEqualTo("OPEN");

        try (AgentProcess back =
                AgentProcess.start(platform.workDir(), "agent-2.log", platform.agentArguments(portal.url()))) {
            JsonNode resolved = await("the late report in and the MISSING flag resolved by the evaluation after it")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                assertThat(back.alive())
                                        .as("agent; see " + back.log())
                                        .isTrue();
                                return flagById(missing.get("flagId").asText());
                            },
                            flag -> flag.get("state").asText().equals("RESOLVED"));
            assertThat(resolved.get("changedBy").asText()).doesNotContain("e2e-admin");
            JsonNode late = filing(id);
            assertThat(late.get("status").asText()).isEqualTo("LATE");
            assertThat(late.get("reportId").asText())
                    .isEqualTo(platform.outbox().get(0).get("report_id"));
            assertThat(flag(id, "LATE").get("state").asText()).isEqualTo("OPEN");

            await("the reminder at the agent that was away when it was issued")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> StreamSupport.stream(
                                    local(back, "GET", "/notices", null).spliterator(), false)
                            .anyMatch(n -> n.path("notice")
                                    .path("noticeId")
                                    .asText()
                                    .equals(reminder.get("noticeId").asText())));

            await("AGENT_SILENT resolved once the agent calls again")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> {
                                evaluate();
                                return flagById(silent.get("flagId").asText());
                            },
                            flag -> flag.get("state").asText().equals("RESOLVED"));
        }
        assertThat(portal.verification(id).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aNoticeReachesTwoAgentsAndBothReceiptsAndOnePersonsAcknowledgementAreVisible() throws Exception {
        // The only STANDARD platforms of this portal: the notice to the tier reaches exactly these two.
        AgentPlatform first = AgentPlatform.register(portal, "e2e-notice-a", "STANDARD");
        AgentPlatform second = AgentPlatform.register(portal, "e2e-notice-b", "STANDARD");
        try (AgentProcess a = AgentProcess.start(first.workDir(), "agent.log", first.agentArguments(portal.url()));
                AgentProcess b =
                        AgentProcess.start(second.workDir(), "agent.log", second.agentArguments(portal.url()))) {
            for (AgentProcess agent : List.of(a, b)) {
                await("the agent's local API").atMost(Duration.ofSeconds(120)).until(() -> {
                    assertThat(agent.alive()).as("agent; see " + agent.log()).isTrue();
                    return agent.port() > 0;
                });
            }
            HttpResponse<String> issued = call(
                    "POST",
                    "/api/v1/admin/notices",
                    """
                    {"audience":"TIER","tier":"STANDARD","severity":"URGENT","title":"关于开展未成年人保护专项检查的通知",
                     "body":"请于本周内自查并回复。","actionRequired":true,"respondBy":"2027-06-30T00:00:00+08:00"}""");
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            String noticeId = JSON.readTree(issued.body()).get("noticeId").asText();
            String tracked = "/api/v1/notices/issued/" + noticeId;
            assertThat(portal.get(tracked).get("recipients").asInt()).isEqualTo(2);

            await("both agents' receipts at the portal")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> portal.get(tracked).get("delivered").asInt() == 2);
            assertThat(portal.get(tracked).get("acknowledged").asInt()).isZero();

            JsonNode acknowledged = local(
                    a,
                    "POST",
                    "/notices/" + noticeId + "/acknowledgement",
                    """
                    {"by":"张伟（合规部）","reply":"已收到，本周内完成自查。"}""");
            assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("张伟（合规部）");

            await("the person's acknowledgement at the portal")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> portal.get(tracked).get("acknowledged").asInt() == 1);
            JsonNode notice = portal.get(tracked);
            assertThat(notice.get("delivered").asInt()).isEqualTo(2);
            assertThat(notice.get("replied").asInt()).isEqualTo(1);
            JsonNode recipients = portal.get(tracked + "/recipients");
            assertThat(recipients).hasSize(2).allSatisfy(row -> assertThat(
                            row.get("deliveredAt").isTextual())
                    .isTrue());
            JsonNode byA = row(recipients, first.id());
            assertThat(byA.get("acknowledgedBy").asText()).isEqualTo("张伟（合规部）");
            assertThat(byA.get("reply").asText()).isEqualTo("已收到，本周内完成自查。");
            assertThat(row(recipients, second.id()).get("acknowledgedBy").isNull())
                    .isTrue();
            assertThat(portal.get(tracked + "/recipients?unacknowledged=true").findValuesAsText("platformId"))
                    .containsExactly(second.id());
        }
    }

    @Test
    void anIncidentWhoseFollowUpDoesNotComeRaisesAFlagAndAnEmailAndTheFollowUpClearsIt() throws Exception {
        assertOk(call(
                "PUT", "/api/v1/admin/incident-clocks/MAJOR", "{\"firstReportMinutes\":240,\"followUpMinutes\":1}"));
        AgentPlatform platform = AgentPlatform.register(portal, "e2e-incident", "KEY");
        try (AgentProcess agent =
                AgentProcess.start(platform.workDir(), "agent.log", platform.agentArguments(portal.url()))) {
            await("the agent's local API").atMost(Duration.ofSeconds(120)).until(() -> {
                assertThat(agent.alive()).as("agent; see " + agent.log()).isTrue();
                return agent.port() > 0;
            });
            OffsetDateTime detected = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(10);
            JsonNode incident = local(
                    agent,
                    "POST",
                    "/incidents",
                    """
                    {"severity":"MAJOR","category":"HARM_TO_MINORS","occurredAt":"%s","detectedAt":"%s",
                     "title":"未成年人直播打赏异常","summary":"多名未成年人账号出现大额打赏。",
                     "actionsTaken":"已冻结相关账号","contact":"值班主管 023-0000-0001"}"""
                            .formatted(detected.minusMinutes(5), detected));
            String incidentId = incident.get("incidentId").asText();

            await("the duty desk e-mailed of the new incident")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> subjects().stream()
                            .anyMatch(s -> s.startsWith("[重大事项 MAJOR]") && s.contains("未成年人直播打赏异常")));

            JsonNode overdue = await("INCIDENT_FOLLOW_UP_OVERDUE a minute after the first report")
                    .atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofSeconds(5))
                    .until(
                            () -> {
                                evaluate();
                                return flag(platform.id(), "INCIDENT_FOLLOW_UP_OVERDUE");
                            },
                            flag -> flag != null);
            assertThat(overdue.get("subject").asText()).contains(incidentId);
            await("the duty desk e-mailed of the overdue follow-up")
                    .atMost(Duration.ofSeconds(60))
                    .until(() ->
                            subjects().contains("[重大事项续报逾期] E2E " + platform.id() + "：INCIDENT_FOLLOW_UP_OVERDUE"));
            assertThat(portal.get("/api/v1/incidents?platformId=" + platform.id() + "&overdue=true")
                            .get("total")
                            .asInt())
                    .isEqualTo(1);

            local(
                    agent,
                    "POST",
                    "/incidents/" + incidentId + "/updates",
                    "{\"status\":\"CONTAINED\",\"text\":\"异常打赏已全部退回，涉事账号已处置。\"}");
            await("the follow-up in, the flag resolved by the evaluation after it")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> flagById(overdue.get("flagId").asText())
                            .get("state")
                            .asText()
                            .equals("RESOLVED"));
        }
    }

    static void evaluate() {
        assertOk(call("POST", "/api/v1/admin/evaluations", null));
    }

    static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The platform's newest flag of the rule (yesterday's COMPLAINTS for the filing rules), or null. */
    static JsonNode flag(String platformId, String rule) {
        for (JsonNode flag : portal.get("/api/v1/flags?platformId=" + platformId + "&rule=" + rule)
                .get("flags")) {
            if (flag.get("family").isNull()
                    || (flag.get("family").asText().equals("COMPLAINTS")
                            && flag.get("periodStart").asText().equals(yesterday()))) {
                return flag;
            }
        }
        return null;
    }

    static JsonNode flagById(String flagId) {
        return portal.get("/api/v1/flags/" + flagId);
    }

    /** The filing status of the platform's COMPLAINTS report for yesterday. */
    static JsonNode filing(String platformId) {
        JsonNode filings = portal.get("/api/v1/filings?family=COMPLAINTS&platformId=" + platformId + "&from="
                        + yesterday() + "&to=" + yesterday())
                .get("filings");
        assertThat(filings).as("yesterday's COMPLAINTS filing of " + platformId).hasSize(1);
        return filings.get(0);
    }

    /** The platform's row in "who has not filed yesterday's COMPLAINTS", or a missing node. */
    static JsonNode nonSubmitter(String platformId) {
        return row(portal.get("/api/v1/filings/non-submitters?family=COMPLAINTS&period=" + yesterday()), platformId);
    }

    static JsonNode row(JsonNode rows, String platformId) {
        for (JsonNode row : rows) {
            if (row.get("platformId").asText().equals(platformId)) {
                return row;
            }
        }
        return JSON.missingNode();
    }

    static List<String> subjects() throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : dutyDesk.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    static HttpResponse<String> call(String method, String path, String json) {
        return portal.call(method, path, json);
    }

    /** A call to the agent's own API for platform staff. */
    static JsonNode local(AgentProcess agent, String method, String path, String json) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + agent.port() + path))
                            .header("Content-Type", "application/json")
                            .method(
                                    method,
                                    json == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode() / 100)
                    .as(method + " " + path + ": " + response.body())
                    .isEqualTo(2);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
