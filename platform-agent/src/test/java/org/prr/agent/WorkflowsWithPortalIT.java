package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prr.agent.cli.AgentCommands;
import org.prr.agent.incident.Incidents;
import org.prr.agent.notice.NoticeInbox;
import org.prr.agent.rectification.Rectifications;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.signing.Ed25519Keys;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The incident and notice workflows between the agent and the real portal, started from its packaged jar: staff's
 * acknowledgement of an incident reaches the agent (and its status); a notice's automatic receipt and a named person's
 * acknowledgement with a reply (from the command line) reach the portal, apart; a rectification order reaches the
 * agent, the platform's report (from the command line, with its evidence's hash) reaches the portal's case, and staff
 * close it; a delivered period computed again with 'amend' reaches the portal as its second version, with the reason.
 */
@SpringBootTest(
        properties = {
            "agent.platform-id=wf-platform",
            "agent.signing.key-id=wf-key-1",
            "agent.signing.generate-if-missing=false",
            "agent.delivery.poll-interval=500ms",
            "agent.notices.wait-seconds=2"
        })
@ActiveProfiles("demo")
@ContextConfiguration(initializers = FreshMariaDbDatabase.class)
class WorkflowsWithPortalIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static PortalProcess portal;
    static Path key;

    @Autowired
    Incidents incidents;

    @Autowired
    NoticeInbox inbox;

    @Autowired
    AgentCommands commands;

    @Autowired
    Rectifications rectifications;

    @Autowired
    org.prr.agent.outbox.Outbox outbox;

    @BeforeAll
    static void startPortalAndRegisterThePlatform() throws Exception {
        portal = PortalProcess.start();
        KeyPair keys = Ed25519Keys.generate();
        key = Files.createTempDirectory("agent-key").resolve("agent.pem");
        Files.writeString(key, Ed25519Keys.toPem(keys.getPrivate()));
        portal.register("wf-platform", "wf-key-1", keys.getPublic());
    }

    @DynamicPropertySource
    static void portalAndKey(DynamicPropertyRegistry registry) {
        registry.add("agent.portal.url", () -> portal.url());
        registry.add("agent.signing.private-key-file", () -> key.toString());
        registry.add(
                "agent.families.annual.narrative-file",
                () -> key.getParent().resolve("annual-{year}.yaml").toString());
    }

    @AfterAll
    static void stopPortal() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void staffsAcknowledgementOfAnIncidentReachesTheAgent() throws Exception {
        Incident incident = incidents.raise(new Incidents.Draft(
                Incident.Severity.CRITICAL,
                Category.VIOLENCE_GORE,
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(30),
                null,
                "直播间传播暴力画面",
                "一场直播出现暴力画面。",
                null,
                "已切断直播",
                "值班编辑 023-0000-0000"));

        JsonNode inboxPage = await("the incident in the jurisdiction's inbox")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> portal.get("/api/v1/incidents?platformId=wf-platform"),
                        page -> page.get("total").asLong() == 1);
        assertThat(inboxPage.get("incidents").get(0).get("incidentId").asText())
                .isEqualTo(incident.incidentId().toString());
        assertThat(portal.call(
                                "POST",
                                "/api/v1/incidents/" + incident.incidentId() + "/acknowledgement",
                                "{\"note\":\"请两小时内续报。\"}")
                        .statusCode())
                .isEqualTo(200);

        Incidents.Sent acknowledged = await("the acknowledgement at the agent")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> incidents.all().stream()
                                .filter(sent -> sent.kind().equals("INCIDENT"))
                                .findFirst()
                                .orElseThrow(),
                        sent -> sent.acknowledgedAt() != null);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("CN-50");
        assertThat(acknowledged.acknowledgement()).contains("请两小时内续报。");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        commands.run(new DefaultApplicationArguments("status"), new PrintStream(out), System.err);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(incident.incidentId() + " DELIVERED, acknowledged by the regulator (CN-50)");
    }

    @Test
    void aNoticesReceiptAndAPersonsAcknowledgementReachThePortalApart() throws Exception {
        JsonNode issued = JSON.readTree(portal.call(
                        "POST",
                        "/api/v1/admin/notices",
                        """
                        {"audience":"PLATFORM","platformId":"wf-platform","severity":"URGENT",
                         "title":"限期整改通知","body":"请于三日内完成整改并回复。","actionRequired":true,
                         "respondBy":"2027-01-01T00:00:00+08:00"}""")
                .body());
        UUID noticeId = UUID.fromString(issued.get("noticeId").asText());
        String tracked = "/api/v1/notices/issued/" + noticeId;

        await("the agent's receipt at the portal")
                .atMost(Duration.ofSeconds(60))
                .until(() -> portal.get(tracked).get("delivered").asLong() == 1);
        assertThat(portal.get(tracked).get("acknowledged").asLong()).isZero();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(commands.run(
                        new DefaultApplicationArguments(
                                "notice", "acknowledge", "--id=" + noticeId, "--by=王芳（内容安全部）", "--reply=已部署整改。"),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err)))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(commands.run(
                        new DefaultApplicationArguments("notice", "acknowledge", "--id=" + noticeId, "--by=李明"),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err)))
                .as("the first acknowledgement stands")
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("was acknowledged by 王芳（内容安全部）");

        JsonNode recipient = await("the person's acknowledgement at the portal")
                .atMost(Duration.ofSeconds(60))
                .until(() -> portal.get(tracked + "/recipients").get(0), row -> !row.get("acknowledgedBy")
                        .isNull());
        assertThat(recipient.get("acknowledgedBy").asText()).isEqualTo("王芳（内容安全部）");
        assertThat(recipient.get("reply").asText()).isEqualTo("已部署整改。");
        assertThat(portal.ledger("wf-platform").findValuesAsText("type"))
                .containsSubsequence("NOTICE_ISSUED", "NOTICE_DELIVERED", "NOTICE_ACKNOWLEDGED");
        assertThat(inbox.find(noticeId).acknowledgementSentAt()).isNotNull();
    }

    @Test
    void aRectificationOrderGoesThroughTheAgentAndBack() throws Exception {
        JsonNode order = JSON.readTree(portal.call(
                        "POST",
                        "/api/v1/admin/enforcement",
                        """
                        {"platformId":"wf-platform","kind":"RECTIFICATION_ORDER","decidedOn":"%s",
                         "legalBasis":"《网络信息内容生态治理规定》第三十四条","summary":"投诉处理逾期率偏高。",
                         "requiredActions":"补齐审核人员，清理积压投诉。","deadline":"%s"}"""
                                .formatted(
                                        java.time.LocalDate.now(ZoneOffset.ofHours(8)),
                                        java.time.LocalDate.now(ZoneOffset.ofHours(8))
                                                .plusDays(7)))
                .body());
        UUID caseId = UUID.fromString(order.get("actionId").asText());

        Rectifications.Case received = await("the order at the agent")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> rectifications.all().stream()
                                .filter(c -> c.caseId().equals(caseId))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(received.body()).contains("补齐审核人员");
        ByteArrayOutputStream status = new ByteArrayOutputStream();
        commands.run(new DefaultApplicationArguments("status"), new PrintStream(status), System.err);
        assertThat(status.toString(StandardCharsets.UTF_8)).contains(caseId + " \"", "not reported on yet");

        Path evidence = Files.createTempFile("排班表", ".csv");
        Files.writeString(evidence, "审核员,40\n");
        String hash = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(evidence)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(commands.run(
                        new DefaultApplicationArguments(
                                "rectify", "--case=" + UUID.randomUUID(), "--by=王芳", "--text=已整改"),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err)))
                .as("a case that never reached the agent")
                .isEqualTo(2);
        assertThat(commands.run(
                        new DefaultApplicationArguments(
                                "rectify",
                                "--case=" + caseId,
                                "--by=王芳（内容安全部）",
                                "--text=已新增审核员 40 名，积压投诉已清零。",
                                "--evidence=" + evidence),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err)))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        JsonNode monitoring = await("the report in the portal's case")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> portal.get("/api/v1/rectifications/" + caseId),
                        c -> c.get("state").asText().equals("MONITORING"));
        JsonNode reported = monitoring.get("events").get(0);
        assertThat(reported.get("by").asText()).isEqualTo("王芳（内容安全部）");
        assertThat(reported.get("evidence").get(0).get("sha256").asText()).isEqualTo(hash);
        assertThat(reported.get("evidence").get(0).get("name").asText())
                .isEqualTo(evidence.getFileName().toString());
        assertThat(portal.call(
                                "POST",
                                "/api/v1/rectifications/" + caseId + "/rechecks",
                                "{\"outcome\":\"CLOSE\",\"note\":\"现场检查：已到岗。\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(portal.ledger("wf-platform").findValuesAsText("type"))
                .containsSubsequence(
                        "ENFORCEMENT_ACTION", "NOTICE_ISSUED", "RECTIFICATION_REPORTED", "RECTIFICATION_RECHECKED");
        assertThat(rectifications.all().stream()
                        .filter(c -> c.caseId().equals(caseId))
                        .findFirst()
                        .orElseThrow()
                        .reports())
                .singleElement()
                .satisfies(sent -> assertThat(sent.status()).isEqualTo(org.prr.agent.outbox.DeliveryStatus.DELIVERED));
    }

    @Test
    void anAmendedPeriodReachesThePortalAsItsSecondVersion() throws Exception {
        org.prr.model.Period yesterday = org.prr.model.Period.day(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1));
        UUID delivered = await("yesterday's COMPLAINTS report delivered by the demo agent")
                .atMost(Duration.ofSeconds(90))
                .until(
                        () -> outbox.lastDelivered(org.prr.model.MetricFamily.COMPLAINTS, yesterday),
                        java.util.Optional::isPresent)
                .orElseThrow();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(commands.run(
                        new DefaultApplicationArguments(
                                "amend",
                                "--family=COMPLAINTS",
                                "--period=" + yesterday.start(),
                                "--reason=来源数据更正：补录 3 条投诉"),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err)))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(commands.run(
                        new DefaultApplicationArguments(
                                "amend", "--family=COMPLAINTS", "--period=2020-01-01", "--reason=nothing there"),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err)))
                .as("a period never delivered")
                .isEqualTo(2);

        JsonNode history = await("the amendment in the portal")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> portal.get("/api/v1/platforms/wf-platform/reports/" + delivered + "/history"),
                        versions -> versions.size() == 2);
        assertThat(history.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(history.get(1).get("supersedes").asText()).isEqualTo(delivered.toString());
        assertThat(history.get(1).get("amendmentReason").asText()).isEqualTo("来源数据更正：补录 3 条投诉");
        assertThat(portal.ledger("wf-platform").findValuesAsText("type")).contains("REPORT_AMENDED");
    }
}
