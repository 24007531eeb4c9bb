package org.prr.portal.gap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.prr.portal.flag.FlagSeverity;
import org.prr.portal.flag.GapRule;
import org.prr.portal.platform.Platform;

/**
 * A rule as it applies to one platform: each value from the nearest level that sets it (the platform's own override,
 * else its jurisdiction's, else its tier's default), and the platform's own override, if any, as it is stored.
 */
public record AppliedRule(
        GapRule rule,
        Boolean enabled,
        FlagSeverity severity,
        BigDecimal threshold,
        BigDecimal secondThreshold,
        Integer periods,
        GapRuleSetting platformOverride) {

    static AppliedRule of(GapRule rule, Platform platform, List<GapRuleSetting> settings) {
        GapRuleSetting own = setting(settings, rule, GapRuleSetting.Scope.PLATFORM, platform.getPlatformId());
        List<GapRuleSetting> nearestFirst = Stream.of(
                        own,
                        setting(settings, rule, GapRuleSetting.Scope.JURISDICTION, platform.getJurisdiction()),
                        setting(
                                settings,
                                rule,
                                GapRuleSetting.Scope.TIER,
                                platform.getTier().name()))
                .filter(Objects::nonNull)
                .toList();
        return new AppliedRule(
                rule,
                nearest(nearestFirst, GapRuleSetting::enabled),
                nearest(nearestFirst, GapRuleSetting::severity),
                nearest(nearestFirst, GapRuleSetting::threshold),
                nearest(nearestFirst, GapRuleSetting::secondThreshold),
                nearest(nearestFirst, GapRuleSetting::periods),
                own);
    }

    private static GapRuleSetting setting(
            List<GapRuleSetting> settings, GapRule rule, GapRuleSetting.Scope scope, String key) {
        return settings.stream()
                .filter(s -> s.rule() == rule && s.scope() == scope && key.equals(s.scopeKey()))
                .findFirst()
                .orElse(null);
    }

    private static <T> T nearest(List<GapRuleSetting> nearestFirst, Function<GapRuleSetting, T> value) {
        return nearestFirst.stream()
                .map(value)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
