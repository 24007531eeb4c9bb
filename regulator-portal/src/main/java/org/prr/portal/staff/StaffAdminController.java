package org.prr.portal.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.prr.portal.errors.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff users and the audit trail, for ADMINs, within their own jurisdiction. */
@RestController
@Validated
class StaffAdminController {

    record StaffView(String username, String jurisdiction, java.util.Set<Role> roles) {}

    private final StaffUsers users;
    private final PasswordEncoder passwordEncoder;
    private final StaffSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    StaffAdminController(
            StaffUsers users, PasswordEncoder passwordEncoder, StaffSettings settings, AuditTrail audit, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/api/v1/admin/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    ResponseEntity<StaffView> create(
            @AuthenticationPrincipal StaffPrincipal admin, @Valid @RequestBody NewStaffUser user) {
        if (!admin.canSee(user.jurisdiction())) {
            throw OutsideJurisdiction.creating("staff", admin);
        }
        if (user.password().length() < settings.minPasswordLength()) {
            throw InvalidInput.field("password", "must be at least " + settings.minPasswordLength() + " characters");
        }
        if (users.existsById(user.username())) {
            throw StaffUserExists.withName(user.username());
        }
        users.save(new StaffUser(
                user.username(),
                passwordEncoder.encode(user.password()),
                user.jurisdiction(),
                user.roles(),
                clock.instant()));
        audit.record(
                admin, AuditTrail.Action.STAFF_CREATED, user.username(), user.jurisdiction(), "roles " + user.roles());
        return ResponseEntity.created(URI.create("/api/v1/admin/staff/" + user.username()))
                .body(new StaffView(user.username(), user.jurisdiction(), user.roles()));
    }

    @GetMapping("/api/v1/admin/audit")
    List<AuditTrail.Event> audit(
            @AuthenticationPrincipal StaffPrincipal admin,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return audit.recent(admin, limit);
    }
}
