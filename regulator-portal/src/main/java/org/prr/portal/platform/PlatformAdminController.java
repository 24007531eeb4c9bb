package org.prr.portal.platform;

import java.net.URI;
import java.util.List;
import org.prr.portal.staff.StaffAccounts;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration of platforms, their keys and their own accounts by regulator ADMIN staff. */
@RestController
@RequestMapping("/api/v1/admin/platforms")
class PlatformAdminController {

    /** A platform's own account: one of its compliance officers, who reads its record in the web UI. */
    record NewAccount(String username, String password) {}

    private final PlatformRegistry registry;

    PlatformAdminController(PlatformRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlatformView> register(
            @AuthenticationPrincipal StaffPrincipal admin, @RequestBody PlatformRegistration registration) {
        Platform platform = registry.register(admin, registration);
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + platform.getPlatformId()))
                .body(PlatformView.of(platform, null));
    }

    @PostMapping("/{platformId}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> addKey(
            @AuthenticationPrincipal StaffPrincipal admin,
            @PathVariable String platformId,
            @RequestBody KeyRegistration key) {
        registry.addKey(admin, platformId, key);
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + platformId))
                .build();
    }

    /** The platform's own accounts (role PLATFORM). */
    @GetMapping("/{platformId}/accounts")
    List<StaffAccounts.Account> accounts(
            @AuthenticationPrincipal StaffPrincipal admin, @PathVariable String platformId) {
        return registry.accounts(admin, platformId);
    }

    @PostMapping("/{platformId}/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<StaffAccounts.Account> createAccount(
            @AuthenticationPrincipal StaffPrincipal admin,
            @PathVariable String platformId,
            @RequestBody NewAccount account) {
        StaffAccounts.Account created =
                registry.createAccount(admin, platformId, account.username(), account.password());
        return ResponseEntity.created(URI.create("/api/v1/admin/platforms/" + platformId + "/accounts"))
                .body(created);
    }

    @PostMapping("/{platformId}/keys/{keyId}/revocation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revokeKey(
            @AuthenticationPrincipal StaffPrincipal admin,
            @PathVariable String platformId,
            @PathVariable String keyId) {
        registry.revokeKey(admin, platformId, keyId);
        return ResponseEntity.noContent().build();
    }
}
