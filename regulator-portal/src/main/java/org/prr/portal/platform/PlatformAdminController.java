package org.prr.portal.platform;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration of platforms and their keys by regulator ADMIN staff. */
@RestController
@RequestMapping("/api/v1/admin/platforms")
class PlatformAdminController {

    private final PlatformRegistry registry;

    PlatformAdminController(PlatformRegistry registry) {
        this.registry = registry;
    }

    record PlatformView(String platformId, String name, String jurisdiction, Tier tier,
            PlatformRegistration.Contact contact, java.time.Instant registeredAt) {
        static PlatformView of(Platform p) {
            return new PlatformView(p.getPlatformId(), p.getName(), p.getJurisdiction(), p.getTier(), p.contact(),
                    p.getRegisteredAt());
        }
    }

    @PostMapping
    ResponseEntity<PlatformView> register(@Valid @RequestBody PlatformRegistration registration) {
        Platform platform = registry.register(registration);
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + platform.getPlatformId()))
                .body(PlatformView.of(platform));
    }

    @PostMapping("/{platformId}/keys")
    ResponseEntity<Void> addKey(@PathVariable String platformId, @Valid @RequestBody KeyRegistration key) {
        registry.addKey(platformId, key);
        return ResponseEntity.status(201).build();
    }
}
