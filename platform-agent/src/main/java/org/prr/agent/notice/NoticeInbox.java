package org.prr.agent.notice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Notice;
import org.prr.model.NoticeAcknowledgement;
import org.prr.model.json.CanonicalJson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The regulator's notices as the agent received them, with the portal's cursor. A page is stored with the cursor
 * that follows it in one transaction, so a notice is neither lost nor stored twice across restarts; each notice
 * then records when each step was done, so each happens once: the automatic receipt to the portal, forwarding to the
 * platform's webhook and e-mail, and, once a named person acknowledged it here, sending that acknowledgement.
 */
@Component
public class NoticeInbox {

    /**
     * A stored notice and the steps still to do. {@code deliveryRefused} and {@code acknowledgementRefused} say why
     * the portal refused the receipt or the person's acknowledgement for good; that step is then over.
     */
    public record Received(
            Notice notice,
            Timestamp deliveredAt,
            Timestamp webhookAt,
            Timestamp emailedAt,
            String lastError,
            String deliveryRefused,
            String acknowledgedBy,
            Timestamp acknowledgedAt,
            String reply,
            Timestamp acknowledgementSentAt,
            String acknowledgementRefused,
            @JsonIgnore String acknowledgement) {

        public boolean toDeliver() {
            return deliveredAt == null && deliveryRefused == null;
        }

        public boolean toSendAcknowledgement() {
            return acknowledgement != null && acknowledgementSentAt == null && acknowledgementRefused == null;
        }
    }

    /** A step of handling a notice, named by its column, and the column that says the portal refused it for good. */
    public enum Step {
        DELIVERED("delivered_at", "delivery_refused"),
        ACKNOWLEDGEMENT_SENT("acknowledgement_sent_at", "acknowledgement_refused"),
        WEBHOOK("webhook_at", null),
        EMAILED("emailed_at", null);

        final String column;
        final String refusedColumn;

        Step(String column, String refusedColumn) {
            this.column = column;
            this.refusedColumn = refusedColumn;
        }
    }

    /** A person acknowledged the notice already; the first acknowledgement stands. */
    public static class AlreadyAcknowledged extends ErrorResponseException {
        AlreadyAcknowledged(UUID noticeId, String by, Timestamp at) {
            super(
                    HttpStatus.CONFLICT,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.CONFLICT,
                            "notice " + noticeId + " was acknowledged by " + by + " at " + at.toInstant()),
                    null);
        }
    }

    /** No notice of that id reached this agent. */
    public static class Unknown extends NoSuchElementException {
        Unknown(UUID noticeId) {
            super("no notice " + noticeId + " reached this agent");
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final String platformId;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    NoticeInbox(
            JdbcTemplate jdbc,
            Clock clock,
            Validator validator,
            ApplicationEventPublisher events,
            AgentSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validator = validator;
        this.events = events;
        this.platformId = settings.platformId();
        this.initialBackoff = settings.delivery().initialBackoff();
        this.maxBackoff = settings.delivery().maxBackoff();
    }

    public long cursor() {
        return jdbc.queryForObject("SELECT cursor_seq FROM notice_cursor WHERE id = 1", Long.class);
    }

    /**
     * Stores the page's new notices and the cursor after them, and tells whoever listens ({@link NoticeArrived}) in
     * the same transaction.
     *
     * @return the page's notices that were new
     */
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
                events.publishEvent(new NoticeArrived(notice));
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
                        + "((delivered_at IS NULL AND delivery_refused IS NULL)"
                        + " OR (acknowledgement IS NOT NULL AND acknowledgement_sent_at IS NULL"
                        + " AND acknowledgement_refused IS NULL)"
                        + (webhook ? " OR webhook_at IS NULL" : "") + (email ? " OR emailed_at IS NULL" : "")
                        + ") ORDER BY cursor_seq",
                (row, n) -> received(row),
                Timestamp.from(clock.instant()));
    }

    /**
     * A named person at the platform acknowledges the notice, with an optional reply: recorded here at once, and
     * sent to the portal signed by the notice routes. Once per notice; the first acknowledgement stands.
     */
    @Transactional
    public Received acknowledge(UUID noticeId, String by, String reply) {
        Received received = find(noticeId);
        if (received.acknowledgedAt() != null) {
            throw new AlreadyAcknowledged(noticeId, received.acknowledgedBy(), received.acknowledgedAt());
        }
        NoticeAcknowledgement acknowledgement = new NoticeAcknowledgement(
                noticeId,
                platformId,
                by == null ? null : by.strip(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                reply == null || reply.isBlank() ? null : reply.strip());
        Set<ConstraintViolation<NoticeAcknowledgement>> violations = validator.validate(acknowledgement);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        int updated = jdbc.update(
                "UPDATE notice SET acknowledged_by = ?, acknowledged_at = ?, reply = ?, acknowledgement = ? "
                        + "WHERE notice_id = ? AND acknowledged_at IS NULL",
                acknowledgement.acknowledgedBy(),
                Timestamp.from(acknowledgement.acknowledgedAt().toInstant()),
                acknowledgement.reply(),
                new String(CanonicalJson.write(acknowledgement), StandardCharsets.UTF_8),
                noticeId.toString());
        if (updated == 0) {
            Received first = find(noticeId);
            throw new AlreadyAcknowledged(noticeId, first.acknowledgedBy(), first.acknowledgedAt());
        }
        return find(noticeId);
    }

    public Received find(UUID noticeId) {
        return jdbc
                .query("SELECT * FROM notice WHERE notice_id = ?", (row, n) -> received(row), noticeId.toString())
                .stream()
                .findFirst()
                .orElseThrow(() -> new Unknown(noticeId));
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

    /** The portal refused the receipt or the acknowledgement for good: the step is over, with the reason kept. */
    public void refused(Notice notice, Step step, String reason) {
        if (step.refusedColumn == null) {
            throw new IllegalArgumentException(step + " is not a call to the portal");
        }
        jdbc.update(
                "UPDATE notice SET " + step.refusedColumn + " = ?, last_error = NULL, attempts = 0, retry_at = NULL "
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
                    row.getTimestamp("delivered_at"),
                    row.getTimestamp("webhook_at"),
                    row.getTimestamp("emailed_at"),
                    row.getString("last_error"),
                    row.getString("delivery_refused"),
                    row.getString("acknowledged_by"),
                    row.getTimestamp("acknowledged_at"),
                    row.getString("reply"),
                    row.getTimestamp("acknowledgement_sent_at"),
                    row.getString("acknowledgement_refused"),
                    row.getString("acknowledgement"));
        } catch (CanonicalJson.MalformedJson e) {
            throw new IllegalStateException("a stored notice cannot be read back: " + e.getMessage(), e);
        }
    }
}
