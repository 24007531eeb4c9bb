package org.prr.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.prr.portal.gap.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Filing status over HTTP, on platforms registered five days ago (daily COMPLAINTS and TAKEDOWNS, due 24 h after
 * each day ends in Asia/Shanghai): what each period is, the per-period summary, who has not filed, and what staff
 * of another jurisdiction see.
 */
@PortalIntegrationTest
class FilingsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String VIEWER = "filings-viewer";
    private static final String PASSWORD = "long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Evaluation evaluation;

    PortalClient portal;
    TestPlatform reporting;
    TestPlatform silent;
    TestPlatform elsewhere;
    LocalDate today;

    @BeforeEach
    void platformsRegisteredFiveDaysAgo() {
        portal = new PortalClient(port);
        today = LocalDate.now(SHANGHAI);
        reporting = registeredFiveDaysAgo("fr", "CN-50");
        silent = registeredFiveDaysAgo("fs", "CN-50");
        elsewhere = registeredFiveDaysAgo("fe", "CN-11");
        if (portal.asStaff(VIEWER, PASSWORD, "GET", "/api/v1/platforms", null).status() == 401) {
            portal.createStaff(VIEWER, PASSWORD, "CN-50", "VIEWER");
        }
    }

    private TestPlatform registeredFiveDaysAgo(String prefix, String jurisdiction) {
        TestPlatform platform = portal.registerNewPlatform(prefix, jurisdiction);
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(
                        today.minusDays(5).atStartOfDay(SHANGHAI).toInstant(), ZoneOffset.UTC),
                platform.platformId());
        return platform;
    }

    private void report(TestPlatform platform, LocalDate day) {
        assertThat(portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId(), Period.day(day)))
                        .status())
                .isEqualTo(201);
    }

    private Response asViewer(String path) {
        return portal.asStaff(VIEWER, PASSWORD, "GET", path, null);
    }

    private static Map<String, String> statusByDay(JsonNode filings) {
        Map<String, String> byDay = new LinkedHashMap<>();
        filings.forEach(f ->
                byDay.put(f.get("period").get("start").asText(), f.get("status").asText()));
        return byDay;
    }

    @Test
    void eachEndedDayIsOnTimeLateAmendedDueOrMissing() {
        report(reporting, today.minusDays(1));
        report(reporting, today.minusDays(3));
        MetricReport amended = ReportFixtures.complaintsReport(reporting.platformId(), Period.day(today.minusDays(4)));
        portal.submit(reporting, amended);
        assertThat(portal.submit(
                                reporting,
                                ReportFixtures.amendment(
                                        amended,
                                        ReportFixtures.complaints()
                                                .backlogAtEnd(3L)
                                                .build(),
                                        "recount"))
                        .status())
                .isEqualTo(201);

        Response page = asViewer("/api/v1/filings?family=COMPLAINTS&from=" + today.minusDays(5) + "&to="
                + today.minusDays(1) + "&platformId=" + reporting.platformId());

        assertThat(page.status()).isEqualTo(200);
        assertThat(statusByDay(page.json().get("filings")))
                .containsExactly(
                        Map.entry(today.minusDays(1).toString(), "ON_TIME"),
                        Map.entry(today.minusDays(2).toString(), "MISSING"),
                        Map.entry(today.minusDays(3).toString(), "LATE"),
                        Map.entry(today.minusDays(4).toString(), "AMENDED"),
                        Map.entry(today.minusDays(5).toString(), "MISSING"));
        JsonNode late = page.json().get("filings").get(2);
        assertThat(late.get("lateBy").asText()).startsWith("PT");
        assertThat(late.get("dueAt").asText())
                .isEqualTo(today.minusDays(1).atStartOfDay(SHANGHAI).toInstant().toString());
        assertThat(page.json().get("filings").get(3).get("version").asInt()).isEqualTo(2);
        assertThat(page.json().get("total").asInt()).isEqualTo(5);
        assertThat(page.json().get("counts").get("MISSING").asInt()).isEqualTo(2);
    }

    @Test
    void theFirstPeriodOwedIsTheOneThatHadLastEndedAtRegistrationAsTheAgentReportsIt() {
        Response page = asViewer("/api/v1/filings?family=COMPLAINTS&from=" + today.minusDays(30) + "&to="
                + today.minusDays(1) + "&platformId=" + silent.platformId());

        assertThat(statusByDay(page.json().get("filings")).keySet())
                .hasSize(6)
                .last()
                .isEqualTo(today.minusDays(6).toString());
    }

    @Test
    void yesterdayWithoutAReportIsDueUntilItsGraceIsOverAndTheSummaryCountsOnlyWhatIsRequired() {
        report(reporting, today.minusDays(1));

        Response page =
                asViewer("/api/v1/filings?family=COMPLAINTS&from=" + today.minusDays(2) + "&to=" + today.minusDays(1));

        List<JsonNode> ours = new ArrayList<>();
        page.json().get("filings").forEach(f -> {
            if (f.get("platformId").asText().equals(silent.platformId())) {
                ours.add(f);
            }
        });
        assertThat(ours).extracting(f -> f.get("status").asText()).containsExactly("DUE", "MISSING");
        JsonNode yesterday = summaryOf(page, today.minusDays(1));
        assertThat(yesterday.get("due").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(yesterday.get("onTime").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode dayBefore = summaryOf(page, today.minusDays(2));
        assertThat(dayBefore.get("required").asInt())
                .isEqualTo(dayBefore.get("missing").asInt()
                        + dayBefore.get("onTime").asInt()
                        + dayBefore.get("late").asInt()
                        + dayBefore.get("amended").asInt());
        assertThat(dayBefore.get("completeness").decimalValue()).isLessThan(BigDecimal.valueOf(100));
    }

    private static JsonNode summaryOf(Response page, LocalDate day) {
        for (JsonNode s : page.json().get("summary")) {
            if (s.get("period").get("start").asText().equals(day.toString())) {
                return s;
            }
        }
        throw new AssertionError("no summary for " + day);
    }

    @Test
    void theNonSubmittersOfADayAreNamedWithTheirLastContactSoSilenceShows() {
        report(reporting, today.minusDays(1));

        Response missing = asViewer("/api/v1/filings/non-submitters?family=COMPLAINTS&period=" + today.minusDays(2));

        assertThat(missing.status()).isEqualTo(200);
        Map<String, JsonNode> byPlatform = new LinkedHashMap<>();
        missing.json().forEach(n -> byPlatform.put(n.get("platformId").asText(), n));
        assertThat(byPlatform).containsKeys(reporting.platformId(), silent.platformId());
        assertThat(byPlatform).doesNotContainKey(elsewhere.platformId());
        assertThat(byPlatform.get(reporting.platformId()).get("status").asText())
                .isEqualTo("MISSING");
        assertThat(byPlatform.get(reporting.platformId()).get("lastContactAt").isNull())
                .as("the reporting platform's agent called")
                .isFalse();
        assertThat(byPlatform.get(silent.platformId()).get("lastContactAt").isNull())
                .as("the silent platform's agent never called")
                .isTrue();
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + reporting.platformId())
                        .json()
                        .has("lastContactAt"))
                .isTrue();
    }

    @Test
    void aMissingPeriodWhoseFlagStaffWaivedIsWaivedUntilTheWaiverRunsOut() {
        LocalDate day = today.minusDays(2);
        evaluation.platform(silent.platformId());
        JsonNode flag = null;
        for (JsonNode f : portal.asAdmin("GET", "/api/v1/flags?rule=MISSING&platformId=" + silent.platformId())
                .json()
                .get("flags")) {
            if (f.get("family").asText().equals("COMPLAINTS")
                    && f.get("periodStart").asText().equals(day.toString())) {
                flag = f;
            }
        }
        assertThat(flag).as("the MISSING flag of " + day).isNotNull();
        String flagId = flag.get("flagId").asText();
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/flags/" + flagId + "/waive",
                                "{\"reason\":\"机房断电，已书面说明\",\"until\":\""
                                        + Instant.now().plus(Duration.ofDays(30)) + "\"}")
                        .status())
                .isEqualTo(200);

        String path = "/api/v1/filings?family=COMPLAINTS&from=" + day + "&to=" + day;
        Response waived = asViewer(path + "&platformId=" + silent.platformId());
        assertThat(statusByDay(waived.json().get("filings"))).containsExactly(Map.entry(day.toString(), "WAIVED"));
        JsonNode summary = summaryOf(waived, day);
        assertThat(summary.get("waived").asInt()).isEqualTo(1);
        assertThat(summary.get("required").asInt())
                .as("an excused period is not required")
                .isZero();
        assertThat(asViewer("/api/v1/filings/non-submitters?family=COMPLAINTS&period=" + day)
                        .json()
                        .findValuesAsText("platformId"))
                .doesNotContain(silent.platformId());

        jdbc.update(
                "UPDATE flag SET waived_until = ? WHERE flag_id = ?",
                LocalDateTime.ofInstant(Instant.now().minusSeconds(1), ZoneOffset.UTC),
                flagId);
        assertThat(statusByDay(asViewer(path + "&platformId=" + silent.platformId())
                        .json()
                        .get("filings")))
                .as("the waiver ran out")
                .containsExactly(Map.entry(day.toString(), "MISSING"));
    }

    @Test
    void staffSeeOnlyTheirJurisdiction() {
        Response all =
                asViewer("/api/v1/filings?from=" + today.minusDays(3) + "&to=" + today.minusDays(1) + "&size=1000");
        assertThat(all.json().get("filings").findValuesAsText("platformId"))
                .contains(reporting.platformId(), silent.platformId())
                .doesNotContain(elsewhere.platformId());
        Response other = asViewer("/api/v1/filings?from=" + today.minusDays(3) + "&to=" + today.minusDays(1)
                + "&platformId=" + elsewhere.platformId());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("type").asText()).isEqualTo("/problems/not-found");
    }

    @Test
    void aQueryThatMakesNoSenseIsRefusedNamingTheParameter() {
        assertProblem(asViewer("/api/v1/filings?from=" + today + "&to=" + today.minusDays(1)), 422, "from");
        assertProblem(asViewer("/api/v1/filings?from=2020-01-01&to=2026-01-01"), 422, "to");
        assertProblem(asViewer("/api/v1/filings?from=" + today + "&to=" + today + "&size=0"), 422, "size");
        assertProblem(asViewer("/api/v1/filings?from=" + today + "&to=" + today + "&page=-1"), 422, "page");
        for (String query : List.of(
                "?to=" + today,
                "?from=yesterday&to=" + today,
                "?from=" + today + "&to=" + today + "&family=GOSSIP",
                "?from=" + today + "&to=" + today + "&status=LOST",
                "/non-submitters?period=" + today,
                "/non-submitters?family=COMPLAINTS",
                "/non-submitters?family=COMPLAINTS&period=23.11.2026",
                "/non-submitters?family=" + "X".repeat(5000) + "&period=" + today)) {
            Response refused = asViewer("/api/v1/filings" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(portal.asStaff(null, null, "GET", "/api/v1/filings?from=" + today + "&to=" + today, null)
                        .status())
                .isEqualTo(401);
    }

    private static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }
}
