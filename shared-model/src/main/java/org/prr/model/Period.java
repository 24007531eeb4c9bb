package org.prr.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A reporting period; both dates are inclusive. */
// The is-methods are questions, not properties.
@JsonAutoDetect(isGetterVisibility = Visibility.NONE)
public record Period(@NotNull LocalDate start, @NotNull LocalDate end, @NotNull Cadence cadence) {

    public static Period day(LocalDate day) {
        return new Period(day, day, Cadence.DAY);
    }

    /** The calendar period of the cadence that contains the day; weeks run Monday to Sunday (ISO). */
    public static Period containing(LocalDate day, Cadence cadence) {
        LocalDate first =
                switch (cadence) {
                    case DAY -> day;
                    case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    case MONTH -> day.withDayOfMonth(1);
                    case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
                    case YEAR -> day.withDayOfYear(1);
                };
        return new Period(first, first.plus(length(cadence)).minusDays(1), cadence);
    }

    public Period next() {
        return containing(end.plusDays(1), cadence);
    }

    public Period previous() {
        return containing(start.minusDays(1), cadence);
    }

    private static java.time.Period length(Cadence cadence) {
        return switch (cadence) {
            case DAY -> java.time.Period.ofDays(1);
            case WEEK -> java.time.Period.ofWeeks(1);
            case MONTH -> java.time.Period.ofMonths(1);
            case QUARTER -> java.time.Period.ofMonths(3);
            case YEAR -> java.time.Period.ofYears(1);
        };
    }

    /** Whether this is one whole calendar period of its cadence (one day, an ISO week, a calendar month...). */
    public boolean isCalendarPeriod() {
        return start != null && end != null && cadence != null && equals(containing(start, cadence));
    }
}
