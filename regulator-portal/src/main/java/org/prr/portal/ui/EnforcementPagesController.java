package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.prr.portal.enforcement.Action;
import org.prr.portal.enforcement.ActionKind;
import org.prr.portal.enforcement.Enforcement;
import org.prr.portal.enforcement.NewAction;
import org.prr.portal.enforcement.Recheck;
import org.prr.portal.enforcement.RectificationCase;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.PlatformNotFound;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 执法整改: the jurisdiction's enforcement actions with filters kept in the URL and a form that records one (ADMIN);
 * one action with what it rests on, and an interview's minutes once held; the rectification cases by stage, and one
 * case with the platform's reports and the re-check (ANALYST and ADMIN). The service checks roles and input.
 */
@Controller
class EnforcementPagesController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_PAGE = 500;

    /**
     * The record form as typed: ids separated by spaces, commas or lines; an attachment a line of its name and its
     * SHA-256; the interview's time a local date-time in the jurisdiction's time zone.
     */
    record ActionForm(
            String platformId,
            String kind,
            String decidedOn,
            String legalBasis,
            String summary,
            String flagIds,
            String reportIds,
            String attachments,
            String interviewAt,
            String interviewPlace,
            String interviewParticipants,
            String fineAmount,
            String requiredActions,
            String deadline) {

        static ActionForm empty(String platformId, LocalDate today) {
            return new ActionForm(
                    platformId == null ? "" : platformId,
                    "WARNING",
                    today.toString(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "");
        }
    }

    private final Enforcement enforcement;
    private final Obligations obligations;
    private final Downloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    EnforcementPagesController(
            Enforcement enforcement,
            Obligations obligations,
            Downloads downloads,
            MessageSource messages,
            Clock clock) {
        this.enforcement = enforcement;
        this.obligations = obligations;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    /** The actions list's filters, as its form and its export link send them. */
    record ActionFilters(ActionKind kind, String platformId, LocalDate from, LocalDate to) {

        static final ActionFilters NONE = new ActionFilters(null, null, null, null);

        ActionFilters {
            platformId = Forms.blankToNull(platformId);
        }

        Enforcement.ActionQuery query(int page, int size) {
            return new Enforcement.ActionQuery(platformId, kind, from, to, page, size);
        }

        String audited() {
            return Downloads.filters("kind", kind, "platformId", platformId, "from", from, "to", to);
        }
    }

    /** The cases list's filters, as its tabs and its export link send them. */
    record CaseFilters(RectificationCase.Stage stage, String platformId) {

        CaseFilters {
            platformId = Forms.blankToNull(platformId);
        }

        Enforcement.CaseQuery query(int page, int size) {
            return new Enforcement.CaseQuery(stage, platformId, page, size);
        }

        String audited() {
            return Downloads.filters("stage", stage, "platformId", platformId);
        }
    }

    @GetMapping("/ui/enforcement")
    String actions(
            @AuthenticationPrincipal StaffPrincipal by,
            ActionFilters filters,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(by, filters, page, ActionForm.empty(filters.platformId(), today()), model);
    }

    @PostMapping("/ui/enforcement")
    String record(
            @AuthenticationPrincipal StaffPrincipal by, ActionForm form, Model model, RedirectAttributes redirect) {
        try {
            Action recorded = enforcement.record(by, action(form));
            redirect.addFlashAttribute("done", "enforcement.done.recorded");
            return "redirect:/ui/enforcement/" + recorded.actionId();
        } catch (InvalidInput | PlatformNotFound refused) {
            model.addAttribute("problemKind", "INVALID");
            model.addAttribute("problemDetail", refused.getMessage());
            return list(by, ActionFilters.NONE, 0, form, model);
        }
    }

    /** The actions the list's filters select, every page, with the list's columns and what each rests on. */
    @GetMapping("/ui/enforcement/export")
    void export(
            @AuthenticationPrincipal StaffPrincipal by,
            ActionFilters filters,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = obligations.timeZone();
        downloads.send(
                by,
                "enforcement",
                format,
                filters.audited(),
                downloads.labels(
                        locale,
                        "enforcement.decidedOn",
                        "enforcement.kind",
                        "flag.platformId",
                        "flag.platform",
                        "enforcement.legalBasis",
                        "enforcement.summary",
                        "enforcement.details",
                        "enforcement.decidedBy",
                        "enforcement.recordedAt",
                        "entry.seq",
                        "enforcement.id"),
                Exports.pages(page -> enforcement.find(by, filters.query(page, EXPORT_PAGE)).actions().stream()
                        .map(a -> Arrays.<Object>asList(
                                a.decidedOn().toString(),
                                messages.getMessage("actionKind." + a.kind(), null, locale),
                                a.platformId(),
                                a.platformName(),
                                a.legalBasis(),
                                a.summary(),
                                details(a, zone),
                                a.decidedBy(),
                                Forms.time(a.recordedAt(), zone),
                                a.ledgerSeq(),
                                a.actionId().toString()))
                        .toList()),
                response);
    }

    @GetMapping("/ui/enforcement/{actionId}")
    String action(@AuthenticationPrincipal StaffPrincipal by, @PathVariable UUID actionId, Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("action", enforcement.get(by, actionId));
        return "ui/enforcement-action";
    }

    @PostMapping("/ui/enforcement/{actionId}/interview")
    String interviewHeld(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable UUID actionId,
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String commitments,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "enforcement.done.interview",
                () -> enforcement.interviewHeld(
                        by, actionId, Forms.blankToNull(minutes), Forms.blankToNull(commitments)));
        return "redirect:/ui/enforcement/" + actionId;
    }

    @GetMapping("/ui/rectifications")
    String cases(
            @AuthenticationPrincipal StaffPrincipal by,
            CaseFilters filters,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("result", enforcement.cases(by, filters.query(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("stage", filters.stage());
        model.addAttribute("platformId", filters.platformId());
        return "ui/rectifications";
    }

    /** The cases of the stage chosen, every page, with the list's columns and the order's requirements. */
    @GetMapping("/ui/rectifications/export")
    void exportCases(
            @AuthenticationPrincipal StaffPrincipal by,
            CaseFilters filters,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = obligations.timeZone();
        downloads.send(
                by,
                "rectifications",
                format,
                filters.audited(),
                downloads.labels(
                        locale,
                        "flag.platformId",
                        "flag.platform",
                        "enforcement.decidedOn",
                        "rectification.dueAt",
                        "rectification.state",
                        "rectification.overdue",
                        "rectification.reports",
                        "rectification.lastReportedAt",
                        "enforcement.requiredActions",
                        "enforcement.legalBasis",
                        "rectification.id"),
                Exports.pages(page -> enforcement.cases(by, filters.query(page, EXPORT_PAGE)).cases().stream()
                        .map(c -> Arrays.<Object>asList(
                                c.order().platformId(),
                                c.order().platformName(),
                                c.order().decidedOn().toString(),
                                c.dueAt()
                                        .minusNanos(1)
                                        .atZone(zone)
                                        .toLocalDate()
                                        .toString(),
                                messages.getMessage("rectificationState." + c.state(), null, locale),
                                messages.getMessage("code." + c.overdue(), null, locale),
                                c.reports(),
                                Forms.time(c.lastReportedAt(), zone),
                                c.order().requiredActions(),
                                c.order().legalBasis(),
                                c.order().actionId().toString()))
                        .toList()),
                response);
    }

    @GetMapping("/ui/rectifications/{caseId}")
    String rectificationCase(@AuthenticationPrincipal StaffPrincipal by, @PathVariable UUID caseId, Model model) {
        RectificationCase found = enforcement.rectificationCase(by, caseId);
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("rcase", found);
        model.addAttribute(
                "furtherActions",
                enforcement
                        .find(
                                by,
                                new Enforcement.ActionQuery(
                                        found.order().platformId(),
                                        null,
                                        found.order().decidedOn(),
                                        null,
                                        0,
                                        100))
                        .actions()
                        .stream()
                        .filter(a -> !a.actionId().equals(caseId))
                        .toList());
        model.addAttribute("reopenFrom", today().plusDays(1));
        return "ui/rectification";
    }

    @PostMapping("/ui/rectifications/{caseId}/recheck")
    String recheck(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable UUID caseId,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String newDeadline,
            @RequestParam(required = false) String escalatedTo,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "rectification.done.rechecked",
                () -> enforcement.recheck(
                        by,
                        caseId,
                        new Recheck(
                                Forms.choice(Recheck.Outcome.class, "outcome", outcome),
                                Forms.blankToNull(note),
                                Forms.date("newDeadline", newDeadline),
                                Forms.uuid("escalatedTo", escalatedTo))));
        return "redirect:/ui/rectifications/" + caseId;
    }

    private String list(StaffPrincipal by, ActionFilters filters, int page, ActionForm form, Model model) {
        LocalDate today = today();
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("result", enforcement.find(by, filters.query(Math.max(page, 0), PAGE_SIZE)));
        LocalDate monthStart = today.withDayOfMonth(1);
        model.addAttribute("thisMonth", enforcement.counts(by, monthStart, today));
        model.addAttribute("thisYear", enforcement.counts(by, today.withDayOfYear(1), today));
        model.addAttribute("kind", filters.kind());
        model.addAttribute("platformId", filters.platformId());
        model.addAttribute("from", filters.from());
        model.addAttribute("to", filters.to());
        model.addAttribute("form", form);
        model.addAttribute("kinds", ActionKind.values());
        return "ui/enforcement";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(obligations.timeZone()));
    }

    /** An interview's time, place and participants; a fine; an order's requirements and deadline. */
    private String details(Action a, ZoneId zone) {
        return switch (a.kind()) {
            case INTERVIEW -> Forms.time(a.interviewAt().toInstant(), zone) + " · " + a.interviewPlace() + " · "
                    + a.interviewParticipants()
                    + (a.interviewCommitments() == null ? "" : " · " + a.interviewCommitments());
            case FINE -> a.fineAmount().toPlainString();
            case RECTIFICATION_ORDER -> a.deadline() + " · " + a.requiredActions();
            default -> null;
        };
    }

    private NewAction action(ActionForm form) {
        ZoneId zone = obligations.timeZone();
        return new NewAction(
                Forms.blankToNull(form.platformId()),
                Forms.choice(ActionKind.class, "kind", form.kind()),
                Forms.date("decidedOn", form.decidedOn()),
                Forms.blankToNull(form.legalBasis()),
                Forms.blankToNull(form.summary()),
                uuids("flagIds", form.flagIds()),
                uuids("reportIds", form.reportIds()),
                attachments(form.attachments()),
                interviewAt(form.interviewAt(), zone),
                Forms.blankToNull(form.interviewPlace()),
                Forms.blankToNull(form.interviewParticipants()),
                amount(form.fineAmount()),
                Forms.blankToNull(form.requiredActions()),
                Forms.date("deadline", form.deadline()));
    }

    private static List<UUID> uuids(String field, String typed) {
        String text = Forms.blankToNull(typed);
        if (text == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String id : text.split("[\\s,，]+")) {
            ids.add(Forms.uuid(field, id));
        }
        return ids;
    }

    /** A line each: the file's name, a space, its SHA-256 in hex. */
    private static List<NewAction.Attachment> attachments(String typed) {
        String text = Forms.blankToNull(typed);
        if (text == null) {
            return List.of();
        }
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> {
                    int space = line.lastIndexOf(' ');
                    if (space < 1) {
                        throw InvalidInput.field("attachments", "each line is a file's name, a space and its SHA-256");
                    }
                    return new NewAction.Attachment(
                            line.substring(0, space).strip(),
                            line.substring(space + 1).toLowerCase(Locale.ROOT));
                })
                .collect(Collectors.toList());
    }

    private static OffsetDateTime interviewAt(String typed, ZoneId zone) {
        String text = Forms.blankToNull(typed);
        try {
            return text == null ? null : LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
        } catch (DateTimeException notATime) {
            throw InvalidInput.field("interviewAt", "must be a date and time, e.g. 2027-01-31T10:00");
        }
    }

    private static BigDecimal amount(String typed) {
        String text = Forms.blankToNull(typed);
        try {
            return text == null ? null : new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.field("fineAmount", "must be an amount in yuan, e.g. 50000 or 50000.00");
        }
    }
}
