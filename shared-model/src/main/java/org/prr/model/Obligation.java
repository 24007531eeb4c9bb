package org.prr.model;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What a platform must report: a family at a cadence, each period due within {@code gracePeriod} after it ends (in
 * {@code timeZone}). {@code source} says whether it is its tier's default or set for the platform. The thresholds its
 * figures are held to are the regulator's gap rules, not part of the obligation.
 */
public record Obligation(MetricFamily family, Cadence cadence, Duration gracePeriod, ZoneId timeZone, Source source) {

    public enum Source {
        TIER_DEFAULT,
        PLATFORM
    }
}
