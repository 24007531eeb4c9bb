package org.prr.agent.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import org.prr.agent.source.ComplaintRecord;
import org.prr.agent.source.RecordSource;
import org.prr.agent.source.SourceException;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.ComplaintsSection;
import org.prr.model.Period;

/**
 * The COMPLAINTS section computed by the platform's database: its SQL becomes a derived table; one GROUP BY counts
 * the complaints of each {@link ComplaintsAggregation.Kind}, and a second one, run at the same time on another
 * connection, gives the number handled in the period per handling time in seconds, for the percentiles. Only the
 * groups (a few hundred, and one per distinct handling time) leave the database; the aggregation counts them by the
 * same rules as streamed records. Written for MySQL, MariaDB and H2 (TIMESTAMPDIFF).
 */
final class ComplaintsPushdown {

    private static final String HANDLED = "c.closed_at >= :periodStart AND c.closed_at < :periodEnd";
    private static final String KINDS =
            """
            SELECT c.channel, c.category, c.outcome,
              CASE WHEN c.received_at >= :periodStart AND c.received_at < :periodEnd THEN 1 ELSE 0 END received,
              CASE WHEN %1$s THEN 1 ELSE 0 END handled,
              CASE WHEN TIMESTAMPDIFF(SECOND, c.received_at, c.closed_at)
                   <= CASE WHEN c.clearly_illegal THEN %2$d ELSE %3$d END THEN 1 ELSE 0 END within_sla,
              c.feedback_given, c.appealed, c.appeal_upheld,
              CASE WHEN c.received_at < :periodEnd AND (c.closed_at IS NULL OR c.closed_at >= :periodEnd)
                   THEN 1 ELSE 0 END open_at_end,
              CASE WHEN c.received_at IS NULL THEN 1 ELSE 0 END without_received_at,
              COUNT(*) complaints
            FROM (%%s) c
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"""
                    .formatted(
                            HANDLED,
                            ComplaintsAggregation.SLA_CLEARLY_ILLEGAL.toSeconds(),
                            ComplaintsAggregation.SLA_OTHER.toSeconds());
    private static final String TIMES =
            """
            SELECT TIMESTAMPDIFF(SECOND, c.received_at, c.closed_at) seconds, COUNT(*) complaints
            FROM (%%s) c
            WHERE %s
            GROUP BY TIMESTAMPDIFF(SECOND, c.received_at, c.closed_at)"""
                    .formatted(HANDLED);

    private ComplaintsPushdown() {}

    static ComplaintsSection compute(RecordSource.Query query, Period period, LongConsumer records) {
        ComplaintsAggregation aggregation = new ComplaintsAggregation(period);
        GroupedQueries.run(
                query,
                ComplaintRecord.OPTIONAL,
                period,
                aggregation,
                KINDS,
                row -> {
                    aggregation.add(kind(query.setting(), row), row.getLong("complaints"));
                    records.accept(row.getLong("complaints"));
                },
                TIMES,
                row -> aggregation.addTimeToResolution(row.getLong("seconds"), row.getLong("complaints")));
        return aggregation.result(query.provided(ComplaintRecord.OPTIONAL));
    }

    /** A group's codes are checked against the v1 lists, as the streaming path checks each row. */
    private static ComplaintsAggregation.Kind kind(String setting, ResultSet row) throws SQLException {
        if (row.getInt("without_received_at") == 1) {
            throw new SourceException(setting + ": " + row.getLong("complaints")
                    + " complaint(s) without received_at, which is required");
        }
        return new ComplaintsAggregation.Kind(
                GroupedQueries.requiredCode(setting, "channel", row.getString("channel"), ComplaintChannel.class),
                GroupedQueries.requiredCode(setting, "category", row.getString("category"), Category.class),
                GroupedQueries.code(setting, "outcome", row.getString("outcome"), ComplaintOutcome.class),
                row.getInt("received") == 1,
                row.getInt("handled") == 1,
                row.getInt("within_sla") == 1,
                row.getBoolean("feedback_given"),
                row.getBoolean("appealed"),
                row.getBoolean("appeal_upheld"),
                row.getInt("open_at_end") == 1);
    }
}
