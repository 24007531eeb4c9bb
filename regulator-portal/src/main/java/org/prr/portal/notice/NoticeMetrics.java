package org.prr.portal.notice;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.prr.portal.jdbc.ReadAtMostEvery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code portal_notices_unacknowledged}: how many platforms have a notice that asks for action and that nobody there
 * has acknowledged yet (one per notice and platform), across the portal; read at most every ten seconds.
 */
@Component
class NoticeMetrics implements MeterBinder {

    private final ReadAtMostEvery<Long> unacknowledged;

    NoticeMetrics(JdbcTemplate jdbc, Clock clock) {
        this.unacknowledged = new ReadAtMostEvery<>(
                Duration.ofSeconds(10),
                clock,
                () -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notice_recipient r JOIN notice n ON n.notice_id = r.notice_id "
                                + "WHERE n.action_required = TRUE AND r.acknowledged_at IS NULL",
                        Long.class));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.notices.unacknowledged", unacknowledged, ReadAtMostEvery::get)
                .description("notices asking for action not yet acknowledged by a person, one per notice and platform")
                .register(registry);
    }
}
