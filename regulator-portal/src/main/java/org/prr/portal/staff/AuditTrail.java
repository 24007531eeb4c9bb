package org.prr.portal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.prr.portal.errors.InvalidInput;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
        STAFF_DISABLED,
        STAFF_ENABLED,
        STAFF_UNLOCKED,
        PASSWORD_RESET,
        ROLES_SET,
        OBLIGATION_SET,
        NOTICE_ISSUED,
        NOTICE_REMINDED,
        INCIDENT_ACKNOWLEDGED,
        INCIDENT_CLOCKS_SET,
        DUTY_CONTACT_CHANGED,
        FLAG_CHANGED,
        GAP_RULE_SET,
        EXPORTED,
        ENFORCEMENT_RECORDED,
        RECTIFICATION_RECHECKED
    }

    /** An audit record as ADMIN staff read it. */
    public record Event(
            long id,
            Instant occurredAt,
            String username,
            Action action,
            String target,
            String jurisdiction,
            String detail) {}

    /**
     * Which events to read, newest first: each filter null for any; {@code target} matches any part of it (a
     * platform's id finds its keys, obligations and rule settings too); {@code from} inclusive, {@code to} exclusive; {@code beforeId}
     * pages back from an event.
     */
    public record Query(
            String username, Action action, String target, Instant from, Instant to, Long beforeId, int limit) {

        public Query {
            if (limit < 1 || limit > 1000) {
                throw InvalidInput.field("limit", "must be 1 to 1000");
            }
        }
    }

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

    /** The events an ADMIN may see (their jurisdiction's; every one for a national ADMIN) that the query selects. */
    @Transactional(readOnly = true)
    public List<Event> find(StaffPrincipal admin, Query query) {
        admin.requireAnyOf(Role.ADMIN);
        Specification<AuditEvent> selected = Specification.allOf(
                admin.isNational() ? null : equal("jurisdiction", admin.getJurisdiction()),
                query.username() == null ? null : equal("username", query.username()),
                query.action() == null ? null : equal("action", query.action()),
                query.target() == null ? null : contains("target", query.target()),
                query.from() == null
                        ? null
                        : (event, q, cb) -> cb.greaterThanOrEqualTo(event.get("occurredAt"), query.from()),
                query.to() == null ? null : (event, q, cb) -> cb.lessThan(event.get("occurredAt"), query.to()),
                query.beforeId() == null ? null : (event, q, cb) -> cb.lessThan(event.get("id"), query.beforeId()));
        return events
                .findBy(selected, found -> found.sortBy(Sort.by(Sort.Direction.DESC, "id"))
                        .limit(query.limit())
                        .all())
                .stream()
                .map(AuditEvent::view)
                .toList();
    }

    private static Specification<AuditEvent> equal(String attribute, Object value) {
        return (event, query, cb) -> cb.equal(event.get(attribute), value);
    }

    private static Specification<AuditEvent> contains(String attribute, String part) {
        String escaped = part.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return (event, query, cb) -> cb.like(event.get(attribute), "%" + escaped + "%", '!');
    }
}
