package org.prr.portal.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.prr.model.MetricFamily;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A platform's reports for staff: the latest figures per period, and the history of amendments. Audited. */
@RestController
@Validated
class ReportController {

    private final ReportBook reports;
    private final PlatformRegistry registry;
    private final AuditTrail audit;

    ReportController(ReportBook reports, PlatformRegistry registry, AuditTrail audit) {
        this.reports = reports;
        this.registry = registry;
        this.audit = audit;
    }

    @GetMapping("/api/v1/platforms/{platformId}/reports")
    List<ReportView> current(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable String platformId,
            @RequestParam(required = false) MetricFamily family,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Platform platform = registry.visible(staff, platformId);
        audit.record(
                staff,
                AuditTrail.Action.LEDGER_READ,
                platformId,
                platform.getJurisdiction(),
                "current reports" + (family == null ? "" : " of " + family));
        return reports.current(platformId, family, limit);
    }

    @GetMapping("/api/v1/platforms/{platformId}/reports/{reportId}/history")
    List<ReportView> history(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable String platformId,
            @PathVariable String reportId) {
        Platform platform = registry.visible(staff, platformId);
        audit.record(
                staff,
                AuditTrail.Action.LEDGER_READ,
                platformId,
                platform.getJurisdiction(),
                "history of report " + reportId);
        return reports.history(platformId, reportId);
    }
}
