package org.prr.portal.ledger;

import java.util.List;
import org.prr.model.ledger.CheckpointExport;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Export of signed chain-head checkpoints for the caller's jurisdiction, and their later verification. */
@RestController
class CheckpointController {

    private final Checkpoints checkpoints;
    private final PlatformRegistry registry;
    private final AuditTrail audit;

    CheckpointController(Checkpoints checkpoints, PlatformRegistry registry, AuditTrail audit) {
        this.checkpoints = checkpoints;
        this.registry = registry;
        this.audit = audit;
    }

    @GetMapping("/api/v1/ledger/checkpoints")
    CheckpointExport export(@AuthenticationPrincipal StaffPrincipal staff) {
        CheckpointExport export = checkpoints.export(
                registry.visibleTo(staff).stream().map(Platform::getPlatformId).toList());
        audit.record(
                staff,
                AuditTrail.Action.CHECKPOINTS_EXPORTED,
                "checkpoints",
                staff.getJurisdiction(),
                export.checkpoints().size() + " chains");
        return export;
    }

    @PostMapping("/api/v1/ledger/checkpoints/verification")
    List<Checkpoints.Result> verify(
            @AuthenticationPrincipal StaffPrincipal staff, @RequestBody CheckpointExport export) {
        if (export.checkpoints() == null) {
            throw InvalidInput.field("checkpoints", "must be the list of an export");
        }
        export.checkpoints().forEach(c -> registry.visible(staff, c.platformId()));
        return checkpoints.verify(export.checkpoints());
    }
}
