package org.prr.portal.ui;

import java.time.Clock;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.portal.incident.IncidentInbox;
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
 * 重大事项: the jurisdiction's incident inbox, newest first, with their clocks (since detection, next follow-up due),
 * filters kept in the URL, and one incident with what the platform wrote, every update, and the acknowledgement
 * (ANALYST and ADMIN; the service checks).
 */
@Controller
class IncidentPagesController {

    private static final int PAGE_SIZE = 50;

    private final IncidentInbox inbox;
    private final Obligations obligations;
    private final Clock clock;

    IncidentPagesController(IncidentInbox inbox, Obligations obligations, Clock clock) {
        this.inbox = inbox;
        this.obligations = obligations;
        this.clock = clock;
    }

    @GetMapping("/ui/incidents")
    String incidents(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) IncidentUpdate.Status status,
            @RequestParam(required = false) Incident.Severity severity,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean unacknowledged,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "result",
                inbox.find(
                        by,
                        new IncidentInbox.Query(
                                status, severity, null, overdue, unacknowledged, Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("severity", severity);
        model.addAttribute("overdue", overdue);
        model.addAttribute("unacknowledged", unacknowledged);
        return "ui/incidents";
    }

    @GetMapping("/ui/incidents/{incidentId}")
    String incident(@AuthenticationPrincipal StaffPrincipal by, @PathVariable UUID incidentId, Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("now", clock.instant());
        model.addAttribute("detail", inbox.get(by, incidentId));
        return "ui/incident";
    }

    @PostMapping("/ui/incidents/{incidentId}/acknowledge")
    String acknowledge(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable UUID incidentId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "incident.done.acknowledged",
                () -> inbox.acknowledge(by, incidentId, Forms.blankToNull(note)));
        return "redirect:/ui/incidents/" + incidentId;
    }
}
