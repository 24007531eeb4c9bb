package org.prr.portal.flag;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.prr.portal.jdbc.ReadAtMostEvery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code portal_flags_open{rule}}: flags not resolved, by rule, across the portal (every instance reads the same
 * table). One query per scrape at most every ten seconds, whatever the number of rules.
 */
@Component
class FlagMetrics implements MeterBinder {

    private final ReadAtMostEvery<Map<GapRule, Long>> open;

    FlagMetrics(JdbcTemplate jdbc, Clock clock) {
        this.open = new ReadAtMostEvery<>(Duration.ofSeconds(10), clock, () -> {
            Map<GapRule, Long> counts = new EnumMap<>(GapRule.class);
            jdbc.query("SELECT rule, COUNT(*) AS n FROM flag WHERE state <> 'RESOLVED' GROUP BY rule", row -> {
                counts.put(GapRule.valueOf(row.getString("rule")), row.getLong("n"));
            });
            return counts;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (GapRule rule : GapRule.values()) {
            Gauge.builder("portal.flags.open", open, counts -> counts.get().getOrDefault(rule, 0L))
                    .tag("rule", rule.name())
                    .description("flags not resolved")
                    .register(registry);
        }
    }
}
