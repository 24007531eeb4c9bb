package org.prr.portal.incident;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.Notice;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.OutsideJurisdiction;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdiction's incident inbox: every incident its platforms reported, with the clocks of its severity (first
 * report due after detection, a follow-up due after the last word until CLOSED), and the staff's acknowledgement,
 * which is a ledger entry in the platform's chain and reaches the platform's agent as a notice.
 */
@Service
public class IncidentInbox {

    /** How soon a severity's first report is due after detection, and a follow-up after the last word. */
    public record Clocks(Incident.Severity severity, int firstReportMinutes, int followUpMinutes) {}

    /** An incident as the inbox lists it. {@code nextUpdateDueAt} is null once CLOSED. */
    public record Item(
            UUID incidentId,
            String platformId,
            String platformName,
            Incident.Severity severity,
            Category category,
            String title,
            Instant occurredAt,
            Instant detectedAt,
            Instant reportedAt,
            Instant firstReportDueAt,
            boolean firstReportLate,
            IncidentUpdate.Status status,
            int updates,
            Instant lastHeardAt,
            Instant nextUpdateDueAt,
            boolean overdue,
            Instant closedAt,
            Instant acknowledgedAt,
            String acknowledgedBy) {}

    /** An update as the portal accepted it. */
    public record Update(
            UUID updateId, IncidentUpdate.Status status, Instant at, String text, Instant acceptedAt, long ledgerSeq) {}

    /** One incident with what the platform wrote and every update, oldest first. */
    public record Detail(
            Item incident,
            String summary,
            String scope,
            String actionsTaken,
            String contact,
            long ledgerSeq,
            List<Update> updates) {}

    /**
     * One page of incidents, newest first, with the number that match; for the jurisdiction (and platform) filter
     * alone, the counts by status, how many are overdue and how many no one acknowledged; and the clocks.
     */
    public record Page(
            List<Item> incidents,
            long total,
            int page,
            int size,
            Map<IncidentUpdate.Status, Long> byStatus,
            long overdue,
            long unacknowledged,
            List<Clocks> clocks) {}

    /** The filters of the inbox, each optional. */
    public record Query(
            IncidentUpdate.Status status,
            Incident.Severity severity,
            String platformId,
            boolean overdue,
            boolean unacknowledged,
            int page,
            int size) {

        public Query {
            if (platformId != null && platformId.length() > 64) {
                throw InvalidInput.field("platformId", "is longer than 64 characters");
            }
            if (page < 0 || page > 1_000_000) {
                throw InvalidInput.field("page", "must be between 0 and 1000000");
            }
            if (size < 1 || size > 200) {
                throw InvalidInput.field("size", "must be between 1 and 200");
            }
        }
    }

    /** What the platform's ledger keeps of a staff acknowledgement. */
    record Acknowledged(UUID incidentId, String platformId, String acknowledgedBy, String jurisdiction, String note) {}

    private static final String FROM = " FROM incident i JOIN platform p ON p.platform_id = i.platform_id "
            + "JOIN incident_clock c ON c.severity = i.severity";
    private static final String OVERDUE =
            "i.status <> 'CLOSED' AND TIMESTAMPADD(MINUTE, c.follow_up_minutes, i.last_heard_at) < :now";

    private final NamedParameterJdbcTemplate jdbc;
    private final Ledger ledger;
    private final NoticeBook notices;
    private final AuditTrail audit;
    private final Clock clock;

