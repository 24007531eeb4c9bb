package org.prr.portal.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String username;

    @Enumerated(EnumType.STRING)
    private AuditTrail.Action action;

    private String target;
    private String jurisdiction;
    private String detail;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String username,
            AuditTrail.Action action,
            String target,
            String jurisdiction,
            String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.target = target;
        this.jurisdiction = jurisdiction;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    AuditTrail.Event view() {
        return new AuditTrail.Event(id, occurredAt, username, action, target, jurisdiction, detail);
    }
}
