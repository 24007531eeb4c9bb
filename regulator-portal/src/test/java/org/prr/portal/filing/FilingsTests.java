package org.prr.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Obligation;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.flag.Flags;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.report.FiledPeriod;
import org.prr.portal.report.ReportBook;
import org.prr.portal.staff.StaffPrincipal;

/**
 * The filing rules on a fixed clock (2026-11-24 10:00 in Shanghai), with the platforms, obligations and reported
 * periods the services would read: daily COMPLAINTS due 24 h after each day ends.
 */
class FilingsTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);
    private static final Obligation DAILY = new Obligation(
            MetricFamily.COMPLAINTS, Cadence.DAY, Duration.ofHours(24), SHANGHAI, Obligation.Source.TIER_DEFAULT);
    private static final StaffPrincipal NATIONAL = StaffPrincipal.system("test");

    private final PlatformRegistry registry = mock(PlatformRegistry.class);
    private final Obligations obligations = mock(Obligations.class);
    private final ReportBook reports = mock(ReportBook.class);
    private final Flags flags = mock(Flags.class);
    private final Filings filings = new Filings(registry, obligations, reports, flags, CLOCK);

    /** A registered platform as the registry hands it out (an entity with only what filings read). */
    private static Platform platform(String id, LocalDate registered) {
        return new Platform() {
            @Override
            public String getPlatformId() {
                return id;
            }

            @Override
            public String getName() {
                return id;
            }

            @Override
            public Tier getTier() {
                return Tier.KEY;
            }

            @Override
            public Instant getRegisteredAt() {
                return registered.atStartOfDay(SHANGHAI).toInstant();
            }
        };
    }

    private void given(List<Platform> platforms, List<FiledPeriod> filed) {
        when(registry.visibleTo(NATIONAL)).thenReturn(platforms);
        Map<String, List<Obligation>> owed = new LinkedHashMap<>();
        platforms.forEach(p -> owed.put(p.getPlatformId(), List.of(DAILY)));
        when(obligations.ofEach(platforms)).thenReturn(owed);
        when(reports.filed(any(), any(), any(), any(), any())).thenReturn(filed);
    }

    private static FiledPeriod filed(String platformId, LocalDate day, String acceptedAt, int version) {
        return new FiledPeriod(
                platformId, MetricFamily.COMPLAINTS, day, day, Instant.parse(acceptedAt), "r-" + day, version);
    }

    private static FilingQuery days(LocalDate from, LocalDate to) {
        return new FilingQuery(null, from, to, null, null, null, 0, 1000);
    }

    @Test
    void eachEndedDayIsDueOnTimeLateAmendedOrMissingByItsDueTime() {
        given(
                List.of(platform("cq-video", LocalDate.of(2026, 11, 1))),
                List.of(
                        // due 2026-11-23T16:00Z (the 24th, 00:00 in Shanghai)
                        filed("cq-video", LocalDate.of(2026, 11, 22), "2026-11-23T03:00:00Z", 1),
                        // due 2026-11-22T16:00Z, accepted 25 h later
                        filed("cq-video", LocalDate.of(2026, 11, 21), "2026-11-23T17:00:00Z", 1),
                        filed("cq-video", LocalDate.of(2026, 11, 19), "2026-11-20T01:00:00Z", 2)));

        FilingPage page = filings.find(NATIONAL, days(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 24)));

        assertThat(page.filings())
                .extracting(f -> f.period().start() + " " + f.status())
                .containsExactly(
                        "2026-11-23 DUE",
                        "2026-11-22 ON_TIME",
                        "2026-11-21 LATE",
                        "2026-11-20 MISSING",
                        "2026-11-19 AMENDED");
        assertThat(page.filings().get(2).lateBy()).isEqualTo(Duration.ofHours(25));
        assertThat(page.filings().get(0).dueAt()).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(page.counts()).containsEntry(FilingStatus.MISSING, 1L).containsEntry(FilingStatus.DUE, 1L);
    }

    @Test
    void theSummaryCountsAsRequiredOnlyWhatIsPastItsDueTime() {
        given(
                List.of(platform("a", LocalDate.of(2026, 11, 1)), platform("b", LocalDate.of(2026, 11, 1))),
                List.of(filed("a", LocalDate.of(2026, 11, 22), "2026-11-23T03:00:00Z", 1)));

        FilingPage page = filings.find(NATIONAL, days(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)));

        FilingSummary yesterday = page.summary().get(0);
        FilingSummary before = page.summary().get(1);
        assertThat(yesterday.period().start()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(yesterday.required()).isZero();
        assertThat(yesterday.due()).isEqualTo(2);
        assertThat(yesterday.completeness()).isNull();
        assertThat(before.required()).isEqualTo(2);
        assertThat(before.onTime()).isEqualTo(1);
        assertThat(before.missing()).isEqualTo(1);
        assertThat(before.completeness()).isEqualByComparingTo("50.0");
    }

    @Test
    void aQueryThatWouldComputeTooManyFilingsIsRefusedNamingTheRange() {
        List<Platform> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(platform("p" + i, LocalDate.of(2025, 1, 1)));
        }
        given(many, List.of());

        assertThatThrownBy(() -> filings.find(NATIONAL, days(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 31))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("to"));
    }
}
