package org.prr.portal.staff;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findAllByOrderByIdDesc(Limit limit);

    List<AuditEvent> findByJurisdictionOrderByIdDesc(String jurisdiction, Limit limit);
}
