package org.prr.portal.platform;

import java.util.List;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The platforms of the caller's jurisdiction. */
@RestController
class PlatformController {

    private final PlatformRegistry registry;

    PlatformController(PlatformRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/v1/platforms")
    List<PlatformView> platforms(@AuthenticationPrincipal StaffPrincipal staff) {
        return registry.visibleTo(staff).stream()
                .map(p -> PlatformView.of(p, null))
                .toList();
    }

    @GetMapping("/api/v1/platforms/{platformId}")
    PlatformView platform(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String platformId) {
        Platform platform = registry.visible(staff, platformId);
        return PlatformView.of(platform, registry.keys(platformId));
    }
}
