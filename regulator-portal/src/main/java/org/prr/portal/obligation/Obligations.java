package org.prr.portal.obligation;

import jakarta.validation.Validator;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prr.model.MetricFamily;
import org.prr.model.Obligation;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.platform.Platform;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporting obligations of each platform: its tier's defaults, replaced family by family by its own rules. */
@Service
public class Obligations {

    private final ObligationRules rules;
    private final ObligationSettings settings;
    private final AuditTrail audit;
    private final Validator validator;

    Obligations(ObligationRules rules, ObligationSettings settings, AuditTrail audit, Validator validator) {
        this.rules = rules;
        this.settings = settings;
        this.audit = audit;
        this.validator = validator;
    }

    /** The jurisdiction's time zone: periods are its calendar periods. */
    public ZoneId timeZone() {
        return settings.timeZone();
    }

    @Transactional(readOnly = true)
    public List<Obligation> of(Platform platform) {
        List<ObligationRule> rules = new ArrayList<>(this.rules.findByScopeAndScopeKey(
                ObligationRule.Scope.TIER, platform.getTier().name()));
        rules.addAll(this.rules.findByScopeAndScopeKey(ObligationRule.Scope.PLATFORM, platform.getPlatformId()));
        return effective(platform, rules);
    }

    /** The obligations of each of the platforms, by platform id, from one read of every rule. */
    @Transactional(readOnly = true)
    public Map<String, List<Obligation>> ofEach(List<Platform> platforms) {
        List<ObligationRule> all = rules.findAll();
        Map<String, List<Obligation>> obligations = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            obligations.put(
                    platform.getPlatformId(),
                    effective(
                            platform,
                            all.stream()
                                    .filter(rule -> rule.appliesTo(platform))
                                    .toList()));
        }
        return obligations;
    }

    /** The tier's defaults, replaced family by family by the platform's own rules. */
    private List<Obligation> effective(Platform platform, List<ObligationRule> applying) {
        Map<MetricFamily, ObligationRule> effective = new EnumMap<>(MetricFamily.class);
        applying.stream()
                .filter(rule -> rule.getScope() == ObligationRule.Scope.TIER)
                .forEach(rule -> effective.put(rule.getFamily(), rule));
        applying.stream()
                .filter(rule -> rule.getScope() == ObligationRule.Scope.PLATFORM)
                .forEach(rule -> effective.put(rule.getFamily(), rule));
        return effective.values().stream()
                .map(rule -> new Obligation(
                        rule.getFamily(),
                        rule.getCadence(),
                        Duration.ofHours(rule.getGraceHours()),
                        settings.timeZone(),
                        rule.getScope() == ObligationRule.Scope.TIER
                                ? Obligation.Source.TIER_DEFAULT
                                : Obligation.Source.PLATFORM))
                .toList();
    }

    /** Replaces the tier's default for one family of the platform (ADMIN; the platform as the caller may see it). */
    @Transactional
    public void set(StaffPrincipal by, Platform platform, MetricFamily family, ObligationChange change) {
        by.requireAnyOf(Role.ADMIN);
        InvalidInput.check(validator, change);
        ObligationRule rule = rules.findByScopeAndScopeKeyAndFamily(
                        ObligationRule.Scope.PLATFORM, platform.getPlatformId(), family)
                .orElseGet(() -> new ObligationRule(platform.getPlatformId(), family));
        rule.set(change.cadence(), change.graceHours());
        rules.save(rule);
        audit.record(
                by,
                AuditTrail.Action.OBLIGATION_SET,
                platform.getPlatformId() + "/" + family,
                platform.getJurisdiction(),
                change.cadence() + ", grace " + change.graceHours() + " h");
    }
}
