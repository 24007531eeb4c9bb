package org.prr.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.source.ModerationAction;
import org.prr.agent.source.RecordSource;
import org.prr.agent.source.RecordSources;
import org.prr.model.AccountAction;
import org.prr.model.Cadence;
import org.prr.model.Category;
import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.prr.model.TakedownMeasure;
import org.prr.model.TakedownSource;
import org.prr.model.TakedownsSection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** On MariaDB, the database's TAKEDOWNS figures are those the streaming aggregation computes from the same rows. */
@AgentIntegrationTest
@TestPropertySource(
        properties = {
            "camel.main.auto-startup=false",
            "agent.families.takedowns.records.kind=jdbc",
            "agent.families.takedowns.records.sql=SELECT * FROM demo_moderation_action"
                    + " WHERE (actioned_at >= :periodStart AND actioned_at < :periodEnd)"
                    + " OR (order_received_at >= :periodStart AND order_received_at < :periodEnd)"
        })
class TakedownsPushdownIT {

    @Autowired
    RecordSources sources;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseComputesTheSameFiguresAsTheStreamingAggregation() {
        Random random = new Random(7);
        LocalDate first = LocalDate.of(2026, 6, 1);
        ModerationAction.Type[] types = ModerationAction.Type.values();
        for (int i = 0; i < 3000; i++) {
            ModerationAction.Type type = types[random.nextInt(types.length)];
            LocalDateTime at = first.atStartOfDay().plusMinutes(random.nextInt(60 * 24 * 12));
            boolean order = type == ModerationAction.Type.REGULATOR_ORDER;
            LocalDateTime received = order ? at.minusMinutes(random.nextInt(3000)) : null;
            boolean content = type == ModerationAction.Type.CONTENT;
            jdbc.update(
                    "INSERT INTO demo_moderation_action VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "p-" + i,
                    type.name(),
                    order && random.nextInt(4) == 0 ? null : Timestamp.valueOf(at),
                    content ? Category.values()[random.nextInt(Category.values().length)].name() : null,
                    content ? TakedownSource.values()[random.nextInt(5)].name() : null,
                    content ? TakedownMeasure.values()[random.nextInt(5)].name() : null,
                    random.nextBoolean(),
                    type == ModerationAction.Type.ACCOUNT ? AccountAction.values()[random.nextInt(4)].name() : null,
                    random.nextInt(5) == 0,
                    received == null ? null : Timestamp.valueOf(received));
        }
        RecordSource source = sources.records(MetricFamily.TAKEDOWNS);

        for (Period period : List.of(
                Period.day(first.plusDays(4)),
                Period.containing(first, Cadence.WEEK),
                Period.containing(first, Cadence.MONTH))) {
            TakedownsAggregation streamed = new TakedownsAggregation(period);
            LongAdder streamedRows = new LongAdder();
            source.forEach(period, row -> {
                streamed.add(ModerationAction.from(row));
                streamedRows.increment();
            });

            LongAdder counted = new LongAdder();
            TakedownsSection inDatabase =
                    TakedownsPushdown.compute(source.query().orElseThrow(), period, counted::add);

            assertThat(inDatabase)
                    .as(period.toString())
                    .isEqualTo(streamed.result(Set.copyOf(ModerationAction.OPTIONAL)));
            assertThat(counted.sum()).as("source records the log reports").isEqualTo(streamedRows.sum());
            assertThat(inDatabase.itemsActioned()).isPositive();
            assertThat(inDatabase.medianHoursToExecuteOrder()).isNotNull();
        }
    }

    @Test
    void figuresOfOptionalColumnsTheSqlLeavesOutAreNullNotZero() {
        LocalDate day = LocalDate.of(2026, 7, 1);
        jdbc.update(
                "INSERT INTO demo_moderation_action VALUES ('opt-1', 'CONTENT', ?, 'GAMBLING', 'PUBLIC_COMPLAINT', "
                        + "'REMOVED', TRUE, NULL, FALSE, NULL)",
                Timestamp.valueOf(day.atTime(10, 0)));
        String required = String.join(", ", ModerationAction.REQUIRED);
        RecordSource.Query withoutOptional = new RecordSource.Query(
                sources.records(MetricFamily.TAKEDOWNS).query().orElseThrow().jdbc(),
                "SELECT " + required + " FROM demo_moderation_action WHERE actioned_at >= :periodStart "
                        + "AND actioned_at < :periodEnd",
                "test.sql",
                Set.copyOf(ModerationAction.REQUIRED));

        TakedownsSection section = TakedownsPushdown.compute(withoutOptional, Period.day(day), n -> {});

        assertThat(section.itemsActioned()).isEqualTo(1);
        assertThat(section.automatedShare()).as("automated not collected").isNull();
        assertThat(section.livestreamersBanned())
                .as("livestreamer not collected")
                .isNull();
    }
}
