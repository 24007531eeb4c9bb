package org.prr.portal.filing;

import java.time.Duration;
import java.time.Instant;
import org.prr.model.MetricFamily;
import org.prr.model.Period;
import org.prr.portal.platform.Tier;

/**
 * One owed period of one platform: when it is due, where it stands, and the report that answers it.
 *
 * @param dueAt the end of the period in the obligation's time zone plus its grace period
 * @param firstAcceptedAt when the period's first report was accepted, or null
 * @param reportId the period's current report, or null
 * @param lateBy how long after {@code dueAt} the first report came, when it was late (also for an amended period)
 */
public record Filing(
        String platformId,
        String platformName,
        Tier tier,
        MetricFamily family,
        Period period,
        Instant dueAt,
        FilingStatus status,
        Instant firstAcceptedAt,
        String reportId,
        Integer version,
        Duration lateBy) {}
