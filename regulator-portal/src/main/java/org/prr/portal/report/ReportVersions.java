package org.prr.portal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.prr.model.MetricFamily;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportVersions extends JpaRepository<ReportVersion, String> {

    @Query("""
            select v from ReportVersion v where v.platformId = :platformId and v.family = :family
            and v.periodStart = :start and v.periodEnd = :end and v.supersededBy is null""")
    Optional<ReportVersion> findCurrent(String platformId, MetricFamily family, LocalDate start, LocalDate end);

    @Query("""
            select v from ReportVersion v where v.platformId = :platformId and v.supersededBy is null
            and (:family is null or v.family = :family) order by v.periodStart desc, v.family""")
    List<ReportVersion> findCurrent(String platformId, MetricFamily family, Limit limit);
}
