package org.prr.portal.obligation;

import java.util.List;
import org.prr.model.MetricFamily;
import org.prr.model.Obligation;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Obligations for staff: read a platform's, and replace one family's rule for it (ADMIN). */
@RestController
class ObligationController {

    private final Obligations obligations;
    private final PlatformRegistry registry;

    ObligationController(Obligations obligations, PlatformRegistry registry) {
        this.obligations = obligations;
        this.registry = registry;
    }

    @GetMapping("/api/v1/platforms/{platformId}/obligations")
    List<Obligation> of(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String platformId) {
        return obligations.of(registry.visible(staff, platformId));
    }

    @PutMapping("/api/v1/admin/platforms/{platformId}/obligations/{family}")
    List<Obligation> set(
            @AuthenticationPrincipal StaffPrincipal admin,
            @PathVariable String platformId,
            @PathVariable MetricFamily family,
            @RequestBody ObligationChange change) {
        Platform platform = registry.visible(admin, platformId);
        obligations.set(admin, platform, family, change);
        return obligations.of(platform);
    }
}
