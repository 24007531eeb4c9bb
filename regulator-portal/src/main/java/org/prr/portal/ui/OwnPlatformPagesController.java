package org.prr.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.prr.portal.enforcement.Enforcement;
import org.prr.portal.filing.FilingQuery;
import org.prr.portal.filing.Filings;
import org.prr.portal.flag.FlagQuery;
import org.prr.portal.flag.FlagState;
import org.prr.portal.flag.Flags;
import org.prr.portal.incident.IncidentInbox;
import org.prr.portal.ledger.Entry;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.AuditTrail;
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
 * 本平台 (a platform's own account, role PLATFORM): a read-only view of its own platform — filing status, ledger,
 * flags, notices (which a named person acknowledges and answers here), incidents and rectification cases. Every read
 * names the account's own platform; nothing here lists a jurisdiction or takes another platform's id, and the
 * security rules keep the account out of every staff page and call.
 */
@Controller
class OwnPlatformPagesController {

    private static final int PAGE = 50;
    private static final int FILING_DAYS = 35;

    private final PlatformRegistry registry;
    private final Filings filings;
    private final Ledger ledger;
    private final Flags flags;
    private final NoticeBook notices;
    private final IncidentInbox incidents;
    private final Enforcement enforcement;
    private final Obligations obligations;
    private final AuditTrail audit;
    private final Clock clock;

    OwnPlatformPagesController(
            PlatformRegistry registry,
            Filings filings,
            Ledger ledger,
            Flags flags,
            NoticeBook notices,
            IncidentInbox incidents,
            Enforcement enforcement,
            Obligations obligations,
            AuditTrail audit,
            Clock clock) {
        this.registry = registry;
        this.filings = filings;
        this.ledger = ledger;
        this.flags = flags;
        this.notices = notices;
        this.incidents = incidents;
        this.enforcement = enforcement;
        this.obligations = obligations;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/ui/own")
    String overview(@AuthenticationPrincipal StaffPrincipal account, Model model) {
        StaffPrincipal reader = common(account, model);
        LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
        model.addAttribute(
                "filings",
                filings.find(
                                reader,
                                new FilingQuery(
                                        null,
                                        today.minusDays(FILING_DAYS),
                                        today,
                                        null,
                                        account.getPlatformId(),
                                        null,
                                        0,
                                        FilingQuery.MAX_SIZE))
                        .filings());
        model.addAttribute(
                "openFlags", flags.find(reader, unresolved(account, 0, 1)).total());
        model.addAttribute(
                "unacknowledged",
                notices.inbox(account.getPlatformId(), 200).stream()
                        .filter(n -> n.notice().actionRequired() && n.acknowledgedAt() == null)
                        .count());
        return "ui/own";
    }

    @GetMapping("/ui/own/ledger")
    String ledger(
            @AuthenticationPrincipal StaffPrincipal account, @RequestParam(required = false) Long before, Model model) {
        StaffPrincipal reader = common(account, model);
        List<Entry> timeline = ledger.newestFirst(
                account.getPlatformId(),
                new Ledger.Selection(
                        Set.of(), null, null, null, before == null || before < 1 ? Long.MAX_VALUE : before, PAGE));
        audit.record(
                reader,
                AuditTrail.Action.LEDGER_READ,
                account.getPlatformId(),
                account.getJurisdiction(),
                "platform's own view: " + timeline.size() + " entries");
        model.addAttribute("timeline", timeline);
        model.addAttribute(
                "older", timeline.size() == PAGE ? timeline.get(PAGE - 1).seq() : null);
        return "ui/own-ledger";
    }

    @GetMapping("/ui/own/flags")
    String flags(
            @AuthenticationPrincipal StaffPrincipal account, @RequestParam(defaultValue = "0") int page, Model model) {
        StaffPrincipal reader = common(account, model);
        model.addAttribute(
                "result",
                flags.find(
                        reader, new FlagQuery(Set.of(), null, null, account.getPlatformId(), Math.max(page, 0), PAGE)));
        return "ui/own-flags";
    }

    @GetMapping("/ui/own/notices")
    String notices(@AuthenticationPrincipal StaffPrincipal account, Model model) {
        common(account, model);
        model.addAttribute("notices", notices.inbox(account.getPlatformId(), 200));
        return "ui/own-notices";
    }

    /** A named person at the platform acknowledges the notice, with an optional reply; once, the first stands. */
    @PostMapping("/ui/own/notices/{noticeId}/acknowledge")
    String acknowledge(
            @AuthenticationPrincipal StaffPrincipal account,
            @PathVariable UUID noticeId,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String reply,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "own.done.acknowledged",
                () -> notices.acknowledgeInPortal(account, noticeId, Forms.blankToNull(by), Forms.blankToNull(reply)));
        return "redirect:/ui/own/notices#notice-" + noticeId;
    }

    @GetMapping("/ui/own/incidents")
    String incidents(
            @AuthenticationPrincipal StaffPrincipal account, @RequestParam(defaultValue = "0") int page, Model model) {
        StaffPrincipal reader = common(account, model);
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "result",
                incidents.find(
                        reader,
                        new IncidentInbox.Query(
                                null, null, account.getPlatformId(), false, false, Math.max(page, 0), PAGE)));
        return "ui/own-incidents";
    }

    @GetMapping("/ui/own/rectifications")
    String rectifications(@AuthenticationPrincipal StaffPrincipal account, Model model) {
        StaffPrincipal reader = common(account, model);
        model.addAttribute(
                "result", enforcement.cases(reader, new Enforcement.CaseQuery(null, account.getPlatformId(), 0, PAGE)));
        return "ui/own-rectifications";
    }

    @GetMapping("/ui/own/rectifications/{caseId}")
    String rectification(@AuthenticationPrincipal StaffPrincipal account, @PathVariable UUID caseId, Model model) {
        StaffPrincipal reader = common(account, model);
        model.addAttribute("rcase", enforcement.rectificationCaseOf(reader, account.getPlatformId(), caseId));
        return "ui/own-rectification";
    }

    /** The reader for the account's own platform, and what every own page shows: the platform and the time zone. */
    private StaffPrincipal common(StaffPrincipal account, Model model) {
        StaffPrincipal reader = account.ownPlatformReader();
        ZoneId zone = obligations.timeZone();
        model.addAttribute("zone", zone);
        model.addAttribute("platform", registry.visible(reader, account.getPlatformId()));
        return reader;
    }

    private static FlagQuery unresolved(StaffPrincipal account, int page, int size) {
        return new FlagQuery(
                Set.of(FlagState.OPEN, FlagState.ACKNOWLEDGED, FlagState.WAIVED),
                null,
                null,
                account.getPlatformId(),
                page,
                size);
    }
}
