package org.prr.portal.notice;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code portal_notices_unacknowledged}: how many platforms have a notice that asks for action and that nobody there
 * has acknowledged yet (one per notice and platform), across the portal. One query per scrape at most every ten
 * seconds.
 */
@Component
class NoticeMetrics implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private long unacknowledged;
    private Instant readAt = Instant.MIN;

    NoticeMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.notices.unacknowledged", this, NoticeMetrics::unacknowledged)
                .description("notices asking for action not yet acknowledged by a person, one per notice and platform")
                .register(registry);
    }

    private synchronized double unacknowledged() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            unacknowledged = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM notice_recipient r JOIN notice n ON n.notice_id = r.notice_id "
                            + "WHERE n.action_required = TRUE AND r.acknowledged_at IS NULL",
                    Long.class);
            readAt = now;
        }
        return unacknowledged;
    }
}
