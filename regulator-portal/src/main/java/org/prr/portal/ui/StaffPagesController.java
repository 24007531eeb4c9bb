package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.prr.portal.errors.Conflict;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.NewStaffUser;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffAccounts;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理 · 人员 and 审计日志 (ADMIN): the jurisdiction's staff accounts (create, disable and enable, unlock, reset a
 * password, roles) and the audit trail with filters kept in the URL, paged back by event id.
 */
@Controller
class StaffPagesController {

    private static final int AUDIT_PAGE = 100;
    private static final int EXPORT_PAGE = 1000;

    /** The new account form as typed; unticked roles send nothing. */
    record NewAccount(String username, String password, String jurisdiction, List<String> roles) {

        static NewAccount empty(StaffPrincipal by) {
            return new NewAccount("", "", by.isNational() ? "" : by.getJurisdiction(), List.of("VIEWER"));
        }

        public boolean has(Role role) {
            return roles != null && roles.contains(role.name());
        }
    }

    private final StaffAccounts accounts;
    private final AuditTrail audit;
    private final Obligations obligations;
    private final Downloads downloads;
    private final MessageSource messages;

    StaffPagesController(
            StaffAccounts accounts,
            AuditTrail audit,
            Obligations obligations,
            Downloads downloads,
            MessageSource messages) {
        this.accounts = accounts;
        this.audit = audit;
        this.obligations = obligations;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/ui/admin/staff")
    String staff(@AuthenticationPrincipal StaffPrincipal by, Model model) {
        return list(by, NewAccount.empty(by), model);
    }

    @PostMapping("/ui/admin/staff")
    String create(
            @AuthenticationPrincipal StaffPrincipal by, NewAccount form, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(
                    by,
                    new NewStaffUser(
                            Forms.blankToNull(form.username()),
                            form.password(),
                            Forms.blankToNull(form.jurisdiction()),
                            roles(form.roles())));
            redirect.addFlashAttribute("done", "admin.done.staffCreated");
            return "redirect:/ui/admin/staff";
        } catch (InvalidInput | Conflict refused) {
            model.addAttribute("problemKind", refused instanceof InvalidInput ? "INVALID" : "CONFLICT");
            model.addAttribute("problemDetail", refused.getMessage());
            return list(by, new NewAccount(form.username(), "", form.jurisdiction(), form.roles()), model);
        }
    }

    @PostMapping("/ui/admin/staff/{username}/disable")
    String disable(
            @AuthenticationPrincipal StaffPrincipal by, @PathVariable String username, RedirectAttributes redirect) {
        Forms.act(redirect, "admin.done.staffDisabled", () -> accounts.disable(by, username));
        return "redirect:/ui/admin/staff";
    }

    @PostMapping("/ui/admin/staff/{username}/enable")
    String enable(
            @AuthenticationPrincipal StaffPrincipal by, @PathVariable String username, RedirectAttributes redirect) {
        Forms.act(redirect, "admin.done.staffEnabled", () -> accounts.enable(by, username));
        return "redirect:/ui/admin/staff";
    }

    @PostMapping("/ui/admin/staff/{username}/unlock")
    String unlock(
            @AuthenticationPrincipal StaffPrincipal by, @PathVariable String username, RedirectAttributes redirect) {
        Forms.act(redirect, "admin.done.staffUnlocked", () -> accounts.unlock(by, username));
        return "redirect:/ui/admin/staff";
    }

    @PostMapping("/ui/admin/staff/{username}/password")
    String resetPassword(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String username,
            @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        Forms.act(redirect, "admin.done.passwordReset", () -> accounts.resetPassword(by, username, password));
        return "redirect:/ui/admin/staff";
    }

    @PostMapping("/ui/admin/staff/{username}/roles")
    String setRoles(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String username,
            @RequestParam(required = false) List<String> roles,
            RedirectAttributes redirect) {
        Forms.act(redirect, "admin.done.rolesSet", () -> accounts.setRoles(by, username, roles(roles)));
        return "redirect:/ui/admin/staff";
    }

    /** The audit log's filters, as its form and its export link send them. */
    record AuditFilters(String username, AuditTrail.Action action, String target, LocalDate from, LocalDate to) {

        AuditFilters {
            username = Forms.blankToNull(username);
            target = Forms.blankToNull(target);
        }

        /** From and to are days in the jurisdiction's time zone, both included. */
        AuditTrail.Query query(ZoneId zone, Long beforeId, int limit) {
            return new AuditTrail.Query(
                    username,
                    action,
                    target,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                    beforeId,
                    limit);
        }

        String audited() {
            return Downloads.filters("username", username, "action", action, "target", target, "from", from, "to", to);
        }
    }

    @GetMapping("/ui/admin/audit")
    String audit(
            @AuthenticationPrincipal StaffPrincipal by,
            AuditFilters filters,
            @RequestParam(required = false) Long beforeId,
            Model model) {
        ZoneId zone = obligations.timeZone();
        List<AuditTrail.Event> events = audit.find(by, filters.query(zone, beforeId, AUDIT_PAGE + 1));
        model.addAttribute("zone", zone);
        model.addAttribute("events", events.subList(0, Math.min(AUDIT_PAGE, events.size())));
        model.addAttribute(
                "olderFrom",
                events.size() > AUDIT_PAGE ? events.get(AUDIT_PAGE - 1).id() : null);
        model.addAttribute("username", filters.username());
        model.addAttribute("action", filters.action());
        model.addAttribute("target", filters.target());
        model.addAttribute("from", filters.from());
        model.addAttribute("to", filters.to());
        return "ui/admin-audit";
    }

    /** The events the audit log's filters select, newest first, every page. */
    @GetMapping("/ui/admin/audit/export")
    void exportAudit(
            @AuthenticationPrincipal StaffPrincipal by,
            AuditFilters filters,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = obligations.timeZone();
        AtomicReference<Long> before = new AtomicReference<>();
        downloads.send(
                by,
                "audit",
                format,
                filters.audited(),
                downloads.labels(
                        locale,
                        "admin.audit.at",
                        "signIn.username",
                        "admin.audit.action",
                        "admin.audit.targetColumn",
                        "platform.jurisdiction",
                        "admin.audit.detail",
                        "admin.audit.id"),
                Exports.pages(n -> {
                    List<AuditTrail.Event> page = audit.find(by, filters.query(zone, before.get(), EXPORT_PAGE));
                    if (!page.isEmpty()) {
                        before.set(page.get(page.size() - 1).id());
                    }
                    return page.stream()
                            .map(e -> Arrays.<Object>asList(
                                    Forms.timeToSecond(e.occurredAt(), zone),
                                    e.username(),
                                    messages.getMessage("audit." + e.action(), null, locale),
                                    e.target(),
                                    e.jurisdiction(),
                                    e.detail(),
                                    e.id()))
                            .toList();
                }),
                response);
    }

    private String list(StaffPrincipal by, NewAccount form, Model model) {
        List<StaffAccounts.Account> found = accounts.visibleTo(by);
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("accounts", found);
        model.addAttribute("form", form);
        return "ui/admin-staff";
    }

    private static Set<Role> roles(List<String> typed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (typed != null) {
            typed.forEach(role -> roles.add(Forms.choice(Role.class, "roles", role)));
        }
        return roles;
    }
}
