package org.prr.portal.gap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.flag.Cause;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.GapRule;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.OutsideJurisdiction;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules' settings as staff read and change them, and back-tests of proposed ones. */
@Service
public class GapRules {

    private final NamedParameterJdbcTemplate jdbc;
    private final PlatformRegistry registry;
    private final Evaluation evaluation;
    private final AuditTrail audit;
    private final Clock clock;

    GapRules(
            NamedParameterJdbcTemplate jdbc,
            PlatformRegistry registry,
            Evaluation evaluation,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.evaluation = evaluation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every tier default, and the overrides of the jurisdictions and platforms the caller may see. */
    @Transactional(readOnly = true)
    public List<GapRuleSetting> settings(StaffPrincipal by) {
        List<GapRuleSetting> visible = new ArrayList<>();
        jdbc.query(
                "SELECT g.*, p.jurisdiction AS platform_jurisdiction FROM gap_rule g LEFT JOIN platform p "
                        + "ON g.scope = 'PLATFORM' AND p.platform_id = g.scope_key ORDER BY g.rule, g.scope, g.scope_key",
                row -> {
                    GapRuleSetting.Scope scope = GapRuleSetting.Scope.valueOf(row.getString("scope"));
                    boolean canSee =
                            switch (scope) {
                                case TIER -> true;
                                case JURISDICTION -> by.canSee(row.getString("scope_key"));
                                case PLATFORM -> by.canSee(row.getString("platform_jurisdiction"));
                            };
                    if (canSee) {
                        String severity = row.getString("severity");
                        visible.add(new GapRuleSetting(
                                GapRule.valueOf(row.getString("rule")),
                                scope,
                                row.getString("scope_key"),
                                (Boolean) row.getObject("enabled", Boolean.class),
                                severity == null ? null : FlagSeverity.valueOf(severity),
                                row.getBigDecimal("threshold"),
                                row.getBigDecimal("second_threshold"),
                                (Integer) row.getObject("periods", Integer.class)));
                    }
                });
        return visible;
    }

    /** Every rule as it applies to the platform, which the caller must be able to see. */
    @Transactional(readOnly = true)
    public List<AppliedRule> appliedTo(StaffPrincipal by, Platform platform) {
        List<GapRuleSetting> settings = settings(by);
        return Arrays.stream(GapRule.values())
                .map(rule -> AppliedRule.of(rule, platform, settings))
                .toList();
    }

    /**
     * Sets a tier's defaults (national ADMIN only), or a jurisdiction's or platform's override (ADMIN of that
     * jurisdiction or national); an override's null settings follow the level above.
     */
    @Transactional
    public GapRuleSetting set(StaffPrincipal by, GapRuleSetting setting) {
        by.requireAnyOf(Role.ADMIN);
        String jurisdiction;
        switch (setting.scope()) {
            case TIER -> {
                if (Arrays.stream(Tier.values()).noneMatch(t -> t.name().equals(setting.scopeKey()))) {
                    throw InvalidInput.field("scopeKey", "a tier is KEY or STANDARD");
                }
                if (!by.isNational()) {
                    throw OutsideJurisdiction.creating("tier defaults", by);
                }
                if (setting.enabled() == null || setting.severity() == null) {
                    throw InvalidInput.field("enabled", "a tier's defaults need enabled and severity");
                }
                jurisdiction = StaffPrincipal.NATIONAL;
            }
            case JURISDICTION -> {
                if (!setting.scopeKey().matches("CN-[0-9]{2}")) {
                    throw InvalidInput.field("scopeKey", "a jurisdiction is CN-nn, e.g. CN-50");
                }
                if (!by.canSee(setting.scopeKey())) {
                    throw OutsideJurisdiction.creating("overrides", by);
                }
                jurisdiction = setting.scopeKey();
            }
            case PLATFORM -> {
                Platform platform = registry.visible(by, setting.scopeKey());
                jurisdiction = platform.getJurisdiction();
            }
            default -> throw new IllegalStateException();
        }
        check(setting.threshold(), setting.secondThreshold(), setting.periods());
        MapSqlParameterSource row = new MapSqlParameterSource(
                        "rule", setting.rule().name())
                .addValue("scope", setting.scope().name())
                .addValue("scopeKey", setting.scopeKey())
                .addValue("enabled", setting.enabled())
                .addValue(
                        "severity",
                        setting.severity() == null ? null : setting.severity().name())
                .addValue("threshold", setting.threshold())
                .addValue("second", setting.secondThreshold())
                .addValue("periods", setting.periods());
        int updated = jdbc.update(
                "UPDATE gap_rule SET enabled = :enabled, severity = :severity, threshold = :threshold, "
                        + "second_threshold = :second, periods = :periods "
                        + "WHERE rule = :rule AND scope = :scope AND scope_key = :scopeKey",
                row);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO gap_rule (rule, scope, scope_key, enabled, severity, threshold, second_threshold, "
                            + "periods) VALUES (:rule, :scope, :scopeKey, :enabled, :severity, :threshold, :second, "
                            + ":periods)",
                    row);
        }
        audit.record(
                by,
                AuditTrail.Action.GAP_RULE_SET,
                setting.rule() + "/" + setting.scope() + "/" + setting.scopeKey(),
                jurisdiction,
                "enabled " + setting.enabled() + ", severity " + setting.severity() + ", threshold "
                        + setting.threshold() + ", second " + setting.secondThreshold() + ", periods "
                        + setting.periods());
        return setting;
    }

