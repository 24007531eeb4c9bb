package org.prr.portal.gap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param windowDays how far back the evaluation looks at periods (the annual report: two years)
 * @param evaluateAfterIngest whether each accepted report is followed by an evaluation of its platform
 */
@Validated
@ConfigurationProperties("portal.gaps")
record GapSettings(
        @DefaultValue("92") @Min(7) @Max(800) int windowDays, @DefaultValue("true") boolean evaluateAfterIngest) {}
