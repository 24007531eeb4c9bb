package org.prr.portal.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.signing.Ed25519Keys;
import org.prr.portal.errors.Conflict;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.GapRule;
import org.prr.portal.gap.GapRuleSetting;
import org.prr.portal.gap.GapRules;
import org.prr.portal.obligation.ObligationChange;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.KeyRegistration;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistration;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理 · 平台 (ADMIN): the jurisdiction's platforms and the registration of a new one; per platform its signing keys
 * (add, revoke), its obligations (a family's cadence and grace replacing the tier's default) and its gap-rule overrides.
 * The services check the role and the jurisdiction again; dates are days in the jurisdiction's time zone.
 */
@Controller
class PlatformAdminPagesController {

    /** The registration form as typed. */
    record Registration(
            String platformId,
            String name,
            String jurisdiction,
            String tier,
            String contactName,
            String contactEmail,
            String contactPhone) {

        static Registration empty(StaffPrincipal by) {
            return new Registration("", "", by.isNational() ? "" : by.getJurisdiction(), "STANDARD", "", "", "");
        }
    }

    private final PlatformRegistry registry;
    private final Obligations obligations;
    private final GapRules rules;

    PlatformAdminPagesController(PlatformRegistry registry, Obligations obligations, GapRules rules) {
        this.registry = registry;
        this.obligations = obligations;
        this.rules = rules;
    }

    @GetMapping("/ui/admin")
    String admin(@AuthenticationPrincipal StaffPrincipal by) {
        by.requireAnyOf(Role.ADMIN);
        return "redirect:/ui/admin/platforms";
    }

    @GetMapping("/ui/admin/platforms")
    String platforms(@AuthenticationPrincipal StaffPrincipal by, Model model) {
        return list(by, Registration.empty(by), model);
    }

    @PostMapping("/ui/admin/platforms")
    String register(
            @AuthenticationPrincipal StaffPrincipal by, Registration form, Model model, RedirectAttributes redirect) {
        by.requireAnyOf(Role.ADMIN);
        try {
            Platform platform = registry.register(
                    by,
                    new PlatformRegistration(
                            Forms.blankToNull(form.platformId()),
                            Forms.blankToNull(form.name()),
                            Forms.blankToNull(form.jurisdiction()),
                            Forms.choice(Tier.class, "tier", form.tier()),
                            contact(form)));
            redirect.addFlashAttribute("done", "admin.done.registered");
            return "redirect:/ui/admin/platforms/" + platform.getPlatformId();
        } catch (InvalidInput | Conflict refused) {
            model.addAttribute("problemKind", refused instanceof InvalidInput ? "INVALID" : "CONFLICT");
            model.addAttribute("problemDetail", refused.getMessage());
            return list(by, form, model);
        }
    }

    @GetMapping("/ui/admin/platforms/{platformId}")
    String platform(@AuthenticationPrincipal StaffPrincipal by, @PathVariable String platformId, Model model) {
        by.requireAnyOf(Role.ADMIN);
        Platform platform = registry.visible(by, platformId);
        ZoneId zone = obligations.timeZone();
        model.addAttribute("zone", zone);
        model.addAttribute("platform", platform);
        model.addAttribute("keys", registry.keys(platformId));
        model.addAttribute("obligations", obligations.of(platform));
        model.addAttribute("rules", rules.appliedTo(by, platform));
        model.addAttribute("accounts", registry.accounts(by, platformId));
        model.addAttribute("today", LocalDate.now(zone));
        return "ui/admin-platform";
    }

