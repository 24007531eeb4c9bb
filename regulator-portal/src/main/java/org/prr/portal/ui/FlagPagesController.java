package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.flag.Flag;
import org.prr.portal.flag.FlagQuery;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.FlagState;
import org.prr.portal.flag.Flags;
import org.prr.portal.flag.GapRule;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.obligation.Obligations;
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
 * 问题线索: the jurisdiction's flags with filters kept in the URL, and one flag with what was found, its history from
 * the platform's ledger, and the forms that acknowledge, resolve and waive it (ANALYST and ADMIN; the service checks).
 */
@Controller
class FlagPagesController {

    private static final int PAGE_SIZE = 50;
    private static final int HISTORY = 50;

    private final Flags flags;
    private final Ledger ledger;
    private final Obligations obligations;
    private final Downloads downloads;
    private final MessageSource messages;

    FlagPagesController(
            Flags flags, Ledger ledger, Obligations obligations, Downloads downloads, MessageSource messages) {
        this.flags = flags;
        this.ledger = ledger;
        this.obligations = obligations;
        this.downloads = downloads;
        this.messages = messages;
    }

    /** The list's filters, as its tabs, its form and its export link send them. */
    record Filters(FlagState state, GapRule rule, FlagSeverity severity, String platformId) {

        Filters {
            platformId = Forms.blankToNull(platformId);
        }

        FlagQuery query(int page, int size) {
            return new FlagQuery(state == null ? Set.of() : Set.of(state), rule, severity, platformId, page, size);
        }

        String audited() {
            return Downloads.filters("state", state, "rule", rule, "severity", severity, "platformId", platformId);
        }

        void show(Model model) {
            model.addAttribute("state", state);
            model.addAttribute("rule", rule);
            model.addAttribute("severity", severity);
            model.addAttribute("platformId", platformId);
        }
    }

    @GetMapping("/ui/flags")
    String flags(
            @AuthenticationPrincipal StaffPrincipal by,
            Filters filters,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("result", flags.find(by, filters.query(Math.max(page, 0), PAGE_SIZE)));
        filters.show(model);
        return "ui/flags";
    }

    /**
     * The flags the list's filters select, every page of them (up to {@link Exports#MAX_ROWS}), with the list's
     * columns and what a flag records beside them: its period, who changed it last, the note and the waiver's end.
     */
    @GetMapping("/ui/flags/export")
    void export(
            @AuthenticationPrincipal StaffPrincipal by,
            Filters filters,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = obligations.timeZone();
        downloads.send(
                by,
                "flags",
                format,
                filters.audited(),
                downloads.labels(
                        locale,
                        "flag.rule",
                        "flag.platformId",
                        "flag.platform",
                        "flag.detail",
                        "flag.severity",
                        "flag.state",
                        "flag.openedAt",
                        "flag.periodStart",
                        "flag.periodEnd",
                        "flag.changedAt",
                        "flag.changedBy",
                        "flag.note",
                        "flag.waivedUntil",
                        "flag.id"),
                Exports.pages(page -> flags.find(by, filters.query(page, FlagQuery.MAX_SIZE)).flags().stream()
                        .map(f -> Arrays.<Object>asList(
                                messages.getMessage("rule." + f.rule(), null, locale),
                                f.platformId(),
                                f.platformName(),
                                f.detail(),
                                messages.getMessage("flagSeverity." + f.severity(), null, locale),
                                messages.getMessage("flagState." + f.state(), null, locale),
                                Forms.time(f.openedAt(), zone),
                                Objects.toString(f.periodStart(), null),
                                Objects.toString(f.periodEnd(), null),
                                Forms.time(f.changedAt(), zone),
                                f.changedBy(),
                                f.note(),
                                Forms.time(f.waivedUntil(), zone),
                                f.flagId().toString()))
                        .toList()),
                response);
    }

    @GetMapping("/ui/flags/{flagId}")
    String flag(@AuthenticationPrincipal StaffPrincipal by, @PathVariable UUID flagId, Model model) {
        Flag flag = flags.get(by, flagId);
        ZoneId zone = obligations.timeZone();
        model.addAttribute("zone", zone);
        model.addAttribute("flag", flag);
        model.addAttribute(
                "history",
                ledger.newestFirst(
                        flag.platformId(),
                        new Ledger.Selection(
                                EnumSet.of(
                                        EntryType.GAP_FLAGGED,
                                        EntryType.GAP_ACKNOWLEDGED,
                                        EntryType.GAP_WAIVED,
                                        EntryType.GAP_RESOLVED),
                                null,
                                null,
                                flagId.toString(),
                                Long.MAX_VALUE,
                                HISTORY)));
        model.addAttribute("waiveFrom", LocalDate.now(zone).plusDays(1));
        model.addAttribute("waiveTo", LocalDate.now(zone).plusDays(365));
        return "ui/flag";
    }

    @PostMapping("/ui/flags/{flagId}/acknowledge")
    String acknowledge(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable UUID flagId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return attempt(flagId, "acknowledge", redirect, () -> flags.acknowledge(by, flagId, Forms.blankToNull(note)));
    }

    @PostMapping("/ui/flags/{flagId}/resolve")
    String resolve(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable UUID flagId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return attempt(flagId, "resolve", redirect, () -> flags.resolve(by, flagId, Forms.blankToNull(note)));
    }

    /** Waived to the end of the chosen day in the jurisdiction's time zone. */
    @PostMapping("/ui/flags/{flagId}/waive")
    String waive(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable UUID flagId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String until,
            RedirectAttributes redirect) {
        return attempt(flagId, "waive", redirect, () -> {
            LocalDate day = Forms.date("until", until);
            if (day == null) {
                throw InvalidInput.field("until", "is required");
            }
            flags.waive(
                    by,
                    flagId,
                    Forms.blankToNull(reason),
                    day.plusDays(1).atStartOfDay(obligations.timeZone()).toInstant());
        });
    }

    /** The list's filters (one state or any) as the query both the page and its export ask. */
    private static String attempt(UUID flagId, String action, RedirectAttributes redirect, Runnable transition) {
        Forms.act(redirect, "flag.done." + action, transition);
        return "redirect:/ui/flags/" + flagId;
    }
}
