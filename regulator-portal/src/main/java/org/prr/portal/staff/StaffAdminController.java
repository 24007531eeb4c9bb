package org.prr.portal.staff;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts and the audit trail, for ADMINs, within their own jurisdiction. */
@RestController
@RequestMapping("/api/v1/admin")
class StaffAdminController {

    record RolesChange(Set<Role> roles) {}

    record PasswordChange(String password) {}

    private final StaffAccounts accounts;
    private final AuditTrail audit;

    StaffAdminController(StaffAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/staff")
    List<StaffAccounts.Account> list(@AuthenticationPrincipal StaffPrincipal admin) {
        return accounts.visibleTo(admin);
    }

    @PostMapping("/staff")
    ResponseEntity<StaffAccounts.Account> create(
            @AuthenticationPrincipal StaffPrincipal admin, @RequestBody NewStaffUser user) {
        StaffAccounts.Account created = accounts.create(admin, user);
        return ResponseEntity.created(URI.create("/api/v1/admin/staff/" + created.username()))
                .body(created);
    }

    @PostMapping("/staff/{username}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username) {
        accounts.disable(admin, username);
    }

    @PostMapping("/staff/{username}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username) {
        accounts.enable(admin, username);
    }

    @PostMapping("/staff/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username) {
        accounts.unlock(admin, username);
    }

    @PutMapping("/staff/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(
            @AuthenticationPrincipal StaffPrincipal admin,
            @PathVariable String username,
            @RequestBody PasswordChange change) {
        accounts.resetPassword(admin, username, change.password());
    }

    @PutMapping("/staff/{username}/roles")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setRoles(
            @AuthenticationPrincipal StaffPrincipal admin,
            @PathVariable String username,
            @RequestBody RolesChange change) {
        accounts.setRoles(admin, username, change.roles());
    }

    @GetMapping("/audit")
    List<AuditTrail.Event> audit(
            @AuthenticationPrincipal StaffPrincipal admin,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) AuditTrail.Action action,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Long beforeId,
            @RequestParam(defaultValue = "100") int limit) {
        return audit.find(admin, new AuditTrail.Query(username, action, target, from, to, beforeId, limit));
    }
}
