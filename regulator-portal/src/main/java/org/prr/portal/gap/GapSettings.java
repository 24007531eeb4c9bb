package org.prr.portal.gap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param windowDays how far back the evaluation looks at periods (the annual report: two years)
 * @param recentDays how far back a scheduled evaluation looks for periods that fell due without a report (MISSING)
 *     and for reports that came late (LATE); older ones were found by the evaluations of their time
 * @param evaluateAfterIngest whether each accepted report is followed by an evaluation of its platform
 * @param evaluateEvery how often every rule runs over every platform, once across all portal instances
 */
@Validated
@ConfigurationProperties("portal.gaps")
record GapSettings(
        @DefaultValue("92") @Min(7) @Max(800) int windowDays,
        @DefaultValue("7") @Min(1) @Max(92) int recentDays,
        @DefaultValue("true") boolean evaluateAfterIngest,
        @DefaultValue("15m") @NotNull Duration evaluateEvery) {}
