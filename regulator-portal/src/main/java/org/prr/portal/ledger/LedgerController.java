package org.prr.portal.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff reads of a platform's ledger, limited to the caller's jurisdiction; every read is audited. */
@RestController
@RequestMapping("/api/v1/platforms/{platformId}/ledger")
@Validated
class LedgerController {

    private final Ledger ledger;
    private final PlatformRegistry registry;
    private final AuditTrail audit;

    LedgerController(Ledger ledger, PlatformRegistry registry, AuditTrail audit) {
        this.ledger = ledger;
        this.registry = registry;
        this.audit = audit;
    }

    @GetMapping
    List<Entry> entries(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable String platformId,
            @RequestParam(defaultValue = "1") @Min(1) long fromSeq,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Platform platform = registry.visible(staff, platformId);
        audit.record(
                staff,
                AuditTrail.Action.LEDGER_READ,
                platformId,
                platform.getJurisdiction(),
                "fromSeq " + fromSeq + ", limit " + limit);
        return ledger.entries(platformId, fromSeq, limit);
    }

    @GetMapping("/verification")
    Verification verification(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String platformId) {
        Platform platform = registry.visible(staff, platformId);
        Verification verification = ledger.verify(platformId);
        audit.record(
                staff,
                AuditTrail.Action.LEDGER_VERIFIED,
                platformId,
                platform.getJurisdiction(),
                verification.valid()
                        ? "valid, " + verification.entries() + " entries"
                        : "broken at seq " + verification.firstBadSeq());
        return verification;
    }
}
