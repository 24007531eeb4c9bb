package org.prr.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * What a platform must report: a family at a cadence, each period due within {@code gracePeriod} after it ends (in
 * {@code timeZone}), and the thresholds its figures are held to (for example
 * {@code minShareHandledWithinSla}). {@code source} says whether it is its tier's default or set for the platform.
 */
public record Obligation(
        MetricFamily family,
        Cadence cadence,
        Duration gracePeriod,
        ZoneId timeZone,
        Map<String, BigDecimal> thresholds,
        Source source) {

    public enum Source {
        TIER_DEFAULT,
        PLATFORM
    }
}
