package org.prr.agent.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.prr.model.Period;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A platform system that gives rows of one record type. Rows are handed on one at a time, never collected, and may
 * include rows that do not concern the period: the aggregations decide what counts.
 */
public interface RecordSource {

    void forEach(Period period, Consumer<SourceRow> sink);

    /** The platform's SQL, when the records come from a database that can aggregate them itself. */
    default Optional<Query> query() {
        return Optional.empty();
    }

    /**
     * A source's SQL and the database it runs on; wrap it as a derived table to aggregate in the database.
     *
     * @param setting the setting the SQL came from, for messages
     * @param columns the columns the SQL returns (lower case)
     */
    record Query(NamedParameterJdbcTemplate jdbc, String sql, String setting, Set<String> columns) {

        /** The SQL with a NULL column for each optional one it leaves out, so an aggregation can name them all. */
        public String sqlWithAll(List<String> optional) {
            List<String> absent =
                    optional.stream().filter(c -> !columns.contains(c)).toList();
            if (absent.isEmpty()) {
                return sql;
            }
            return "SELECT s.*, " + absent.stream().map(c -> "NULL AS " + c).collect(Collectors.joining(", "))
                    + " FROM (" + sql + ") s";
        }

        /** Those of the optional columns the SQL returns. */
        public Set<String> provided(List<String> optional) {
            return optional.stream().filter(columns::contains).collect(Collectors.toSet());
        }

        /** {@code :periodStart} and {@code :periodEnd} for the period (local date-times, the end exclusive). */
        public static Map<String, Object> parameters(Period period) {
            return Map.of(
                    "periodStart",
                    period.start().atStartOfDay(),
                    "periodEnd",
                    period.end().plusDays(1).atStartOfDay());
        }
    }
}
