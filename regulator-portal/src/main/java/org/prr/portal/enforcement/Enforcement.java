package org.prr.portal.enforcement;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.model.Notice;
import org.prr.model.RectificationReport;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.flag.Flags;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.ledger.ReplayMismatch;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement actions and rectification cases. Recording an action (ADMIN) appends an ENFORCEMENT_ACTION entry to
 * the platform's chain holding the whole action as canonical JSON; a rectification order also opens a case and sends
 * the platform a RECTIFICATION_ORDER notice whose reference is the case (its deadline is the case's, flagged by
 * RECTIFICATION_OVERDUE, so the notice asks for no acknowledgement by a date of its own). The
 * platform answers with a signed {@link RectificationReport} (RECTIFICATION_REPORTED; the case goes to MONITORING);
 * staff re-check it (RECTIFICATION_RECHECKED): close it, reopen it with a new deadline, or escalate it to a further
 * action. The tables are how the lists find what the ledger records.
 */
@Service
public class Enforcement {

    /** Actions and cases, a page at a time. */
    public record ActionQuery(String platformId, ActionKind kind, LocalDate from, LocalDate to, int page, int size) {

        public ActionQuery {
            if (page < 0 || page > 1_000_000) {
                throw InvalidInput.field("page", "must be between 0 and 1000000");
            }
            if (size < 1 || size > 500) {
                throw InvalidInput.field("size", "must be between 1 and 500");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw InvalidInput.field("from", "is after to (" + to + ")");
            }
        }
    }

    public record ActionPage(List<Action> actions, long total, int page, int size) {}

    public record CaseQuery(RectificationCase.Stage stage, String platformId, int page, int size) {

        public CaseQuery {
            if (page < 0 || page > 1_000_000) {
                throw InvalidInput.field("page", "must be between 0 and 1000000");
            }
            if (size < 1 || size > 500) {
                throw InvalidInput.field("size", "must be between 1 and 500");
            }
        }
    }

    /** One page of cases (without their events), with how many there are at each stage. */
    public record CasePage(
            List<RectificationCase> cases,
            long total,
            int page,
            int size,
            Map<RectificationCase.Stage, Long> byStage) {}

    /** What the ledger holds of an action: the action as staff entered it, its id, who decided, the jurisdiction. */
    record Recorded(UUID actionId, NewAction action, String decidedBy, String jurisdiction) {}

    /** The platform's evidence as its case's event keeps it. */
    record EvidenceList(List<RectificationCase.Evidence> evidence) {}

    /** What the ledger holds of an interview held, or of a re-check. */
    record InterviewHeld(UUID actionId, String minutes, String commitments, String recordedBy) {}

    record Rechecked(
            UUID caseId, Recheck.Outcome outcome, String note, LocalDate newDeadline, UUID escalatedTo, String by) {}

    /** How a re-check's outcome reads to the platform. */
    private static final Map<Recheck.Outcome, String> OUTCOMES = Map.of(
            Recheck.Outcome.CLOSE, "整改到位，予以结案",
            Recheck.Outcome.REOPEN, "整改不到位，重新整改",
            Recheck.Outcome.ESCALATE, "逾期或整改不到位，升级处理");

