package org.prr.portal.incident;

import java.net.URI;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.Receipt;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.ledger.ReceiptResponse;
import org.prr.portal.ledger.ReplayMismatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Major incidents (重大事项) from the platforms, signed like reports: each incident and each update is one ledger
 * entry in the platform's chain (INCIDENT_REPORTED, INCIDENT_UPDATED), once per id; a replay of the same body gets
 * its receipt again (200), another body under the same id is refused (422). The receipt's {@code reportId} is the
 * incident's or the update's id. The staff workflow on incidents comes later.
 */
@RestController
class IncidentIntakeController {

    private static final Logger log = LoggerFactory.getLogger(IncidentIntakeController.class);

    private final Ledger ledger;

    IncidentIntakeController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> report(SignedSubmission<Incident> submission) {
        Incident incident = submission.document();
        Ledger.Appended appended = append(submission, EntryType.INCIDENT_REPORTED, incident.incidentId());
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            log.warn(
                    "Major incident {} of {} ({}, {}): {} — ledger seq {}",
                    incident.incidentId(),
                    incident.platformId(),
                    incident.severity(),
                    incident.category(),
                    incident.title(),
                    appended.entry().seq());
        }
        return ReceiptResponse.of(appended, URI.create("/api/v1/incidents/" + incident.incidentId()));
    }

    @PostMapping(path = "/api/v1/incidents/{incidentId}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> update(SignedSubmission<IncidentUpdate> submission, @PathVariable UUID incidentId) {
        IncidentUpdate update = submission.document();
        if (!update.incidentId().equals(incidentId)) {
            throw InvalidInput.field("incidentId", "is " + update.incidentId() + " but the path names " + incidentId);
        }
        ledger.findByReportId(incidentId)
                .filter(e -> e.type() == EntryType.INCIDENT_REPORTED
                        && e.platformId().equals(update.platformId()))
                .orElseThrow(() -> IncidentNotFound.forId(incidentId, update.platformId()));
        Ledger.Appended appended = append(submission, EntryType.INCIDENT_UPDATED, update.updateId());
        if (appended.outcome() == Ledger.Outcome.APPENDED) {
            log.info(
                    "Incident {} of {} is {}: ledger seq {}",
                    incidentId,
                    update.platformId(),
                    update.status(),
                    appended.entry().seq());
        }
        return ReceiptResponse.of(
                appended, URI.create("/api/v1/incidents/" + incidentId + "/updates/" + update.updateId()));
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
