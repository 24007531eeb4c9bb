package org.prr.agent.source;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.prr.model.Period;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Rows from the platform's SQL, which takes {@code :periodStart} and {@code :periodEnd} (local date-times; the end
 * is the first instant after the period). The result set is streamed. The columns the SQL returns are read once, at
 * start, when it is checked against the contract.
 */
final class JdbcRecordSource implements RecordSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;
    private final String setting;
    private final Set<String> columns = new HashSet<>();

    JdbcRecordSource(NamedParameterJdbcTemplate jdbc, String sql, String setting) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.setting = setting;
    }

    @Override
    public Optional<Query> query() {
        return Optional.of(new Query(jdbc, sql, setting, Set.copyOf(columns)));
    }

    @Override
    public void forEach(Period period, Consumer<SourceRow> sink) {
        long[] rowNumber = {0};
        jdbc.query(sql, Query.parameters(period), (RowCallbackHandler) resultSet -> {
            rowNumber[0]++;
            sink.accept(new ResultSetRow(resultSet, columns, "row " + rowNumber[0] + " of " + setting));
        });
    }

    /** Runs the SQL for no rows, keeps its columns, and checks that they include every required column. */
    void checkColumns(List<String> contract) {
        try {
            jdbc.query(
                    "SELECT * FROM (" + sql + ") contract_check WHERE 1 = 0",
                    Query.parameters(Period.day(LocalDate.EPOCH)),
                    (ResultSet resultSet) -> {
                        ResultSetMetaData meta = resultSet.getMetaData();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                        }
                        return null;
                    });
        } catch (DataAccessException e) {
            throw new IllegalStateException(
                    setting + " cannot be run: " + e.getMostSpecificCause().getMessage(), e);
        }
        List<String> missing =
                contract.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(setting + " does not return the column(s) " + String.join(", ", missing)
                    + " of the column contract (docs/agent-sources.md)");
        }
    }

    private static final class ResultSetRow extends SourceRow {
        private final ResultSet resultSet;
        private final Set<String> columns;
        private final String where;

        ResultSetRow(ResultSet resultSet, Set<String> columns, String where) {
            this.resultSet = resultSet;
            this.columns = columns;
            this.where = where;
        }

        @Override
        public boolean has(String column) {
            return columns.contains(column);
        }

        @Override
        public String where() {
            return where;
        }

        @Override
        protected Object value(String column) {
            try {
                return resultSet.getObject(column);
            } catch (SQLException e) {
                throw new SourceException(where + ": column " + column + " cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
