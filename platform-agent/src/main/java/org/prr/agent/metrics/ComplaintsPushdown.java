package org.prr.agent.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.prr.agent.source.RecordSource;
import org.prr.agent.source.SourceException;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.ComplaintsSection;
import org.prr.model.Period;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The COMPLAINTS section computed by the platform's database: its SQL becomes a derived table, one GROUP BY counts
 * everything but the percentiles, and a second one gives the number of complaints per handling time in seconds,
 * which fills the same HdrHistogram the streaming aggregation uses. The figures are those of
 * {@link ComplaintsAggregation} (a test holds the two together); only a few thousand grouped rows leave the
 * database, whatever the number of complaints. Written for MySQL, MariaDB and H2 (TIMESTAMPDIFF).
 */
final class ComplaintsPushdown {

    private static final String HANDLED = "c.closed_at >= :periodStart AND c.closed_at < :periodEnd";
    private static final String COUNTS = """
            SELECT c.channel, c.category, c.outcome,
              SUM(CASE WHEN c.received_at >= :periodStart AND c.received_at < :periodEnd THEN 1 ELSE 0 END) received,
              SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) handled,
              SUM(CASE WHEN %1$s AND TIMESTAMPDIFF(SECOND, c.received_at, c.closed_at)
                       <= CASE WHEN c.clearly_illegal THEN %2$d ELSE %3$d END THEN 1 ELSE 0 END) within_sla,
              SUM(CASE WHEN %1$s AND c.feedback_given THEN 1 ELSE 0 END) feedback,
              SUM(CASE WHEN %1$s AND c.appealed THEN 1 ELSE 0 END) appeals,
              SUM(CASE WHEN %1$s AND c.appealed AND c.appeal_upheld THEN 1 ELSE 0 END) upheld,
              SUM(CASE WHEN c.received_at < :periodEnd AND (c.closed_at IS NULL OR c.closed_at >= :periodEnd)
                       THEN 1 ELSE 0 END) backlog,
              SUM(CASE WHEN c.received_at IS NULL THEN 1 ELSE 0 END) without_received_at
            FROM (%4$s) c
            GROUP BY c.channel, c.category, c.outcome""";
    private static final String TIMES = """
            SELECT TIMESTAMPDIFF(SECOND, c.received_at, c.closed_at) seconds, COUNT(*) complaints
            FROM (%2$s) c
            WHERE %1$s
            GROUP BY TIMESTAMPDIFF(SECOND, c.received_at, c.closed_at)""";

    private ComplaintsPushdown() {
    }

    static ComplaintsSection compute(RecordSource.Query query, Period period) {
        Map<String, Object> parameters = RecordSource.Query.parameters(period);
        Totals totals = new Totals();
        query.jdbc().query(COUNTS.formatted(HANDLED, ComplaintsAggregation.SLA_CLEARLY_ILLEGAL.toSeconds(),
                ComplaintsAggregation.SLA_OTHER.toSeconds(), query.sql()), parameters,
                (RowCallbackHandler) row -> totals.add(query.setting(), row));
        HoursHistogram times = new HoursHistogram();
        query.jdbc().query(TIMES.formatted(HANDLED, query.sql()), parameters,
                (RowCallbackHandler) row -> times.record(row.getLong("seconds"), row.getLong("complaints")));
        return new ComplaintsSection(totals.received, Map.copyOf(totals.byChannel), Map.copyOf(totals.byCategory),
                totals.handled, totals.withinSla, Map.copyOf(totals.outcomes), totals.feedback, totals.backlog,
                times.hoursAt(50), times.hoursAt(90), totals.appeals, totals.upheld);
    }

    /** Sums the groups; a group's codes are checked against the v1 lists as the streaming path checks each row. */
    private static final class Totals {
        long received;
        long handled;
        long withinSla;
        long feedback;
        long appeals;
        long upheld;
        long backlog;
        final Map<ComplaintChannel, Long> byChannel = new EnumMap<>(ComplaintChannel.class);
        final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        final Map<ComplaintOutcome, Long> outcomes = new EnumMap<>(ComplaintOutcome.class);

        void add(String setting, ResultSet row) throws SQLException {
            if (row.getLong("without_received_at") > 0) {
                throw new SourceException(setting + ": " + row.getLong("without_received_at")
                        + " complaint(s) without received_at, which is required");
            }
            long receivedHere = row.getLong("received");
            long handledHere = row.getLong("handled");
            ComplaintChannel channel = code(setting, "channel", row.getString("channel"), ComplaintChannel.class);
            Category category = code(setting, "category", row.getString("category"), Category.class);
            if (receivedHere > 0) {
                byChannel.merge(channel, receivedHere, Long::sum);
                byCategory.merge(category, receivedHere, Long::sum);
            }
            if (handledHere > 0) {
                String outcome = row.getString("outcome");
                outcomes.merge(outcome == null ? ComplaintOutcome.OTHER
                        : code(setting, "outcome", outcome, ComplaintOutcome.class), handledHere, Long::sum);
            }
            received += receivedHere;
            handled += handledHere;
            withinSla += row.getLong("within_sla");
            feedback += row.getLong("feedback");
            appeals += row.getLong("appeals");
            upheld += row.getLong("upheld");
            backlog += row.getLong("backlog");
        }

        private static <E extends Enum<E>> E code(String setting, String column, String value, Class<E> list) {
            if (value == null) {
                throw new SourceException(setting + ": column " + column + " is required but some rows have none");
            }
            try {
                return Enum.valueOf(list, value.trim());
            } catch (IllegalArgumentException e) {
                throw new SourceException(setting + ": column " + column + " '" + value + "' is not a "
                        + list.getSimpleName() + " code");
            }
        }
    }
}