    private static final String SELECT_ACTIONS =
            "SELECT a.*, p.name AS platform_name FROM enforcement_action a JOIN platform p ON p.platform_id = a.platform_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final Ledger ledger;
    private final PlatformRegistry registry;
    private final Flags flags;
    private final NoticeBook notices;
    private final Obligations obligations;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    Enforcement(
            NamedParameterJdbcTemplate jdbc,
            Ledger ledger,
            PlatformRegistry registry,
            Flags flags,
            NoticeBook notices,
            Obligations obligations,
            AuditTrail audit,
            Validator validator,
            Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.registry = registry;
        this.flags = flags;
        this.notices = notices;
        this.obligations = obligations;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** ADMIN: records the action in the platform's chain and, for a rectification order, opens its case. */
    @Transactional
    public Action record(StaffPrincipal by, NewAction action) {
        by.requireAnyOf(Role.ADMIN);
        InvalidInput.check(validator, action);
        Platform platform = registry.visible(by, action.platformId());
        checkKindFields(action);
        for (UUID flagId : action.flagIds()) {
            if (!flags.get(by, flagId).platformId().equals(platform.getPlatformId())) {
                throw InvalidInput.field(
                        "flagIds", "flag " + flagId + " is not one of " + platform.getPlatformId() + "'s");
            }
        }
        for (UUID reportId : action.reportIds()) {
            boolean theirs = ledger.findByReportId(reportId)
                    .filter(e -> e.platformId().equals(platform.getPlatformId()))
                    .filter(e -> e.type() == EntryType.REPORT_ACCEPTED || e.type() == EntryType.REPORT_AMENDED)
                    .isPresent();
            if (!theirs) {
                throw InvalidInput.field(
                        "reportIds", "report " + reportId + " is not one of " + platform.getPlatformId() + "'s");
            }
        }
        UUID actionId = UUID.randomUUID();
        Recorded recorded = new Recorded(actionId, action, by.getUsername(), platform.getJurisdiction());
        Ledger.Appended appended = ledger.appendOnce(
                new NewEntry(platform.getPlatformId(), EntryType.ENFORCEMENT_ACTION, json(recorded), actionId, null));
        Instant now = appended.entry().recordedAt();
        jdbc.update(
                "INSERT INTO enforcement_action (action_id, platform_id, kind, decided_on, legal_basis, summary, "
                        + "decided_by, recorded_at, ledger_seq, interview_at, interview_place, interview_participants, "
                        + "fine_amount, required_actions, deadline) VALUES (:id, :platformId, :kind, :decidedOn, "
                        + ":legalBasis, :summary, :by, :now, :seq, :interviewAt, :place, :participants, :fine, "
                        + ":required, :deadline)",
                new MapSqlParameterSource("id", actionId.toString())
                        .addValue("platformId", platform.getPlatformId())
                        .addValue("kind", action.kind().name())
                        .addValue("decidedOn", action.decidedOn())
                        .addValue("legalBasis", action.legalBasis())
                        .addValue("summary", action.summary())
                        .addValue("by", by.getUsername())
                        .addValue("now", UtcColumns.toColumn(now))
                        .addValue("seq", appended.entry().seq())
                        .addValue(
                                "interviewAt",
                                action.interviewAt() == null
                                        ? null
                                        : UtcColumns.toColumn(
                                                action.interviewAt().toInstant()))
                        .addValue("place", action.interviewPlace())
                        .addValue("participants", action.interviewParticipants())
                        .addValue("fine", action.fineAmount())
                        .addValue("required", action.requiredActions())
                        .addValue("deadline", action.deadline()));
        for (UUID flagId : action.flagIds()) {
            basis(actionId, "FLAG", flagId);
        }
        for (UUID reportId : action.reportIds()) {
            basis(actionId, "REPORT", reportId);
        }
        if (action.kind() == ActionKind.RECTIFICATION_ORDER) {
            openCase(platform, actionId, action, now);
        }
        audit.record(
                by,
                AuditTrail.Action.ENFORCEMENT_RECORDED,
                actionId.toString(),
                platform.getJurisdiction(),
                platform.getPlatformId() + ": " + action.kind() + " decided " + action.decidedOn());
        return get(by, actionId);
    }

    /** ADMIN: an interview's minutes and the platform's commitments, once, after it was held. */
    @Transactional
    public Action interviewHeld(StaffPrincipal by, UUID actionId, String minutes, String commitments) {
        by.requireAnyOf(Role.ADMIN);
        Action interview = get(by, actionId);
        if (interview.kind() != ActionKind.INTERVIEW) {
            throw InvalidInput.field("actionId", "is a " + interview.kind() + ", not an INTERVIEW");
        }
        requireText("minutes", minutes);
        requireText("commitments", commitments);
        Ledger.Appended appended = ledger.appendOnce(new NewEntry(
                interview.platformId(),
                EntryType.INTERVIEW_HELD,
                json(new InterviewHeld(actionId, minutes, commitments, by.getUsername())),
                UUID.nameUUIDFromBytes(("interview-held:" + actionId).getBytes(StandardCharsets.UTF_8)),
                null));
        if (appended.outcome() != Ledger.Outcome.APPENDED) {
            throw InvalidInput.field("actionId", "the interview's minutes were recorded already");
        }
        jdbc.update(
                "UPDATE enforcement_action SET interview_minutes = :minutes, interview_commitments = :commitments, "
                        + "interview_held_seq = :seq WHERE action_id = :id",
                new MapSqlParameterSource("id", actionId.toString())
                        .addValue("minutes", minutes)
                        .addValue("commitments", commitments)
                        .addValue("seq", appended.entry().seq()));
        audit.record(
                by,
                AuditTrail.Action.ENFORCEMENT_RECORDED,
                actionId.toString(),
                by.getJurisdiction(),
                interview.platformId() + ": interview minutes and commitments");
        return get(by, actionId);
    }

    @Transactional(readOnly = true)
    public ActionPage find(StaffPrincipal by, ActionQuery query) {
        MapSqlParameterSource args = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        scope(by, where, args);
        if (query.platformId() != null) {
            where.append(" AND a.platform_id = :platformId");
            args.addValue("platformId", query.platformId());
        }
        if (query.kind() != null) {
            where.append(" AND a.kind = :kind");
            args.addValue("kind", query.kind().name());
        }
        if (query.from() != null) {
            where.append(" AND a.decided_on >= :from");
            args.addValue("from", query.from());
        }
        if (query.to() != null) {
            where.append(" AND a.decided_on <= :to");
            args.addValue("to", query.to());
        }
        Long total = jdbc.queryForObject(
                "SELECT COUNT(*) FROM enforcement_action a JOIN platform p ON p.platform_id = a.platform_id" + where,
                args,
                Long.class);
        args.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<Action> actions = jdbc.query(
                SELECT_ACTIONS + where + " ORDER BY a.decided_on DESC, a.recorded_at DESC LIMIT :limit OFFSET :offset",
                args,
                (row, n) -> action(row, List.of(), List.of(), List.of()));
        return new ActionPage(actions, total == null ? 0 : total, query.page(), query.size());
    }

    /** How many actions of each kind were decided on the days from..to, in the caller's jurisdiction. */
    @Transactional(readOnly = true)
    public Map<ActionKind, Long> counts(StaffPrincipal by, LocalDate from, LocalDate to) {
        MapSqlParameterSource args = new MapSqlParameterSource("from", from).addValue("to", to);
        StringBuilder where = new StringBuilder(" WHERE a.decided_on BETWEEN :from AND :to");
        scope(by, where, args);
        Map<ActionKind, Long> counts = new EnumMap<>(ActionKind.class);
        jdbc.query(
                "SELECT a.kind, COUNT(*) AS n FROM enforcement_action a JOIN platform p ON p.platform_id = a.platform_id"
                        + where + " GROUP BY a.kind",
                args,
                row -> {
                    counts.put(ActionKind.valueOf(row.getString("kind")), row.getLong("n"));
                });
        return counts;
    }

    @Transactional(readOnly = true)
    public Action get(StaffPrincipal by, UUID actionId) {
        MapSqlParameterSource args = new MapSqlParameterSource("id", actionId.toString());
        StringBuilder where = new StringBuilder(" WHERE a.action_id = :id");
        scope(by, where, args);
        List<Action> found = jdbc.query(
                SELECT_ACTIONS + where,
                args,
                (row, n) -> action(row, basis(actionId, "FLAG"), basis(actionId, "REPORT"), attachments(actionId)));
        if (found.isEmpty()) {
            throw EnforcementNotFound.action(actionId);
        }
        return found.get(0);
    }

    private static final String SELECT_CASES =
            "SELECT c.*, a.*, p.name AS platform_name, c.due_at < :now AND c.state = 'OPEN' AS overdue "
                    + "FROM rectification_case c JOIN enforcement_action a ON a.action_id = c.case_id "
                    + "JOIN platform p ON p.platform_id = c.platform_id";

    @Transactional(readOnly = true)
    public CasePage cases(StaffPrincipal by, CaseQuery query) {
        MapSqlParameterSource args = new MapSqlParameterSource("now", UtcColumns.toColumn(clock.instant()));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        scope(by, where, args);
        if (query.platformId() != null) {
            where.append(" AND c.platform_id = :platformId");
            args.addValue("platformId", query.platformId());
        }
        Map<RectificationCase.Stage, Long> byStage = new EnumMap<>(RectificationCase.Stage.class);
        for (RectificationCase.Stage stage : RectificationCase.Stage.values()) {
            byStage.put(stage, 0L);
        }
        jdbc.query(
                "SELECT c.state, COUNT(*) AS n FROM rectification_case c JOIN platform p ON p.platform_id = c.platform_id"
                        + where + " GROUP BY c.state",
                args,
                row -> {
                    RectificationCase.State state = RectificationCase.State.valueOf(row.getString("state"));
                    for (RectificationCase.Stage stage : RectificationCase.Stage.values()) {
                        if (stage.states().contains(state)) {
                            byStage.merge(stage, row.getLong("n"), Long::sum);
                        }
                    }
                });
        if (query.stage() != null) {
            where.append(" AND c.state IN (:states)");
            args.addValue(
                    "states", query.stage().states().stream().map(Enum::name).toList());
        }
        Long total = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rectification_case c JOIN platform p ON p.platform_id = c.platform_id" + where,
                args,
                Long.class);
        args.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<RectificationCase> cases = jdbc.query(
                SELECT_CASES + where + " ORDER BY c.due_at, c.case_id LIMIT :limit OFFSET :offset",
                args,
                (row, n) -> rectificationCase(row, action(row, List.of(), List.of(), List.of()), List.of()));
        return new CasePage(cases, total == null ? 0 : total, query.page(), query.size(), byStage);
    }

