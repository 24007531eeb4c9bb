package org.prr.portal.incident;

import java.util.List;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The incident inbox for staff of the jurisdiction: every role reads it; ANALYST and ADMIN acknowledge. */
@RestController
class IncidentController {

    /** What staff may add when they acknowledge an incident; the platform reads it. */
    record Note(String note) {}

    private final IncidentInbox inbox;

    IncidentController(IncidentInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/incidents")
    IncidentInbox.Page incidents(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) IncidentUpdate.Status status,
            @RequestParam(required = false) Incident.Severity severity,
            @RequestParam(required = false) String platformId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean unacknowledged,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return inbox.find(
                staff, new IncidentInbox.Query(status, severity, platformId, overdue, unacknowledged, page, size));
    }

    /** What ADMIN sends to change a severity's clocks. */
    record ClockMinutes(int firstReportMinutes, int followUpMinutes) {}

    @PutMapping("/api/v1/admin/incident-clocks/{severity}")
    List<IncidentInbox.Clocks> setClocks(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable Incident.Severity severity,
            @RequestBody ClockMinutes minutes) {
        return inbox.setClocks(
                staff, new IncidentInbox.Clocks(severity, minutes.firstReportMinutes(), minutes.followUpMinutes()));
    }

    @GetMapping("/api/v1/incidents/{incidentId}")
    IncidentInbox.Detail incident(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID incidentId) {
        return inbox.get(staff, incidentId);
    }

    @PostMapping("/api/v1/incidents/{incidentId}/acknowledgement")
    IncidentInbox.Detail acknowledge(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable UUID incidentId,
            @RequestBody(required = false) Note note) {
        return inbox.acknowledge(staff, incidentId, note == null ? null : note.note());
    }
}
