package org.prr.agent.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.prr.agent.source.RecordSource;
import org.prr.agent.source.SourceException;
import org.prr.model.Period;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the push-down aggregations share: the platform's SQL wrapped as a derived table {@code c}, two GROUP BYs run at
 * once on two connections (the kinds of record with their counts, and the durations for the percentiles), and the
 * groups' codes checked against the v1 lists as the streaming path checks each row.
 */
final class GroupedQueries {

    /**
     * The second queries' threads, one per query running (idle ones end after a minute): not the common pool, which has
     * a single thread on a two-core host, so that one platform query that hangs there would hold up every other.
     */
    private static final ExecutorService SECOND_QUERIES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "grouped-query");
        thread.setDaemon(true);
        return thread;
    });

    private GroupedQueries() {}

    /**
     * Runs both queries and hands their rows to the callbacks, one row at a time: the callbacks run on two threads but
     * never at once (they hold {@code aggregation}'s lock), and all of them have run when this returns.
     *
     * @param optional the contract's optional columns: the platform's SQL gets a NULL one for each it leaves out
     * @param kinds SQL template of the kinds' GROUP BY; it takes the platform's SQL as {@code %s}
     * @param durations SQL template of the durations' GROUP BY, likewise
     */
    static void run(
            RecordSource.Query query,
            List<String> optional,
            Period period,
            Object aggregation,
            String kinds,
            RowCallbackHandler onKind,
            String durations,
            RowCallbackHandler onDuration) {
        Map<String, Object> parameters = RecordSource.Query.parameters(period);
        String sql = query.sqlWithAll(optional);
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> query.jdbc().query(durations.formatted(sql), parameters, (RowCallbackHandler) row -> {
                    synchronized (aggregation) {
                        onDuration.processRow(row);
                    }
                }),
                SECOND_QUERIES);
        query.jdbc().query(kinds.formatted(sql), parameters, (RowCallbackHandler) row -> {
            synchronized (aggregation) {
                onKind.processRow(row);
            }
        });
        try {
            second.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A group's code of a v1 list; null when the column has no value there. */
    static <E extends Enum<E>> E code(String setting, String column, String value, Class<E> list) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(list, value.trim());
        } catch (IllegalArgumentException e) {
            throw new SourceException(
                    setting + ": column " + column + " '" + value + "' is not a " + list.getSimpleName() + " code");
        }
    }

    static <E extends Enum<E>> E requiredCode(String setting, String column, String value, Class<E> list) {
        if (value == null) {
            throw new SourceException(setting + ": column " + column + " is required but some rows have none");
        }
        return code(setting, column, value, list);
    }
}
