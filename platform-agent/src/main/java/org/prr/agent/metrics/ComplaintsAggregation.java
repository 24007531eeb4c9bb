package org.prr.agent.metrics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.prr.agent.source.ComplaintRecord;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.ComplaintsSection;
import org.prr.model.Period;

/**
 * Folds complaint records into the COMPLAINTS section of one period, in constant memory: counters, and an
 * HdrHistogram of handling times for the percentiles.
 *
 * <p>SLA (METRICS.md): 24 h for clearly illegal content, 7 days for the rest. Appeals are counted on complaints
 * handled in the period.
 */
final class ComplaintsAggregation {

    static final Duration SLA_CLEARLY_ILLEGAL = Duration.ofHours(24);
    static final Duration SLA_OTHER = Duration.ofDays(7);

    private final LocalDateTime start;
    private final LocalDateTime end;
    private long received;
    private final Map<ComplaintChannel, Long> byChannel = new EnumMap<>(ComplaintChannel.class);
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    private long handled;
    private long handledWithinSla;
    private final Map<ComplaintOutcome, Long> outcomes = new EnumMap<>(ComplaintOutcome.class);
    private long feedbackGiven;
    private long backlogAtEnd;
    private long appealsReceived;
    private long appealsUpheld;
    private final HoursHistogram timeToResolution = new HoursHistogram();

    ComplaintsAggregation(Period period) {
        this.start = period.start().atStartOfDay();
        this.end = period.end().plusDays(1).atStartOfDay();
    }

    void add(ComplaintRecord c) {
        if (within(c.receivedAt())) {
            received++;
            byChannel.merge(c.channel(), 1L, Long::sum);
            byCategory.merge(c.category(), 1L, Long::sum);
        }
        if (c.closedAt() != null && within(c.closedAt())) {
            handled++;
            Duration taken = Duration.between(c.receivedAt(), c.closedAt());
            if (taken.compareTo(c.clearlyIllegal() ? SLA_CLEARLY_ILLEGAL : SLA_OTHER) <= 0) {
                handledWithinSla++;
            }
            outcomes.merge(c.outcome() == null ? ComplaintOutcome.OTHER : c.outcome(), 1L, Long::sum);
            if (c.feedbackGiven()) {
                feedbackGiven++;
            }
            if (c.appealed()) {
                appealsReceived++;
                if (c.appealUpheld()) {
                    appealsUpheld++;
                }
            }
            timeToResolution.record(taken);
        }
        if (c.receivedAt().isBefore(end) && (c.closedAt() == null || !c.closedAt().isBefore(end))) {
            backlogAtEnd++;
        }
    }

    ComplaintsSection result() {
        return new ComplaintsSection(received, Map.copyOf(byChannel), Map.copyOf(byCategory), handled,
                handledWithinSla, Map.copyOf(outcomes), feedbackGiven, backlogAtEnd, timeToResolution.hoursAt(50),
                timeToResolution.hoursAt(90),
                appealsReceived, appealsUpheld);
    }

    private boolean within(LocalDateTime t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
