package org.prr.portal.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.RectificationReport;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.prr.portal.gap.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enforcement on the whole portal and MariaDB: every kind of action recorded as a ledger entry with what it rests on,
 * each kind's own fields required and refused elsewhere, a rectification order reaching the platform as a notice and
 * answered by its signed report, re-checked and closed, escalated, and RECTIFICATION_OVERDUE when the deadline passes
 * with no report. Each test works in a jurisdiction of its own.
 */
@PortalIntegrationTest
class EnforcementIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Evaluation evaluation;

    PortalClient portal;
    TestPlatform platform;
    String admin;
    String analyst;
    String viewer;
    LocalDate today;

    private static int nextJurisdiction = 40;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        String jurisdiction = "CN-" + nextJurisdiction++;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "enf-admin-" + suffix;
        analyst = "enf-analyst-" + suffix;
        viewer = "enf-viewer-" + suffix;
        portal.createStaff(admin, admin + "-password", jurisdiction, "ADMIN");
        portal.createStaff(analyst, analyst + "-password", jurisdiction, "ANALYST");
        portal.createStaff(viewer, viewer + "-password", jurisdiction, "VIEWER");
        platform = portal.registerNewPlatform("enf", jurisdiction);
        today = LocalDate.now(SHANGHAI);
    }

    Response as(String user, String method, String path, String json) {
        return portal.asStaff(user, user + "-password", method, path, json);
    }

    /** An action's JSON: the common fields and the kind's own. */
    String action(String kind, String kindFields) {
        return """
                {"platformId":"%s","kind":"%s","decidedOn":"%s","legalBasis":"《网络信息内容生态治理规定》第三十四条",
                 "summary":"投诉处理逾期率连续三个月偏高。","attachments":[{"name":"决定书.pdf","sha256":"%s"}]%s}"""
                .formatted(platform.platformId(), kind, today, HASH, kindFields);
    }

    Response record(String json) {
        return as(admin, "POST", "/api/v1/admin/enforcement", json);
    }

    String order(LocalDate deadline) {
        Response order = record(action(
                "RECTIFICATION_ORDER",
                ",\"requiredActions\":\"一、补齐审核人员；二、七日内清理积压投诉。\",\"deadline\":\"" + deadline + "\""));
        assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
        return order.json().get("actionId").asText();
    }

    Response report(String caseId, UUID reportId, String text) {
        RectificationReport report = new RectificationReport(
                reportId,
                UUID.fromString(caseId),
                platform.platformId(),
                "王芳 (内容安全部)",
                OffsetDateTime.of(today.atTime(9, 30), ZoneOffset.ofHours(8)),
                text,
                List.of(new RectificationReport.Evidence("排班表.xlsx", HASH)));
        return portal.send(portal.signed(
                        platform.signer(),
                        "POST",
                        "/api/v1/rectifications/" + caseId + "/reports",
                        CanonicalJson.write(report),
                        Instant.now())
                .build());
    }

    JsonNode ledger() {
        return portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger")
                .json();
    }

    @Test
    void everyKindOfActionIsALedgerEntryWithItsBasisWhoDecidedAndItsAttachmentsHashes() {
        portal.submit(
                platform,
                org.prr.model.ReportFixtures.complaintsReport(
                        platform.platformId(), org.prr.model.Period.day(today.minusDays(1))));
        String reportId = jdbc.queryForObject(
                "SELECT report_id FROM report_version WHERE platform_id = ?", String.class, platform.platformId());
        Map<String, String> kindFields = Map.ofEntries(
                Map.entry(
                        "INTERVIEW",
                        ",\"interviewAt\":\""
                                + OffsetDateTime.now(SHANGHAI).plusDays(3).withNano(0)
                                + "\",\"interviewPlace\":\"市网信办 3 楼会议室\",\"interviewParticipants\":\"平台主要负责人、内容安全负责人\""),
                Map.entry("WARNING", ""),
                Map.entry(
                        "RECTIFICATION_ORDER",
                        ",\"requiredActions\":\"补齐审核人员\",\"deadline\":\"" + today.plusDays(7) + "\""),
                Map.entry("SUSPEND_UPDATES", ""),
                Map.entry("SUSPEND_FUNCTION", ""),
                Map.entry("FINE", ",\"fineAmount\":50000.00"),
                Map.entry("APP_REMOVAL", ""),
                Map.entry("SITE_CLOSURE", ""),
                Map.entry("ACCOUNT_ACTION", ""),
                Map.entry("PERSON_ACCOUNTABLE", ""),
                Map.entry("PUBLIC_NOTICE", ""),
                Map.entry("REFERRAL", ""));
        List<String> recorded = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            Response response =
                    record(action(kind.name(), kindFields.get(kind.name()) + ",\"reportIds\":[\"" + reportId + "\"]"));
            assertThat(response.status())
                    .as(kind + ": " + response.raw().body())
                    .isEqualTo(201);
            assertThat(response.json().get("kind").asText()).isEqualTo(kind.name());
            assertThat(response.json().get("decidedBy").asText()).isEqualTo(admin);
            assertThat(response.json().get("reportIds").get(0).asText()).isEqualTo(reportId);
            assertThat(response.json().get("attachments").get(0).get("sha256").asText())
                    .isEqualTo(HASH);
            recorded.add(response.json().get("actionId").asText());
        }

        JsonNode listed = as(viewer, "GET", "/api/v1/enforcement?platformId=" + platform.platformId(), null)
                .json();
        assertThat(listed.get("total").asLong()).isEqualTo(ActionKind.values().length);
        JsonNode fines =
                as(viewer, "GET", "/api/v1/enforcement?kind=FINE", null).json();
        assertThat(fines.get("actions").get(0).get("fineAmount").decimalValue()).isEqualByComparingTo("50000");
        JsonNode entries = ledger();
        List<JsonNode> actions = new ArrayList<>();
        entries.forEach(e -> {
            if (e.get("type").asText().equals("ENFORCEMENT_ACTION")) {
                actions.add(e);
            }
        });
        assertThat(actions).hasSize(ActionKind.values().length);
        JsonNode recordedInterview = PortalClient.payload(actions.get(0));
        assertThat(recordedInterview.get("actionId").asText()).isEqualTo(recorded.get(0));
        assertThat(recordedInterview.get("decidedBy").asText()).isEqualTo(admin);
        JsonNode interview = recordedInterview.get("action");
        assertThat(interview.get("kind").asText()).isEqualTo("INTERVIEW");
        assertThat(interview.get("interviewPlace").asText()).isEqualTo("市网信办 3 楼会议室");
        assertThat(interview.get("legalBasis").asText()).contains("第三十四条");
        assertThat(interview.get("reportIds").get(0).asText()).isEqualTo(reportId);
        assertThat(interview.get("attachments").get(0).get("sha256").asText()).isEqualTo(HASH);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();

        Response minutes = as(
                admin,
                "PUT",
                "/api/v1/admin/enforcement/" + recorded.get(0) + "/interview",
                "{\"minutes\":\"平台承认审核力量不足。\",\"commitments\":\"一个月内新增审核员 40 名。\"}");
        assertThat(minutes.status()).as(minutes.raw().body()).isEqualTo(200);
        assertThat(minutes.json().get("interviewCommitments").asText()).isEqualTo("一个月内新增审核员 40 名。");
        assertThat(as(
                                admin,
                                "PUT",
                                "/api/v1/admin/enforcement/" + recorded.get(0) + "/interview",
                                "{\"minutes\":\"again\",\"commitments\":\"again\"}")
                        .status())
                .as("recorded once")
                .isEqualTo(422);
        assertThat(as(
                                admin,
                                "PUT",
                                "/api/v1/admin/enforcement/" + recorded.get(1) + "/interview",
                                "{\"minutes\":\"m\",\"commitments\":\"c\"}")
                        .status())
                .as("a warning has no minutes")
                .isEqualTo(422);
        assertThat(ledger().findValuesAsText("type")).contains("INTERVIEW_HELD");
    }

    @Test
    void eachKindsFieldsAreRequiredForItAndRefusedForOthersAndNothingIsRecordedWhenRefused() {
        String otherPlatformsFlag = UUID.randomUUID().toString();
        Map<String, String> refused = Map.of(
                "a fine without its amount", action("FINE", ""),
                "an amount on a warning", action("WARNING", ",\"fineAmount\":100"),
                "an order without a deadline", action("RECTIFICATION_ORDER", ",\"requiredActions\":\"x\""),
                "an interview without its place", action("INTERVIEW", ",\"interviewAt\":\"2027-01-05T10:00:00+08:00\""),
                "a deadline in the past",
                        action(
                                "RECTIFICATION_ORDER",
                                ",\"requiredActions\":\"x\",\"deadline\":\"" + today.minusDays(1) + "\""),
                "a decision in the future",
                        action("WARNING", "")
                                .replace(today.toString(), today.plusDays(2).toString()),
                "a hash that is not one", action("WARNING", "").replace(HASH, "not-a-hash"),
                "an unknown flag", action("WARNING", ",\"flagIds\":[\"" + otherPlatformsFlag + "\"]"),
                "an unknown report", action("WARNING", ",\"reportIds\":[\"" + UUID.randomUUID() + "\"]"),
                "no legal basis", action("WARNING", "").replace("《网络信息内容生态治理规定》第三十四条", " "));
        refused.forEach((what, json) -> {
            Response response = record(json);
            assertThat(response.status())
                    .as(what + ": " + response.raw().body())
                    .isIn(404, 422);
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        });
        assertThat(as(analyst, "POST", "/api/v1/admin/enforcement", action("WARNING", ""))
                        .status())
                .as("only ADMIN records")
                .isEqualTo(403);
        String elsewhere = "enf-elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(elsewhere, elsewhere + "-password", "CN-99", "ADMIN");
        assertThat(as(elsewhere, "POST", "/api/v1/admin/enforcement", action("WARNING", ""))
                        .status())
                .as("another jurisdiction's platform")
                .isEqualTo(404);
        assertThat(ledger().findValuesAsText("type")).doesNotContain("ENFORCEMENT_ACTION");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM enforcement_action WHERE platform_id = ?",
                        Integer.class,
                        platform.platformId()))
                .isZero();
    }

    @Test
    void aRectificationOrderReachesThePlatformWhichReportsSignedAndStaffRecheckAndCloseIt() {
        String caseId = order(today.plusDays(7));

        JsonNode notices = portal.send(
                        portal.signed(platform.signer(), "GET", "/api/v1/notices?after=0", new byte[0], Instant.now())
                                .build())
                .json()
                .get("notices");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("kind").asText()).isEqualTo("RECTIFICATION_ORDER");
        assertThat(notices.get(0).get("reference").asText()).isEqualTo(caseId);
        assertThat(notices.get(0).get("body").asText())
                .contains("补齐审核人员", today.plusDays(7).toString());
        assertThat(as(viewer, "GET", "/api/v1/rectifications?stage=OPEN", null)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        UUID reportId = UUID.randomUUID();
        Response reported = report(caseId, reportId, "已新增审核员 40 名，积压投诉已清零。");
        Response replayed = report(caseId, reportId, "已新增审核员 40 名，积压投诉已清零。");
        Response changed = report(caseId, reportId, "另一份内容");
        Response wrongCase = report(UUID.randomUUID().toString(), UUID.randomUUID(), "x");

        assertThat(reported.status()).as(reported.raw().body()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("ledgerSeq").asLong())
                .isEqualTo(reported.json().get("ledgerSeq").asLong())
                .isPositive();
        assertThat(changed.status()).isEqualTo(422);
        assertThat(wrongCase.status()).isEqualTo(404);
        JsonNode monitoring =
                as(viewer, "GET", "/api/v1/rectifications/" + caseId, null).json();
        assertThat(monitoring.get("state").asText()).isEqualTo("MONITORING");
        assertThat(monitoring.get("events").get(0).get("by").asText()).isEqualTo("王芳 (内容安全部)");
        assertThat(monitoring
                        .get("events")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .get("sha256")
                        .asText())
                .isEqualTo(HASH);

        assertThat(as(
                                viewer,
                                "POST",
                                "/api/v1/rectifications/" + caseId + "/rechecks",
                                "{\"outcome\":\"CLOSE\",\"note\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(as(analyst, "POST", "/api/v1/rectifications/" + caseId + "/rechecks", "{\"outcome\":\"CLOSE\"}")
                        .status())
                .as("a re-check says what was found")
                .isEqualTo(422);
        Response closed = as(
                analyst,
                "POST",
                "/api/v1/rectifications/" + caseId + "/rechecks",
                "{\"outcome\":\"CLOSE\",\"note\":\"现场检查：审核人员已到岗，积压清零。\"}");
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        assertThat(closed.json().get("state").asText()).isEqualTo("CLOSED");
        assertThat(report(caseId, UUID.randomUUID(), "再报一次").status())
                .as("a closed case takes no more reports")
                .isEqualTo(422);
        assertThat(as(viewer, "GET", "/api/v1/rectifications?stage=CLOSED", null)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(ledger().findValuesAsText("type"))
                .containsSubsequence(
                        "ENFORCEMENT_ACTION", "NOTICE_ISSUED", "RECTIFICATION_REPORTED", "RECTIFICATION_RECHECKED");
    }

    @Test
    void anOverdueOrderIsFlaggedWithTheNextStepAndEscalatingItClosesTheCase() {
        String caseId = order(today);
        jdbc.update(
                "UPDATE rectification_case SET due_at = ? WHERE case_id = ?",
                LocalDateTime.ofInstant(Instant.now().minusSeconds(60), ZoneOffset.UTC),
                caseId);

        evaluation.platform(platform.platformId());

        JsonNode flags = as(
                        analyst,
                        "GET",
                        "/api/v1/flags?rule=RECTIFICATION_OVERDUE&platformId=" + platform.platformId(),
                        null)
                .json()
                .get("flags");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("detail").asText()).contains("next step suggested: INTERVIEW");
        assertThat(as(viewer, "GET", "/api/v1/rectifications/" + caseId, null)
                        .json()
                        .get("overdue")
                        .asBoolean())
                .isTrue();

        Response interview = record(action(
                "INTERVIEW",
                ",\"interviewAt\":\"" + OffsetDateTime.now(SHANGHAI).plusDays(2).withNano(0)
                        + "\",\"interviewPlace\":\"会议室\",\"interviewParticipants\":\"负责人\""));
        Response escalated = as(
                analyst,
                "POST",
                "/api/v1/rectifications/" + caseId + "/rechecks",
                "{\"outcome\":\"ESCALATE\",\"note\":\"逾期未报，转约谈。\",\"escalatedTo\":\""
                        + interview.json().get("actionId").asText() + "\"}");
        assertThat(escalated.status()).as(escalated.raw().body()).isEqualTo(200);
        assertThat(escalated.json().get("state").asText()).isEqualTo("ESCALATED");

        evaluation.platform(platform.platformId());
        assertThat(as(
                                analyst,
                                "GET",
                                "/api/v1/flags?rule=RECTIFICATION_OVERDUE&state=OPEN&platformId="
                                        + platform.platformId(),
                                null)
                        .json()
                        .get("total")
                        .asLong())
                .as("the cause is gone")
                .isZero();
    }

    @Test
    void twoRechecksAtOnceRunOneAfterTheOther() throws Exception {
        String caseId = order(today.plusDays(7));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Response> close = () -> {
                together.await();
                return as(
                        analyst,
                        "POST",
                        "/api/v1/rectifications/" + caseId + "/rechecks",
                        "{\"outcome\":\"CLOSE\",\"note\":\"已整改。\"}");
            };
            List<java.util.concurrent.Future<Response>> answers = two.invokeAll(List.of(close, close));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Response> answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        } finally {
            two.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_entry WHERE platform_id = ? AND entry_type = 'RECTIFICATION_RECHECKED'",
                        Integer.class,
                        platform.platformId()))
                .as("one re-check recorded")
                .isEqualTo(1);
    }

    @Test
    void reopeningNeedsANewDeadlineAfterToday() {
        String caseId = order(today.plusDays(3));
        report(caseId, UUID.randomUUID(), "已整改。");

        Response noDeadline = as(
                analyst,
                "POST",
                "/api/v1/rectifications/" + caseId + "/rechecks",
                "{\"outcome\":\"REOPEN\",\"note\":\"整改不到位。\"}");
        Response reopened = as(
                analyst,
                "POST",
                "/api/v1/rectifications/" + caseId + "/rechecks",
                "{\"outcome\":\"REOPEN\",\"note\":\"整改不到位。\",\"newDeadline\":\"" + today.plusDays(14) + "\"}");

        assertThat(noDeadline.status()).isEqualTo(422);
        assertThat(reopened.status()).as(reopened.raw().body()).isEqualTo(200);
        assertThat(reopened.json().get("state").asText()).isEqualTo("OPEN");
        assertThat(reopened.json().get("events").findValuesAsText("kind")).containsExactly("REPORTED", "REOPEN");
        JsonNode notices = portal.send(
                        portal.signed(platform.signer(), "GET", "/api/v1/notices?after=0", new byte[0], Instant.now())
                                .build())
                .json()
                .get("notices");
        assertThat(notices.findValuesAsText("kind")).containsExactly("RECTIFICATION_ORDER", "RECTIFICATION_RECHECKED");
        assertThat(notices.get(1).get("reference").asText()).isEqualTo(caseId);
        assertThat(notices.get(1).get("body").asText())
                .contains("整改不到位。", today.plusDays(14).toString());
    }
}
