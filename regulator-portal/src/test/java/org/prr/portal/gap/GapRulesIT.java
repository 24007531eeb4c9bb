package org.prr.portal.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.prr.portal.gap.GapFixtures.SHANGHAI;
import static org.prr.portal.gap.GapFixtures.registeredDaysAgo;
import static org.prr.portal.gap.GapFixtures.staffing;
import static org.prr.portal.gap.GapFixtures.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.Cadence;
import org.prr.model.ComplaintsSection;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.ReportFixtures;
import org.prr.model.TakedownsSection;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.prr.portal.report.ReportBook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every gap rule on MariaDB, through the real intake and the flags API: what opens a flag, that evaluating again
 * opens no second one, that the flag resolves itself when the cause goes, waivers that run out, and overrides per
 * jurisdiction and platform. Each test has platforms of its own, registered days or months ago (KEY tier: daily
 * COMPLAINTS and TAKEDOWNS due 24 h after the day, monthly STAFFING).
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.gaps.evaluate-after-ingest=true")
class GapRulesIT {

    private static final String VIEWER = "gaps-viewer";
    private static final String ANALYST = "gaps-analyst";
    private static final String PASSWORD = "long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Evaluation evaluation;

    @Autowired
    ReportBook reports;

    PortalClient portal;
    LocalDate today;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        today = LocalDate.now(SHANGHAI);
        if (portal.asStaff(VIEWER, PASSWORD, "GET", "/api/v1/platforms", null).status() == 401) {
            portal.createStaff(VIEWER, PASSWORD, "CN-50", "VIEWER");
            portal.createStaff(ANALYST, PASSWORD, "CN-50", "ANALYST");
        }
    }

    @Test
    void missingDaysAreFlaggedOnceAndALateReportTurnsMissingIntoLate() {
        // Registered two days ago: owes the day before (three days ago) on; yesterday is still within its grace. Last
        // month's STAFFING is owed too, missing or not yet depending on the day of the month: left out here.
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gm", "CN-50", 2);
        complaints(platform, today.minusDays(1), 100, 95, 95, 10);
        takedowns(platform, today.minusDays(1), 40);
        String threeDaysAgo = today.minusDays(3) + ".." + today.minusDays(3);
        String twoDaysAgo = today.minusDays(2) + ".." + today.minusDays(2);

        evaluation.platform(platform.platformId());
        evaluation.platform(platform.platformId());

        assertThat(daily(subjects(platform, "MISSING", "OPEN")))
                .containsExactlyInAnyOrder(
                        "COMPLAINTS/" + threeDaysAgo,
                        "COMPLAINTS/" + twoDaysAgo,
                        "TAKEDOWNS/" + threeDaysAgo,
                        "TAKEDOWNS/" + twoDaysAgo);

        complaints(platform, today.minusDays(3), 100, 95, 95, 10);
        evaluation.platform(platform.platformId());

        assertThat(daily(subjects(platform, "MISSING", "OPEN")))
                .containsExactlyInAnyOrder(
                        "COMPLAINTS/" + twoDaysAgo, "TAKEDOWNS/" + threeDaysAgo, "TAKEDOWNS/" + twoDaysAgo);
        assertThat(subjects(platform, "MISSING", "RESOLVED")).containsExactly("COMPLAINTS/" + threeDaysAgo);
        assertThat(subjects(platform, "LATE", "OPEN")).containsExactly("COMPLAINTS/" + threeDaysAgo);
        assertThat(entryTypes(platform)).containsSubsequence("GAP_FLAGGED", "GAP_RESOLVED", "GAP_FLAGGED");
        // As its agent does on a first start, the platform owes last year's annual report, long past due.
        Period lastYear = Period.containing(today, Cadence.YEAR).previous();
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(rule, ' ', subject) FROM flag WHERE platform_id = ? "
                                + "AND (family IS NULL OR family <> 'STAFFING')",
                        String.class,
                        platform.platformId()))
                .containsExactlyInAnyOrder(
                        "ANNUAL_MISSING ANNUAL/" + lastYear.start() + ".." + lastYear.end(),
                        "LATE COMPLAINTS/" + threeDaysAgo,
                        "MISSING COMPLAINTS/" + threeDaysAgo,
                        "MISSING COMPLAINTS/" + twoDaysAgo,
                        "MISSING TAKEDOWNS/" + threeDaysAgo,
                        "MISSING TAKEDOWNS/" + twoDaysAgo);

        // A late report stays late: once staff resolved its flag, the next evaluation finds the cause and opens
        // nothing.
        String late = jdbc.queryForObject(
                "SELECT flag_id FROM flag WHERE platform_id = ? AND rule = 'LATE'",
                String.class,
                platform.platformId());
        assertThat(portal.asStaff(
                                ANALYST,
                                PASSWORD,
                                "POST",
                                "/api/v1/flags/" + late + "/resolve",
                                "{\"note\":\"已约谈，说明了迟报原因\"}")
                        .status())
                .isEqualTo(200);
        evaluation.platform(platform.platformId());
        assertThat(subjects(platform, "LATE", "RESOLVED")).containsExactly("COMPLAINTS/" + threeDaysAgo);
        assertThat(subjects(platform, "LATE", "OPEN")).isEmpty();
    }

    @Test
    void missingLooksBackToTheLastFinishedEvaluationOverEveryPlatformOrTheWholeWindowIfNoneFinished() {
        LocalDateTime lastStarted =
                jdbc.queryForObject("SELECT last_started_at FROM gap_evaluation", LocalDateTime.class);
        try {
            // Owes COMPLAINTS from thirteen days ago: the period that had last ended when it was registered.
            TestPlatform platform = registeredDaysAgo(portal, jdbc, "gw", "CN-50", 12);
            String thirteenDaysAgo = "COMPLAINTS/" + today.minusDays(13) + ".." + today.minusDays(13);
            String threeDaysAgo = "COMPLAINTS/" + today.minusDays(3) + ".." + today.minusDays(3);

            jdbc.update(
                    "UPDATE gap_evaluation SET last_started_at = ?",
                    LocalDateTime.ofInstant(Instant.now().minusSeconds(60), ZoneOffset.UTC));
            evaluation.platform(platform.platformId());
            assertThat(subjects(platform, "MISSING", "OPEN"))
                    .as("an evaluation finished a minute ago: the last 7 days")
                    .contains(threeDaysAgo)
                    .doesNotContain(thirteenDaysAgo);

            jdbc.update("UPDATE gap_evaluation SET last_started_at = NULL");
            evaluation.platform(platform.platformId());
            assertThat(subjects(platform, "MISSING", "OPEN"))
                    .as("no evaluation over every platform ever finished: the whole window")
                    .contains(threeDaysAgo, thirteenDaysAgo);
        } finally {
            jdbc.update("UPDATE gap_evaluation SET last_started_at = ?", lastStarted);
        }
    }

    @Test
    void aSilentAgentIsFlaggedUntilItCallsAgain() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gs", "CN-50", 3);

        evaluation.platform(platform.platformId());
        assertThat(subjects(platform, "AGENT_SILENT", "OPEN")).containsExactly("agent");

        assertThat(portal.send(portal.signed(
                                        platform.signer(), "GET", "/api/v1/obligations", new byte[0], Instant.now())
                                .build())
                        .status())
                .isEqualTo(200);
        evaluation.platform(platform.platformId());

        assertThat(subjects(platform, "AGENT_SILENT", "OPEN")).isEmpty();
        assertThat(subjects(platform, "AGENT_SILENT", "RESOLVED")).containsExactly("agent");
    }

    @Test
    void lowShareWithinSlaAndLowFeedbackAreFlaggedAndAnAmendmentResolvesThem() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gl", "CN-50", 2);
        MetricReport report = complaints(platform, today.minusDays(1), 100, 50, 60, 10);
        String day = "COMPLAINTS/" + today.minusDays(1) + ".." + today.minusDays(1);

        evaluation.platform(platform.platformId());
        assertThat(subjects(platform, "SLA_SHARE_LOW", "OPEN")).containsExactly(day);
        assertThat(subjects(platform, "FEEDBACK_LOW", "OPEN")).containsExactly(day);
        assertThat(flags(platform, "SLA_SHARE_LOW").get(0).get("detail").asText())
                .isEqualTo("50.0 % of handled complaints handled within the SLA, below 95.0 %");

        assertThat(portal.submit(
                                platform,
                                ReportFixtures.amendment(report, complaintsSection(100, 99, 99, 10), "recount"))
                        .status())
                .isEqualTo(201);
        evaluation.platform(platform.platformId());

        assertThat(subjects(platform, "SLA_SHARE_LOW", "OPEN")).isEmpty();
        assertThat(subjects(platform, "FEEDBACK_LOW", "RESOLVED")).containsExactly(day);
    }

    @Test
    void aJurisdictionOverrideAndAPlatformOverrideReplaceTheTierDefault() {
        // The tier's default (95 % within the SLA) flags all three; CN-61 asks for 85 %, one platform for 70 %.
        TestPlatform ninety = registeredDaysAgo(portal, jdbc, "gj", "CN-61", 2);
        TestPlatform eighty = registeredDaysAgo(portal, jdbc, "gk", "CN-61", 2);
        TestPlatform ownRule = registeredDaysAgo(portal, jdbc, "gp", "CN-61", 2);
        complaints(ninety, today.minusDays(1), 100, 90, 100, 10);
        complaints(eighty, today.minusDays(1), 100, 80, 100, 10);
        complaints(ownRule, today.minusDays(1), 100, 80, 100, 10);

        assertThat(portal.asAdmin(
                                "PUT",
                                "/api/v1/admin/gap-rules/SLA_SHARE_LOW/JURISDICTION/CN-61",
                                "{\"threshold\":0.85}")
                        .status())
                .isEqualTo(200);
        assertThat(portal.asAdmin(
                                "PUT",
                                "/api/v1/admin/gap-rules/SLA_SHARE_LOW/PLATFORM/" + ownRule.platformId(),
                                "{\"threshold\":0.70}")
                        .status())
                .isEqualTo(200);
        for (String bad : List.of("TIER/NOPE", "JURISDICTION/" + "x".repeat(100), "PLATFORM/no-such-platform")) {
            Response refused =
                    portal.asAdmin("PUT", "/api/v1/admin/gap-rules/SLA_SHARE_LOW/" + bad, "{\"threshold\":0.5}");
            assertThat(refused.status()).as(bad).isIn(404, 422);
            assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
        }
        for (TestPlatform platform : List.of(ninety, eighty, ownRule)) {
            evaluation.platform(platform.platformId());
        }

        assertThat(subjects(ninety, "SLA_SHARE_LOW", "OPEN")).isEmpty();
        assertThat(subjects(eighty, "SLA_SHARE_LOW", "OPEN")).hasSize(1);
        assertThat(subjects(ownRule, "SLA_SHARE_LOW", "OPEN")).isEmpty();
        assertThat(portal.asAdmin("GET", "/api/v1/gap-rules").json().toString())
                .contains("\"rule\":\"SLA_SHARE_LOW\",\"scope\":\"JURISDICTION\",\"scopeKey\":\"CN-61\"");
    }

    @Test
    void understaffingIsFlaggedPerDailyActiveUsersAndPerItems() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gu", "CN-50", 40);
        Period lastMonth = Period.containing(today, Cadence.MONTH).previous();
        // 8 reviewers for 100,000 users (KEY needs 10); 8 for 50,000 items a day (needs 2 per 10,000 = 10).
        submit(portal, platform, lastMonth, staffing(8, 100_000L, 50_000L));

        evaluation.platform(platform.platformId());

        assertThat(flags(platform, "UNDERSTAFFED"))
                .extracting(f -> f.get("detail").asText())
                .containsExactlyInAnyOrder(
                        "8 reviewers per 100,000 daily active users, below 10",
                        "1.6 reviewers per 10,000 items a day, below 2");
        assertThat(flags(platform, "UNDERSTAFFED").get(0).get("severity").asText())
                .isEqualTo("CRITICAL");
    }

    @Test
    void aReviewerHeadcountFallingOverTwoMonthsIsFlagged() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gd", "CN-50", 100);
        Period month = Period.containing(today, Cadence.MONTH).previous();
        submit(portal, platform, month.previous().previous(), staffing(100, 1_000L, 1_000L));
        submit(portal, platform, month.previous(), staffing(95, 1_000L, 1_000L));
        submit(portal, platform, month, staffing(80, 1_000L, 1_000L));

        evaluation.platform(platform.platformId());

        assertThat(subjects(platform, "STAFF_DECLINE", "OPEN")).containsExactly("STAFFING");
        assertThat(flags(platform, "STAFF_DECLINE").get(0).get("detail").asText())
                .isEqualTo("reviewers down from 100 to 80 over 2 periods to " + month.start() + ".." + month.end()
                        + ", more than 10.0 %");
    }

    @Test
    void aBacklogGrowingThreeDaysInARowIsOneFlagThatGoesWhenItShrinks() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gb", "CN-50", 6);
        long[] backlog = {10, 20, 30, 40};
        for (int i = 0; i < backlog.length; i++) {
            complaints(platform, today.minusDays(5 - i), 100, 99, 99, backlog[i]);
        }
        evaluation.platform(platform.platformId());
        assertThat(subjects(platform, "BACKLOG_GROWING", "OPEN")).containsExactly("COMPLAINTS");

        complaints(platform, today.minusDays(1), 100, 99, 99, 5);
        evaluation.platform(platform.platformId());

        assertThat(subjects(platform, "BACKLOG_GROWING", "OPEN")).isEmpty();
        assertThat(subjects(platform, "BACKLOG_GROWING", "RESOLVED")).containsExactly("COMPLAINTS");
    }

    @Test
    void takedownsAllZeroWhileComplaintsArriveAndTakedownsFallingWhileComplaintsRise() {
        TestPlatform zero = registeredDaysAgo(portal, jdbc, "gz", "CN-50", 4);
        TestPlatform falling = registeredDaysAgo(portal, jdbc, "gf", "CN-50", 5);
        for (int day = 1; day <= 3; day++) {
            complaints(zero, today.minusDays(day), 100, 99, 99, 10);
            takedowns(zero, today.minusDays(day), 0);
        }
        for (int day = 4; day >= 1; day--) {
            complaints(falling, today.minusDays(day), 200 - 20 * day, 99, 99, 10);
            takedowns(falling, today.minusDays(day), 50 + 10 * day);
        }

        evaluation.platform(zero.platformId());
        evaluation.platform(falling.platformId());

        assertThat(flags(zero, "TAKEDOWNS_ALL_ZERO"))
                .extracting(f -> f.get("detail").asText())
                .containsExactly("nothing actioned in the last 3 periods to " + today.minusDays(1) + ".."
                        + today.minusDays(1) + " while 300 complaints arrived");
        assertThat(flags(falling, "TAKEDOWNS_INCONSISTENT"))
                .extracting(f -> f.get("detail").asText())
                .containsExactly("over 3 periods to " + today.minusDays(1) + ".." + today.minusDays(1)
                        + " complaints rose from 120 to 180 while items actioned fell from 90 to 60");
        assertThat(flags(falling, "TAKEDOWNS_ALL_ZERO")).isEmpty();
    }

    @Test
    void complaintsHandledHalvingAgainstTheTrailingMedianIsAnAnomaly() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "ga", "CN-50", 9);
        long[] handled = {100, 120, 90, 110, 100, 130, 95};
        for (int i = 0; i < handled.length; i++) {
            complaints(platform, today.minusDays(8 - i), handled[i], handled[i], handled[i], 10);
        }
        complaints(platform, today.minusDays(1), 40, 40, 40, 10);

        evaluation.platform(platform.platformId());

        assertThat(flags(platform, "ANOMALY"))
                .extracting(f -> f.get("detail").asText())
                .containsExactly("complaints handled 40, below 50.0 % of the median 100 of the periods before");
    }

    @Test
    void staffWorkFlagsByRoleAndAnExpiredWaiverOpensTheFlagAgain() throws Exception {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gw", "CN-50", 3);
        evaluation.platform(platform.platformId());
        String flagId = flags(platform, "AGENT_SILENT").get(0).get("flagId").asText();

        Response asViewer = portal.asStaff(VIEWER, PASSWORD, "POST", "/api/v1/flags/" + flagId + "/acknowledge", "{}");
        assertThat(asViewer.status()).isEqualTo(403);
        assertThat(asViewer.contentType()).startsWith("application/problem+json");
        assertThat(portal.asStaff(
                                ANALYST,
                                PASSWORD,
                                "POST",
                                "/api/v1/flags/" + flagId + "/acknowledge",
                                "{\"note\":\"calling them\"}")
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("ACKNOWLEDGED");
        assertThat(portal.asStaff(ANALYST, PASSWORD, "POST", "/api/v1/flags/" + flagId + "/acknowledge", "{}")
                        .status())
                .isEqualTo(409);
        String mine = "/api/v1/flags?platformId=" + platform.platformId() + "&rule=AGENT_SILENT";
        assertThat(portal.asAdmin("GET", mine + "&state=OPEN")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(portal.asAdmin("GET", mine + "&state=OPEN&state=ACKNOWLEDGED")
                        .json()
                        .findValuesAsText("flagId"))
                .containsExactly(flagId);
        assertThat(portal.asStaff(ANALYST, PASSWORD, "POST", "/api/v1/flags/" + flagId + "/waive", "{\"reason\":\"\"}")
                        .status())
                .isEqualTo(422);
        Instant until = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        Response waived = portal.asStaff(
                ANALYST,
                PASSWORD,
                "POST",
                "/api/v1/flags/" + flagId + "/waive",
                "{\"reason\":\"server move announced\",\"until\":\"" + until + "\"}");
        assertThat(waived.json().get("state").asText()).isEqualTo("WAIVED");

        evaluation.platform(platform.platformId());
        assertThat(flags(platform, "AGENT_SILENT"))
                .extracting(f -> f.get("state").asText())
                .containsExactly("WAIVED");
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(until));
        evaluation.platform(platform.platformId());

        assertThat(flags(platform, "AGENT_SILENT"))
                .extracting(f -> f.get("flagId").asText() + " " + f.get("state").asText())
                .containsExactly(flagId + " OPEN");
        assertThat(entryTypes(platform))
                .containsSubsequence("GAP_FLAGGED", "GAP_ACKNOWLEDGED", "GAP_WAIVED", "GAP_FLAGGED");
        Response counts = portal.asAdmin("GET", "/api/v1/flags?platformId=" + platform.platformId());
        assertThat(counts.json().get("openByRule").get("AGENT_SILENT").asInt()).isEqualTo(1);
    }

    @Test
    void theFlagsOfAnotherJurisdictionAreNotFoundAndBadFiltersAreProblems() {
        TestPlatform elsewhere = registeredDaysAgo(portal, jdbc, "ge", "CN-11", 3);
        evaluation.platform(elsewhere.platformId());
        String flagId = flags(elsewhere, "AGENT_SILENT").get(0).get("flagId").asText();

        assertThat(portal.asStaff(VIEWER, PASSWORD, "GET", "/api/v1/flags/" + flagId, null)
                        .status())
                .isEqualTo(404);
        assertThat(portal.asStaff(ANALYST, PASSWORD, "POST", "/api/v1/flags/" + flagId + "/resolve", "{\"note\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(portal.asStaff(VIEWER, PASSWORD, "GET", "/api/v1/flags?platformId=" + elsewhere.platformId(), null)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        for (String bad : List.of("state=SHUT", "rule=NOPE", "page=x", "size=0", "size=501", "page=-1")) {
            Response response = portal.asStaff(VIEWER, PASSWORD, "GET", "/api/v1/flags?" + bad, null);
            assertThat(response.status()).as(bad).isIn(400, 422);
            assertThat(response.contentType()).as(bad).startsWith("application/problem+json");
        }
    }

    @Test
    void aBackTestCountsWhatAProposedThresholdWouldHaveFoundWithoutWritingAFlag() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gt", "CN-50", 4);
        complaints(platform, today.minusDays(1), 100, 92, 100, 10);
        complaints(platform, today.minusDays(2), 100, 97, 100, 10);
        complaints(platform, today.minusDays(3), 100, 88, 100, 10);
        // The evaluations after each report are done once both low days are flagged.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> subjects(platform, "SLA_SHARE_LOW", "OPEN").size() == 2);
        Integer flagsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM flag", Integer.class);

        Response test = portal.asStaff(
                ANALYST,
                PASSWORD,
                "POST",
                "/api/v1/gap-rules/SLA_SHARE_LOW/back-test",
                "{\"threshold\":0.9,\"days\":10}");

        assertThat(test.status()).isEqualTo(200);
        JsonNode counted = null;
        for (JsonNode row : test.json().get("platforms")) {
            if (row.get("platformId").asText().equals(platform.platformId())) {
                counted = row;
            }
        }
        assertThat(counted).isNotNull();
        assertThat(counted.get("now").asInt()).isEqualTo(2);
        assertThat(counted.get("proposed").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flag", Integer.class))
                .isEqualTo(flagsBefore);
        assertThat(portal.asStaff(VIEWER, PASSWORD, "POST", "/api/v1/gap-rules/SLA_SHARE_LOW/back-test", "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anAcceptedReportIsFollowedByAnEvaluationOfItsPlatform() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gi", "CN-50", 2);

        complaints(platform, today.minusDays(1), 100, 10, 100, 10);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !subjects(platform, "SLA_SHARE_LOW", "OPEN").isEmpty());
    }

    @Test
    void theRebuiltFiguresEqualTheLiveProjection() {
        TestPlatform platform = registeredDaysAgo(portal, jdbc, "gr", "CN-50", 3);
        MetricReport amended = complaints(platform, today.minusDays(2), 100, 50, 60, 10);
        portal.submit(platform, ReportFixtures.amendment(amended, complaintsSection(100, 90, 90, 3), "recount"));
        complaints(platform, today.minusDays(1), 100, 99, 99, 10);
        takedowns(platform, today.minusDays(1), 7);
        List<String> live = figures();

        reports.rebuildFigures();

        assertThat(figures()).isEqualTo(live).isNotEmpty();
    }

    private List<String> figures() {
        return jdbc.query("SELECT * FROM report_figures ORDER BY platform_id, family, period_start", (row, n) -> {
            StringBuilder line = new StringBuilder();
            for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                line.append(row.getString(c)).append('|');
            }
            return line.toString();
        });
    }

    private MetricReport complaints(
            TestPlatform platform, LocalDate day, long handled, long withinSla, long feedback, long backlog) {
        return submit(portal, platform, Period.day(day), complaintsSection(handled, withinSla, feedback, backlog));
    }

    private static ComplaintsSection complaintsSection(long handled, long withinSla, long feedback, long backlog) {
        return ReportFixtures.complaints()
                .nothingCollected()
                .received(handled)
                .handled(handled)
                .handledWithinSla(withinSla)
                .feedbackGiven(feedback)
                .backlogAtEnd(backlog)
                .build();
    }

    private void takedowns(TestPlatform platform, LocalDate day, long actioned) {
        submit(
                portal,
                platform,
                Period.day(day),
                new TakedownsSection(actioned, null, null, null, null, null, null, null, null, null, null, null));
    }

    private List<JsonNode> flags(TestPlatform platform, String rule) {
        Response page =
                portal.asAdmin("GET", "/api/v1/flags?size=500&platformId=" + platform.platformId() + "&rule=" + rule);
        assertThat(page.status()).isEqualTo(200);
        List<JsonNode> flags = new ArrayList<>();
        page.json().get("flags").forEach(flags::add);
        return flags;
    }

    private List<String> subjects(TestPlatform platform, String rule, String state) {
        return flags(platform, rule).stream()
                .filter(f -> f.get("state").asText().equals(state))
                .map(f -> f.get("subject").asText())
                .toList();
    }

    /** The subjects of the daily families, without the monthly STAFFING's. */
    private static List<String> daily(List<String> subjects) {
        return subjects.stream().filter(s -> !s.startsWith("STAFFING/")).toList();
    }

    private List<String> entryTypes(TestPlatform platform) {
        return jdbc.queryForList(
                "SELECT entry_type FROM ledger_entry WHERE platform_id = ? AND entry_type LIKE 'GAP%' ORDER BY seq",
                String.class, platform.platformId());
    }
}
