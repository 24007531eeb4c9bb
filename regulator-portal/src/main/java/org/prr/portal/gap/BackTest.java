package org.prr.portal.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.prr.portal.flag.GapRule;
import org.prr.portal.platform.Tier;

/**
 * What a rule with proposed settings would have found over the last {@code days}, next to what it finds with the
 * settings in force, platform by platform; nothing is written.
 */
public record BackTest(
        GapRule rule,
        Proposal proposal,
        LocalDate from,
        int platformsInScope,
        int causesNow,
        int causesProposed,
        List<PlatformCount> platforms) {

    /** The settings to try; those left null stay as they are for each platform. */
    public record Proposal(
            BigDecimal threshold, BigDecimal secondThreshold, Integer periods, Tier tier, Integer days) {}

    /** How many causes one platform has with the settings in force and with the proposal. */
    public record PlatformCount(String platformId, int now, int proposed) {}
}