    IncidentInbox(NamedParameterJdbcTemplate jdbc, Ledger ledger, NoticeBook notices, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page find(StaffPrincipal by, Query query) {
        StringBuilder scope = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource args = new MapSqlParameterSource("now", UtcColumns.toColumn(clock.instant()));
        if (!by.isNational()) {
            scope.append(" AND p.jurisdiction = :jurisdiction");
            args.addValue("jurisdiction", by.getJurisdiction());
        }
        if (query.platformId() != null) {
            scope.append(" AND i.platform_id = :platformId");
            args.addValue("platformId", query.platformId());
        }
        Map<IncidentUpdate.Status, Long> byStatus = new EnumMap<>(IncidentUpdate.Status.class);
        for (IncidentUpdate.Status status : IncidentUpdate.Status.values()) {
            byStatus.put(status, 0L);
        }
        long[] attention = new long[2];
        jdbc.query(
                "SELECT i.status, COUNT(*) AS n, SUM(CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END) AS overdue, "
                        + "SUM(CASE WHEN i.acknowledged_at IS NULL THEN 1 ELSE 0 END) AS unacknowledged"
                        + FROM + scope + " GROUP BY i.status",
                args,
                row -> {
                    byStatus.put(IncidentUpdate.Status.valueOf(row.getString("status")), row.getLong("n"));
                    attention[0] += row.getLong("overdue");
                    attention[1] += row.getLong("unacknowledged");
                });
        StringBuilder filter = new StringBuilder(scope);
        if (query.status() != null) {
            filter.append(" AND i.status = :status");
            args.addValue("status", query.status().name());
        }
        if (query.severity() != null) {
            filter.append(" AND i.severity = :severity");
            args.addValue("severity", query.severity().name());
        }
        if (query.overdue()) {
            filter.append(" AND ").append(OVERDUE);
        }
        if (query.unacknowledged()) {
            filter.append(" AND i.acknowledged_at IS NULL");
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + filter, args, Long.class);
        args.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<Item> items = jdbc.query(
                "SELECT i.*, p.name AS platform_name, c.first_report_minutes, c.follow_up_minutes" + FROM + filter
                        + " ORDER BY i.reported_at DESC, i.incident_id LIMIT :limit OFFSET :offset",
                args,
                (row, n) -> item(row));
        return new Page(
                items,
                total == null ? 0 : total,
                query.page(),
                query.size(),
                byStatus,
                attention[0],
                attention[1],
                clocks());
    }

    /** The caller's incidents reported in {@code from..to} (to exclusive), oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Item> reportedBetween(StaffPrincipal by, Instant from, Instant to, int limit) {
        MapSqlParameterSource args = new MapSqlParameterSource("now", UtcColumns.toColumn(clock.instant()))
                .addValue("from", UtcColumns.toColumn(from))
                .addValue("to", UtcColumns.toColumn(to))
                .addValue("jurisdiction", by.getJurisdiction())
                .addValue("limit", limit);
        return jdbc.query(
                "SELECT i.*, p.name AS platform_name, c.first_report_minutes, c.follow_up_minutes" + FROM
                        + " WHERE i.reported_at >= :from AND i.reported_at < :to"
                        + (by.isNational() ? "" : " AND p.jurisdiction = :jurisdiction")
                        + " ORDER BY i.reported_at, i.incident_id LIMIT :limit",
                args,
                (row, n) -> item(row));
    }

    /** One incident of the caller's jurisdiction; another jurisdiction's is not found (404). */
    @Transactional(readOnly = true)
    public Detail get(StaffPrincipal by, UUID incidentId) {
        List<Update> updates = updates(incidentId);
        return jdbc
                .query(
                        "SELECT i.*, p.name AS platform_name, p.jurisdiction, c.first_report_minutes, "
                                + "c.follow_up_minutes" + FROM + " WHERE i.incident_id = :incidentId",
                        new MapSqlParameterSource("incidentId", incidentId.toString()),
                        (row, n) -> by.canSee(row.getString("jurisdiction"))
                                ? Optional.of(new Detail(
                                        item(row),
                                        row.getString("summary"),
                                        row.getString("scope"),
                                        row.getString("actions_taken"),
                                        row.getString("contact"),
                                        row.getLong("ledger_seq"),
                                        updates))
                                : Optional.<Detail>empty())
                .stream()
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> IncidentNotFound.inJurisdiction(incidentId));
    }

    /**
     * Staff (ANALYST, ADMIN) take note of an incident, once: INCIDENT_ACKNOWLEDGED in the platform's chain, the inbox
     * row, the audit event, and a notice that tells the platform's agent, in one transaction.
     */
    @Transactional
    public Detail acknowledge(StaffPrincipal by, UUID incidentId, String note) {
        by.requireAnyOf(Role.ANALYST, Role.ADMIN);
        if (note != null && note.length() > 2000) {
            throw InvalidInput.field("note", "is longer than 2000 characters");
        }
        Item incident = get(by, incidentId).incident();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int changed = jdbc.update(
                "UPDATE incident SET acknowledged_at = :now, acknowledged_by = :by "
                        + "WHERE incident_id = :incidentId AND acknowledged_at IS NULL",
                new MapSqlParameterSource("now", UtcColumns.toColumn(now))
                        .addValue("by", by.getUsername())
                        .addValue("incidentId", incidentId.toString()));
        if (changed == 0) {
            throw IncidentAlreadyAcknowledged.by(incidentId, incident.acknowledgedBy(), incident.acknowledgedAt());
        }
        Acknowledged acknowledged =
                new Acknowledged(incidentId, incident.platformId(), by.getUsername(), by.getJurisdiction(), note);
        ledger.appendOnce(new NewEntry(
                incident.platformId(),
                EntryType.INCIDENT_ACKNOWLEDGED,
                new String(CanonicalJson.write(acknowledged), StandardCharsets.UTF_8),
                UUID.nameUUIDFromBytes(("incident-acknowledged:" + incidentId).getBytes(StandardCharsets.UTF_8)),
                null));
        notices.system(
                incident.platformId(),
                Notice.Kind.INCIDENT_ACKNOWLEDGED,
                incidentId.toString(),
                Notice.Severity.INFO,
                "重大事项已确认："
                        + (incident.title().length() > 180
                                ? incident.title().substring(0, 179) + "…"
                                : incident.title()),
                "监管部门（" + by.getJurisdiction() + "）已于 " + now + " 确认收到您报送的重大事项「" + incident.title() + "」。\n事项编号："
                        + incidentId + (note == null || note.isBlank() ? "" : "\n意见：" + note));
        audit.record(
                by,
                AuditTrail.Action.INCIDENT_ACKNOWLEDGED,
                incidentId.toString(),
                by.getJurisdiction(),
                incident.platformId() + ": " + incident.title());
        return get(by, incidentId);
    }

