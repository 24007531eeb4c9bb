package org.prr.agent.scheduling;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Obligation;
import org.prr.model.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agent owes, as last fetched from the portal, and since when: a new obligation (or one whose cadence
 * changed) is owed from its last complete period, or from {@code agent.schedule.backfill-from} when that is set.
 */
@Component
public class ObligationBook {

    /** An obligation as the agent schedules it. */
    public record Owed(
            MetricFamily family, Cadence cadence, Duration gracePeriod, ZoneId timeZone, LocalDate reportingSince) {

        /** When a period's report is due: the end of its last day in the obligation's zone, plus the grace. */
        public Instant due(Period period) {
            return period.end().plusDays(1).atStartOfDay(timeZone).toInstant().plus(gracePeriod);
        }

        /**
         * The periods owed so far: from the one holding {@code reportingSince} to the last that has ended, by the
         * clock, in the obligation's zone; oldest first.
         */
        public List<Period> endedPeriods(Clock clock) {
            Period last = Period.containing(LocalDate.now(clock.withZone(timeZone)), cadence)
                    .previous();
            List<Period> periods = new ArrayList<>();
            for (Period p = Period.containing(reportingSince, cadence);
                    !p.start().isAfter(last.start());
                    p = p.next()) {
                periods.add(p);
            }
            return periods;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ObligationBook(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Owed> all() {
        return jdbc.query(
                "SELECT * FROM obligation ORDER BY family",
                (row, n) -> new Owed(
                        MetricFamily.valueOf(row.getString("family")),
                        Cadence.valueOf(row.getString("cadence")),
                        Duration.ofSeconds(row.getLong("grace_seconds")),
                        ZoneId.of(row.getString("time_zone")),
                        row.getObject("reporting_since", LocalDate.class)));
    }

    public Optional<Owed> of(MetricFamily family) {
        return all().stream().filter(o -> o.family() == family).findFirst();
    }

    /** Replaces the stored obligations with the portal's, keeping each unchanged one's start. */
    @Transactional
    public List<Owed> replaceAll(List<Obligation> fetched, LocalDate backfillFrom) {
        Map<MetricFamily, Owed> known = new EnumMap<>(MetricFamily.class);
        all().forEach(o -> known.put(o.family(), o));
        jdbc.update("DELETE FROM obligation");
        for (Obligation o : fetched) {
            Owed before = known.get(o.family());
            LocalDate since;
            if (before != null && before.cadence() == o.cadence()) {
                since = before.reportingSince();
            } else {
                LocalDate today = LocalDate.now(clock.withZone(o.timeZone()));
                Period first = Period.containing(today, o.cadence()).previous();
                if (backfillFrom != null) {
                    first = Period.containing(backfillFrom, o.cadence());
                }
                since = first.start();
            }
            jdbc.update(
                    "INSERT INTO obligation (family, cadence, grace_seconds, time_zone, reporting_since, "
                            + "fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
                    o.family().name(),
                    o.cadence().name(),
                    o.gracePeriod().toSeconds(),
                    o.timeZone().getId(),
                    Date.valueOf(since),
                    Timestamp.from(clock.instant()));
        }
        return all();
    }
}
