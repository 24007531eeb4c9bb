package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.incident.IncidentInbox;
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
 * 重大事项: the jurisdiction's incident inbox, newest first, with their clocks (since detection, next follow-up due),
 * filters kept in the URL, and one incident with what the platform wrote, every update, and the acknowledgement
 * (ANALYST and ADMIN; the service checks).
 */
@Controller
class IncidentPagesController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_PAGE = 200;

    private final IncidentInbox inbox;
    private final Obligations obligations;
    private final Downloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    IncidentPagesController(
            IncidentInbox inbox, Obligations obligations, Downloads downloads, MessageSource messages, Clock clock) {
        this.inbox = inbox;
        this.obligations = obligations;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    /** The inbox's filters, as its tabs, its form and its export link send them. */
    record Filters(IncidentUpdate.Status status, Incident.Severity severity, Boolean overdue, Boolean unacknowledged) {

        /** A flag left out of the address is false. */
        Filters {
            overdue = Boolean.TRUE.equals(overdue);
            unacknowledged = Boolean.TRUE.equals(unacknowledged);
        }

        IncidentInbox.Query query(int page, int size) {
            return new IncidentInbox.Query(status, severity, null, overdue, unacknowledged, page, size);
        }

        String audited() {
            return Downloads.filters(
                    "status",
                    status,
                    "severity",
                    severity,
                    "overdue",
                    overdue ? true : null,
                    "unacknowledged",
                    unacknowledged ? true : null);
        }

        void show(Model model) {
            model.addAttribute("status", status);
            model.addAttribute("severity", severity);
            model.addAttribute("overdue", overdue);
            model.addAttribute("unacknowledged", unacknowledged);
        }
    }

    @GetMapping("/ui/incidents")
    String incidents(
            @AuthenticationPrincipal StaffPrincipal by,
            Filters filters,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("now", clock.instant());
        model.addAttribute("result", inbox.find(by, filters.query(Math.max(page, 0), PAGE_SIZE)));
        filters.show(model);
        return "ui/incidents";
    }

    /** The incidents the inbox's filters select, every page, with the list's columns and each one's times. */
    @GetMapping("/ui/incidents/export")
    void export(
            @AuthenticationPrincipal StaffPrincipal by,
            Filters filters,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = obligations.timeZone();
        Instant now = clock.instant();
        downloads.send(
                by,
                "incidents",
                format,
                filters.audited(),
                downloads.labels(
                        locale,
                        "incident.severity",
                        "incidents.title",
                        "incident.platformId",
                        "incident.platform",
                        "incident.category",
                        "incident.status",
                        "incident.occurredAt",
                        "incident.detectedAt",
                        "incident.reportedAt",
                        "incident.firstReportLate",
                        "incident.sinceDetectionMinutes",
                        "incident.lastHeardAt",
                        "incident.nextUpdateDueAt",
                        "incident.overdue",
                        "incident.closedAt",
                        "incident.acknowledgedAt",
                        "incident.acknowledgedBy",
                        "incident.id"),
                Exports.pages(page -> inbox.find(by, filters.query(page, EXPORT_PAGE)).incidents().stream()
                        .map(i -> Arrays.<Object>asList(
                                messages.getMessage("severity." + i.severity(), null, locale),
                                i.title(),
                                i.platformId(),
                                i.platformName(),
                                locale.getLanguage().equals("zh")
                                        ? i.category().labelZh()
                                        : i.category().labelEn(),
                                messages.getMessage("status." + i.status(), null, locale),
                                Forms.time(i.occurredAt(), zone),
                                Forms.time(i.detectedAt(), zone),
                                Forms.time(i.reportedAt(), zone),
                                yesNo(i.firstReportLate(), locale),
                                Duration.between(i.detectedAt(), i.closedAt() != null ? i.closedAt() : now)
                                        .toMinutes(),
                                Forms.time(i.lastHeardAt(), zone),
                                Forms.time(i.nextUpdateDueAt(), zone),
                                yesNo(i.overdue(), locale),
                                Forms.time(i.closedAt(), zone),
                                Forms.time(i.acknowledgedAt(), zone),
                                i.acknowledgedBy(),
                                i.incidentId().toString()))
                        .toList()),
                response);
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.getMessage("code." + value, null, locale);
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
