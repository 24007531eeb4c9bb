package org.prr.portal.outbound;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's outbox of notifications to duty contacts. A notification is written in the transaction of what it is
 * about, one row per contact; the routes take the rows that are due, each leased for {@code portal.outbound.lease}
 * by one instance, and record every attempt: SENT, or back to waiting with the error and a wait that doubles up to
 * {@code portal.outbound.max-backoff}. Nothing is dropped: a notification waits until it is sent.
 */
@Component
public class OutboundBox implements MeterBinder {

    /** A notification as staff and the routes read it. */
    public record Notification(
            UUID notificationId,
            String jurisdiction,
            Channel channel,
            String address,
            String event,
            String platformId,
            String reference,
            String subject,
            String text,
            String status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant createdAt,
            Instant sentAt) {}

    /** What is told, before it is addressed to each contact. */
    record Message(String event, String platformId, String reference, String subject, String text) {}

    private final JdbcTemplate jdbc;
    private final DutyContacts contacts;
    private final OutboundSettings settings;
    private final Clock clock;

    OutboundBox(JdbcTemplate jdbc, DutyContacts contacts, OutboundSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.settings = settings;
        this.clock = clock;
    }

    /** One row per duty contact of the jurisdiction (and the national ones), in the caller's transaction. */
    @Transactional
    void enqueue(String jurisdiction, Message message) {
        Instant now = clock.instant();
        for (DutyContacts.Contact contact : contacts.of(jurisdiction)) {
            jdbc.update(
                    "INSERT INTO outbound_notification (notification_id, jurisdiction, channel, address, event, "
                            + "platform_id, reference, subject, text, status, attempts, next_attempt_at, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    UUID.randomUUID().toString(),
                    jurisdiction,
                    contact.channel().name(),
                    contact.address(),
                    message.event(),
                    message.platformId(),
                    message.reference(),
                    message.subject(),
                    message.text(),
                    UtcColumns.toColumn(now),
                    UtcColumns.toColumn(now));
        }
    }

    /** Up to {@code limit} notifications that are due and not leased by another instance, now leased by this one. */
    List<Notification> claim(int limit) {
        Instant now = clock.instant();
        List<Notification> claimed = new ArrayList<>();
        for (Notification due : jdbc.query(
                "SELECT * FROM outbound_notification WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY id LIMIT ?",
                (row, n) -> notification(row),
                UtcColumns.toColumn(now),
                UtcColumns.toColumn(now),
                limit)) {
            int leased = jdbc.update(
                    "UPDATE outbound_notification SET lease_until = ? WHERE notification_id = ? AND status = 'PENDING' "
                            + "AND (lease_until IS NULL OR lease_until < ?)",
                    UtcColumns.toColumn(now.plus(settings.lease())),
                    due.notificationId().toString(),
                    UtcColumns.toColumn(now));
            if (leased == 1) {
                claimed.add(due);
            }
        }
        return claimed;
    }

    void sent(Notification notification) {
        jdbc.update(
                "UPDATE outbound_notification SET status = 'SENT', attempts = attempts + 1, sent_at = ?, "
                        + "lease_until = NULL, last_error = NULL WHERE notification_id = ?",
                UtcColumns.toColumn(clock.instant()),
                notification.notificationId().toString());
    }

    /** @return how long it waits before the next attempt */
    Duration failed(Notification notification, String error) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(notification.attempts(), 20));
        if (wait.compareTo(settings.maxBackoff()) > 0) {
            wait = settings.maxBackoff();
        }
        jdbc.update(
                "UPDATE outbound_notification SET attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL, "
                        + "last_error = ? WHERE notification_id = ?",
                UtcColumns.toColumn(clock.instant().plus(wait)),
                error.length() > 1000 ? error.substring(0, 997) + "..." : error,
                notification.notificationId().toString());
        return wait;
    }

    /** The newest notifications of the jurisdictions the caller sees. */
    @Transactional(readOnly = true)
    public List<Notification> recent(StaffPrincipal by, int limit) {
        return by.isNational()
                ? jdbc.query(
                        "SELECT * FROM outbound_notification ORDER BY id DESC LIMIT ?",
                        (row, n) -> notification(row),
                        limit)
                : jdbc.query(
                        "SELECT * FROM outbound_notification WHERE jurisdiction = ? ORDER BY id DESC LIMIT ?",
                        (row, n) -> notification(row),
                        by.getJurisdiction(),
                        limit);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "portal.outbound.pending",
                        jdbc,
                        db -> db.queryForObject(
                                "SELECT COUNT(*) FROM outbound_notification WHERE status = 'PENDING'", Long.class))
                .description("notifications to duty contacts not sent yet")
                .register(registry);
    }

    private static Notification notification(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Notification(
                UUID.fromString(row.getString("notification_id")),
                row.getString("jurisdiction"),
                Channel.valueOf(row.getString("channel")),
                row.getString("address"),
                row.getString("event"),
                row.getString("platform_id"),
                row.getString("reference"),
                row.getString("subject"),
                row.getString("text"),
                row.getString("status"),
                row.getInt("attempts"),
                UtcColumns.instant(row, "next_attempt_at"),
                row.getString("last_error"),
                UtcColumns.instant(row, "created_at"),
                UtcColumns.instant(row, "sent_at"));
    }
}
