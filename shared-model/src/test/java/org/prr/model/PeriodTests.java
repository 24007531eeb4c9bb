package org.prr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTests {

    @ParameterizedTest
    @CsvSource({
        "DAY,     2026-11-24, 2026-11-24, 2026-11-24",
        "WEEK,    2026-11-24, 2026-11-23, 2026-11-29",
        "WEEK,    2026-11-23, 2026-11-23, 2026-11-29",
        "MONTH,   2024-02-10, 2024-02-01, 2024-02-29",
        "QUARTER, 2026-11-24, 2026-10-01, 2026-12-31",
        "QUARTER, 2026-03-31, 2026-01-01, 2026-03-31",
        "YEAR,    2026-11-24, 2026-01-01, 2026-12-31"
    })
    void containsTheDayInItsCalendarPeriod(Cadence cadence, LocalDate day, LocalDate start, LocalDate end) {
        assertThat(Period.containing(day, cadence)).isEqualTo(new Period(start, end, cadence));
    }

    @ParameterizedTest
    @CsvSource({"DAY", "WEEK", "MONTH", "QUARTER", "YEAR"})
    void nextAndPreviousAreAdjacent(Cadence cadence) {
        Period period = Period.containing(LocalDate.of(2026, 12, 31), cadence);
        assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
        assertThat(period.previous().end()).isEqualTo(period.start().minusDays(1));
        assertThat(period.next().previous()).isEqualTo(period);
    }
}
