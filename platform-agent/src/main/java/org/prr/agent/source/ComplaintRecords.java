package org.prr.agent.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.prr.agent.AgentSettings;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Streams the platform's complaint records relevant to a period through the configured SQL: every complaint
 * received before the period ends and not closed before it starts (received in it, closed in it, or still open at
 * its end). Rows are handed on one at a time, never collected.
 */
@Component
public class ComplaintRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;

    ComplaintRecords(AgentSettings settings, DataSource agentDatabase) {
        AgentSettings.Source source = settings.source();
        DataSource dataSource = source.jdbcUrl() == null || source.jdbcUrl().isBlank() ? agentDatabase
                : DataSourceBuilder.create().url(source.jdbcUrl()).username(source.username())
                        .password(source.password()).build();
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.jdbc.getJdbcTemplate().setFetchSize(1000);
        this.sql = source.complaintsSql();
    }

    /** @param first first day of the period, @param last last day of the period (inclusive) */
    public void forEachRelevantTo(LocalDate first, LocalDate last, Consumer<ComplaintRecord> sink) {
        Map<String, Object> period = Map.of("periodStart", first.atStartOfDay(),
                "periodEnd", last.plusDays(1).atStartOfDay());
        jdbc.query(sql, period, (RowCallbackHandler) row -> sink.accept(map(row)));
    }

    private static ComplaintRecord map(ResultSet row) throws SQLException {
        String id = row.getString("complaint_id");
        try {
            String outcome = row.getString("outcome");
            return new ComplaintRecord(id, row.getObject("received_at", LocalDateTime.class),
                    ComplaintChannel.valueOf(row.getString("channel")), Category.valueOf(row.getString("category")),
                    row.getObject("closed_at", LocalDateTime.class),
                    outcome == null ? null : ComplaintOutcome.valueOf(outcome), row.getBoolean("feedback_given"),
                    row.getBoolean("clearly_illegal"), row.getBoolean("appealed"), row.getBoolean("appeal_upheld"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("complaint " + id + ": " + e.getMessage()
                    + " (channel, category and outcome must be codes of the v1 lists)", e);
        }
    }
}
