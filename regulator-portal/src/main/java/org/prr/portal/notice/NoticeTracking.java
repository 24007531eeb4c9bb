package org.prr.portal.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.model.Notice;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the notices a jurisdiction issued: per notice how many platforms it reached, how many agents
 * received it, how many named people acknowledged it and replied, and how many are past its respond-by without
 * acknowledging; per recipient the same steps; and a reminder to those who have not acknowledged it, which is a
 * notice of its own (kind REMINDER), recorded and delivered like any other.
 */
@Service
public class NoticeTracking {

    /** A notice with its recipients' progress. */
    public record Tracked(
            Notice notice, long recipients, long delivered, long acknowledged, long replied, long overdue) {}

    /** One page of the notices issued, newest first. */
    public record TrackedPage(List<Tracked> notices, long total, int page, int size) {}

    /** One platform a notice reached, and how far it got. */
    public record Recipient(
            String platformId,
            String platformName,
            Instant deliveredAt,
            Instant acknowledgedAt,
            String acknowledgedBy,
            String reply,
            int reminders,
            Instant lastRemindedAt,
            boolean overdue) {}

    /** What a reminder did. */
    public record Reminded(UUID noticeId, List<String> platforms) {}

    /** How far the recipients of each notice named got, by notice id. */
    private static final String PROGRESS =
            """
            SELECT notice_id, COUNT(*) AS recipients, COUNT(delivered_at) AS delivered,
                   COUNT(acknowledged_at) AS acknowledged, COUNT(reply) AS replied
            FROM notice_recipient WHERE notice_id IN (:ids) GROUP BY notice_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final NoticeBook notices;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeTracking(NamedParameterJdbcTemplate jdbc, NoticeBook notices, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notices issued in the caller's jurisdiction (every one for national staff), of one kind or all. */
    @Transactional(readOnly = true)
    public TrackedPage issued(StaffPrincipal by, Notice.Kind kind, int page, int size) {
        if (page < 0 || page > 1_000_000) {
            throw InvalidInput.field("page", "must be between 0 and 1000000");
        }
        if (size < 1 || size > 200) {
            throw InvalidInput.field("size", "must be between 1 and 200");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource args = new MapSqlParameterSource("now", UtcColumns.toColumn(clock.instant()));
        if (!by.isNational()) {
            where.append(" AND n.issued_by = :jurisdiction");
            args.addValue("jurisdiction", by.getJurisdiction());
        }
        if (kind != null) {
            where.append(" AND n.kind = :kind");
            args.addValue("kind", kind.name());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM notice n" + where, args, Long.class);
        args.addValue("limit", size).addValue("offset", (long) page * size);
        List<Notice> found = jdbc.query(
                "SELECT n.* FROM notice n" + where + " ORDER BY n.cursor_seq DESC LIMIT :limit OFFSET :offset",
                args,
                (row, n) -> NoticeBook.notice(row));
        return new TrackedPage(tracked(found), total == null ? 0 : total, page, size);
    }

    /** One notice the caller's jurisdiction issued; another jurisdiction's is not found (404). */
    @Transactional(readOnly = true)
    public Tracked notice(StaffPrincipal by, UUID noticeId) {
        List<Notice> found = jdbc
                .query(
                        "SELECT n.* FROM notice n WHERE n.notice_id = :noticeId",
                        new MapSqlParameterSource("noticeId", noticeId.toString()),
                        (row, n) -> NoticeBook.notice(row))
                .stream()
                .filter(notice -> by.canSee(notice.issuedBy()))
                .toList();
        if (found.isEmpty()) {
            throw NoticeNotFound.issued(noticeId);
        }
        return tracked(found).get(0);
    }

    /** The platforms the notice reached; with {@code unacknowledged}, only those where nobody acknowledged it. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(StaffPrincipal by, UUID noticeId, boolean unacknowledged) {
        Tracked tracked = notice(by, noticeId);
        return jdbc.query(
                "SELECT r.*, p.name FROM notice_recipient r JOIN platform p ON p.platform_id = r.platform_id "
                        + "WHERE r.notice_id = :noticeId"
                        + (unacknowledged ? " AND r.acknowledged_at IS NULL" : "") + " ORDER BY r.platform_id",
                new MapSqlParameterSource("noticeId", noticeId.toString()),
                (row, n) -> recipient(row, tracked.notice()));
    }

    /**
     * Reminds every platform the notice reached where nobody has acknowledged it: a REMINDER notice to each,
     * counted on its recipient row, in one transaction with the audit event.
     */
    @Transactional
    public Reminded remind(StaffPrincipal by, UUID noticeId) {
        by.requireAnyOf(Role.ANALYST, Role.ADMIN);
        Tracked tracked = notice(by, noticeId);
        Notice original = tracked.notice();
        if (original.kind() != Notice.Kind.STAFF) {
            throw InvalidInput.field(
                    "noticeId",
                    "is a notice the portal wrote (" + original.kind() + "); only staff's notices are reminded");
        }
        List<String> platforms = recipients(by, noticeId, true).stream()
                .map(Recipient::platformId)
                .toList();
        Instant now = clock.instant();
        for (String platformId : platforms) {
            notices.system(
                    platformId,
                    Notice.Kind.REMINDER,
                    noticeId.toString(),
                    original.severity(),
                    "提醒：" + shorten(original.title(), 190),
                    "请确认并回复监管通知「" + original.title() + "」（" + original.issuedAt() + " 发布"
                            + (original.respondBy() == null ? "" : "，要求于 " + original.respondBy() + " 前回复")
                            + "）。\n通知编号：" + noticeId);
            jdbc.update(
                    "UPDATE notice_recipient SET reminders = reminders + 1, last_reminded_at = :now "
                            + "WHERE notice_id = :noticeId AND platform_id = :platformId",
                    new MapSqlParameterSource("now", UtcColumns.toColumn(now))
                            .addValue("noticeId", noticeId.toString())
                            .addValue("platformId", platformId));
        }
        audit.record(
                by,
                AuditTrail.Action.NOTICE_REMINDED,
                noticeId.toString(),
                original.issuedBy(),
                platforms.size() + " platform(s) reminded: " + String.join(", ", platforms));
        return new Reminded(noticeId, platforms);
    }

    /** The notices with their recipients' progress, in the same order. */
    private List<Tracked> tracked(List<Notice> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, long[]> progress = new HashMap<>();
        jdbc.query(
                PROGRESS,
                new MapSqlParameterSource(
                        "ids", found.stream().map(n -> n.noticeId().toString()).toList()),
                row -> {
                    progress.put(row.getString("notice_id"), new long[] {
                        row.getLong("recipients"),
                        row.getLong("delivered"),
                        row.getLong("acknowledged"),
                        row.getLong("replied")
                    });
                });
        Instant now = clock.instant();
        return found.stream()
                .map(notice -> {
                    long[] p = progress.getOrDefault(notice.noticeId().toString(), new long[4]);
                    boolean pastRespondBy = notice.respondBy() != null
                            && notice.respondBy().toInstant().isBefore(now);
                    return new Tracked(notice, p[0], p[1], p[2], p[3], pastRespondBy ? p[0] - p[2] : 0);
                })
                .toList();
    }

    private Recipient recipient(ResultSet row, Notice notice) throws SQLException {
        Instant acknowledgedAt = UtcColumns.instant(row, "acknowledged_at");
        return new Recipient(
                row.getString("platform_id"),
                row.getString("name"),
                UtcColumns.instant(row, "delivered_at"),
                acknowledgedAt,
                row.getString("acknowledged_by"),
                row.getString("reply"),
                row.getInt("reminders"),
                UtcColumns.instant(row, "last_reminded_at"),
                acknowledgedAt == null
                        && notice.respondBy() != null
                        && notice.respondBy().toInstant().isBefore(clock.instant()));
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
