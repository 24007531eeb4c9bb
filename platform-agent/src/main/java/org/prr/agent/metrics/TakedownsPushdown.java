package org.prr.agent.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import org.prr.agent.source.ModerationAction;
import org.prr.agent.source.RecordSource;
import org.prr.agent.source.SourceException;
import org.prr.model.AccountAction;
import org.prr.model.Category;
import org.prr.model.Period;
import org.prr.model.TakedownMeasure;
import org.prr.model.TakedownSource;
import org.prr.model.TakedownsSection;

/**
 * The TAKEDOWNS section computed by the platform's database, as {@link ComplaintsPushdown} does for complaints: one
 * GROUP BY counts the actions of each {@link TakedownsAggregation.Kind}, a second gives the regulator's orders
 * carried out in the period per time to execute in seconds. A group that breaks the column contract (a content
 * action without category, source or measure, an account action without its action, an order without the time it
 * arrived, an action without the time it was taken) fails the run as a streamed row would.
 */
final class TakedownsPushdown {

    private static final String TAKEN = "c.actioned_at >= :periodStart AND c.actioned_at < :periodEnd";
    private static final String KINDS =
            """
            SELECT c.action_type, c.category, c.source, c.measure, c.automated, c.account_action, c.livestreamer,
              CASE WHEN %1$s THEN 1 ELSE 0 END taken,
              CASE WHEN c.order_received_at >= :periodStart AND c.order_received_at < :periodEnd
                   THEN 1 ELSE 0 END order_received,
              CASE WHEN c.actioned_at IS NULL THEN 1 ELSE 0 END without_actioned_at,
              CASE WHEN c.order_received_at IS NULL THEN 1 ELSE 0 END without_order_received_at,
              COUNT(*) actions
            FROM (%%s) c
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"""
                    .formatted(TAKEN);
    private static final String TIMES =
            """
            SELECT TIMESTAMPDIFF(SECOND, c.order_received_at, c.actioned_at) seconds, COUNT(*) actions
            FROM (%%s) c
            WHERE c.action_type = 'REGULATOR_ORDER' AND %s
            GROUP BY TIMESTAMPDIFF(SECOND, c.order_received_at, c.actioned_at)"""
                    .formatted(TAKEN);

    private TakedownsPushdown() {}

    static TakedownsSection compute(RecordSource.Query query, Period period, LongConsumer records) {
        TakedownsAggregation aggregation = new TakedownsAggregation(period);
        GroupedQueries.run(
                query,
                ModerationAction.OPTIONAL,
                period,
                aggregation,
                KINDS,
                row -> {
                    aggregation.add(kind(query.setting(), row), row.getLong("actions"));
                    records.accept(row.getLong("actions"));
                },
                TIMES,
                row -> aggregation.addTimeToExecuteOrder(row.getLong("seconds"), row.getLong("actions")));
        return aggregation.result(query.provided(ModerationAction.OPTIONAL));
    }

    private static TakedownsAggregation.Kind kind(String setting, ResultSet row) throws SQLException {
        ModerationAction.Type type = GroupedQueries.requiredCode(
                setting, "action_type", row.getString("action_type"), ModerationAction.Type.class);
        boolean order = type == ModerationAction.Type.REGULATOR_ORDER;
        if (!order && row.getInt("without_actioned_at") == 1) {
            throw new SourceException(setting + ": " + row.getLong("actions") + " " + type
                    + " action(s) without actioned_at, which is required");
        }
        if (order && row.getInt("without_order_received_at") == 1) {
            throw new SourceException(setting + ": " + row.getLong("actions")
                    + " REGULATOR_ORDER action(s) without order_received_at, which is required");
        }
        boolean content = type == ModerationAction.Type.CONTENT;
        boolean account = type == ModerationAction.Type.ACCOUNT;
        return new TakedownsAggregation.Kind(
                type,
                content
                        ? GroupedQueries.requiredCode(setting, "category", row.getString("category"), Category.class)
                        : null,
                content
                        ? GroupedQueries.requiredCode(setting, "source", row.getString("source"), TakedownSource.class)
                        : null,
                content
                        ? GroupedQueries.requiredCode(
                                setting, "measure", row.getString("measure"), TakedownMeasure.class)
                        : null,
                row.getBoolean("automated"),
                account
                        ? GroupedQueries.requiredCode(
                                setting, "account_action", row.getString("account_action"), AccountAction.class)
                        : null,
                row.getBoolean("livestreamer"),
                row.getInt("taken") == 1,
                row.getInt("order_received") == 1);
    }
}
