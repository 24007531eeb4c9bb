package org.prr.portal.filing;

import java.time.LocalDate;
import java.util.List;
import org.prr.model.MetricFamily;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Filing status for staff, limited to their jurisdiction: the list with its counts, and who has not filed. */
@RestController
class FilingController {

    private final Filings filings;

    FilingController(Filings filings) {
        this.filings = filings;
    }

    @GetMapping("/api/v1/filings")
    FilingPage filings(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) MetricFamily family,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) FilingStatus status,
            @RequestParam(required = false) String platformId,
            @RequestParam(required = false) Tier tier,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return filings.find(staff, new FilingQuery(family, from, to, status, platformId, tier, page, size));
    }

    @GetMapping("/api/v1/filings/non-submitters")
    List<NonSubmitter> nonSubmitters(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam MetricFamily family,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period) {
        return filings.nonSubmitters(staff, family, period);
    }
}
