package org.prr.portal.notice;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.model.Notice;
import org.prr.model.NoticeAcknowledgement;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.ledger.ReplayMismatch;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices from regulator staff to platforms. A notice is addressed to one platform, a tier, or all platforms of the
 * issuing jurisdiction (a national notice reaches every jurisdiction), resolved once when it is issued into its
 * recipients. Issuing is one transaction: the notice, a recipient row and a NOTICE_ISSUED entry in the chain of each
 * platform it reaches, and the audit event. Each recipient then records two steps in its own chain, once each and
 * kept apart: its agent's automatic receipt (NOTICE_DELIVERED) and a named person's acknowledgement with an optional
 * reply (NOTICE_ACKNOWLEDGED). Issuers are serialised, so notices commit in the order of their cursor and the long
 * poll never passes one.
 */
@Service
public class NoticeBook {

    /** Who notices the portal writes itself are recorded as issued by. */
    public static final String SYSTEM = "system:portal";

    /** The notices issued to one platform (the first parameter); callers add their conditions. */
    private static final String RECIPIENTS_NOTICES =
            "SELECT n.* FROM notice_recipient r JOIN notice n ON n.notice_id = r.notice_id WHERE r.platform_id = ?";

    private final JdbcTemplate jdbc;
    private final PlatformRegistry registry;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    NoticeBook(
            JdbcTemplate jdbc,
            PlatformRegistry registry,
            Ledger ledger,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Validator validator,
            Clock clock) {
        this.validator = validator;
        this.jdbc = jdbc;
        this.registry = registry;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Several notices at once (a reminder to each platform that has not filed): all are issued, or none is. */
    @Transactional
    public List<Notice> issueEach(StaffPrincipal by, List<Notice.Draft> drafts) {
        return drafts.stream().map(draft -> issue(by, draft)).toList();
    }

    /** ADMIN only; the draft is checked here, whether it came from the API or from the web UI's composer. */
    @Transactional
    public Notice issue(StaffPrincipal by, Notice.Draft draft) {
        by.requireAnyOf(Role.ADMIN);
        InvalidInput.check(validator, draft);
        List<Platform> reached =
                switch (draft.audience()) {
                    case PLATFORM -> {
                        if (draft.platformId() == null) {
                            throw InvalidInput.field("platformId", "is required when the audience is PLATFORM");
                        }
                        yield List.of(registry.visible(by, draft.platformId()));
                    }
                    case TIER -> {
                        Tier tier = tier(draft.tier());
                        yield registry.visibleTo(by).stream()
                                .filter(p -> p.getTier() == tier)
                                .toList();
                    }
                    case ALL -> registry.visibleTo(by);
                };
        Notice notice = insert(
                Notice.Kind.STAFF,
                null,
                by.getJurisdiction(),
                by.getUsername(),
                draft,
                reached.stream().map(Platform::getPlatformId).toList());
        audit.record(
                by,
                AuditTrail.Action.NOTICE_ISSUED,
                notice.noticeId().toString(),
                by.getJurisdiction(),
                draft.audience() + " " + (draft.platformId() == null ? "" : draft.platformId())
                        + (draft.tier() == null ? "" : draft.tier()) + ": " + reached.size() + " platform(s)");
        return notice;
    }

    /**
     * A notice the portal writes itself to one platform, in the name of the platform's jurisdiction, about what
     * {@code reference} names. Joins the caller's transaction.
     */
    @Transactional
    public Notice system(
            String platformId,
            Notice.Kind kind,
            String reference,
            Notice.Severity severity,
            String title,
            String body) {
        Platform platform = registry.registered(platformId);
        return insert(
                kind,
                reference,
                platform.getJurisdiction(),
                SYSTEM,
                new Notice.Draft(Notice.Audience.PLATFORM, platformId, null, severity, title, body, false, null),
                List.of(platformId));
    }

    /**
     * The notice, a recipient row and a NOTICE_ISSUED entry in each recipient's chain. Issuers are serialised by the
     * lock row, so notices commit in the order of their cursor.
     */
    private Notice insert(
            Notice.Kind kind,
            String reference,
            String jurisdiction,
            String user,
            Notice.Draft draft,
            List<String> recipients) {
        jdbc.queryForObject("SELECT id FROM notice_issue_lock WHERE id = 1 FOR UPDATE", Integer.class);
        UUID noticeId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.update(
                "INSERT INTO notice (notice_id, kind, reference, issued_by, audience, platform_id, tier, severity, "
                        + "title, body, action_required, respond_by, issued_at, issued_by_user) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                noticeId.toString(),
                kind.name(),
                reference,
                jurisdiction,
                draft.audience().name(),
                draft.audience() == Notice.Audience.PLATFORM ? draft.platformId() : null,
                draft.audience() == Notice.Audience.TIER ? draft.tier() : null,
                draft.severity().name(),
                draft.title(),
                draft.body(),
                draft.actionRequired(),
                UtcColumns.toColumn(
                        draft.respondBy() == null ? null : draft.respondBy().toInstant()),
                UtcColumns.toColumn(now),
                user);
        Notice notice = find(noticeId);
        String payload = new String(CanonicalJson.write(notice), StandardCharsets.UTF_8);
        for (String platformId : recipients) {
            jdbc.update(
                    "INSERT INTO notice_recipient (notice_id, platform_id) VALUES (?, ?)",
                    noticeId.toString(),
                    platformId);
            ledger.appendOnce(new NewEntry(
                    platformId, EntryType.NOTICE_ISSUED, payload, documentId("issued", noticeId, platformId), null));
        }
        events.publishEvent(new NoticeIssued());
        return notice;
    }

    /** The notices issued to the platform after the cursor, oldest first. */
    @Transactional(readOnly = true)
    public List<Notice> after(String platformId, long cursor, int limit) {
        return jdbc.query(
                RECIPIENTS_NOTICES + " AND n.cursor_seq > ? ORDER BY n.cursor_seq LIMIT ?",
                (row, n) -> notice(row),
                platformId,
                cursor,
                limit);
    }

    /** A notice as the platform it reached sees it: when its agent received it, who acknowledged it and the reply. */
    public record Addressed(
            Notice notice, Instant deliveredAt, Instant acknowledgedAt, String acknowledgedBy, String reply) {}

    /** The notices issued to the platform, newest first, at most {@code limit}, with their receipt and acknowledgement. */
    @Transactional(readOnly = true)
    public List<Addressed> inbox(String platformId, int limit) {
        return jdbc.query(
                "SELECT n.*, r.delivered_at, r.acknowledged_at, r.acknowledged_by, r.reply FROM notice_recipient r "
                        + "JOIN notice n ON n.notice_id = r.notice_id WHERE r.platform_id = ? "
                        + "ORDER BY n.cursor_seq DESC LIMIT ?",
                (row, n) -> new Addressed(
                        notice(row),
                        UtcColumns.instant(row, "delivered_at"),
                        UtcColumns.instant(row, "acknowledged_at"),
                        row.getString("acknowledged_by"),
                        row.getString("reply")),
                platformId,
                limit);
    }

    /** The cursor of the newest notice issued, 0 when there is none. */
    long latestCursor() {
        Long latest = jdbc.queryForObject("SELECT MAX(cursor_seq) FROM notice", Long.class);
        return latest == null ? 0 : latest;
    }

    /** The notices with a cursor in {@code (after, upTo]}, oldest first, by the platform each reached. */
    Map<String, List<Notice>> issuedBetween(long after, long upTo) {
        Map<String, List<Notice>> reached = new HashMap<>();
        jdbc.query(
                "SELECT r.platform_id AS recipient, n.* FROM notice_recipient r JOIN notice n "
                        + "ON n.notice_id = r.notice_id WHERE n.cursor_seq > ? AND n.cursor_seq <= ? ORDER BY n.cursor_seq",
                row -> {
                    reached.computeIfAbsent(row.getString("recipient"), id -> new ArrayList<>())
                            .add(notice(row));
                },
                after,
                upTo);
        return reached;
    }

    /**
     * The agent's automatic receipt: NOTICE_DELIVERED in the platform's chain, once; a second receipt answers with
     * the same entry.
     */
    @Transactional
    public Ledger.Appended receipt(SignatureHeaders caller, UUID noticeId) {
        Notice notice = addressed(caller.platformId(), noticeId);
        Ledger.Appended appended = ledger.appendOnce(new NewEntry(
                caller.platformId(),
                EntryType.NOTICE_DELIVERED,
                new String(
                        CanonicalJson.write(new Delivered(notice.noticeId(), caller.platformId())),
                        StandardCharsets.UTF_8),
                documentId("delivered", noticeId, caller.platformId()),
                NewEntry.PlatformSignature.of(caller)));
        markDelivered(caller.platformId(), noticeId, appended.entry().recordedAt());
        return appended;
    }

    /** What the ledger keeps of a receipt. */
    record Delivered(UUID noticeId, String platformId) {}

    /**
     * A named person's acknowledgement, with its optional reply, as the platform signed it: NOTICE_ACKNOWLEDGED in
     * the platform's chain, once per platform and notice. The same acknowledgement again answers with its entry; a
     * different one is refused (422), the first stands.
     */
    @Transactional
    public Ledger.Appended acknowledge(SignedSubmission<NoticeAcknowledgement> submission, UUID noticeId) {
        NoticeAcknowledgement acknowledgement = submission.document();
        if (!acknowledgement.noticeId().equals(noticeId)) {
            throw InvalidInput.field(
                    "noticeId", "is " + acknowledgement.noticeId() + " but the path names " + noticeId);
        }
        return acknowledged(acknowledgement, submission.bodyText(), NewEntry.PlatformSignature.of(submission.caller()));
    }

    /** What the ledger keeps of an acknowledgement made in the portal: the person's words and the account used. */
    record AcknowledgedInPortal(NoticeAcknowledgement acknowledgement, String account) {}

    /**
     * A named person's acknowledgement made in the portal by the platform's own account (not signed by its agent;
     * the ledger records the account): otherwise as {@link #acknowledge}, once per platform and notice.
     */
    @Transactional
    public Ledger.Appended acknowledgeInPortal(
            StaffPrincipal platformAccount, UUID noticeId, String acknowledgedBy, String reply) {
        platformAccount.requireAnyOf(Role.PLATFORM);
        NoticeAcknowledgement acknowledgement = new NoticeAcknowledgement(
                noticeId,
                platformAccount.getPlatformId(),
                acknowledgedBy,
                clock.instant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                reply);
        InvalidInput.check(validator, acknowledgement);
        return acknowledged(
                acknowledgement,
                new String(
                        CanonicalJson.write(new AcknowledgedInPortal(acknowledgement, platformAccount.getUsername())),
                        StandardCharsets.UTF_8),
                null);
    }

    private Ledger.Appended acknowledged(
            NoticeAcknowledgement acknowledgement, String payload, NewEntry.PlatformSignature signature) {
        UUID noticeId = acknowledgement.noticeId();
        addressed(acknowledgement.platformId(), noticeId);
        Ledger.Appended appended = ledger.appendOnce(new NewEntry(
                acknowledgement.platformId(),
                EntryType.NOTICE_ACKNOWLEDGED,
                payload,
                documentId("acknowledged", noticeId, acknowledgement.platformId()),
                signature));
        if (appended.outcome() == Ledger.Outcome.CONFLICT) {
            throw ReplayMismatch.of(noticeId, "the notice was acknowledged already; the first acknowledgement stands");
        }
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            Instant at = appended.entry().recordedAt();
            markDelivered(acknowledgement.platformId(), noticeId, at);
            jdbc.update(
                    "UPDATE notice_recipient SET acknowledged_at = ?, acknowledged_by = ?, reply = ? "
                            + "WHERE notice_id = ? AND platform_id = ?",
                    UtcColumns.toColumn(at),
                    acknowledgement.acknowledgedBy(),
                    acknowledgement.reply(),
                    noticeId.toString(),
                    acknowledgement.platformId());
        }
        return appended;
    }

