package org.prr.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prr.agent.source.DailyScale;
import org.prr.agent.source.StaffMember;
import org.prr.agent.source.StaffMember.Employment;
import org.prr.agent.source.StaffMember.Role;
import org.prr.model.Cadence;
import org.prr.model.Period;
import org.prr.model.StaffingSection;

class StaffingAggregationTests {

    static final Period NOVEMBER = Period.containing(LocalDate.of(2026, 11, 1), Cadence.MONTH);
    final StaffingAggregation aggregation = new StaffingAggregation(NOVEMBER);

    static StaffMember member(Role role, Employment employment, String fte, LocalDate joined, LocalDate left) {
        return new StaffMember(
                "s", role, employment, new BigDecimal(fte), joined, left, false, false, BigDecimal.ZERO, null);
    }

    @Test
    void countsReviewersEmployedOnTheLastDayAndTheirFlowsInThePeriod() {
        LocalDate longAgo = LocalDate.of(2020, 1, 1);
        aggregation.add(member(Role.REVIEWER, Employment.INTERNAL, "1", longAgo, null));
        aggregation.add(member(Role.REVIEWER, Employment.EXTERNAL, "0.5", LocalDate.of(2026, 11, 10), null));
        aggregation.add(member(Role.REVIEWER, Employment.INTERNAL, "1", longAgo, LocalDate.of(2026, 11, 15)));
        aggregation.add(member(Role.REVIEWER, Employment.INTERNAL, "1", longAgo, NOVEMBER.end()));
        aggregation.add(new StaffMember(
                "e",
                Role.NEWS_EDITOR,
                Employment.INTERNAL,
                BigDecimal.ONE,
                longAgo,
                null,
                true,
                true,
                new BigDecimal("6.5"),
                null));
        aggregation.add(new StaffMember(
                "x",
                Role.OTHER,
                Employment.INTERNAL,
                BigDecimal.ONE,
                longAgo,
                LocalDate.of(2026, 11, 3),
                false,
                false,
                new BigDecimal("2"),
                LocalDate.of(2026, 11, 4)));

        StaffingSection section = aggregation.result(Set.copyOf(StaffMember.OPTIONAL), false);

        assertThat(section.reviewersHeadcount())
                .as("the one who left on the last day still counts")
                .isEqualTo(3);
        assertThat(section.reviewersFte()).isEqualByComparingTo("2.5");
        assertThat(section.reviewersInternalFte()).isEqualByComparingTo("2");
        assertThat(section.reviewersExternalFte()).isEqualByComparingTo("0.5");
        assertThat(section.totalStaff()).isEqualTo(4);
        assertThat(section.joined()).isEqualTo(1);
        assertThat(section.left()).isEqualTo(2);
        assertThat(section.chiefEditorAppointed()).isTrue();
        assertThat(section.licensedNewsStaff()).isEqualTo(1);
        assertThat(section.trainingHours()).isEqualByComparingTo("8.5");
        assertThat(section.staffTrained()).isEqualTo(2);
        assertThat(section.staffBlacklisted()).isEqualTo(1);
        assertThat(section.dailyActiveUsers()).as("not collected").isNull();
    }

    @Test
    void averagesBusinessScaleOverTheDaysGivenAndCountsEachDayOnce() {
        aggregation.add(new DailyScale(LocalDate.of(2026, 11, 1), 1_000_000, 50_000));
        aggregation.add(new DailyScale(LocalDate.of(2026, 11, 2), 1_200_001, 70_000));
        aggregation.add(new DailyScale(LocalDate.of(2026, 11, 2), 9_999_999, 99_999));
        aggregation.add(new DailyScale(LocalDate.of(2026, 12, 1), 5_000_000, 1));

        StaffingSection section = aggregation.result(Set.copyOf(StaffMember.OPTIONAL), true);

        assertThat(section.dailyActiveUsers()).isEqualTo(1_100_001);
        assertThat(section.contentItemsPerDay()).isEqualTo(60_000);
    }
}
