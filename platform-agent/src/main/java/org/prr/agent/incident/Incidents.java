package org.prr.agent.incident;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.prr.agent.notice.NoticeArrived;
import org.prr.agent.outbox.DeliveryQueue;
import org.prr.agent.outbox.DeliveryStatus;
import org.prr.agent.outbox.InvalidDocument;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.Notice;
import org.prr.model.json.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Major incidents raised by platform staff (local REST endpoint or command line), queued for the portal on their
 * own route, ahead of routine reports. Ids are fixed when raised, so a resend is a replay the portal recognises.
 */
@Component
public class Incidents extends DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    /** What platform staff write to raise an incident; the agent adds the ids and the platform. */
    public record Draft(
            Incident.Severity severity,
            Category category,
            OffsetDateTime occurredAt,
            OffsetDateTime detectedAt,
            String title,
            String summary,
            String scope,
            String actionsTaken,
            String contact) {}

    /** What platform staff write to follow an incident up. */
    public record Follow(IncidentUpdate.Status status, String text) {}

    /**
     * An incident or update as staff see it in the agent, with its delivery and, on the incident, the regulator's
     * acknowledgement: when, which jurisdiction, and what the regulator wrote.
     */
    public record Sent(
            String documentId,
            String incidentId,
            String kind,
            DeliveryStatus status,
            int attempts,
            Long ledgerSeq,
            String problem,
            Instant acknowledgedAt,
            String acknowledgedBy,
            String acknowledgement) {}

    /** An update names an incident this agent did not raise. */
    public static class Unknown extends NoSuchElementException {
        Unknown(UUID incidentId) {
            super("no incident " + incidentId + " was raised through this agent");
        }
    }

    private final Validator validator;
    private final String platformId;

    Incidents(JdbcTemplate jdbc, Clock clock, Validator validator, AgentSettings settings) {
        super(jdbc, clock, "incident_outbox", "document_id");
        this.validator = validator;
        this.platformId = settings.platformId();
    }

    @Override
    public String name() {
        return "incidents";
    }

    public Incident raise(Draft draft) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Incident incident = InvalidDocument.check(
                validator,
                new Incident(
                        UUID.randomUUID(),
                        platformId,
                        draft.severity(),
                        draft.category(),
                        draft.occurredAt(),
                        draft.detectedAt() == null ? now : draft.detectedAt(),
                        draft.title(),
                        draft.summary(),
                        draft.scope(),
                        draft.actionsTaken(),
                        draft.contact()));
        queue(incident.incidentId(), incident.incidentId(), "INCIDENT", "/api/v1/incidents", incident);
        log.warn(
                "Major incident {} raised ({}, {}): {}; queued ahead of routine reports",
                incident.incidentId(),
                incident.severity(),
                incident.category(),
                incident.title());
        return incident;
    }

    public IncidentUpdate follow(UUID incidentId, Follow follow) {
        Integer known = jdbc.queryForObject(
                "SELECT COUNT(*) FROM incident_outbox WHERE incident_id = ? AND kind = ?",
                Integer.class,
                incidentId.toString(),
                "INCIDENT");
        if (known == 0) {
            throw new Unknown(incidentId);
        }
        IncidentUpdate update = InvalidDocument.check(
                validator,
                new IncidentUpdate(
                        UUID.randomUUID(),
                        incidentId,
                        platformId,
                        follow.status(),
                        OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                        follow.text()));
        queue(update.updateId(), incidentId, "UPDATE", "/api/v1/incidents/" + incidentId + "/updates", update);
        log.info("Incident {} update {}: {}; queued", incidentId, update.updateId(), update.status());
        return update;
    }

    public List<Sent> all() {
        return jdbc.query(
                "SELECT * FROM incident_outbox ORDER BY id",
                (row, n) -> new Sent(
                        row.getString("document_id"),
                        row.getString("incident_id"),
                        row.getString("kind"),
                        DeliveryStatus.valueOf(row.getString("status")),
                        row.getInt("attempts"),
                        (Long) row.getObject("ledger_seq", Long.class),
                        row.getString("problem"),
                        row.getTimestamp("acknowledged_at") == null
                                ? null
                                : row.getTimestamp("acknowledged_at").toInstant(),
                        row.getString("acknowledged_by"),
                        row.getString("acknowledgement")));
    }

    /** The regulator acknowledged an incident raised here: the notice that says so is kept with the incident. */
    @EventListener
    void noticed(NoticeArrived arrived) {
        Notice notice = arrived.notice();
        if (notice.kind() != Notice.Kind.INCIDENT_ACKNOWLEDGED) {
            return;
        }
        int updated = jdbc.update(
                "UPDATE incident_outbox SET acknowledged_at = ?, acknowledged_by = ?, acknowledgement = ? "
                        + "WHERE incident_id = ? AND kind = ?",
                Timestamp.from(notice.issuedAt().toInstant()),
                notice.issuedBy(),
                notice.body(),
                notice.reference(),
                "INCIDENT");
        if (updated == 0) {
            log.warn(
                    "The regulator acknowledged incident {}, which was not raised through this agent",
                    notice.reference());
        } else {
            log.warn(
                    "Incident {} acknowledged by the regulator ({}) at {}",
                    notice.reference(),
                    notice.issuedBy(),
                    notice.issuedAt());
        }
    }

    private void queue(UUID documentId, UUID incidentId, String kind, String path, Object document) {
        jdbc.update(
                "INSERT INTO incident_outbox (document_id, incident_id, kind, path, payload, status, attempts, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                documentId.toString(),
                incidentId.toString(),
                kind,
                path,
                new String(CanonicalJson.write(document), StandardCharsets.UTF_8),
                DeliveryStatus.PENDING.name(),
                Timestamp.from(clock.instant()));
    }
}