    private Notice addressed(String platformId, UUID noticeId) {
        return jdbc
                .query(
                        RECIPIENTS_NOTICES + " AND r.notice_id = ?",
                        (row, n) -> notice(row),
                        platformId,
                        noticeId.toString())
                .stream()
                .findFirst()
                .orElseThrow(() -> NoticeNotFound.forId(noticeId, platformId));
    }

    private void markDelivered(String platformId, UUID noticeId, Instant at) {
        jdbc.update(
                "UPDATE notice_recipient SET delivered_at = ? WHERE notice_id = ? AND platform_id = ? "
                        + "AND delivered_at IS NULL",
                UtcColumns.toColumn(at),
                noticeId.toString(),
                platformId);
    }

    /** The ledger keeps one entry per document id; a notice's entries are one per platform and step. */
    private static UUID documentId(String step, UUID noticeId, String platformId) {
        return UUID.nameUUIDFromBytes((step + ":" + noticeId + ":" + platformId).getBytes(StandardCharsets.UTF_8));
    }

    private Notice find(UUID noticeId) {
        return jdbc.queryForObject(
                "SELECT * FROM notice WHERE notice_id = ?", (row, n) -> notice(row), noticeId.toString());
    }

    private static Tier tier(String tier) {
        try {
            return Tier.valueOf(tier == null ? "" : tier);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("tier", "must be KEY or STANDARD when the audience is TIER");
        }
    }

    static Notice notice(ResultSet row) throws SQLException {
        Instant respondBy = UtcColumns.instant(row, "respond_by");
        return new Notice(
                UUID.fromString(row.getString("notice_id")),
                row.getLong("cursor_seq"),
                Notice.Kind.valueOf(row.getString("kind")),
                row.getString("reference"),
                row.getString("issued_by"),
                Notice.Audience.valueOf(row.getString("audience")),
                row.getString("platform_id"),
                row.getString("tier"),
                Notice.Severity.valueOf(row.getString("severity")),
                row.getString("title"),
                row.getString("body"),
                row.getBoolean("action_required"),
                respondBy == null ? null : respondBy.atOffset(ZoneOffset.UTC),
                UtcColumns.instant(row, "issued_at").atOffset(ZoneOffset.UTC));
    }
}
