package org.prr.portal.flag;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code portal_flags_open{rule}}: flags not resolved, by rule, across the portal (every instance reads the same
 * table). One query per scrape at most every ten seconds, whatever the number of rules.
 */
@Component
class FlagMetrics implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Map<GapRule, Long> open = new EnumMap<>(GapRule.class);
    private Instant readAt = Instant.MIN;

    FlagMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (GapRule rule : GapRule.values()) {
            Gauge.builder("portal.flags.open", this, metrics -> metrics.open(rule))
                    .tag("rule", rule.name())
                    .description("flags not resolved")
                    .register(registry);
        }
    }

    private synchronized double open(GapRule rule) {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            Map<GapRule, Long> counts = new EnumMap<>(GapRule.class);
            jdbc.query("SELECT rule, COUNT(*) AS n FROM flag WHERE state <> 'RESOLVED' GROUP BY rule", row -> {
                counts.put(GapRule.valueOf(row.getString("rule")), row.getLong("n"));
            });
            open = counts;
            readAt = now;
        }
        return open.getOrDefault(rule, 0L);
    }
}
