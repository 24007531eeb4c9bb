package org.prr.portal.obligation;

import java.util.List;
import org.prr.model.Obligation;
import org.prr.portal.intake.SignedCall;
import org.prr.portal.platform.PlatformRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A platform's agent asks what it must report (signed, like every platform call). */
@RestController
class PlatformObligationController {

    private final Obligations obligations;
    private final PlatformRegistry registry;

    PlatformObligationController(Obligations obligations, PlatformRegistry registry) {
        this.obligations = obligations;
        this.registry = registry;
    }

    @GetMapping("/api/v1/obligations")
    List<Obligation> mine(SignedCall caller) {
        return obligations.of(registry.registered(caller.platformId()));
    }
}
