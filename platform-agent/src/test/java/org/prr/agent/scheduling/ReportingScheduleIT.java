package org.prr.agent.scheduling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.prr.agent.cli.AgentCommands;
import org.prr.model.AnnualSection;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Obligation;
import org.prr.model.Period;
import org.prr.model.json.CanonicalJson;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Obligations from a portal played by WireMock drive the triggers; catch-up reports every owed period once, oldest
 * first. The Quartz scheduler is held, so the test calls what its jobs call. The agent's clock is fixed, so "today"
 * is the same for the test and the agent even across midnight.
 */
@AgentIntegrationTest
@TestPropertySource(
        properties = {
            "camel.main.auto-startup=false",
            "agent.families.annual.narrative-file=target/it-narrative/annual-{year}.yaml"
        })
class ReportingScheduleIT {

    static final ZoneId CHONGQING = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T04:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK.withZone(CHONGQING));

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return CLOCK;
        }
    }

    @RegisterExtension
    static WireMockExtension portal = PortalStub.server();

    @DynamicPropertySource
    static void portalAndBackfill(DynamicPropertyRegistry registry) {
        PortalStub.asPortal(registry, portal);
        registry.add("agent.schedule.backfill-from", () -> TODAY.minusDays(3).toString());
    }

    @Autowired
    ReportingSchedule schedule;

    @Autowired
    ObligationBook book;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AgentCommands commands;

    static String obligations(String... familyAndCadence) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < familyAndCadence.length; i += 2) {
            json.append(i == 0 ? "" : ",")
                    .append(
                            """
                    {"family":"%s","cadence":"%s","gracePeriod":"PT24H","timeZone":"Asia/Shanghai","source":"TIER_DEFAULT"}"""
                                    .formatted(familyAndCadence[i], familyAndCadence[i + 1]));
        }
        return json.append("]").toString();
    }

    @BeforeEach
    void complaintsEveryDay() {
        jdbc.update("DELETE FROM demo_complaint");
        for (int back = 1; back <= 5; back++) {
            jdbc.update(
                    "INSERT INTO demo_complaint VALUES (?, ?, 'HOTLINE', 'GAMBLING', NULL, NULL, 0, 0, 0, 0)",
                    "s-" + back,
                    Timestamp.valueOf(TODAY.minusDays(back).atTime(10, 0)));
        }
    }

    /** The days the catch-up owes (the backfill test reports earlier ones), in the order they were computed. */
    List<LocalDate> reportedDaysSinceBackfillFrom() {
        return jdbc.queryForList(
                "SELECT period_start FROM report WHERE family = 'COMPLAINTS' AND period_start >= ? "
                        + "ORDER BY created_at, period_start",
                LocalDate.class,
                TODAY.minusDays(3));
    }

    @Test
    void schedulesEachObligationAndCatchesUpEveryMissedPeriodOnceOldestFirst() throws Exception {
        portal.stubFor(
                get("/api/v1/obligations").willReturn(okJson(obligations("COMPLAINTS", "DAY", "TAKEDOWNS", "WEEK"))));

        schedule.refresh();

        assertThat(book.all())
                .extracting(
                        ObligationBook.Owed::family, ObligationBook.Owed::cadence, ObligationBook.Owed::reportingSince)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MetricFamily.COMPLAINTS, Cadence.DAY, TODAY.minusDays(3)),
                        org.assertj.core.groups.Tuple.tuple(
                                MetricFamily.TAKEDOWNS,
                                Cadence.WEEK,
                                Period.containing(TODAY.minusDays(3), Cadence.WEEK)
                                        .start()));
        CronTrigger daily = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("COMPLAINTS", "reports"));
        assertThat(daily.getCronExpression()).isEqualTo("0 5 0 * * ?");
        assertThat(daily.getTimeZone().toZoneId()).isEqualTo(CHONGQING);
        assertThat(((CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("TAKEDOWNS", "reports")))
                        .getCronExpression())
                .isEqualTo("0 5 0 ? * MON");
        portal.verify(getRequestedFor(urlEqualTo("/api/v1/obligations"))
                .withHeader("X-Platform-Id", matching("it-platform"))
                .withHeader("X-Signature", matching(".+")));

        schedule.catchUp(MetricFamily.COMPLAINTS);
        schedule.catchUp(MetricFamily.COMPLAINTS);
        schedule.catchUp(MetricFamily.TAKEDOWNS);

        assertThat(reportedDaysSinceBackfillFrom())
                .containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE family = 'TAKEDOWNS'", Integer.class))
                .as("no TAKEDOWNS source is configured")
                .isZero();
    }

    @Test
    void keepsTheStoredObligationsWhileThePortalCannotBeAsked() throws Exception {
        portal.stubFor(get("/api/v1/obligations").willReturn(okJson(obligations("COMPLAINTS", "DAY"))));
        schedule.refresh();
        portal.stubFor(get("/api/v1/obligations").willReturn(aResponse().withStatus(503)));

        schedule.refresh();

        assertThat(book.all()).extracting(ObligationBook.Owed::family).containsExactly(MetricFamily.COMPLAINTS);
        assertThat(scheduler.checkExists(JobKey.jobKey("COMPLAINTS", "reports")))
                .isTrue();
        assertThat(scheduler
                        .getTrigger(TriggerKey.triggerKey("refresh-obligations"))
                        .getStartTime())
                .as("asked again after the retry interval, not the refresh interval")
                .isBefore(new java.util.Date(System.currentTimeMillis() + 60_000));
    }

    @Test
    void backfillComputesTheAskedPeriodsAndLeavesReportedOnesAlone() {
        portal.stubFor(get("/api/v1/obligations").willReturn(okJson(obligations("COMPLAINTS", "DAY"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LocalDate from = TODAY.minusDays(5);
        LocalDate to = TODAY.minusDays(4);

        int first = commands.run(
                new DefaultApplicationArguments(
                        "backfill", "--family=complaints", "--from=" + from, "--to=" + to, "--cadence=DAY"),
                new PrintStream(out),
                new PrintStream(err));
        int again = commands.run(
                new DefaultApplicationArguments(
                        "backfill", "--family=complaints", "--from=" + to, "--to=" + to, "--cadence=DAY"),
                new PrintStream(out),
                new PrintStream(err));
        int unfinished = commands.run(
                new DefaultApplicationArguments(
                        "backfill", "--family=complaints", "--from=" + TODAY, "--to=" + TODAY, "--cadence=DAY"),
                new PrintStream(out),
                new PrintStream(err));

        assertThat(first).isZero();
        assertThat(again).isZero();
        assertThat(unfinished).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "COMPLAINTS " + from + ".." + from + ": computed and queued for delivery",
                        "COMPLAINTS " + to + ".." + to + ": reported before, left as it is");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has not ended yet");
        assertThat(jdbc.queryForList(
                        "SELECT period_start FROM report WHERE period_start BETWEEN ? AND ?",
                        LocalDate.class,
                        from,
                        to))
                .containsExactlyInAnyOrder(from, to);
    }

    /** The day's COMPLAINTS report, computed by backfill and then refused by the portal: its id. */
    private String deadLetterFor(LocalDate day, PrintStream quiet) {
        jdbc.update(
                "INSERT INTO demo_complaint VALUES (?, ?, 'EMAIL', 'FRAUD_SCAMS', NULL, NULL, 0, 0, 0, 0)",
                "s-" + day,
                Timestamp.valueOf(day.atTime(9, 0)));
        assertThat(commands.run(
                        new DefaultApplicationArguments(
                                "backfill", "--family=COMPLAINTS", "--from=" + day, "--to=" + day, "--cadence=DAY"),
                        quiet,
                        quiet))
                .isZero();
        String refused = jdbc.queryForObject("SELECT report_id FROM report WHERE period_start = ?", String.class, day);
        jdbc.update("UPDATE outbox SET status = 'DEAD_LETTER', http_status = 422 WHERE report_id = ?", refused);
        return refused;
    }

    @Test
    void recomputeDiscardsADeadLetterAndComputesItsPeriodAsANewReport() {
        LocalDate day = TODAY.minusDays(6);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        String refused = deadLetterFor(day, quiet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = commands.run(
                new DefaultApplicationArguments("recompute", "--report=" + refused), new PrintStream(out), quiet);
        int again = commands.run(new DefaultApplicationArguments("recompute", "--report=" + refused), quiet, quiet);

        assertThat(code).isZero();
        assertThat(again).as("it is no longer a dead letter").isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("computed again and queued for delivery");
        assertThat(jdbc.queryForList(
                        "SELECT o.status FROM report r JOIN outbox o ON o.report_id = r.report_id "
                                + "WHERE r.period_start = ? ORDER BY o.id",
                        String.class,
                        day))
                .containsExactly("DISCARDED", "PENDING");
    }

    @Test
    void aRecomputeThatFailsLeavesThePeriodOwedAndALaterRunComputesIt() {
        LocalDate day = TODAY.minusDays(8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        String refused = deadLetterFor(day, quiet);
        jdbc.update(
                "INSERT INTO demo_complaint VALUES ('s-8-bad', ?, 'EMAIL', 'NO_SUCH_CATEGORY', NULL, NULL, 0, 0, "
                        + "0, 0)",
                Timestamp.valueOf(day.atTime(10, 0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int failed = commands.run(
                new DefaultApplicationArguments("recompute", "--report=" + refused), new PrintStream(out), quiet);
        jdbc.update("DELETE FROM demo_complaint WHERE complaint_id = 's-8-bad'");
        ByteArrayOutputStream later = new ByteArrayOutputStream();
        int backfilled = commands.run(
                new DefaultApplicationArguments(
                        "backfill", "--family=COMPLAINTS", "--from=" + day, "--to=" + day, "--cadence=DAY"),
                new PrintStream(later),
                quiet);

        assertThat(failed).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("NOT computed (FAILED: ")
                .contains("NO_SUCH_CATEGORY")
                .contains("the period stays owed");
        assertThat(backfilled).isZero();
        assertThat(later.toString(StandardCharsets.UTF_8)).contains("computed and queued for delivery");
        assertThat(jdbc.queryForList(
                        "SELECT o.status FROM report r JOIN outbox o ON o.report_id = r.report_id "
                                + "WHERE r.period_start = ? ORDER BY o.id",
                        String.class,
                        day))
                .containsExactly("DISCARDED", "PENDING");
    }

    @Test
    void annualIsFiledBeforeItsDueTimeWithWhatThereIsSaysSoAndCountsNoDeadLetter() throws Exception {
        int year = TODAY.getYear() - 1;
        Path narrative = Path.of("target/it-narrative/annual-" + year + ".yaml");
        Files.createDirectories(narrative.getParent());
        Files.writeString(narrative, "narrative:\n  STAFFING: 人员队伍建设情况。\n");
        for (String[] complaint : new String[][] {
            {"oct", "10", "FRAUD_SCAMS"}, {"nov-bad", "11", "NO_SUCH_CATEGORY"}, {"dec", "12", "GAMBLING"}
        }) {
            LocalDate received = LocalDate.of(year, Integer.parseInt(complaint[1]), 10);
            jdbc.update(
                    "INSERT INTO demo_complaint VALUES (?, ?, 'EMAIL', ?, ?, 'OTHER', 0, 0, 0, 0)",
                    complaint[0],
                    Timestamp.valueOf(received.atTime(9, 0)),
                    complaint[2],
                    Timestamp.valueOf(received.plusDays(1).atTime(9, 0)));
        }
        book.replaceAll(
                List.of(
                        new Obligation(
                                MetricFamily.COMPLAINTS,
                                Cadence.MONTH,
                                Duration.ofDays(5),
                                CHONGQING,
                                Obligation.Source.PLATFORM),
                        new Obligation(
                                MetricFamily.ANNUAL,
                                Cadence.YEAR,
                                Duration.ofDays(31),
                                CHONGQING,
                                Obligation.Source.TIER_DEFAULT)),
                LocalDate.of(year, 10, 1));
        try {
            schedule.catchUp(MetricFamily.COMPLAINTS);
            jdbc.update(
                    "UPDATE outbox SET status = 'DEAD_LETTER', http_status = 422 WHERE report_id = (SELECT "
                            + "report_id FROM report WHERE family = 'COMPLAINTS' AND period_start = ?)",
                    LocalDate.of(year, 10, 1));

            schedule.catchUp(MetricFamily.ANNUAL);

            List<String> annual = jdbc.queryForList(
                    "SELECT payload FROM report WHERE family = 'ANNUAL' " + "AND period_start = ?",
                    String.class,
                    LocalDate.of(year, 1, 1));
            assertThat(annual)
                    .as("filed although November could not be computed")
                    .hasSize(1);
            MetricReport report =
                    CanonicalJson.parse(annual.get(0).getBytes(StandardCharsets.UTF_8), MetricReport.class);
            assertThat(report.annual().complaints().received())
                    .as("December only: October is a dead letter")
                    .isEqualTo(1);
            assertThat(report.annual().coverage())
                    .containsEntry(
                            MetricFamily.COMPLAINTS,
                            new AnnualSection.Coverage(
                                    Cadence.MONTH, 1, 12, LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31)));
            assertThat(report.sourceNote())
                    .contains("Partial totals: COMPLAINTS covers 1 of the year's 12 MONTH " + "periods (" + year
                            + "-12-01.." + year + "-12-31)");
        } finally {
            book.replaceAll(List.of(), null);
        }
    }
}
