package org.prr.portal.gap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.prr.model.Cadence;
import org.prr.model.Period;
import org.prr.portal.jdbc.UtcColumns;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code reporting_period}: the jurisdiction's calendar periods of every cadence, as instants SQL can compare. */
@Repository
class ReportingCalendar {

    private final JdbcTemplate jdbc;
    /** The last day this instance made sure of, so an evaluation after each report does not read the calendar. */
    private volatile LocalDate coveredTo;

    ReportingCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure every period of every cadence from the one holding {@code from} to the one holding {@code to} is there. */
    void cover(LocalDate from, LocalDate to, ZoneId zone) {
        if (to.equals(coveredTo)) {
            return;
        }
        for (Cadence cadence : Cadence.values()) {
            Set<LocalDate> present = new HashSet<>(jdbc.queryForList(
                    "SELECT period_start FROM reporting_period WHERE cadence = ? AND period_start >= ? AND period_start <= ?",
                    LocalDate.class,
                    cadence.name(),
                    Period.containing(from, cadence).start(),
                    to));
            for (Period period = Period.containing(from, cadence);
                    !period.start().isAfter(to);
                    period = period.next()) {
                if (!present.contains(period.start())) {
                    insert(period, zone);
                }
            }
        }
        coveredTo = to;
    }

    private void insert(Period period, ZoneId zone) {
        Period next = period.next();
        try {
            jdbc.update(
                    "INSERT INTO reporting_period (cadence, period_start, period_end, starts_at, ends_at, next_ends_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    period.cadence().name(),
                    period.start(),
                    period.end(),
                    UtcColumns.toColumn(period.start().atStartOfDay(zone).toInstant()),
                    UtcColumns.toColumn(next.start().atStartOfDay(zone).toInstant()),
                    UtcColumns.toColumn(next.next().start().atStartOfDay(zone).toInstant()));
        } catch (DuplicateKeyException racedByAnotherEvaluation) {
            // the same period, written by an evaluation on another thread or instance
        }
    }
}
