package org.prr.agent.notice;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Notice;
import org.prr.model.json.CanonicalJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulator's notices as the agent received them, with the portal's cursor. A page is stored with the cursor
 * that follows it in one transaction, so a notice is neither lost nor stored twice across restarts; each notice
 * then records when it was acknowledged and forwarded, so each step happens once.
 */
@Component
public class NoticeInbox {

    /**
     * A stored notice and the steps still to do. {@code acknowledgeRefused} says why the portal refused the
     * acknowledgement for good; the step is then over.
     */
    public record Received(
            Notice notice,
            Timestamp acknowledgedAt,
            Timestamp webhookAt,
            Timestamp emailedAt,
            String lastError,
            String acknowledgeRefused) {

        public boolean toAcknowledge() {
            return acknowledgedAt == null && acknowledgeRefused == null;
        }
    }

    /** A step of handling a notice, named by its column. */
    public enum Step {
        ACKNOWLEDGED("acknowledged_at"),
        WEBHOOK("webhook_at"),
        EMAILED("emailed_at");

        final String column;

        Step(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    NoticeInbox(JdbcTemplate jdbc, Clock clock, AgentSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.initialBackoff = settings.delivery().initialBackoff();
        this.maxBackoff = settings.delivery().maxBackoff();
    }

    public long cursor() {
        return jdbc.queryForObject("SELECT cursor_seq FROM notice_cursor WHERE id = 1", Long.class);
    }

    /** @return the page's notices that were new */
    @Transactional
    public List<Notice> store(Notice.Page page) {
        List<Notice> stored = new ArrayList<>();
        for (Notice notice : page.notices()) {
            Integer known = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM notice WHERE notice_id = ?",
                    Integer.class,
                    notice.noticeId().toString());
            if (known == 0) {
                jdbc.update(
                        "INSERT INTO notice (notice_id, cursor_seq, payload, received_at) VALUES (?, ?, ?, ?)",
                        notice.noticeId().toString(),
                        notice.cursor(),
                        new String(CanonicalJson.write(notice), StandardCharsets.UTF_8),
                        Timestamp.from(clock.instant()));
                stored.add(notice);
            }
        }
        jdbc.update(
                "UPDATE notice_cursor SET cursor_seq = ? WHERE id = 1 AND cursor_seq < ?",
                page.cursor(),
                page.cursor());
        return stored;
    }

    /** Notices with a step still to do and not waiting after a failure, oldest first. */
    public List<Received> unfinished(boolean webhook, boolean email) {
        return jdbc.query(
                "SELECT * FROM notice WHERE (retry_at IS NULL OR retry_at <= ?) AND "
                        + "((acknowledged_at IS NULL AND acknowledge_refused IS NULL)"
                        + (webhook ? " OR webhook_at IS NULL" : "") + (email ? " OR emailed_at IS NULL" : "")
                        + ") ORDER BY cursor_seq",
                (row, n) -> received(row),
                Timestamp.from(clock.instant()));
    }

    public List<Received> recent(int limit) {
        return jdbc.query("SELECT * FROM notice ORDER BY cursor_seq DESC LIMIT ?", (row, n) -> received(row), limit);
    }

    public void done(Notice notice, Step step) {
        jdbc.update(
                "UPDATE notice SET " + step.column + " = ?, last_error = NULL, attempts = 0, retry_at = NULL "
                        + "WHERE notice_id = ?",
                Timestamp.from(clock.instant()),
                notice.noticeId().toString());
    }

    /**
     * A step failed: the notice waits before its next try, twice as long after each failure in a row, from
     * {@code agent.delivery.initial-backoff} up to {@code agent.delivery.max-backoff}.
     *
     * @return how long it waits
     */
    @Transactional
    public Duration failed(Notice notice, Step step, String error) {
        int attempts = jdbc.queryForObject(
                        "SELECT attempts FROM notice WHERE notice_id = ?",
                        Integer.class,
                        notice.noticeId().toString())
                + 1;
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempts - 1, 30));
        if (wait.compareTo(maxBackoff) > 0) {
            wait = maxBackoff;
        }
        jdbc.update(
                "UPDATE notice SET last_error = ?, attempts = ?, retry_at = ? WHERE notice_id = ?",
                shorten(step + ": " + error),
                attempts,
                Timestamp.from(clock.instant().plus(wait)),
                notice.noticeId().toString());
        return wait;
    }

    /** The portal refused the acknowledgement for good: the step is over, with the reason kept. */
    public void acknowledgeRefused(Notice notice, String reason) {
        jdbc.update(
                "UPDATE notice SET acknowledge_refused = ?, last_error = NULL, attempts = 0, retry_at = NULL "
                        + "WHERE notice_id = ?",
                shorten(reason),
                notice.noticeId().toString());
    }

    private static String shorten(String text) {
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }

    private static Received received(ResultSet row) throws SQLException {
        try {
            return new Received(
                    CanonicalJson.parse(row.getString("payload").getBytes(StandardCharsets.UTF_8), Notice.class),
                    row.getTimestamp("acknowledged_at"),
                    row.getTimestamp("webhook_at"),
                    row.getTimestamp("emailed_at"),
                    row.getString("last_error"),
                    row.getString("acknowledge_refused"));
        } catch (CanonicalJson.MalformedJson e) {
            throw new IllegalStateException("a stored notice cannot be read back: " + e.getMessage(), e);
        }
    }
}
