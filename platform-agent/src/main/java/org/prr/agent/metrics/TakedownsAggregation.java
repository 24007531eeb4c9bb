package org.prr.agent.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.prr.agent.source.ModerationAction;
import org.prr.model.AccountAction;
import org.prr.model.Category;
import org.prr.model.Period;
import org.prr.model.TakedownMeasure;
import org.prr.model.TakedownSource;
import org.prr.model.TakedownsSection;

/**
 * Folds moderation actions into the TAKEDOWNS section of one period, in constant memory. An action counts in the
 * period it was taken; a regulator's order counts as received in the period it arrived, and its time to execute in
 * the period it was carried out. Banned livestreamers are livestreamer accounts suspended or closed. As for
 * complaints, actions are classified first and classes counted, one by one when streamed or many at once when the
 * database grouped them ({@link TakedownsPushdown}).
 */
final class TakedownsAggregation {

    /** What an action counts for in the period. */
    record Kind(
            ModerationAction.Type type,
            Category category,
            TakedownSource source,
            TakedownMeasure measure,
            boolean automated,
            AccountAction accountAction,
            boolean livestreamer,
            boolean taken,
            boolean orderReceived) {}

    private final LocalDateTime start;
    private final LocalDateTime end;
    private long items;
    private long automated;
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    private final Map<TakedownSource, Long> bySource = new EnumMap<>(TakedownSource.class);
    private final Map<TakedownMeasure, Long> byMeasure = new EnumMap<>(TakedownMeasure.class);
    private final Map<AccountAction, Long> accounts = new EnumMap<>(AccountAction.class);
    private long livestreamersBanned;
    private long blacklistAdditions;
    private long reincarnationBlocked;
    private long dormantAccountsCleared;
    private long ordersReceived;
    private final HoursHistogram timeToExecuteOrder = new HoursHistogram();

    TakedownsAggregation(Period period) {
        this.start = period.start().atStartOfDay();
        this.end = period.end().plusDays(1).atStartOfDay();
    }

    /** @return whether the action concerns the period (taken in it, or an order received in it) */
    boolean add(ModerationAction action) {
        boolean taken = within(action.actionedAt());
        boolean orderReceived = within(action.orderReceivedAt());
        add(
                new Kind(
                        action.type(),
                        action.category(),
                        action.source(),
                        action.measure(),
                        action.automated(),
                        action.accountAction(),
                        action.livestreamer(),
                        taken,
                        orderReceived),
                1);
        if (action.type() == ModerationAction.Type.REGULATOR_ORDER && taken) {
            timeToExecuteOrder.record(Duration.between(action.orderReceivedAt(), action.actionedAt()));
        }
        return taken || orderReceived;
    }

    /** {@code count} actions of one kind. */
    void add(Kind kind, long count) {
        if (kind.type() == ModerationAction.Type.REGULATOR_ORDER) {
            if (kind.orderReceived()) {
                ordersReceived += count;
            }
            return;
        }
        if (!kind.taken()) {
            return;
        }
        switch (kind.type()) {
            case CONTENT -> {
                items += count;
                if (kind.automated()) {
                    automated += count;
                }
                byCategory.merge(kind.category(), count, Long::sum);
                bySource.merge(kind.source(), count, Long::sum);
                byMeasure.merge(kind.measure(), count, Long::sum);
            }
            case ACCOUNT -> {
                accounts.merge(kind.accountAction(), count, Long::sum);
                if (kind.livestreamer()
                        && (kind.accountAction() == AccountAction.SUSPENDED
                                || kind.accountAction() == AccountAction.CLOSED)) {
                    livestreamersBanned += count;
                }
            }
            case BLACKLIST_ADDITION -> blacklistAdditions += count;
            case REINCARNATION_BLOCKED -> reincarnationBlocked += count;
            case DORMANT_ACCOUNT_CLEARED -> dormantAccountsCleared += count;
            case REGULATOR_ORDER -> throw new IllegalStateException("handled above");
        }
    }

    /** {@code count} regulator's orders carried out in the period that took {@code seconds}. */
    void addTimeToExecuteOrder(long seconds, long count) {
        timeToExecuteOrder.record(seconds, count);
    }

    /**
     * @param provided the optional columns ({@link ModerationAction#OPTIONAL}) the source gave; the figures of the
     *     others are null, not collected
     */
    TakedownsSection result(Set<String> provided) {
        BigDecimal automatedShare = items == 0 || !provided.contains("automated")
                ? null
                : BigDecimal.valueOf(automated).divide(BigDecimal.valueOf(items), 4, RoundingMode.HALF_UP);
        return new TakedownsSection(
                items,
                Map.copyOf(byCategory),
                Map.copyOf(bySource),
                Map.copyOf(byMeasure),
                automatedShare,
                Map.copyOf(accounts),
                provided.contains("livestreamer") ? livestreamersBanned : null,
                blacklistAdditions,
                reincarnationBlocked,
                dormantAccountsCleared,
                ordersReceived,
                timeToExecuteOrder.hoursAt(50));
    }

    private boolean within(LocalDateTime t) {
        return t != null && !t.isBefore(start) && t.isBefore(end);
    }
}
