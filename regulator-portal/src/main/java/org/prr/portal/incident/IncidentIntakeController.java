package org.prr.portal.incident;

import java.net.URI;
import java.util.UUID;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.Receipt;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.intake.SignedSubmission;
import org.prr.portal.ledger.ReceiptResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Major incidents (重大事项) from the platforms, signed like reports ({@link IncidentBook}). The receipt's {@code
 * reportId} is the incident's or the update's id.
 */
@RestController
class IncidentIntakeController {

    private final IncidentBook incidents;

    IncidentIntakeController(IncidentBook incidents) {
        this.incidents = incidents;
    }

    @PostMapping(path = "/api/v1/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> report(SignedSubmission<Incident> submission) {
        UUID incidentId = submission.document().incidentId();
        return ReceiptResponse.of(incidents.report(submission), URI.create("/api/v1/incidents/" + incidentId));
    }

    @PostMapping(path = "/api/v1/incidents/{incidentId}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> update(SignedSubmission<IncidentUpdate> submission, @PathVariable UUID incidentId) {
        UUID named = submission.document().incidentId();
        if (!named.equals(incidentId)) {
            throw InvalidInput.field("incidentId", "is " + named + " but the path names " + incidentId);
        }
        return ReceiptResponse.of(
                incidents.update(submission, incidentId),
                URI.create("/api/v1/incidents/" + incidentId + "/updates/"
                        + submission.document().updateId()));
    }
}
