package org.prr.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prr.agent.source.ModerationAction;
import org.prr.agent.source.ModerationAction.Type;
import org.prr.model.AccountAction;
import org.prr.model.Category;
import org.prr.model.Period;
import org.prr.model.TakedownMeasure;
import org.prr.model.TakedownSource;
import org.prr.model.TakedownsSection;

class TakedownsAggregationTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    final TakedownsAggregation aggregation = new TakedownsAggregation(Period.day(DAY));

    static ModerationAction content(LocalDateTime at, Category category, TakedownSource source, boolean automated) {
        return new ModerationAction(
                "c", Type.CONTENT, at, category, source, TakedownMeasure.REMOVED, automated, null, false, null);
    }

    static ModerationAction account(AccountAction action, boolean livestreamer) {
        return new ModerationAction(
                "a", Type.ACCOUNT, DAY.atTime(12, 0), null, null, null, false, action, livestreamer, null);
    }

    static ModerationAction order(LocalDateTime received, LocalDateTime executed) {
        return new ModerationAction(
                "o", Type.REGULATOR_ORDER, executed, null, null, null, false, null, false, received);
    }

    @Test
    void countsContentItemsOfThePeriodWithTheirBreakdownsAndAutomatedShare() {
        aggregation.add(content(DAY.atTime(1, 0), Category.GAMBLING, TakedownSource.PROACTIVE_AUTOMATED, true));
        aggregation.add(content(DAY.atTime(2, 0), Category.GAMBLING, TakedownSource.PUBLIC_COMPLAINT, false));
        aggregation.add(content(DAY.atTime(3, 0), Category.FRAUD_SCAMS, TakedownSource.PUBLIC_COMPLAINT, false));
        aggregation.add(content(DAY.minusDays(1).atTime(23, 59), Category.FRAUD_SCAMS, TakedownSource.OTHER, true));

        TakedownsSection section = aggregation.result(Set.copyOf(ModerationAction.OPTIONAL));

        assertThat(section.itemsActioned()).isEqualTo(3);
        assertThat(section.itemsByCategory()).isEqualTo(Map.of(Category.GAMBLING, 2L, Category.FRAUD_SCAMS, 1L));
        assertThat(section.itemsBySource())
                .isEqualTo(Map.of(TakedownSource.PROACTIVE_AUTOMATED, 1L, TakedownSource.PUBLIC_COMPLAINT, 2L));
        assertThat(section.itemsByMeasure()).isEqualTo(Map.of(TakedownMeasure.REMOVED, 3L));
        assertThat(section.automatedShare()).isEqualByComparingTo("0.3333");
    }

    @Test
    void countsAccountsAndBansLivestreamersOnlyWhenSuspendedOrClosed() {
        aggregation.add(account(AccountAction.WARNED, true));
        aggregation.add(account(AccountAction.SUSPENDED, true));
        aggregation.add(account(AccountAction.CLOSED, false));
        aggregation.add(new ModerationAction(
                "b", Type.BLACKLIST_ADDITION, DAY.atTime(5, 0), null, null, null, false, null, false, null));
        aggregation.add(new ModerationAction(
                "r", Type.REINCARNATION_BLOCKED, DAY.atTime(6, 0), null, null, null, false, null, false, null));
        aggregation.add(new ModerationAction(
                "d", Type.DORMANT_ACCOUNT_CLEARED, DAY.atTime(7, 0), null, null, null, false, null, false, null));

        TakedownsSection section = aggregation.result(Set.copyOf(ModerationAction.OPTIONAL));

        assertThat(section.accountsActioned())
                .isEqualTo(Map.of(AccountAction.WARNED, 1L, AccountAction.SUSPENDED, 1L, AccountAction.CLOSED, 1L));
        assertThat(section.livestreamersBanned()).isEqualTo(1);
        assertThat(section.blacklistAdditions()).isEqualTo(1);
        assertThat(section.reincarnationBlocked()).isEqualTo(1);
        assertThat(section.dormantAccountsCleared()).isEqualTo(1);
        assertThat(section.itemsActioned()).isZero();
        assertThat(section.automatedShare()).as("no items, no share").isNull();
    }

    @Test
    void countsOrdersWhenReceivedAndTimesThemWhenExecuted() {
        aggregation.add(order(DAY.atTime(8, 0), DAY.atTime(10, 0)));
        aggregation.add(order(DAY.minusDays(1).atTime(20, 0), DAY.atTime(2, 0)));
        aggregation.add(order(DAY.atTime(22, 0), null));

        TakedownsSection section = aggregation.result(Set.copyOf(ModerationAction.OPTIONAL));

        assertThat(section.regulatorOrdersReceived()).isEqualTo(2);
        assertThat(section.medianHoursToExecuteOrder()).isEqualByComparingTo(new BigDecimal("2.00"));
    }
}
