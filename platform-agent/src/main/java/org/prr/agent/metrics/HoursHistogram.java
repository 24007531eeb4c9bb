package org.prr.agent.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/** Durations in constant memory (HdrHistogram of seconds, 3 significant digits), read back as hours. */
final class HoursHistogram {

    private final Histogram seconds = new Histogram(3);

    void record(Duration duration) {
        record(Math.max(0, duration.toSeconds()), 1);
    }

    void record(long seconds, long count) {
        this.seconds.recordValueWithCount(Math.max(0, seconds), count);
    }

    /** Null when nothing was recorded: there is no time to report, which is not the same as zero hours. */
    BigDecimal hoursAt(double percentile) {
        if (seconds.getTotalCount() == 0) {
            return null;
        }
        return BigDecimal.valueOf(seconds.getValueAtPercentile(percentile))
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
