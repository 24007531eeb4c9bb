package org.prr.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.source.ComplaintRecord;
import org.prr.agent.source.RecordSource;
import org.prr.agent.source.RecordSources;
import org.prr.model.Cadence;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.ComplaintsSection;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.json.CanonicalJson;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The COMPLAINTS job on MariaDB, from the platform's table to the outbox. Delivery is not started here. */
@AgentIntegrationTest
@TestPropertySource(properties = "camel.main.auto-startup=false")
class ComplaintsJobIT {

    @Autowired
    ReportRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordSources sources;

    private void complaint(String id, LocalDateTime received, String channel, LocalDateTime closed) {
        jdbc.update(
                "INSERT INTO demo_complaint VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                Timestamp.valueOf(received),
                channel,
                Category.GAMBLING.name(),
                closed == null ? null : Timestamp.valueOf(closed),
                closed == null ? null : ComplaintOutcome.CONTENT_REMOVED.name(),
                closed != null,
                true,
                false,
                false);
    }

    private List<MetricReport> reportsFor(LocalDate day) {
        return jdbc.queryForList("SELECT payload FROM report WHERE period_start = ?", String.class, day).stream()
                .map(payload -> {
                    try {
                        return CanonicalJson.parse(payload.getBytes(StandardCharsets.UTF_8), MetricReport.class);
                    } catch (CanonicalJson.MalformedJson e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    @Test
    void queuesOneReportComputedFromThePlatformsRecordsAndNeverASecond() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        complaint("j1-a", day.atTime(9, 0), "HOTLINE", day.atTime(10, 30));
        complaint("j1-b", day.atTime(23, 59), "HOTLINE", null);
        complaint("j1-c", day.minusDays(1).atTime(22, 0), "EMAIL", day.atTime(1, 0));
        complaint("j1-d", day.plusDays(1).atTime(0, 0), "EMAIL", null);

        assertThat(runs.run(MetricFamily.COMPLAINTS, Period.day(day)).status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.run(MetricFamily.COMPLAINTS, Period.day(day)).status()).isEqualTo(BatchStatus.COMPLETED);

        List<MetricReport> reports = reportsFor(day);
        assertThat(reports).hasSize(1);
        MetricReport report = reports.get(0);
        assertThat(report.platformId()).isEqualTo("it-platform");
        assertThat(report.period()).isEqualTo(Period.day(day));
        assertThat(report.complaints().received()).isEqualTo(2);
        assertThat(report.complaints().receivedByChannel())
                .containsExactlyEntriesOf(java.util.Map.of(ComplaintChannel.HOTLINE, 2L));
        assertThat(report.complaints().handled()).isEqualTo(2);
        assertThat(report.complaints().handledWithinSla()).isEqualTo(2);
        assertThat(report.complaints().backlogAtEnd()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM outbox WHERE report_id = ?",
                        String.class,
                        report.reportId().toString()))
                .isEqualTo("PENDING");
    }

    @Test
    void failsWithoutQueuingAnythingWhenASourceRowIsOutsideTheCodeLists() {
        LocalDate day = LocalDate.of(2026, 3, 20);
        complaint("j2-a", day.atTime(9, 0), "HOTLINE", null);
        complaint("j2-b", day.atTime(9, 0), "CARRIER_PIGEON", null);

        ReportRuns.Result result = runs.run(MetricFamily.COMPLAINTS, Period.day(day));
        jdbc.update("DELETE FROM demo_complaint WHERE complaint_id = 'j2-b'");

        assertThat(result.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(result.failures())
                .singleElement()
                .asString()
                .contains("agent.families.complaints.records.sql")
                .contains("column channel 'CARRIER_PIGEON' is not a ComplaintChannel code");

        assertThat(reportsFor(day)).isEmpty();
    }

    @Test
    void theDatabaseComputesTheSameFiguresAsTheStreamingAggregation() {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2026, 5, 4);
        ComplaintOutcome[] outcomes = ComplaintOutcome.values();
        for (int i = 0; i < 3000; i++) {
            LocalDateTime received = first.atStartOfDay().plusMinutes(random.nextInt(60 * 24 * 9));
            boolean open = random.nextInt(10) == 0;
            LocalDateTime closed = open ? null : received.plusSeconds((long) (Math.exp(random.nextGaussian() * 2 + 9)));
            jdbc.update(
                    "INSERT INTO demo_complaint VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "eq-" + i,
                    Timestamp.valueOf(received),
                    ComplaintChannel.values()[random.nextInt(6)].name(),
                    Category.values()[random.nextInt(Category.values().length)].name(),
                    closed == null ? null : Timestamp.valueOf(closed),
                    closed == null || random.nextInt(8) == 0 ? null : outcomes[random.nextInt(outcomes.length)].name(),
                    random.nextBoolean(),
                    random.nextInt(3) == 0,
                    random.nextInt(5) == 0,
                    random.nextInt(10) == 0);
        }
        RecordSource source = sources.records(MetricFamily.COMPLAINTS);

        for (Period period : List.of(
                Period.day(first.plusDays(3)),
                Period.containing(first, Cadence.WEEK),
                Period.containing(first, Cadence.MONTH))) {
            ComplaintsAggregation streamed = new ComplaintsAggregation(period);
            LongAdder streamedRows = new LongAdder();
            source.forEach(period, row -> {
                streamed.add(ComplaintRecord.from(row));
                streamedRows.increment();
            });

            LongAdder counted = new LongAdder();
            ComplaintsSection inDatabase =
                    ComplaintsPushdown.compute(source.query().orElseThrow(), period, counted::add);

            assertThat(inDatabase)
                    .as(period.toString())
                    .isEqualTo(streamed.result(Set.copyOf(ComplaintRecord.OPTIONAL)));
            assertThat(counted.sum()).as("source records the log reports").isEqualTo(streamedRows.sum());
            assertThat(inDatabase.handled()).isPositive();
        }
    }
}
