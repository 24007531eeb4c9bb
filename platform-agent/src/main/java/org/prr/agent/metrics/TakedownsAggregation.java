package org.prr.agent.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
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
 * the period it was carried out. Banned livestreamers are livestreamer accounts suspended or closed.
 */
final class TakedownsAggregation {

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

    void add(ModerationAction action) {
        if (action.type() == ModerationAction.Type.REGULATOR_ORDER) {
            if (within(action.orderReceivedAt())) {
                ordersReceived++;
            }
            if (within(action.actionedAt())) {
                timeToExecuteOrder.record(Duration.between(action.orderReceivedAt(), action.actionedAt()));
            }
            return;
        }
        if (!within(action.actionedAt())) {
            return;
        }
        switch (action.type()) {
            case CONTENT -> {
                items++;
                if (action.automated()) {
                    automated++;
                }
                byCategory.merge(action.category(), 1L, Long::sum);
                bySource.merge(action.source(), 1L, Long::sum);
                byMeasure.merge(action.measure(), 1L, Long::sum);
            }
            case ACCOUNT -> {
                accounts.merge(action.accountAction(), 1L, Long::sum);
                if (action.livestreamer() && (action.accountAction() == AccountAction.SUSPENDED
                        || action.accountAction() == AccountAction.CLOSED)) {
                    livestreamersBanned++;
                }
            }
            case BLACKLIST_ADDITION -> blacklistAdditions++;
            case REINCARNATION_BLOCKED -> reincarnationBlocked++;
            case DORMANT_ACCOUNT_CLEARED -> dormantAccountsCleared++;
            case REGULATOR_ORDER -> throw new IllegalStateException("handled above");
        }
    }

    TakedownsSection result() {
        BigDecimal automatedShare = items == 0 ? null
                : BigDecimal.valueOf(automated).divide(BigDecimal.valueOf(items), 4, RoundingMode.HALF_UP);
        return new TakedownsSection(items, Map.copyOf(byCategory), Map.copyOf(bySource), Map.copyOf(byMeasure),
                automatedShare, Map.copyOf(accounts), livestreamersBanned, blacklistAdditions, reincarnationBlocked,
                dormantAccountsCleared, ordersReceived, timeToExecuteOrder.hoursAt(50));
    }

    private boolean within(LocalDateTime t) {
        return t != null && !t.isBefore(start) && t.isBefore(end);
    }
}