    /** What the rule with the proposal would find over the caller's platforms, against what it finds now. */
    @Transactional(readOnly = true)
    public BackTest backTest(StaffPrincipal by, GapRule rule, BackTest.Proposal proposal) {
        by.requireAnyOf(Role.ANALYST, Role.ADMIN);
        check(proposal.threshold(), proposal.secondThreshold(), proposal.periods());
        int days = proposal.days() == null ? 92 : proposal.days();
        if (days < 1 || days > 800) {
            throw InvalidInput.field("days", "must be between 1 and 800");
        }
        String jurisdiction = by.isNational() ? null : by.getJurisdiction();
        Instant now = clock.instant();
        evaluation.coverCalendar(now);
        LocalDate from = evaluation.today(now).minusDays(days);
        RuleScope current = new RuleScope(rule, null, jurisdiction, proposal.tier(), null, null, null);
        RuleScope proposed = new RuleScope(
                rule,
                null,
                jurisdiction,
                proposal.tier(),
                proposal.threshold(),
                proposal.secondThreshold(),
                proposal.periods());
        Map<String, int[]> counts = new TreeMap<>();
        // Over the whole span asked for: what fell due or came late since its first day, not just the recent slice.
        Instant since = from.atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant();
        List<Cause> withCurrent = evaluation.causes(current, from, since, now);
        List<Cause> withProposal = evaluation.causes(proposed, from, since, now);
        withCurrent.forEach(c -> counts.computeIfAbsent(c.platformId(), id -> new int[2])[0]++);
        withProposal.forEach(c -> counts.computeIfAbsent(c.platformId(), id -> new int[2])[1]++);
        return new BackTest(
                rule,
                proposal,
                from,
                registry.visibleTo(by).size(),
                withCurrent.size(),
                withProposal.size(),
                counts.entrySet().stream()
                        .map(e -> new BackTest.PlatformCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }

    private static void check(BigDecimal threshold, BigDecimal second, Integer periods) {
        if (threshold != null && (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            throw InvalidInput.field("threshold", "must be between 0 and 1000000");
        }
        if (second != null && (second.signum() < 0 || second.compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            throw InvalidInput.field("secondThreshold", "must be between 0 and 1000000");
        }
        if (periods != null && (periods < 1 || periods > 60)) {
            throw InvalidInput.field("periods", "must be between 1 and 60");
        }
    }
}