    /**
     * Sets a severity's clocks, for every jurisdiction (national ADMIN only): both between 1 minute and 30 days. The
     * inbox and the follow-up rule read them at once.
     */
    @Transactional
    public List<Clocks> setClocks(StaffPrincipal by, Clocks clocks) {
        by.requireAnyOf(Role.ADMIN);
        if (!by.isNational()) {
            throw OutsideJurisdiction.creating("incident clocks", by);
        }
        checkMinutes("firstReportMinutes", clocks.firstReportMinutes());
        checkMinutes("followUpMinutes", clocks.followUpMinutes());
        jdbc.update(
                "UPDATE incident_clock SET first_report_minutes = :first, follow_up_minutes = :followUp "
                        + "WHERE severity = :severity",
                new MapSqlParameterSource("severity", clocks.severity().name())
                        .addValue("first", clocks.firstReportMinutes())
                        .addValue("followUp", clocks.followUpMinutes()));
        audit.record(
                by,
                AuditTrail.Action.INCIDENT_CLOCKS_SET,
                clocks.severity().name(),
                StaffPrincipal.NATIONAL,
                "first report " + clocks.firstReportMinutes() + " min, follow-up " + clocks.followUpMinutes() + " min");
        return clocks();
    }

    private static void checkMinutes(String field, int minutes) {
        if (minutes < 1 || minutes > 43_200) {
            throw InvalidInput.field(field, "must be between 1 and 43200 minutes (30 days)");
        }
    }

    /** Every severity's clocks, the shortest first. */
    private List<Clocks> clocks() {
        return jdbc.query(
                "SELECT * FROM incident_clock ORDER BY first_report_minutes",
                (row, n) -> new Clocks(
                        Incident.Severity.valueOf(row.getString("severity")),
                        row.getInt("first_report_minutes"),
                        row.getInt("follow_up_minutes")));
    }

    private List<Update> updates(UUID incidentId) {
        return jdbc.query(
                "SELECT * FROM incident_update WHERE incident_id = :incidentId ORDER BY accepted_at, ledger_seq",
                new MapSqlParameterSource("incidentId", incidentId.toString()),
                (row, n) -> new Update(
                        UUID.fromString(row.getString("update_id")),
                        IncidentUpdate.Status.valueOf(row.getString("status")),
                        UtcColumns.instant(row, "updated_at"),
                        row.getString("text"),
                        UtcColumns.instant(row, "accepted_at"),
                        row.getLong("ledger_seq")));
    }

    private Item item(ResultSet row) throws SQLException {
        Instant detectedAt = UtcColumns.instant(row, "detected_at");
        Instant reportedAt = UtcColumns.instant(row, "reported_at");
        Instant firstReportDueAt = detectedAt.plus(row.getInt("first_report_minutes"), ChronoUnit.MINUTES);
        IncidentUpdate.Status status = IncidentUpdate.Status.valueOf(row.getString("status"));
        Instant lastHeardAt = UtcColumns.instant(row, "last_heard_at");
        Instant nextUpdateDueAt = status == IncidentUpdate.Status.CLOSED
                ? null
                : lastHeardAt.plus(row.getInt("follow_up_minutes"), ChronoUnit.MINUTES);
        return new Item(
                UUID.fromString(row.getString("incident_id")),
                row.getString("platform_id"),
                row.getString("platform_name"),
                Incident.Severity.valueOf(row.getString("severity")),
                Category.valueOf(row.getString("category")),
                row.getString("title"),
                UtcColumns.instant(row, "occurred_at"),
                detectedAt,
                reportedAt,
                firstReportDueAt,
                reportedAt.isAfter(firstReportDueAt),
                status,
                row.getInt("updates"),
                lastHeardAt,
                nextUpdateDueAt,
                nextUpdateDueAt != null && nextUpdateDueAt.isBefore(clock.instant()),
                UtcColumns.instant(row, "closed_at"),
                UtcColumns.instant(row, "acknowledged_at"),
                row.getString("acknowledged_by"));
    }
}
