package org.prr.portal.gap;

import java.math.BigDecimal;
import org.prr.portal.flag.GapRule;
import org.prr.portal.platform.Tier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which platforms a rule runs over and with which settings, as the SQL of the CTE {@code s} (platform_id, severity,
 * threshold, second_threshold, periods): each platform's own settings, else its jurisdiction's, else its tier's, for
 * the platforms where the rule is enabled; or, for a back-test, proposed settings laid over those, on every platform
 * of a jurisdiction or tier.
 */
record RuleScope(
        GapRule rule,
        String platformId,
        String jurisdiction,
        Tier tier,
        BigDecimal proposedThreshold,
        BigDecimal proposedSecondThreshold,
        Integer proposedPeriods) {

    static RuleScope everyPlatform(GapRule rule) {
        return new RuleScope(rule, null, null, null, null, null, null);
    }

    static RuleScope platform(GapRule rule, String platformId) {
        return new RuleScope(rule, platformId, null, null, null, null, null);
    }

    boolean isProposal() {
        return proposedThreshold != null || proposedSecondThreshold != null || proposedPeriods != null;
    }

    String sql() {
        StringBuilder sql = new StringBuilder(
                """
                SELECT p.platform_id,
                       COALESCE(pr.severity, jr.severity, t.severity) AS severity,
                       COALESCE(CAST(:proposedThreshold AS DECIMAL(19, 4)), pr.threshold, jr.threshold, t.threshold)
                           AS threshold,
                       COALESCE(CAST(:proposedSecond AS DECIMAL(19, 4)), pr.second_threshold, jr.second_threshold,
                                t.second_threshold) AS second_threshold,
                       COALESCE(CAST(:proposedPeriods AS INTEGER), pr.periods, jr.periods, t.periods) AS periods
                FROM platform p
                JOIN gap_rule t ON t.rule = :rule AND t.scope = 'TIER' AND t.scope_key = p.tier
                LEFT JOIN gap_rule jr ON jr.rule = :rule AND jr.scope = 'JURISDICTION' AND jr.scope_key = p.jurisdiction
                LEFT JOIN gap_rule pr ON pr.rule = :rule AND pr.scope = 'PLATFORM' AND pr.scope_key = p.platform_id
                WHERE 1 = 1""");
        if (!isProposal()) {
            sql.append(" AND COALESCE(pr.enabled, jr.enabled, t.enabled) = TRUE");
        }
        if (platformId != null) {
            sql.append(" AND p.platform_id = :platformId");
        }
        if (jurisdiction != null) {
            sql.append(" AND p.jurisdiction = :jurisdiction");
        }
        if (tier != null) {
            sql.append(" AND p.tier = :tier");
        }
        return sql.toString();
    }

    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource("rule", rule.name())
                .addValue("proposedThreshold", proposedThreshold)
                .addValue("proposedSecond", proposedSecondThreshold)
                .addValue("proposedPeriods", proposedPeriods)
                .addValue("platformId", platformId)
                .addValue("jurisdiction", jurisdiction)
                .addValue("tier", tier == null ? null : tier.name());
    }
}