    @Transactional(readOnly = true)
    public RectificationCase rectificationCase(StaffPrincipal by, UUID caseId) {
        Action order = get(by, caseId);
        return jdbc
                .query(
                        SELECT_CASES + " WHERE c.case_id = :id",
                        new MapSqlParameterSource("id", caseId.toString())
                                .addValue("now", UtcColumns.toColumn(clock.instant())),
                        (row, n) -> rectificationCase(row, order, events(caseId)))
                .stream()
                .findFirst()
                .orElseThrow(() -> EnforcementNotFound.rectificationCase(caseId, order.platformId()));
    }

    /** One case of the platform's; another platform's is not found, as if it did not exist. */
    @Transactional(readOnly = true)
    public RectificationCase rectificationCaseOf(StaffPrincipal by, String platformId, UUID caseId) {
        RectificationCase found = rectificationCase(by, caseId);
        if (!found.order().platformId().equals(platformId)) {
            throw EnforcementNotFound.rectificationCase(caseId, platformId);
        }
        return found;
    }

    /**
     * The platform's signed report on its case: appended once per report id (a replay gets its receipt again);
     * refused when the case is not the platform's or no longer waits for it (CLOSED or ESCALATED).
     */
    @Transactional
    public Ledger.Appended report(SignedSubmission<RectificationReport> submission) {
        RectificationReport report = submission.document();
        String platformId = submission.caller().platformId();
        List<String> state = jdbc.queryForList(
                "SELECT state FROM rectification_case WHERE case_id = :id AND platform_id = :platformId FOR UPDATE",
                new MapSqlParameterSource("id", report.caseId().toString()).addValue("platformId", platformId),
                String.class);
        if (state.isEmpty()) {
            throw EnforcementNotFound.rectificationCase(report.caseId(), platformId);
        }
        boolean replay = ledger.findByReportId(report.reportId()).isPresent();
        RectificationCase.State current = RectificationCase.State.valueOf(state.get(0));
        if (!replay && (current == RectificationCase.State.CLOSED || current == RectificationCase.State.ESCALATED)) {
            throw InvalidInput.field("caseId", "the case is " + current + "; it takes no more reports");
        }
        Ledger.Appended appended = ledger.appendOnce(new NewEntry(
                platformId,
                EntryType.RECTIFICATION_REPORTED,
                submission.bodyText(),
                report.reportId(),
                NewEntry.PlatformSignature.of(submission.caller())));
        if (appended.outcome() == Ledger.Outcome.CONFLICT) {
            throw ReplayMismatch.of(report.reportId(), "send a further report with a new id instead");
        }
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            Instant at = appended.entry().recordedAt();
            event(
                    report.reportId(),
                    report.caseId(),
                    "REPORTED",
                    at,
                    report.reportedBy(),
                    report.text(),
                    json(new EvidenceList(report.evidence().stream()
                            .map(e -> new RectificationCase.Evidence(e.name(), e.sha256()))
                            .toList())),
                    appended.entry().seq());
            jdbc.update(
                    "UPDATE rectification_case SET state = 'MONITORING', reports = reports + 1, last_reported_at = :at,"
                            + " changed_at = :at, changed_by = :by WHERE case_id = :id",
                    new MapSqlParameterSource("id", report.caseId().toString())
                            .addValue("at", UtcColumns.toColumn(at))
                            .addValue("by", report.reportedBy()));
        }
        return appended;
    }

    /** ANALYST or ADMIN: a re-check of a case the platform has reported on (or that is still open). */
    @Transactional
    public RectificationCase recheck(StaffPrincipal by, UUID caseId, Recheck recheck) {
        by.requireAnyOf(Role.ANALYST, Role.ADMIN);
        InvalidInput.check(validator, recheck);
        // The case's row is locked before it is read: two re-checks at once run one after the other, the second
        // seeing the first's outcome, so a case is never closed twice nor closed and reopened at once.
        jdbc.queryForList(
                "SELECT state FROM rectification_case WHERE case_id = :id FOR UPDATE",
                new MapSqlParameterSource("id", caseId.toString()),
                String.class);
        RectificationCase before = rectificationCase(by, caseId);
        if (before.state() == RectificationCase.State.CLOSED || before.state() == RectificationCase.State.ESCALATED) {
            throw InvalidInput.field("outcome", "the case is " + before.state() + " already");
        }
        Instant dueAt = before.dueAt();
        RectificationCase.State next;
        switch (recheck.outcome()) {
            case CLOSE -> next = RectificationCase.State.CLOSED;
            case REOPEN -> {
                LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
                if (recheck.newDeadline() == null || !recheck.newDeadline().isAfter(today)) {
                    throw InvalidInput.field("newDeadline", "is required to reopen, and must be after today");
                }
                dueAt = endOf(recheck.newDeadline());
                next = RectificationCase.State.OPEN;
            }
            case ESCALATE -> {
                if (recheck.escalatedTo() == null) {
                    throw InvalidInput.field("escalatedTo", "is required: the further action recorded for the case");
                }
                Action further = get(by, recheck.escalatedTo());
                if (!further.platformId().equals(before.order().platformId())
                        || further.actionId().equals(caseId)) {
                    throw InvalidInput.field("escalatedTo", "must be another action against the same platform");
                }
                next = RectificationCase.State.ESCALATED;
            }
            default -> throw new IllegalStateException();
        }
        UUID eventId = UUID.randomUUID();
        Ledger.Appended appended = ledger.appendOnce(new NewEntry(
                before.order().platformId(),
                EntryType.RECTIFICATION_RECHECKED,
                json(new Rechecked(
                        caseId,
                        recheck.outcome(),
                        recheck.note(),
                        recheck.newDeadline(),
                        recheck.escalatedTo(),
                        by.getUsername())),
                eventId,
                null));
        Instant at = appended.entry().recordedAt();
        event(
                eventId,
                caseId,
                recheck.outcome().name(),
                at,
                by.getUsername(),
                recheck.note(),
                null,
                appended.entry().seq());
        jdbc.update(
                "UPDATE rectification_case SET state = :state, due_at = :due, changed_at = :at, changed_by = :by "
                        + "WHERE case_id = :id",
                new MapSqlParameterSource("id", caseId.toString())
                        .addValue("state", next.name())
                        .addValue("due", UtcColumns.toColumn(dueAt))
                        .addValue("at", UtcColumns.toColumn(at))
                        .addValue("by", by.getUsername()));
        notices.system(
                before.order().platformId(),
                Notice.Kind.RECTIFICATION_RECHECKED,
                caseId.toString(),
                recheck.outcome() == Recheck.Outcome.CLOSE ? Notice.Severity.INFO : Notice.Severity.URGENT,
                "整改复查结论：" + OUTCOMES.get(recheck.outcome()) + "（"
                        + before.order().decidedOn() + " 限期整改）",
                "复查情况：" + recheck.note()
                        + (recheck.outcome() == Recheck.Outcome.REOPEN
                                ? "\n\n请在 " + recheck.newDeadline() + "（含当日）前再次报送整改情况报告。"
                                : "")
                        + "\n整改案件编号：" + caseId);
        audit.record(
                by,
                AuditTrail.Action.RECTIFICATION_RECHECKED,
                caseId.toString(),
                by.getJurisdiction(),
                before.order().platformId() + ": " + recheck.outcome());
        return rectificationCase(by, caseId);
    }

    private void openCase(Platform platform, UUID caseId, NewAction order, Instant now) {
        Instant dueAt = endOf(order.deadline());
        Notice notice = notices.system(
                platform.getPlatformId(),
                Notice.Kind.RECTIFICATION_ORDER,
                caseId.toString(),
                Notice.Severity.URGENT,
                "限期整改通知（" + order.decidedOn() + "）",
                "依据：" + order.legalBasis() + "\n\n" + order.summary() + "\n\n整改要求：\n" + order.requiredActions()
                        + "\n\n整改期限：" + order.deadline() + "（含当日）。请在期限内通过报送代理报送整改情况报告。\n整改案件编号：" + caseId);
        jdbc.update(
                "INSERT INTO rectification_case (case_id, platform_id, state, due_at, notice_id, reports, changed_at) "
                        + "VALUES (:id, :platformId, 'OPEN', :due, :notice, 0, :now)",
                new MapSqlParameterSource("id", caseId.toString())
                        .addValue("platformId", platform.getPlatformId())
                        .addValue("due", UtcColumns.toColumn(dueAt))
                        .addValue("notice", notice.noticeId().toString())
                        .addValue("now", UtcColumns.toColumn(now)));
    }

    /** The end of the day, in the jurisdiction's time zone: a deadline includes its day. */
    private Instant endOf(LocalDate day) {
        ZoneId zone = obligations.timeZone();
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private void checkKindFields(NewAction action) {
        boolean interview = action.kind() == ActionKind.INTERVIEW;
        boolean fine = action.kind() == ActionKind.FINE;
        boolean order = action.kind() == ActionKind.RECTIFICATION_ORDER;
        if (interview
                && (action.interviewAt() == null
                        || blank(action.interviewPlace())
                        || blank(action.interviewParticipants()))) {
            throw InvalidInput.field(
                    "interviewAt", "an interview is notified with its time, place and participants (and its reason)");
        }
        if (!interview
                && (action.interviewAt() != null
                        || action.interviewPlace() != null
                        || action.interviewParticipants() != null)) {
            throw InvalidInput.field("interviewAt", "belongs to an INTERVIEW only");
        }
        if (fine != (action.fineAmount() != null)) {
            throw InvalidInput.field("fineAmount", fine ? "is required for a FINE" : "belongs to a FINE only");
        }
        if (order && (blank(action.requiredActions()) || action.deadline() == null)) {
            throw InvalidInput.field("deadline", "a rectification order needs its required actions and a deadline");
        }
        if (!order && (action.requiredActions() != null || action.deadline() != null)) {
            throw InvalidInput.field("deadline", "belongs to a RECTIFICATION_ORDER only");
        }
        LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
        if (action.decidedOn().isAfter(today)) {
            throw InvalidInput.field("decidedOn", "is after today");
        }
        if (order && action.deadline().isBefore(today)) {
            throw InvalidInput.field("deadline", "is before today");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void requireText(String field, String text) {
        if (blank(text)) {
            throw InvalidInput.field(field, "is required");
        }
        if (text.length() > 20_000) {
            throw InvalidInput.field(field, "is longer than 20000 characters");
        }
    }

    private void scope(StaffPrincipal by, StringBuilder where, MapSqlParameterSource args) {
        if (!by.isNational()) {
            where.append(" AND p.jurisdiction = :jurisdiction");
            args.addValue("jurisdiction", by.getJurisdiction());
        }
    }

    private void basis(UUID actionId, String kind, UUID refId) {
        jdbc.update(
                "INSERT INTO enforcement_basis (action_id, kind, ref_id) VALUES (:id, :kind, :ref)",
                new MapSqlParameterSource("id", actionId.toString())
                        .addValue("kind", kind)
                        .addValue("ref", refId.toString()));
    }

    private List<UUID> basis(UUID actionId, String kind) {
        return jdbc
                .queryForList(
                        "SELECT ref_id FROM enforcement_basis WHERE action_id = :id AND kind = :kind ORDER BY ref_id",
                        new MapSqlParameterSource("id", actionId.toString()).addValue("kind", kind),
                        String.class)
                .stream()
                .map(UUID::fromString)
                .toList();
    }

    /** The attachments as the ledger entry recorded them: they are not kept anywhere else. */
    private List<NewAction.Attachment> attachments(UUID actionId) {
        return ledger.findByReportId(actionId)
                .map(entry -> parse(entry.payload(), Recorded.class).action().attachments())
                .orElse(List.of());
    }

    private void event(
            UUID eventId, UUID caseId, String kind, Instant at, String by, String text, String evidence, long seq) {
        jdbc.update(
                "INSERT INTO rectification_event (event_id, case_id, kind, at, by_whom, text, evidence, ledger_seq) "
                        + "VALUES (:id, :caseId, :kind, :at, :by, :text, :evidence, :seq)",
                new MapSqlParameterSource("id", eventId.toString())
                        .addValue("caseId", caseId.toString())
                        .addValue("kind", kind)
                        .addValue("at", UtcColumns.toColumn(at))
                        .addValue("by", by)
                        .addValue("text", text)
                        .addValue("evidence", evidence)
                        .addValue("seq", seq));
    }

    private List<RectificationCase.Event> events(UUID caseId) {
        return jdbc.query(
                "SELECT * FROM rectification_event WHERE case_id = :id ORDER BY at, ledger_seq",
                new MapSqlParameterSource("id", caseId.toString()),
                (row, n) -> new RectificationCase.Event(
                        UUID.fromString(row.getString("event_id")),
                        row.getString("kind"),
                        UtcColumns.instant(row, "at"),
                        row.getString("by_whom"),
                        row.getString("text"),
                        evidence(row.getString("evidence")),
                        row.getLong("ledger_seq")));
    }

    private static List<RectificationCase.Evidence> evidence(String json) {
        if (json == null) {
            return List.of();
        }
        return parse(json, EvidenceList.class).evidence();
    }

    /** JSON the portal wrote itself. */
    private static <T> T parse(String json, Class<T> type) {
        try {
            return CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8), type);
        } catch (CanonicalJson.MalformedJson e) {
            throw new IllegalStateException("the portal's own " + type.getSimpleName() + " does not parse", e);
        }
    }

    private static String json(Object value) {
        return new String(CanonicalJson.write(value), StandardCharsets.UTF_8);
    }

    private static Action action(
            ResultSet row, List<UUID> flagIds, List<UUID> reportIds, List<NewAction.Attachment> attachments)
            throws SQLException {
        Instant interviewAt = UtcColumns.instant(row, "interview_at");
        return new Action(
                UUID.fromString(row.getString("action_id")),
                row.getString("platform_id"),
                row.getString("platform_name"),
                ActionKind.valueOf(row.getString("kind")),
                row.getObject("decided_on", LocalDate.class),
                row.getString("legal_basis"),
                row.getString("summary"),
                flagIds,
                reportIds,
                attachments,
                interviewAt == null ? null : interviewAt.atOffset(java.time.ZoneOffset.UTC),
                row.getString("interview_place"),
                row.getString("interview_participants"),
                row.getString("interview_minutes"),
                row.getString("interview_commitments"),
                row.getBigDecimal("fine_amount"),
                row.getString("required_actions"),
                row.getObject("deadline", LocalDate.class),
                row.getString("decided_by"),
                UtcColumns.instant(row, "recorded_at"),
                row.getLong("ledger_seq"));
    }

    private static RectificationCase rectificationCase(
            ResultSet row, Action order, List<RectificationCase.Event> events) throws SQLException {
        return new RectificationCase(
                order,
                RectificationCase.State.valueOf(row.getString("state")),
                UtcColumns.instant(row, "due_at"),
                row.getBoolean("overdue"),
                UUID.fromString(row.getString("notice_id")),
                row.getInt("reports"),
                UtcColumns.instant(row, "last_reported_at"),
                UtcColumns.instant(row, "changed_at"),
                row.getString("changed_by"),
                events);
    }
}
