package org.prr.portal.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.prr.portal.errors.InvalidInput;
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

    FlagPagesController(Flags flags, Ledger ledger, Obligations obligations) {
        this.flags = flags;
        this.ledger = ledger;
        this.obligations = obligations;
    }

    @GetMapping("/ui/flags")
    String flags(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) FlagState state,
            @RequestParam(required = false) GapRule rule,
            @RequestParam(required = false) FlagSeverity severity,
            @RequestParam(required = false) String platformId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String platform = platformId == null || platformId.isBlank() ? null : platformId.strip();
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute(
                "result",
                flags.find(
                        by,
                        new FlagQuery(
                                state == null ? Set.of() : Set.of(state),
                                rule,
                                severity,
                                platform,
                                Math.max(page, 0),
                                PAGE_SIZE)));
        model.addAttribute("state", state);
        model.addAttribute("rule", rule);
        model.addAttribute("severity", severity);
        model.addAttribute("platformId", platform);
        return "ui/flags";
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

    private static String attempt(UUID flagId, String action, RedirectAttributes redirect, Runnable transition) {
        Forms.act(redirect, "flag.done." + action, transition);
        return "redirect:/ui/flags/" + flagId;
    }
}