    /** An account for one of the platform's compliance officers, who reads their own platform in /ui/own. */
    @PostMapping("/ui/admin/platforms/{platformId}/accounts")
    String addAccount(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "admin.done.accountCreated",
                () -> registry.createAccount(by, platformId, Forms.blankToNull(username), password));
        return "redirect:/ui/admin/platforms/" + platformId;
    }

    /** The key as PEM (what {@code openssl pkey -pubout} writes) or as base64 of its X.509 SubjectPublicKeyInfo. */
    @PostMapping("/ui/admin/platforms/{platformId}/keys")
    String addKey(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @RequestParam(required = false) String keyId,
            @RequestParam(required = false) String publicKey,
            @RequestParam(required = false) String notBefore,
            @RequestParam(required = false) String notAfter,
            RedirectAttributes redirect) {
        Forms.act(redirect, "admin.done.keyAdded", () -> {
            LocalDate from = Forms.date("notBefore", notBefore);
            registry.addKey(
                    by,
                    platformId,
                    new KeyRegistration(
                            Forms.blankToNull(keyId),
                            Ed25519Keys.ALGORITHM,
                            base64(Forms.blankToNull(publicKey)),
                            from == null ? null : startOf(from),
                            endOf(Forms.date("notAfter", notAfter))));
        });
        return "redirect:/ui/admin/platforms/" + platformId;
    }

    @PostMapping("/ui/admin/platforms/{platformId}/keys/{keyId}/revoke")
    String revokeKey(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @PathVariable String keyId,
            RedirectAttributes redirect) {
        Forms.act(redirect, "admin.done.keyRevoked", () -> registry.revokeKey(by, platformId, keyId));
        return "redirect:/ui/admin/platforms/" + platformId;
    }

    @PostMapping("/ui/admin/platforms/{platformId}/obligations")
    String setObligation(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @RequestParam(required = false) String family,
            @RequestParam(required = false) String cadence,
            @RequestParam(required = false) String graceHours,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "admin.done.obligationSet",
                () -> obligations.set(
                        by,
                        registry.visible(by, platformId),
                        Forms.choice(MetricFamily.class, "family", family),
                        new ObligationChange(
                                Forms.choice(Cadence.class, "cadence", cadence), number("graceHours", graceHours))));
        return "redirect:/ui/admin/platforms/" + platformId;
    }

    /** A blank field or "follow" keeps the level above's value (the jurisdiction's override or the tier's default). */
    @PostMapping("/ui/admin/platforms/{platformId}/rules")
    String setRule(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String enabled,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String threshold,
            @RequestParam(required = false) String secondThreshold,
            @RequestParam(required = false) String periods,
            RedirectAttributes redirect) {
        Forms.act(
                redirect,
                "admin.done.ruleSet",
                () -> rules.set(
                        by,
                        new GapRuleSetting(
                                Forms.choice(GapRule.class, "rule", rule),
                                GapRuleSetting.Scope.PLATFORM,
                                platformId,
                                Forms.blankToNull(enabled) == null ? null : Boolean.valueOf(enabled),
                                Forms.blankToNull(severity) == null
                                        ? null
                                        : Forms.choice(FlagSeverity.class, "severity", severity),
                                decimal("threshold", threshold),
                                decimal("secondThreshold", secondThreshold),
                                Forms.blankToNull(periods) == null ? null : number("periods", periods))));
        return "redirect:/ui/admin/platforms/" + platformId;
    }

    private String list(StaffPrincipal by, Registration form, Model model) {
        by.requireAnyOf(Role.ADMIN);
        List<Platform> platforms = registry.visibleTo(by);
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("platforms", platforms);
        model.addAttribute("form", form);
        return "ui/admin-platforms";
    }

    private static PlatformRegistration.Contact contact(Registration form) {
        String name = Forms.blankToNull(form.contactName());
        String email = Forms.blankToNull(form.contactEmail());
        String phone = Forms.blankToNull(form.contactPhone());
        return name == null && email == null && phone == null
                ? null
                : new PlatformRegistration.Contact(name, email, phone);
    }

    private static String base64(String typed) {
        if (typed == null || !typed.startsWith("-----BEGIN")) {
            return typed;
        }
        try {
            return Ed25519Keys.toBase64(Ed25519Keys.publicKeyFromPem(typed));
        } catch (IllegalArgumentException notAKey) {
            throw InvalidInput.field("publicKey", "is not the PEM of an Ed25519 public key");
        }
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(obligations.timeZone()).toInstant();
    }

    /** The end of the day: the key is valid through it. */
    private Instant endOf(LocalDate day) {
        return day == null ? null : startOf(day.plusDays(1));
    }

    private static int number(String field, String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.field(field, "must be a whole number");
        }
    }

    private static BigDecimal decimal(String field, String typed) {
        String value = Forms.blankToNull(typed);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.field(field, "must be a number, e.g. 0.8");
        }
    }
}
