package org.prr.portal.ledger;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LedgerHeads extends JpaRepository<LedgerHead, String> {

    /** SELECT ... FOR UPDATE: the caller holds the platform's chain until its transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from LedgerHead h where h.platformId = :platformId")
    Optional<LedgerHead> lock(String platformId);
}
