package org.prr.portal.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.ledger.ReplayMismatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Major incidents as the platforms send them: each incident and each update is one ledger entry in the platform's
 * chain (INCIDENT_REPORTED, INCIDENT_UPDATED), once per id, and in the same transaction a row of the jurisdiction's
 * inbox ({@code incident}, {@code incident_update}). A replay of the same body gets its receipt again; another body
 * under the same id is refused (422); so is any new update once the platform reported the incident CLOSED.
 */
@Service
class IncidentBook {

    private static final Logger log = LoggerFactory.getLogger(IncidentBook.class);

    private final Ledger ledger;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    IncidentBook(Ledger ledger, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    Ledger.Appended report(SignedSubmission<Incident> submission) {
        Incident incident = submission.document();
        Ledger.Appended appended = append(submission, EntryType.INCIDENT_REPORTED, incident.incidentId());
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            Instant at = appended.entry().recordedAt();
            jdbc.update(
                    "INSERT INTO incident (incident_id, platform_id, severity, category, title, summary, scope, "
                            + "actions_taken, contact, occurred_at, detected_at, reported_at, ledger_seq, status, "
                            + "updates, last_heard_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                    incident.incidentId().toString(),
                    incident.platformId(),
                    incident.severity().name(),
                    incident.category().name(),
                    incident.title(),
                    incident.summary(),
                    incident.scope(),
                    incident.actionsTaken(),
                    incident.contact(),
                    UtcColumns.toColumn(incident.occurredAt().toInstant()),
                    UtcColumns.toColumn(incident.detectedAt().toInstant()),
                    UtcColumns.toColumn(at),
                    appended.entry().seq(),
                    IncidentUpdate.Status.OPEN.name(),
                    UtcColumns.toColumn(at));
            events.publishEvent(new IncidentAccepted(incident.platformId()));
            events.publishEvent(new IncidentReported(incident));
            log.warn(
                    "Major incident {} of {} ({}, {}): {} — ledger seq {}",
                    incident.incidentId(),
                    incident.platformId(),
                    incident.severity(),
                    incident.category(),
                    incident.title(),
                    appended.entry().seq());
        }
        return appended;
    }

    /** The update, for the incident {@code incidentId} it names. */
    @Transactional
    Ledger.Appended update(SignedSubmission<IncidentUpdate> submission, UUID incidentId) {
        IncidentUpdate update = submission.document();
        List<String> status = jdbc.queryForList(
                "SELECT status FROM incident WHERE incident_id = ? AND platform_id = ? FOR UPDATE",
                String.class,
                incidentId.toString(),
                update.platformId());
        if (status.isEmpty()) {
            throw IncidentNotFound.forId(incidentId, update.platformId());
        }
        if (status.get(0).equals(IncidentUpdate.Status.CLOSED.name())
                && ledger.findByReportId(update.updateId()).isEmpty()) {
            throw IncidentClosed.forId(incidentId);
        }
        Ledger.Appended appended = append(submission, EntryType.INCIDENT_UPDATED, update.updateId());
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            Instant at = appended.entry().recordedAt();
            jdbc.update(
                    "INSERT INTO incident_update (update_id, incident_id, status, updated_at, text, accepted_at, "
                            + "ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    update.updateId().toString(),
                    incidentId.toString(),
                    update.status().name(),
                    UtcColumns.toColumn(update.at().toInstant()),
                    update.text(),
                    UtcColumns.toColumn(at),
                    appended.entry().seq());
            boolean closed = update.status() == IncidentUpdate.Status.CLOSED;
            jdbc.update(
                    "UPDATE incident SET status = ?, updates = updates + 1, last_heard_at = ?, closed_at = ? "
                            + "WHERE incident_id = ?",
                    update.status().name(),
                    UtcColumns.toColumn(at),
                    closed ? UtcColumns.toColumn(at) : null,
                    incidentId.toString());
            events.publishEvent(new IncidentAccepted(update.platformId()));
            log.info(
                    "Incident {} of {} is {}: ledger seq {}",
                    incidentId,
                    update.platformId(),
                    update.status(),
                    appended.entry().seq());
        }
        return appended;
    }

    private Ledger.Appended append(SignedSubmission<?> submission, EntryType type, UUID id) {
        Ledger.Appended appended = ledger.appendOnce(new NewEntry(
                submission.caller().platformId(),
                type,
                submission.bodyText(),
                id,
                NewEntry.PlatformSignature.of(submission.caller())));
        if (appended.outcome() == Ledger.Outcome.CONFLICT) {
            throw ReplayMismatch.of(id, "send an update with a new id instead");
        }
        return appended;
    }
}
