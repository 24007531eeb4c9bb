package org.prr.portal.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.prr.portal.ApiProblem;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff reads of a platform's ledger, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/platforms/{platformId}/ledger")
@Validated
class LedgerController {

    private final Ledger ledger;
    private final PlatformRegistry registry;

    LedgerController(Ledger ledger, PlatformRegistry registry) {
        this.ledger = ledger;
        this.registry = registry;
    }

    @GetMapping
    List<Entry> entries(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String platformId,
            @RequestParam(defaultValue = "1") @Min(1) long fromSeq,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return ledger.entries(visible(staff, platformId).getPlatformId(), fromSeq, limit);
    }

    @GetMapping("/verification")
    Verification verification(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String platformId) {
        return ledger.verify(visible(staff, platformId).getPlatformId());
    }

    /** A platform outside the caller's jurisdiction is answered exactly like one that does not exist. */
    private Platform visible(StaffPrincipal staff, String platformId) {
        return registry.find(platformId)
                .filter(platform -> staff.canSee(platform.getJurisdiction()))
                .orElseThrow(() -> ApiProblem.notFound("no platform " + platformId + " in your jurisdiction"));
    }
}
