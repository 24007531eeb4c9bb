package org.prr.portal.flag;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.model.MetricFamily;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The flags: opened, reopened and resolved by the evaluation as causes come and go, worked by staff. Every transition
 * is an UPDATE that names the state it leaves and a ledger entry in the platform's chain, in one transaction, so two
 * evaluations or a staff member racing an evaluation change a flag once.
 */
@Service
public class Flags {

    /** What an evaluation changed. */
    public record Changes(int opened, int reopened, int resolved) {}

    /** A period staff excused: its MISSING flag is waived and the waiver still runs. */
    public record WaivedPeriod(String platformId, MetricFamily family, LocalDate periodStart, LocalDate periodEnd) {}

    /** The actor the evaluation's transitions are recorded as. */
    public static final String EVALUATION = "system:evaluation";

    private static final Logger log = LoggerFactory.getLogger(Flags.class);

    private static final String SELECT_FLAGS = "SELECT f.*, p.name AS platform_name, p.jurisdiction "
            + "FROM flag f JOIN platform p ON p.platform_id = f.platform_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Flags(
            NamedParameterJdbcTemplate jdbc,
            Ledger ledger,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audit = audit;
        this.inTransaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Brings the rule's flags in line with what it found now: a cause with no flag opens one, a cause whose waiver has
     * run out opens its flag again, and a flag whose cause is gone is resolved, if the evaluation looked where its
     * cause was (its period ending on or after {@code lookedFrom}, and its platform when {@code platformId} is set).
     * A cause that never goes away by itself (a report filed late stays late) opens a flag once: once staff resolved
     * it, finding it again opens nothing.
     */
    public Changes reconcile(
            GapRule rule, String platformId, LocalDate lookedFrom, boolean resolvesItself, List<Cause> causes) {
        Instant now = now();
        Map<String, Cause> found = new LinkedHashMap<>();
        causes.forEach(cause -> found.put(cause.platformId() + "\n" + cause.subject(), cause));
        MapSqlParameterSource where = new MapSqlParameterSource("rule", rule.name()).addValue("platformId", platformId);
        Map<String, Flag> active = new HashMap<>();
        jdbc.query(
                        SELECT_FLAGS + " WHERE f.rule = :rule AND f.state <> 'RESOLVED'"
                                + (platformId == null ? "" : " AND f.platform_id = :platformId"),
                        where,
                        (row, n) -> flag(row))
                .forEach(flag -> active.put(flag.platformId() + "\n" + flag.subject(), flag));
        int opened = 0;
        int reopened = 0;
        int resolved = 0;
        for (Map.Entry<String, Cause> cause : found.entrySet()) {
            Flag flag = active.get(cause.getKey());
            if (flag == null) {
                if (resolvesItself || !flaggedBefore(rule, cause.getValue())) {
                    opened += open(rule, cause.getValue(), now) ? 1 : 0;
                }
            } else if (flag.state() == FlagState.WAIVED && !flag.waivedUntil().isAfter(now)) {
                reopened += change(flag, FlagState.OPEN, EntryType.GAP_FLAGGED, EVALUATION, "the waiver ran out", null)
                        ? 1
                        : 0;
            }
        }
        for (Map.Entry<String, Flag> flag : active.entrySet()) {
            LocalDate periodEnd = flag.getValue().periodEnd();
            if (!found.containsKey(flag.getKey()) && (periodEnd == null || !periodEnd.isBefore(lookedFrom))) {
                resolved += change(
                                flag.getValue(),
                                FlagState.RESOLVED,
                                EntryType.GAP_RESOLVED,
                                EVALUATION,
                                "the cause is gone",
                                null)
                        ? 1
                        : 0;
            }
        }
        return new Changes(opened, reopened, resolved);
    }

