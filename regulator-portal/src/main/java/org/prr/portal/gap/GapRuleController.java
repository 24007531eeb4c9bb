package org.prr.portal.gap;

import java.math.BigDecimal;
import java.util.List;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.GapRule;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The rules' settings, their overrides, back-tests, and an evaluation on demand. */
@RestController
class GapRuleController {

    /** A setting's values; for an override, null follows the level above. */
    record SettingChange(
            Boolean enabled,
            FlagSeverity severity,
            BigDecimal threshold,
            BigDecimal secondThreshold,
            Integer periods) {}

    private final GapRules rules;
    private final Evaluation evaluation;

    GapRuleController(GapRules rules, Evaluation evaluation) {
        this.rules = rules;
        this.evaluation = evaluation;
    }

    @GetMapping("/api/v1/gap-rules")
    List<GapRuleSetting> settings(@AuthenticationPrincipal StaffPrincipal staff) {
        return rules.settings(staff);
    }

    @PutMapping("/api/v1/admin/gap-rules/{rule}/{scope}/{scopeKey}")
    GapRuleSetting set(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable GapRule rule,
            @PathVariable GapRuleSetting.Scope scope,
            @PathVariable String scopeKey,
            @RequestBody SettingChange change) {
        return rules.set(
                staff,
                new GapRuleSetting(
                        rule,
                        scope,
                        scopeKey,
                        change.enabled(),
                        change.severity(),
                        change.threshold(),
                        change.secondThreshold(),
                        change.periods()));
    }

    @PostMapping("/api/v1/gap-rules/{rule}/back-test")
    BackTest backTest(
            @AuthenticationPrincipal StaffPrincipal staff,
            @PathVariable GapRule rule,
            @RequestBody BackTest.Proposal proposal) {
        return rules.backTest(staff, rule, proposal);
    }

    @PostMapping("/api/v1/admin/evaluations")
    Evaluation.Run evaluate(@AuthenticationPrincipal StaffPrincipal staff) {
        staff.requireAnyOf(Role.ADMIN);
        return evaluation.everyPlatform();
    }
}
