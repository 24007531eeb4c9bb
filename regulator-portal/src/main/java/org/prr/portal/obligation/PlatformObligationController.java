package org.prr.portal.obligation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.prr.model.Obligation;
import org.prr.portal.intake.SignedRequestAuthenticator;
import org.prr.portal.platform.PlatformRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A platform's agent asks what it must report (signed, like every platform call). */
@RestController
class PlatformObligationController {

    private final SignedRequestAuthenticator authenticator;
    private final Obligations obligations;
    private final PlatformRegistry registry;

    PlatformObligationController(
            SignedRequestAuthenticator authenticator, Obligations obligations, PlatformRegistry registry) {
        this.authenticator = authenticator;
        this.obligations = obligations;
        this.registry = registry;
    }

    @GetMapping("/api/v1/obligations")
    List<Obligation> mine(HttpServletRequest request) {
        String platformId = authenticator.authenticate(request, new byte[0]).platformId();
        return obligations.of(registry.registered(platformId));
    }
}
