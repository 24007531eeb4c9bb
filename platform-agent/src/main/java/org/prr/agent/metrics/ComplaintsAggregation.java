package org.prr.agent.metrics;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prr.agent.source.ComplaintRecord;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.ComplaintsSection;
import org.prr.model.Period;

/**
 * Folds complaints into the COMPLAINTS section of one period, in constant memory: counters, and an HdrHistogram of
 * handling times for the percentiles. A complaint is first classified (received in the period? handled in it?
 * within its SLA? …); classes are then counted, one by one when records are streamed, or many at once when the
 * database has grouped them ({@link ComplaintsPushdown}), so both paths count by the same rules.
 *
 * <p>SLA (METRICS.md): 24 h for clearly illegal content, 7 days for the rest. Feedback and appeals are counted on
 * complaints handled in the period; a handled complaint without an outcome counts as OTHER.
 */
final class ComplaintsAggregation {

    static final Duration SLA_CLEARLY_ILLEGAL = Duration.ofHours(24);
    static final Duration SLA_OTHER = Duration.ofDays(7);

    /** What a complaint counts for in the period. */
    record Kind(
            ComplaintChannel channel,
            Category category,
            ComplaintOutcome outcome,
            boolean received,
            boolean handled,
            boolean withinSla,
            boolean feedbackGiven,
            boolean appealed,
            boolean appealUpheld,
            boolean openAtEnd) {}

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

    /** @return whether the complaint concerns the period (received, handled or open at its end) */
    boolean add(ComplaintRecord c) {
        boolean handledHere = c.closedAt() != null && within(c.closedAt());
        Duration taken = c.closedAt() == null ? null : Duration.between(c.receivedAt(), c.closedAt());
        Kind kind = new Kind(
                c.channel(),
                c.category(),
                c.outcome(),
                within(c.receivedAt()),
                handledHere,
                taken != null && taken.compareTo(c.clearlyIllegal() ? SLA_CLEARLY_ILLEGAL : SLA_OTHER) <= 0,
                c.feedbackGiven(),
                c.appealed(),
                c.appealUpheld(),
                c.receivedAt().isBefore(end)
                        && (c.closedAt() == null || !c.closedAt().isBefore(end)));
        add(kind, 1);
        if (handledHere) {
            timeToResolution.record(taken);
        }
        return kind.received() || kind.handled() || kind.openAtEnd();
    }

    /** {@code count} complaints of one kind. */
    void add(Kind kind, long count) {
        if (kind.received()) {
            received += count;
            byChannel.merge(kind.channel(), count, Long::sum);
            byCategory.merge(kind.category(), count, Long::sum);
        }
        if (kind.handled()) {
            handled += count;
            if (kind.withinSla()) {
                handledWithinSla += count;
            }
            outcomes.merge(kind.outcome() == null ? ComplaintOutcome.OTHER : kind.outcome(), count, Long::sum);
            if (kind.feedbackGiven()) {
                feedbackGiven += count;
            }
            if (kind.appealed()) {
                appealsReceived += count;
                if (kind.appealUpheld()) {
                    appealsUpheld += count;
                }
            }
        }
        if (kind.openAtEnd()) {
            backlogAtEnd += count;
        }
    }

    /** {@code count} complaints handled in the period that took {@code seconds}. */
    void addTimeToResolution(long seconds, long count) {
        timeToResolution.record(seconds, count);
    }

    /**
     * @param provided the optional columns ({@link ComplaintRecord#OPTIONAL}) the source gave; the figures of the
     *     others are null, not collected
     */
    ComplaintsSection result(Set<String> provided) {
        return new ComplaintsSection(
                received,
                Map.copyOf(byChannel),
                Map.copyOf(byCategory),
                handled,
                provided.contains("clearly_illegal") ? handledWithinSla : null,
                Map.copyOf(outcomes),
                provided.contains("feedback_given") ? feedbackGiven : null,
                backlogAtEnd,
                timeToResolution.hoursAt(50),
                timeToResolution.hoursAt(90),
                provided.contains("appealed") ? appealsReceived : null,
                provided.containsAll(List.of("appealed", "appeal_upheld")) ? appealsUpheld : null);
    }

    private boolean within(LocalDateTime t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
