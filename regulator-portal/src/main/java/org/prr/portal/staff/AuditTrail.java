package org.prr.portal.staff;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The record of staff reads of ledgers and of every change, each tagged with the jurisdiction it concerns. */
@Service
public class AuditTrail {

    public enum Action {
        LEDGER_READ,
        LEDGER_VERIFIED,
        CHECKPOINTS_EXPORTED,
        PLATFORM_REGISTERED,
        KEY_ADDED,
        KEY_REVOKED,
        STAFF_CREATED,
        OBLIGATION_SET,
        NOTICE_ISSUED,
        NOTICE_REMINDED,
        INCIDENT_ACKNOWLEDGED,
        INCIDENT_CLOCKS_SET,
        DUTY_CONTACT_CHANGED,
        FLAG_CHANGED,
        GAP_RULE_SET
    }

    /** An audit record as ADMIN staff read it. */
    public record Event(
            long id,
            java.time.Instant occurredAt,
            String username,
            Action action,
            String target,
            String jurisdiction,
            String detail) {}

    private final AuditEvents events;
    private final Clock clock;

    AuditTrail(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so a change and its audit record commit together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(StaffPrincipal who, Action action, String target, String jurisdiction, String detail) {
        events.save(new AuditEvent(clock.instant(), who.getUsername(), action, target, jurisdiction, detail));
    }

    /** The newest events the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<Event> recent(StaffPrincipal who, int limit) {
        List<AuditEvent> found = who.isNational()
                ? events.findAllByOrderByIdDesc(Limit.of(limit))
                : events.findByJurisdictionOrderByIdDesc(who.getJurisdiction(), Limit.of(limit));
        return found.stream().map(AuditEvent::view).toList();
    }
}
