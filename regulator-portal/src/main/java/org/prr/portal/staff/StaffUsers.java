package org.prr.portal.staff;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffUsers extends JpaRepository<StaffUser, String> {

    /** The user with its row locked until the transaction ends, so concurrent failed logins all count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT u FROM StaffUser u WHERE u.username = :username")
    Optional<StaffUser> lockById(String username);
}