    private boolean flaggedBefore(GapRule rule, Cause cause) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM flag WHERE platform_id = :platformId AND rule = :rule AND subject = :subject",
                new MapSqlParameterSource("platformId", cause.platformId())
                        .addValue("rule", rule.name())
                        .addValue("subject", cause.subject()),
                Boolean.class));
    }

    /**
     * The periods overlapping {@code from..to} whose MISSING flag is waived until after now, of the jurisdiction's
     * platforms (every platform's when {@code jurisdiction} is null): their filing status is WAIVED.
     */
    @Transactional(readOnly = true)
    public List<WaivedPeriod> waivedMissing(String jurisdiction, LocalDate from, LocalDate to) {
        MapSqlParameterSource args = new MapSqlParameterSource()
                .addValue("from", from)
                .addValue("to", to)
                .addValue("now", UtcColumns.toColumn(clock.instant()))
                .addValue("jurisdiction", jurisdiction);
        return jdbc.query(
                "SELECT f.platform_id, f.family, f.period_start, f.period_end FROM flag f"
                        + " JOIN platform p ON p.platform_id = f.platform_id"
                        + " WHERE f.rule = 'MISSING' AND f.state = 'WAIVED' AND f.waived_until > :now"
                        + " AND f.period_end >= :from AND f.period_start <= :to"
                        + (jurisdiction == null ? "" : " AND p.jurisdiction = :jurisdiction"),
                args,
                (row, n) -> new WaivedPeriod(
                        row.getString("platform_id"),
                        MetricFamily.valueOf(row.getString("family")),
                        row.getObject("period_start", LocalDate.class),
                        row.getObject("period_end", LocalDate.class)));
    }

    /** The caller's flags not resolved, counted by platform (platforms with none are absent) and by rule. */
    public record OpenCounts(Map<String, Long> byPlatform, Map<GapRule, Long> byRule) {

        public long total() {
            return byRule.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The flags opened and those resolved in a span, by rule. */
    public record Activity(Map<GapRule, Long> opened, Map<GapRule, Long> resolved) {}

    /** The caller's flags opened in {@code from..to} (to exclusive), and those resolved in it, by rule. */
    @Transactional(readOnly = true)
    public Activity activity(StaffPrincipal by, Instant from, Instant to) {
        MapSqlParameterSource args = new MapSqlParameterSource("from", UtcColumns.toColumn(from))
                .addValue("to", UtcColumns.toColumn(to))
                .addValue("jurisdiction", by.getJurisdiction());
        String scope = by.isNational() ? "" : " AND p.jurisdiction = :jurisdiction";
        Map<GapRule, Long> opened = new EnumMap<>(GapRule.class);
        jdbc.query(
                "SELECT f.rule, COUNT(*) AS n FROM flag f JOIN platform p ON p.platform_id = f.platform_id"
                        + " WHERE f.opened_at >= :from AND f.opened_at < :to" + scope + " GROUP BY f.rule",
                args,
                row -> {
                    opened.put(GapRule.valueOf(row.getString("rule")), row.getLong("n"));
                });
        Map<GapRule, Long> resolved = new EnumMap<>(GapRule.class);
        jdbc.query(
                "SELECT f.rule, COUNT(*) AS n FROM flag f JOIN platform p ON p.platform_id = f.platform_id"
                        + " WHERE f.state = 'RESOLVED' AND f.changed_at >= :from AND f.changed_at < :to" + scope
                        + " GROUP BY f.rule",
                args,
                row -> {
                    resolved.put(GapRule.valueOf(row.getString("rule")), row.getLong("n"));
                });
        return new Activity(opened, resolved);
    }

    /** One read, from the index on platform, state and rule, for a screen's badges. */
    @Transactional(readOnly = true)
    public OpenCounts open(StaffPrincipal by) {
        Map<String, Long> byPlatform = new HashMap<>();
        Map<GapRule, Long> byRule = new EnumMap<>(GapRule.class);
        jdbc.query(
                "SELECT f.platform_id, f.rule, COUNT(*) AS n FROM flag f JOIN platform p ON p.platform_id = f.platform_id"
                        + " WHERE f.state <> 'RESOLVED'"
                        + (by.isNational() ? "" : " AND p.jurisdiction = :jurisdiction")
                        + " GROUP BY f.platform_id, f.rule",
                new MapSqlParameterSource("jurisdiction", by.getJurisdiction()),
                row -> {
                    long n = row.getLong("n");
                    byPlatform.merge(row.getString("platform_id"), n, Long::sum);
                    byRule.merge(GapRule.valueOf(row.getString("rule")), n, Long::sum);
                });
        return new OpenCounts(byPlatform, byRule);
    }

    @Transactional(readOnly = true)
    public FlagPage find(StaffPrincipal by, FlagQuery query) {
        StringBuilder scope = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource args = new MapSqlParameterSource();
        if (!by.isNational()) {
            scope.append(" AND p.jurisdiction = :jurisdiction");
            args.addValue("jurisdiction", by.getJurisdiction());
        }
        if (query.platformId() != null) {
            scope.append(" AND f.platform_id = :platformId");
            args.addValue("platformId", query.platformId());
        }
        Map<FlagState, Long> byState = new EnumMap<>(FlagState.class);
        for (FlagState state : FlagState.values()) {
            byState.put(state, 0L);
        }
        Map<GapRule, Long> openByRule = new EnumMap<>(GapRule.class);
        jdbc.query(
                "SELECT f.state, f.rule, COUNT(*) AS n FROM flag f JOIN platform p ON p.platform_id = f.platform_id"
                        + scope + " GROUP BY f.state, f.rule",
                args,
                row -> {
                    FlagState state = FlagState.valueOf(row.getString("state"));
                    byState.merge(state, row.getLong("n"), Long::sum);
                    if (state != FlagState.RESOLVED) {
                        openByRule.merge(GapRule.valueOf(row.getString("rule")), row.getLong("n"), Long::sum);
                    }
                });
        StringBuilder filter = new StringBuilder(scope);
        if (!query.states().isEmpty()) {
            filter.append(" AND f.state IN (:states)");
            args.addValue("states", query.states().stream().map(FlagState::name).toList());
        }
        if (query.rule() != null) {
            filter.append(" AND f.rule = :rule");
            args.addValue("rule", query.rule().name());
        }
        if (query.severity() != null) {
            filter.append(" AND f.severity = :severity");
            args.addValue("severity", query.severity().name());
        }
        Long total = jdbc.queryForObject(
                "SELECT COUNT(*) FROM flag f JOIN platform p ON p.platform_id = f.platform_id" + filter,
                args,
                Long.class);
        args.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<Flag> flags = jdbc.query(
                SELECT_FLAGS + filter + " ORDER BY f.opened_at DESC, f.flag_id LIMIT :limit OFFSET :offset",
                args,
                (row, n) -> flag(row));
        return new FlagPage(flags, total == null ? 0 : total, query.page(), query.size(), byState, openByRule);
    }

    @Transactional(readOnly = true)
    public Flag get(StaffPrincipal by, UUID flagId) {
        return visible(by, flagId);
    }

    /** OPEN → ACKNOWLEDGED: someone is looking at it. */
    public Flag acknowledge(StaffPrincipal by, UUID flagId, String note) {
        return byStaff(by, flagId, FlagState.ACKNOWLEDGED, EntryType.GAP_ACKNOWLEDGED, note, null);
    }

    /** Resolved by staff; a cause still there opens a new flag at the next evaluation (waive it instead). */
    public Flag resolve(StaffPrincipal by, UUID flagId, String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInput.field("note", "is required: say how it was resolved");
        }
        return byStaff(by, flagId, FlagState.RESOLVED, EntryType.GAP_RESOLVED, note, null);
    }

    /** WAIVED until {@code until}: not worked meanwhile; if its cause is still there then, it opens again. */
    public Flag waive(StaffPrincipal by, UUID flagId, String reason, Instant until) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.field("reason", "is required: say why the flag is waived");
        }
        if (until == null || !until.isAfter(now())) {
            throw InvalidInput.field("until", "must be a time in the future, e.g. 2027-01-31T00:00:00Z");
        }
        if (until.isAfter(now().plus(366, ChronoUnit.DAYS))) {
            throw InvalidInput.field("until", "must be within a year: a waiver is looked at again");
        }
        return byStaff(by, flagId, FlagState.WAIVED, EntryType.GAP_WAIVED, reason, until);
    }

    private Flag byStaff(
            StaffPrincipal by, UUID flagId, FlagState to, EntryType type, String note, Instant waivedUntil) {
        by.requireAnyOf(Role.ANALYST, Role.ADMIN);
        if (note != null && note.length() > 2000) {
            throw InvalidInput.field(to == FlagState.WAIVED ? "reason" : "note", "is longer than 2000 characters");
        }
        return inTransaction.execute(tx -> {
            Flag flag = visible(by, flagId);
            boolean allowed =
                    switch (to) {
                        case ACKNOWLEDGED -> flag.state() == FlagState.OPEN;
                        case WAIVED -> flag.state() == FlagState.OPEN || flag.state() == FlagState.ACKNOWLEDGED;
                        case RESOLVED -> flag.state() != FlagState.RESOLVED;
                        case OPEN -> false;
                    };
            if (!allowed || !change(flag, to, type, by.getUsername(), note, waivedUntil)) {
                throw FlagTransitionRefused.from(flagId, flag.state(), to.name().toLowerCase());
            }
            audit.record(
                    by,
                    AuditTrail.Action.FLAG_CHANGED,
                    flagId.toString(),
                    flag.jurisdiction(),
                    flag.rule() + " " + flag.platformId() + " " + flag.subject() + ": " + flag.state() + " → " + to);
            return visible(by, flagId);
        });
    }

    private Flag visible(StaffPrincipal by, UUID flagId) {
        return jdbc
                .query(
                        SELECT_FLAGS + " WHERE f.flag_id = :flagId",
                        new MapSqlParameterSource("flagId", flagId.toString()),
                        (row, n) -> flag(row))
                .stream()
                .filter(flag -> by.canSee(flag.jurisdiction()))
                .findFirst()
                .orElseThrow(() -> FlagNotFound.forId(flagId));
    }

    /** Opens a flag for the cause; false when another evaluation opened it first. */
    private boolean open(GapRule rule, Cause cause, Instant now) {
        UUID flagId = UUID.randomUUID();
        try {
            inTransaction.executeWithoutResult(tx -> {
                jdbc.update(
                        "INSERT INTO flag (flag_id, platform_id, rule, subject, family, period_start, period_end, "
                                + "cause_key, severity, state, detail, opened_at, changed_at, changed_by) VALUES "
                                + "(:flagId, :platformId, :rule, :subject, :family, :periodStart, :periodEnd, "
                                + ":subject, :severity, 'OPEN', :detail, :now, :now, :by)",
                        new MapSqlParameterSource("flagId", flagId.toString())
                                .addValue("platformId", cause.platformId())
                                .addValue("rule", rule.name())
                                .addValue("subject", cause.subject())
                                .addValue(
                                        "family",
                                        cause.family() == null
                                                ? null
                                                : cause.family().name())
                                .addValue("periodStart", cause.periodStart())
                                .addValue("periodEnd", cause.periodEnd())
                                .addValue("severity", cause.severity().name())
                                .addValue("detail", cause.detail())
                                .addValue("now", UtcColumns.toColumn(now))
                                .addValue("by", EVALUATION));
                record(
                        cause.platformId(),
                        EntryType.GAP_FLAGGED,
                        new Transition(
                                flagId,
                                cause.platformId(),
                                rule,
                                cause.subject(),
                                cause.severity(),
                                FlagState.OPEN,
                                cause.detail(),
                                EVALUATION,
                                null,
                                null));
                events.publishEvent(new FlagOpened(
                        flagId, cause.platformId(), rule, cause.subject(), cause.severity(), cause.detail()));
            });
            log.info(
                    "Flag {} opened: {} {} {} ({})", flagId, rule, cause.platformId(), cause.subject(), cause.detail());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Moves the flag on if it is still in the state it was read in; false when someone else moved it first. */
    private boolean change(Flag flag, FlagState to, EntryType type, String by, String note, Instant waivedUntil) {
        Boolean changed = inTransaction.execute(tx -> {
            int updated = jdbc.update(
                    "UPDATE flag SET state = :to, cause_key = :causeKey, changed_at = :now, changed_by = :by, "
                            + "note = :note, waived_until = :waivedUntil WHERE flag_id = :flagId AND state = :from",
                    new MapSqlParameterSource("to", to.name())
                            .addValue("causeKey", to == FlagState.RESOLVED ? null : flag.subject())
                            .addValue("now", UtcColumns.toColumn(now()))
                            .addValue("by", by)
                            .addValue("note", note)
                            .addValue("waivedUntil", UtcColumns.toColumn(waivedUntil))
                            .addValue("flagId", flag.flagId().toString())
                            .addValue("from", flag.state().name()));
            if (updated == 0) {
                return false;
            }
            record(
                    flag.platformId(),
                    type,
                    new Transition(
                            flag.flagId(),
                            flag.platformId(),
                            flag.rule(),
                            flag.subject(),
                            flag.severity(),
                            to,
                            flag.detail(),
                            by,
                            note,
                            waivedUntil));
            return true;
        });
        if (Boolean.TRUE.equals(changed)) {
            log.info("Flag {} {} → {} by {}", flag.flagId(), flag.state(), to, by);
        }
        return Boolean.TRUE.equals(changed);
    }

    /** A flag's transition as its platform's ledger keeps it. */
    record Transition(
            UUID flagId,
            String platformId,
            GapRule rule,
            String subject,
            FlagSeverity severity,
            FlagState state,
            String detail,
            String by,
            String note,
            Instant waivedUntil) {}

    private void record(String platformId, EntryType type, Transition transition) {
        ledger.appendOnce(new NewEntry(
                platformId, type, new String(CanonicalJson.write(transition), StandardCharsets.UTF_8), null, null));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Flag flag(ResultSet row) throws SQLException {
        String family = row.getString("family");
        return new Flag(
                UUID.fromString(row.getString("flag_id")),
                row.getString("platform_id"),
                row.getString("platform_name"),
                row.getString("jurisdiction"),
                GapRule.valueOf(row.getString("rule")),
                row.getString("subject"),
                family == null ? null : MetricFamily.valueOf(family),
                row.getObject("period_start", LocalDate.class),
                row.getObject("period_end", LocalDate.class),
                FlagSeverity.valueOf(row.getString("severity")),
                FlagState.valueOf(row.getString("state")),
                row.getString("detail"),
                UtcColumns.instant(row, "opened_at"),
                UtcColumns.instant(row, "changed_at"),
                row.getString("changed_by"),
                row.getString("note"),
                UtcColumns.instant(row, "waived_until"));
    }
}
