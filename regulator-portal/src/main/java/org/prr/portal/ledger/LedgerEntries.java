package org.prr.portal.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerEntries extends JpaRepository<LedgerEntry, Long> {

    Optional<LedgerEntry> findByReportId(String reportId);

    Optional<LedgerEntry> findByPlatformIdAndSeq(String platformId, long seq);

    List<LedgerEntry> findByPlatformIdAndSeqGreaterThanOrderBySeqAsc(String platformId, long afterSeq, Limit limit);
}
