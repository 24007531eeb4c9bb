package org.prr.portal.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.ReportSection;
import org.prr.model.StaffingSection;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.springframework.jdbc.core.JdbcTemplate;

/** Platforms registered in the past and the reports the gap rule tests send them. */
final class GapFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private GapFixtures() {}

    /** A new KEY platform whose registration is moved {@code days} back, so it owes that many periods and more. */
    static TestPlatform registeredDaysAgo(
            PortalClient portal, JdbcTemplate jdbc, String prefix, String jurisdiction, int days) {
        TestPlatform platform = portal.registerNewPlatform(prefix, jurisdiction);
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(
                        LocalDate.now(SHANGHAI)
                                .minusDays(days)
                                .atStartOfDay(SHANGHAI)
                                .toInstant(),
                        ZoneOffset.UTC),
                platform.platformId());
        return platform;
    }

    /** Submits a report of the section for the period; it must be accepted. */
    static MetricReport submit(PortalClient portal, TestPlatform platform, Period period, ReportSection section) {
        MetricReport report = MetricReport.create(
                UUID.randomUUID(), platform.platformId(), period, OffsetDateTime.now(), "0.1.0", section);
        Response response = portal.submit(platform, report);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return report;
    }

    /** A STAFFING section with as many reviewers (FTE and headcount) as staff. */
    static StaffingSection staffing(long reviewers, long dailyActiveUsers, long itemsPerDay) {
        return new StaffingSection(
                new BigDecimal(reviewers + ".0"),
                null,
                null,
                reviewers,
                reviewers,
                dailyActiveUsers,
                itemsPerDay,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
