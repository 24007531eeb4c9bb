package org.prr.agent.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.outbox.Outbox;
import org.prr.model.AnnualSection;
import org.prr.model.AnnualTopic;
import org.prr.model.Cadence;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.TakedownSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Every family from CSV and JSON Lines drops, on MariaDB, and the annual report compiled from them. */
@AgentIntegrationTest
@TestPropertySource(properties = "camel.main.auto-startup=false")
class FileSourcesIT {

    static final Path DROPS = createDrops();

    @Autowired
    ReportRuns runs;

    @Autowired
    Outbox outbox;

    static Path createDrops() {
        try {
            Path root = Files.createTempDirectory("agent-drops");
            for (String dir : List.of("complaints", "moderation", "staff", "scale")) {
                Files.createDirectories(root.resolve(dir));
            }
            return root;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) {
        registry.add("agent.families.complaints.records.kind", () -> "files");
        registry.add("agent.families.complaints.records.directory", () -> DROPS.resolve("complaints")
                .toString());
        registry.add("agent.families.takedowns.records.kind", () -> "files");
        registry.add("agent.families.takedowns.records.directory", () -> DROPS.resolve("moderation")
                .toString());
        registry.add("agent.families.staffing.records.kind", () -> "files");
        registry.add("agent.families.staffing.records.directory", () -> DROPS.resolve("staff")
                .toString());
        registry.add("agent.families.staffing.business-scale.kind", () -> "files");
        registry.add("agent.families.staffing.business-scale.directory", () -> DROPS.resolve("scale")
                .toString());
        registry.add("agent.families.annual.narrative-file", () -> DROPS.resolve("annual-{year}.yaml")
                .toString());
    }

    static void drop(String dir, String file, String content) throws IOException {
        Files.writeString(DROPS.resolve(dir).resolve(file), content);
    }

    MetricReport onlyReport(MetricFamily family, Period period) {
        return QueuedReports.only(outbox, family, period);
    }

    @Test
    void readsComplaintsFromCsvAndJsonLinesTogether() throws IOException {
        drop(
                "complaints",
                "2025-03-a.csv",
                """
                complaint_id,received_at,channel,category,closed_at,outcome,feedback_given,clearly_illegal,appealed,appeal_upheld
                f1,2025-03-01T09:00:00,HOTLINE,GAMBLING,2025-03-01T10:00:00,CONTENT_REMOVED,true,true,false,false
                f2,2025-03-01 11:00:00,EMAIL,FRAUD_SCAMS,,,false,false,false,false
                """);
        drop(
                "complaints",
                "2025-03-b.jsonl",
                """
                {"complaint_id":"f3","received_at":"2025-03-01T12:00:00","channel":"HOTLINE","category":"GAMBLING","closed_at":"2025-03-01T18:00:00","outcome":"NO_VIOLATION","feedback_given":1,"clearly_illegal":0,"appealed":true,"appeal_upheld":false}
                """);
        Period day = Period.day(LocalDate.of(2025, 3, 1));

        assertThat(runs.run(MetricFamily.COMPLAINTS, day).status()).isEqualTo(BatchStatus.COMPLETED);

        var complaints = onlyReport(MetricFamily.COMPLAINTS, day).complaints();
        assertThat(complaints.received()).isEqualTo(3);
        assertThat(complaints.receivedByChannel())
                .isEqualTo(Map.of(ComplaintChannel.HOTLINE, 2L, ComplaintChannel.EMAIL, 1L));
        assertThat(complaints.handled()).isEqualTo(2);
        assertThat(complaints.feedbackGiven()).isEqualTo(2);
        assertThat(complaints.appealsReceived()).isEqualTo(1);
        assertThat(complaints.backlogAtEnd()).isEqualTo(1);
    }

    @Test
    void figuresOfOptionalColumnsAFileLeavesOutAreNullNotZero() throws IOException {
        drop(
                "complaints",
                "2025-01-minimal.csv",
                """
                complaint_id,received_at,channel,category,closed_at,outcome
                m1,2025-01-05T09:00:00,HOTLINE,GAMBLING,2025-01-05T10:00:00,CONTENT_REMOVED
                """);
        Period day = Period.day(LocalDate.of(2025, 1, 5));

        assertThat(runs.run(MetricFamily.COMPLAINTS, day).status()).isEqualTo(BatchStatus.COMPLETED);

        var complaints = onlyReport(MetricFamily.COMPLAINTS, day).complaints();
        assertThat(complaints.received()).isEqualTo(1);
        assertThat(complaints.handled()).isEqualTo(1);
        assertThat(complaints.feedbackGiven())
                .as("feedback_given not collected")
                .isNull();
        assertThat(complaints.handledWithinSla())
                .as("clearly_illegal not collected: no SLA to apply")
                .isNull();
        assertThat(complaints.appealsReceived()).isNull();
        assertThat(complaints.appealsUpheld()).isNull();
    }

    @Test
    void readsAFileOnlyOnceItHasItsFinalNameNotWhileItIsWritten() throws IOException {
        String header = "complaint_id,received_at,channel,category,closed_at,outcome,feedback_given,clearly_illegal,"
                + "appealed,appeal_upheld\n";
        drop(
                "complaints",
                "2025-02-done.csv",
                header + "w1,2025-02-01T09:00:00,HOTLINE,GAMBLING,,,false,false,false,false\n");
        drop("complaints", ".2025-02-writing.csv", header + "w2,2025-02-01T09:00:00,HOTLINE,GAMB");
        drop("complaints", "2025-02-writing.csv.part", header + "w3,2025-02-01T09:00:00,HOTLINE,GAMB");
        Period day = Period.day(LocalDate.of(2025, 2, 1));

        assertThat(runs.run(MetricFamily.COMPLAINTS, day).status()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(onlyReport(MetricFamily.COMPLAINTS, day).complaints().received())
                .isEqualTo(1);
    }

    @Test
    void aMalformedLineFailsTheRunNamingFileAndLineAndQueuesNothing() throws IOException {
        drop(
                "complaints",
                "2025-04-bad.csv",
                """
                complaint_id,received_at,channel,category,closed_at,outcome,feedback_given,clearly_illegal,appealed,appeal_upheld
                g1,2025-04-01T09:00:00,HOTLINE,GAMBLING,,,false,false,false,false
                g2,2025-04-01T09:30:00,HOTLINE,GAMBLING,,,false,false,false,false
                g3,yesterday,HOTLINE,GAMBLING,,,false,false,false,false
                """);
        drop("complaints", "2025-04-bad.jsonl", "{\"complaint_id\":\"g4\",\n");
        Period day = Period.day(LocalDate.of(2025, 4, 1));
        try {
            ReportRuns.Result result = runs.run(MetricFamily.COMPLAINTS, day);

            assertThat(result.status()).isEqualTo(BatchStatus.FAILED);
            assertThat(result.failures())
                    .singleElement()
                    .asString()
                    .contains("2025-04-bad.csv line 4: column received_at 'yesterday' is not a local date-time");
            assertThat(outbox.reports(MetricFamily.COMPLAINTS, day)).isEmpty();

            Files.delete(DROPS.resolve("complaints/2025-04-bad.csv"));
            result = runs.run(MetricFamily.COMPLAINTS, day);
            assertThat(result.failures()).singleElement().asString().contains("2025-04-bad.jsonl line 2");
            assertThat(outbox.reports(MetricFamily.COMPLAINTS, day)).isEmpty();
        } finally {
            Files.deleteIfExists(DROPS.resolve("complaints/2025-04-bad.csv"));
            Files.deleteIfExists(DROPS.resolve("complaints/2025-04-bad.jsonl"));
        }
    }

    @Test
    void aCsvFileWithoutAContractColumnIsRefusedByItsHeader() throws IOException {
        drop(
                "moderation",
                "2025-05-short.csv",
                """
                action_id,action_type,actioned_at
                m1,BLACKLIST_ADDITION,2025-05-01T09:00:00
                """);
        try {
            ReportRuns.Result result = runs.run(MetricFamily.TAKEDOWNS, Period.day(LocalDate.of(2025, 5, 1)));

            assertThat(result.failures())
                    .singleElement()
                    .asString()
                    .contains("2025-05-short.csv line 1: the header lacks the column(s) category, source, measure");
        } finally {
            Files.delete(DROPS.resolve("moderation/2025-05-short.csv"));
        }
    }

    @Test
    void compilesTheYearFromItsPeriodReportsAndTheNarrativeFile() throws IOException {
        drop(
                "moderation",
                "2024.jsonl",
                """
                {"action_id":"t1","action_type":"CONTENT","actioned_at":"2024-06-01T10:00:00","category":"GAMBLING","source":"PROACTIVE_AUTOMATED","measure":"REMOVED","automated":true}
                {"action_id":"t2","action_type":"CONTENT","actioned_at":"2024-06-02T10:00:00","category":"GAMBLING","source":"PUBLIC_COMPLAINT","measure":"REMOVED","automated":false}
                {"action_id":"t3","action_type":"ACCOUNT","actioned_at":"2024-06-02T11:00:00","account_action":"CLOSED","livestreamer":true}
                {"action_id":"t4","action_type":"REGULATOR_ORDER","order_received_at":"2024-06-02T08:00:00","actioned_at":"2024-06-02T09:30:00"}
                """);
        drop(
                "staff",
                "roster.csv",
                """
                staff_id,role,employment,fte,joined_on,left_on,licensed_news,chief_editor,training_hours,blacklisted_on
                r1,REVIEWER,INTERNAL,1,2020-01-01,,false,false,,
                r2,REVIEWER,EXTERNAL,0.5,2024-06-02,,false,false,4,
                e1,NEWS_EDITOR,INTERNAL,1,2019-05-01,,true,true,,
                """);
        drop(
                "scale",
                "scale.csv",
                """
                scale_day,active_users,new_content_items
                2024-06-01,200000,10000
                2024-06-02,300000,20000
                """);
        Files.writeString(
                DROPS.resolve("annual-2024.yaml"),
                """
                communityRulesVersion: "3.2"
                communityRulesEffectiveFrom: 2024-03-01
                narrative:
                  COMMUNITY_RULES: |
                    社区规则于2024年3月修订。
                  MINORS_PROTECTION: 未成年人模式覆盖全部产品。
                """);
        for (LocalDate day : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2))) {
            assertThat(runs.run(MetricFamily.TAKEDOWNS, Period.day(day)).completed())
                    .isTrue();
            assertThat(runs.run(MetricFamily.STAFFING, Period.day(day)).completed())
                    .isTrue();
        }
        var june2 = onlyReport(MetricFamily.STAFFING, Period.day(LocalDate.of(2024, 6, 2)))
                .staffing();
        assertThat(june2.reviewersFte()).isEqualByComparingTo("1.5");
        assertThat(june2.dailyActiveUsers()).isEqualTo(300_000);
        assertThat(onlyReport(MetricFamily.TAKEDOWNS, Period.day(LocalDate.of(2024, 6, 2)))
                        .takedowns()
                        .medianHoursToExecuteOrder())
                .isEqualByComparingTo("1.50");
        Period year = Period.containing(LocalDate.of(2024, 1, 1), Cadence.YEAR);

        assertThat(runs.run(MetricFamily.ANNUAL, year).completed()).isTrue();

        MetricReport report = onlyReport(MetricFamily.ANNUAL, year);
        AnnualSection annual = report.annual();
        assertThat(annual.takedowns().itemsActioned()).isEqualTo(2);
        assertThat(annual.takedowns().itemsBySource())
                .isEqualTo(Map.of(TakedownSource.PROACTIVE_AUTOMATED, 1L, TakedownSource.PUBLIC_COMPLAINT, 1L));
        assertThat(annual.takedowns().itemsByCategory()).isEqualTo(Map.of(Category.GAMBLING, 2L));
        assertThat(annual.takedowns().automatedShare()).isEqualByComparingTo("0.5");
        assertThat(annual.takedowns().livestreamersBanned()).isEqualTo(1);
        assertThat(annual.takedowns().regulatorOrdersReceived()).isEqualTo(1);
        assertThat(annual.staffing().reviewersHeadcount()).isEqualTo(2);
        assertThat(annual.staffing().joined()).isEqualTo(1);
        assertThat(annual.staffing().dailyActiveUsers()).isEqualTo(250_000);
        assertThat(annual.complaints())
                .as("no COMPLAINTS period reports in 2024")
                .isNull();
        assertThat(annual.coverage())
                .isEqualTo(Map.of(
                        MetricFamily.TAKEDOWNS,
                                new AnnualSection.Coverage(
                                        Cadence.DAY, 2, 366, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2)),
                        MetricFamily.STAFFING,
                                new AnnualSection.Coverage(
                                        Cadence.DAY, 2, 366, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2))));
        assertThat(annual.narrative()).containsEntry(AnnualTopic.MINORS_PROTECTION, "未成年人模式覆盖全部产品。");
        assertThat(annual.communityRulesVersion()).isEqualTo("3.2");
        assertThat(report.sourceNote())
                .contains("percentile")
                .contains("Partial totals: TAKEDOWNS covers 2 of the "
                        + "year's 366 DAY periods (2024-06-01..2024-06-02)");
    }
}
