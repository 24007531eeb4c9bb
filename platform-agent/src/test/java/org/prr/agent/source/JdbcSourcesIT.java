package org.prr.agent.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.metrics.ReportRuns;
import org.prr.agent.outbox.Outbox;
import org.prr.model.Cadence;
import org.prr.model.Category;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.TakedownMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * TAKEDOWNS and STAFFING from the platform's own tables on MariaDB, through SQL that maps its column names onto the
 * contract (COMPLAINTS from SQL is covered by ComplaintsJobIT).
 */
@AgentIntegrationTest
@TestPropertySource(
        properties = {
            "camel.main.auto-startup=false",
            "spring.sql.init.schema-locations=classpath:demo/platform-source.sql,classpath:sources/platform-tables.sql",
            "agent.families.takedowns.records.kind=jdbc",
            "agent.families.takedowns.records.sql=SELECT id AS action_id, kind AS action_type, at_time AS actioned_at,"
                    + " category, origin AS source, measure, by_machine AS automated, account_action, livestreamer,"
                    + " order_received AS order_received_at FROM moderation_log"
                    + " WHERE (at_time >= :periodStart AND at_time < :periodEnd)"
                    + " OR (order_received >= :periodStart AND order_received < :periodEnd)",
            "agent.families.staffing.records.kind=jdbc",
            "agent.families.staffing.records.sql=SELECT r.employee_no AS staff_id, role, employment, fte, joined_on,"
                    + " left_on, licensed AS licensed_news, chief_editor, (SELECT SUM(hours) FROM hr_training t"
                    + " WHERE t.employee_no = r.employee_no AND t.held_on >= :periodStart AND t.held_on < :periodEnd)"
                    + " AS training_hours, NULL AS blacklisted_on FROM hr_roster r"
                    + " WHERE joined_on < :periodEnd AND (left_on IS NULL OR left_on >= :periodStart)",
            "agent.families.staffing.business-scale.kind=jdbc",
            "agent.families.staffing.business-scale.sql=SELECT day AS scale_day, dau AS active_users, new_items AS new_content_items"
                    + " FROM daily_figures WHERE day >= :periodStart AND day < :periodEnd"
        })
class JdbcSourcesIT {

    @Autowired
    ReportRuns runs;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    MetricReport onlyReport(MetricFamily family, Period period) {
        return QueuedReports.only(outbox, family, period);
    }

    @Test
    void computesTakedownsFromTheModerationLog() {
        jdbc.update("INSERT INTO moderation_log (id, kind, at_time, category, origin, measure, by_machine) VALUES "
                + "('m1', 'CONTENT', '2026-01-05 10:00', 'VIOLENCE_GORE', 'PROACTIVE_AUTOMATED', 'REMOVED', TRUE), "
                + "('m2', 'CONTENT', '2026-01-05 11:00', 'VIOLENCE_GORE', 'PUBLIC_COMPLAINT', 'LABELLED', FALSE)");
        jdbc.update("INSERT INTO moderation_log (id, kind, at_time, order_received) VALUES "
                + "('o1', 'REGULATOR_ORDER', '2026-01-05 12:00', '2026-01-05 08:00')");
        Period day = Period.day(LocalDate.of(2026, 1, 5));

        assertThat(runs.run(MetricFamily.TAKEDOWNS, day).completed()).isTrue();

        var takedowns = onlyReport(MetricFamily.TAKEDOWNS, day).takedowns();
        assertThat(takedowns.itemsActioned()).isEqualTo(2);
        assertThat(takedowns.itemsByCategory()).isEqualTo(Map.of(Category.VIOLENCE_GORE, 2L));
        assertThat(takedowns.itemsByMeasure())
                .isEqualTo(Map.of(TakedownMeasure.REMOVED, 1L, TakedownMeasure.LABELLED, 1L));
        assertThat(takedowns.automatedShare()).isEqualByComparingTo("0.5");
        assertThat(takedowns.regulatorOrdersReceived()).isEqualTo(1);
        assertThat(takedowns.medianHoursToExecuteOrder()).isEqualByComparingTo("4");
    }

    @Test
    void computesAMonthOfStaffingFromRosterTrainingAndDailyFigures() {
        jdbc.update("INSERT INTO hr_roster VALUES ('h1', 'REVIEWER', 'INTERNAL', 1, '2024-01-01', NULL, 0, 0), "
                + "('h2', 'REVIEWER', 'EXTERNAL', 0.8, '2025-12-10', NULL, 0, 0), "
                + "('h3', 'REVIEWER', 'INTERNAL', 1, '2024-01-01', '2025-12-20', 0, 0), "
                + "('h4', 'NEWS_EDITOR', 'INTERNAL', 1, '2020-01-01', NULL, 1, 1)");
        jdbc.update("INSERT INTO hr_training VALUES ('h1', '2025-12-03', 4), ('h1', '2025-12-04', 2.5), "
                + "('h2', '2025-11-30', 8)");
        jdbc.update("INSERT INTO daily_figures VALUES ('2025-12-01', 100000, 3000), ('2025-12-02', 120000, 5000)");
        Period december = Period.containing(LocalDate.of(2025, 12, 1), Cadence.MONTH);

        assertThat(runs.run(MetricFamily.STAFFING, december).completed()).isTrue();

        var staffing = onlyReport(MetricFamily.STAFFING, december).staffing();
        assertThat(staffing.reviewersHeadcount()).isEqualTo(2);
        assertThat(staffing.reviewersFte()).isEqualByComparingTo("1.8");
        assertThat(staffing.joined()).isEqualTo(1);
        assertThat(staffing.left()).isEqualTo(1);
        assertThat(staffing.trainingHours()).isEqualByComparingTo("6.5");
        assertThat(staffing.staffTrained()).isEqualTo(1);
        assertThat(staffing.licensedNewsStaff()).isEqualTo(1);
        assertThat(staffing.dailyActiveUsers()).isEqualTo(110_000);
        assertThat(staffing.contentItemsPerDay()).isEqualTo(4_000);
    }
}
