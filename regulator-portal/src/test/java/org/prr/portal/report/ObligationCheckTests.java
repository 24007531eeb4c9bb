package org.prr.portal.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Obligation;
import org.prr.model.Period;
import org.prr.model.ReportFixtures;
import org.prr.portal.errors.InvalidInput;

/** Which reports a platform owes, on a fixed clock: 2026-11-24 00:30 in Shanghai, still the 23rd in UTC. */
class ObligationCheckTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T16:30:00Z"), ZoneOffset.UTC);
    private static final List<Obligation> DAILY_COMPLAINTS = List.of(new Obligation(
            MetricFamily.COMPLAINTS, Cadence.DAY, Duration.ofHours(24), SHANGHAI, Obligation.Source.TIER_DEFAULT));

    private static MetricReport complaints(Period period) {
        return ReportFixtures.complaintsReport("cq-video", period);
    }

    private static void refused(MetricReport report, List<Obligation> owed, String field, String message) {
        assertThatThrownBy(() -> ObligationCheck.check(report, owed, CLOCK))
                .isInstanceOf(NotOwed.class)
                .extracting(e -> ((InvalidInput) e).errors())
                .isEqualTo(List.of(new InvalidInput.FieldError(field, message)));
    }

    @Test
    void aDayIsOwedOnceItHasEndedInTheObligationsTimeZone() {
        assertThatCode(() -> ObligationCheck.check(
                        complaints(Period.day(LocalDate.of(2026, 11, 23))), DAILY_COMPLAINTS, CLOCK))
                .doesNotThrowAnyException();
    }

    @Test
    void todayIsNotOwedYet() {
        refused(
                complaints(Period.day(LocalDate.of(2026, 11, 24))),
                DAILY_COMPLAINTS,
                "period",
                "ends on 2026-11-24, which has not ended yet in Asia/Shanghai (today is 2026-11-24); report a period "
                        + "once it is over");
    }

    @Test
    void aFamilyTheTierDoesNotAskForIsRefusedNamingWhatIsOwed() {
        refused(
                complaints(Period.day(LocalDate.of(2026, 11, 23))),
                List.of(new Obligation(
                        MetricFamily.STAFFING,
                        Cadence.MONTH,
                        Duration.ofDays(5),
                        SHANGHAI,
                        Obligation.Source.TIER_DEFAULT)),
                "family",
                "platform cq-video owes no COMPLAINTS reports; it owes [STAFFING]");
    }

    @Test
    void aNewReportAtAnotherCadenceIsRefused() {
        refused(
                complaints(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), Cadence.WEEK)),
                DAILY_COMPLAINTS,
                "period",
                "is a WEEK but platform cq-video owes COMPLAINTS per DAY");
    }

    @Test
    void anAmendmentKeepsTheCadenceOfTheReportItAmends() {
        MetricReport weekly =
                complaints(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), Cadence.WEEK));
        MetricReport amendment =
                ReportFixtures.amendment(weekly, ReportFixtures.complaints().build(), "recount");
        assertThatCode(() -> ObligationCheck.check(amendment, DAILY_COMPLAINTS, CLOCK))
                .doesNotThrowAnyException();
    }
}
