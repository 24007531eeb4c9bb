package org.prr.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prr.agent.source.ComplaintRecord;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.ComplaintsSection;
import org.prr.model.Period;

class ComplaintsAggregationTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    final ComplaintsAggregation aggregation = new ComplaintsAggregation(Period.day(DAY));

    static ComplaintRecord complaint(String id, LocalDateTime received, LocalDateTime closed, boolean clearlyIllegal) {
        return new ComplaintRecord(
                id,
                received,
                ComplaintChannel.IN_APP,
                Category.FRAUD_SCAMS,
                closed,
                closed == null ? null : ComplaintOutcome.CONTENT_REMOVED,
                closed != null,
                clearlyIllegal,
                false,
                false);
    }

    @Test
    void countsReceivedHandledAndBacklogByWhenThingsHappened() {
        LocalDateTime morning = DAY.atTime(9, 0);
        aggregation.add(complaint("received-and-handled", morning, morning.plusHours(2), false));
        aggregation.add(complaint("received-still-open", morning, null, false));
        aggregation.add(
                complaint("received-handled-tomorrow", morning, DAY.plusDays(1).atTime(1, 0), false));
        aggregation.add(complaint("old-handled-today", DAY.minusDays(2).atTime(10, 0), morning, false));
        aggregation.add(complaint("old-still-open", DAY.minusDays(3).atTime(10, 0), null, false));

        ComplaintsSection section = aggregation.result(Set.copyOf(ComplaintRecord.OPTIONAL));

        assertThat(section.received()).isEqualTo(3);
        assertThat(section.receivedByChannel()).containsEntry(ComplaintChannel.IN_APP, 3L);
        assertThat(section.receivedByCategory()).containsEntry(Category.FRAUD_SCAMS, 3L);
        assertThat(section.handled()).isEqualTo(2);
        assertThat(section.outcomes()).containsEntry(ComplaintOutcome.CONTENT_REMOVED, 2L);
        assertThat(section.feedbackGiven()).isEqualTo(2);
        assertThat(section.backlogAtEnd()).isEqualTo(3);
    }

    @Test
    void appliesTheShorterSlaToClearlyIllegalContent() {
        LocalDateTime threeDaysBefore = DAY.minusDays(3).atTime(16, 0);
        aggregation.add(complaint("illegal-in-23h", DAY.minusDays(1).atTime(1, 0), DAY.atTime(0, 0), true));
        aggregation.add(complaint("illegal-in-56h", threeDaysBefore, DAY.atTime(0, 0), true));
        aggregation.add(complaint("other-in-56h", threeDaysBefore, DAY.atTime(0, 0), false));
        aggregation.add(complaint("other-in-8d-1h", DAY.minusDays(8).atStartOfDay(), DAY.atTime(1, 0), false));

        assertThat(aggregation.result(Set.copyOf(ComplaintRecord.OPTIONAL)).handledWithinSla())
                .isEqualTo(2);
    }

    @Test
    void reportsMedianAndP90HoursOfHandling() {
        for (int hours = 1; hours <= 10; hours++) {
            aggregation.add(complaint("c" + hours, DAY.atTime(0, 0), DAY.atTime(hours, 0), false));
        }

        ComplaintsSection section = aggregation.result(Set.copyOf(ComplaintRecord.OPTIONAL));

        assertThat(section.medianHoursToResolution()).isEqualByComparingTo(new BigDecimal("5.00"));
        assertThat(section.p90HoursToResolution()).isEqualByComparingTo(new BigDecimal("9.00"));
        assertThat(section.medianHoursToResolution().scale()).isEqualTo(2);
    }

    @Test
    void leavesTimesNullWhenNothingWasHandled() {
        aggregation.add(complaint("open", DAY.atTime(8, 0), null, false));

        ComplaintsSection section = aggregation.result(Set.copyOf(ComplaintRecord.OPTIONAL));

        assertThat(section.handled()).isZero();
        assertThat(section.medianHoursToResolution()).isNull();
        assertThat(section.p90HoursToResolution()).isNull();
    }

    @Test
    void countsAppealsOnHandledComplaints() {
        LocalDateTime t = DAY.atTime(8, 0);
        aggregation.add(new ComplaintRecord(
                "a",
                t,
                ComplaintChannel.EMAIL,
                Category.OTHER,
                t.plusHours(1),
                ComplaintOutcome.ACCOUNT_ACTIONED,
                true,
                false,
                true,
                true));
        aggregation.add(new ComplaintRecord(
                "b",
                t,
                ComplaintChannel.EMAIL,
                Category.OTHER,
                t.plusHours(1),
                ComplaintOutcome.ACCOUNT_ACTIONED,
                true,
                false,
                true,
                false));

        assertThat(aggregation.result(Set.copyOf(ComplaintRecord.OPTIONAL)).appealsReceived())
                .isEqualTo(2);
        assertThat(aggregation.result(Set.copyOf(ComplaintRecord.OPTIONAL)).appealsUpheld())
                .isEqualTo(1);
    }
}
