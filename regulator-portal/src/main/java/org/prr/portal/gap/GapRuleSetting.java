package org.prr.portal.gap;

import java.math.BigDecimal;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.GapRule;

/**
 * One row of a rule's settings: a tier's defaults, or a jurisdiction's or platform's override, where null means "as
 * the level above".
 */
public record GapRuleSetting(
        GapRule rule,
        Scope scope,
        String scopeKey,
        Boolean enabled,
        FlagSeverity severity,
        BigDecimal threshold,
        BigDecimal secondThreshold,
        Integer periods) {

    /** Whose setting it is: a tier (KEY, STANDARD), a jurisdiction (CN-50) or a platform (its id). */
    public enum Scope {
        TIER,
        JURISDICTION,
        PLATFORM
    }
}
